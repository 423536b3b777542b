/** Searching cards as typed: every word must appear in the front, back, extra or tags (case and accents ignored). */

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export function matchesSearch(card: { front: string; back: string; extra: string; tags: readonly string[] }, query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const text = fold(`${card.front}\n${card.back}\n${card.extra}\n${card.tags.join(' ')}`);
  return words.every((w) => text.includes(w));
}

/** A card's schedule in words for the list: "New", "Suspended", "Learning", "Due Mar 4". */
export function cardStatus(card: { queue: string; state: string }): string {
  if (card.queue === 'suspended') return 'Suspended';
  if (card.queue === 'buried') return 'Buried';
  if (card.state === 'new') return 'New';
  if (card.state === 'review') return 'Review';
  return 'Learning';
}
