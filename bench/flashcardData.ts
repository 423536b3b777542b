/**
 * The flashcard bench dataset: 20,000 cards in 10 decks and 200,000 review-log rows over the last year, dated from
 * the bench's "today". Cards are spread as a year of daily study leaves them: most in review with dues from a week
 * overdue to two months ahead, some learning, a third new.
 */
import type { Deck, Flashcard, ReviewLogEntry, SrsState } from '../shared/model/flashcards';

export const FLASH_CARDS = 20_000;
export const FLASH_LOGS = 200_000;
const DECKS = 10;
const DAY = 86_400_000;

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function flashcardDataset(today: Date): { decks: Deck[]; cards: Flashcard[]; reviewLog: ReviewLogEntry[] } {
  const random = rng(12);
  const at = new Date(today.getTime() - 400 * DAY).toISOString();
  const decks: Deck[] = Array.from({ length: DECKS }, (_, i) => ({
    id: `bench-deck-${i}`, name: `Bench deck ${i + 1}`, description: '', domainId: i % 2 ? 'medical-terminology' : 'icd-10-cm',
    desiredRetention: 0.9, maximumInterval: 36500, newPerDay: 20, reviewsPerDay: 200, createdAt: at, updatedAt: at,
  }));
  const cards: Flashcard[] = Array.from({ length: FLASH_CARDS }, (_, i) => {
    const roll = random();
    const state: SrsState['state'] = roll < 0.3 ? 'new' : roll < 0.35 ? 'learning' : roll < 0.38 ? 'relearning' : 'review';
    const due = state === 'new' ? new Date(today.getTime() - 400 * DAY + i) : state === 'review' ? new Date(today.getTime() + (random() * 67 - 7) * DAY) : new Date(today.getTime() + (random() * 60 - 30) * 60_000);
    const stability = state === 'new' ? 0 : random() * 120;
    const deck = decks[i % DECKS]!;
    return {
      id: `bench-card-${String(i).padStart(6, '0')}`, deckId: deck.id, front: `Front ${i}`, back: `Back ${i}`, extra: '', tags: [], domainId: deck.domainId,
      source: '', queue: state === 'new' ? 'new' : state === 'review' ? 'review' : 'learning', state, due: due.toISOString(), stability,
      difficulty: state === 'new' ? 0 : 1 + random() * 9, elapsedDays: 0, scheduledDays: Math.round(stability), learningSteps: 0,
      reps: state === 'new' ? 0 : 1 + Math.floor(random() * 20), lapses: 0,
      ...(state === 'new' ? {} : { lastReview: new Date(due.getTime() - stability * DAY).toISOString() }),
      createdAt: at, updatedAt: at,
    };
  });
  const reviewLog: ReviewLogEntry[] = Array.from({ length: FLASH_LOGS }, (_, i) => {
    const card = cards[Math.floor(random() * FLASH_CARDS)]!;
    const when = new Date(today.getTime() - (1 + random() * 364) * DAY);
    const srs: SrsState = { state: 'review', due: when.toISOString(), stability: 10, difficulty: 5, elapsedDays: 3, scheduledDays: 10, learningSteps: 0, reps: 3, lapses: 0 };
    const day = when.toISOString().slice(0, 10);
    return {
      id: `bench-log-${String(i).padStart(7, '0')}`, cardId: card.id, deckId: card.deckId, ...(card.domainId ? { domainId: card.domainId } : {}),
      reviewedAt: when.toISOString(), day, rating: (1 + Math.floor(random() * 4)) as 1 | 2 | 3 | 4, elapsedDays: 3, scheduledDays: 10, durationMs: 6000,
      before: srs, after: { ...srs, stability: 12 },
    };
  });
  return { decks, cards, reviewLog };
}
