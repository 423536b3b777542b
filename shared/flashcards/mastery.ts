/**
 * Mastery per exam content domain: the share of a domain's flashcards whose FSRS stability has reached the
 * threshold (deckSettings.ts: 21 days, Anki's "mature"). Cards never studied count as not mastered; cards without
 * a domain count nowhere.
 */
import { MASTERY_STABILITY_DAYS } from './deckSettings';

export interface MasteryCard {
  domainId?: string;
  stability: number;
}

export interface DomainMastery {
  domainId: string;
  cards: number;
  mastered: number;
  /** mastered / cards, 0–1; null when the domain has no cards (nothing to say, not 0%). */
  share: number | null;
}

/**
 * One row per domain: the given `domainIds` in their order (an exam's domains, rows with no cards included), or
 * when left out every domain that has cards, by id.
 */
export function masteryByDomain(
  cards: Iterable<MasteryCard>,
  domainIds?: readonly string[],
  threshold: number = MASTERY_STABILITY_DAYS,
): DomainMastery[] {
  const tally = new Map<string, { cards: number; mastered: number }>();
  for (const id of domainIds ?? []) tally.set(id, { cards: 0, mastered: 0 });
  for (const card of cards) {
    if (!card.domainId) continue;
    let row = tally.get(card.domainId);
    if (!row) {
      if (domainIds) continue;
      row = { cards: 0, mastered: 0 };
      tally.set(card.domainId, row);
    }
    row.cards += 1;
    if (card.stability >= threshold) row.mastered += 1;
  }
  const ids = domainIds ?? [...tally.keys()].sort();
  return ids.map((domainId) => {
    const row = tally.get(domainId)!;
    return { domainId, cards: row.cards, mastered: row.mastered, share: row.cards === 0 ? null : row.mastered / row.cards };
  });
}

/** Mastery as a whole percent for display ("—" is the caller's for null). */
export function masteryPercent(row: DomainMastery): number | null {
  return row.share === null ? null : Math.round(row.share * 100);
}
