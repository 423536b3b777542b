/**
 * Today's review queue, as pure data: what the daily limits leave, the order cards are shown in, and where an
 * answered card goes next. The db layer reads the candidates (renderer/src/db/flashcardReviews.ts); the review
 * screen keeps a ReviewQueue in memory and calls these after each answer, so drawing the next card never waits
 * for the database.
 */
import type { CardQueue, CardState, Deck } from '../model/flashcards';
import { LEARN_AHEAD_MINUTES } from './deckSettings';

export interface QueueCard {
  id: string;
  due: string;
  queue: CardQueue;
  state: CardState;
  buriedUntil?: string;
}

export interface DoneToday {
  /** New cards answered for the first time today. */
  newDone: number;
  /** Review cards (state review before the answer) answered today. */
  reviewsDone: number;
}

/** Counts what a deck did today from its review-log rows of the day. */
export function countDoneToday(logs: Iterable<{ before: { state: CardState } }>): DoneToday {
  let newDone = 0;
  let reviewsDone = 0;
  for (const log of logs) {
    if (log.before.state === 'new') newDone += 1;
    else if (log.before.state === 'review') reviewsDone += 1;
  }
  return { newDone, reviewsDone };
}

/** What a deck's daily limits still allow today. Learning cards are never held back (as in Anki). */
export function leftToday(deck: Pick<Deck, 'newPerDay' | 'reviewsPerDay'>, done: DoneToday): { newLeft: number; reviewsLeft: number } {
  return { newLeft: Math.max(0, deck.newPerDay - done.newDone), reviewsLeft: Math.max(0, deck.reviewsPerDay - done.reviewsDone) };
}

/** True while a buried card waits for a later day. */
export function isBuried(card: Pick<QueueCard, 'buriedUntil'>, today: string): boolean {
  return card.buriedUntil !== undefined && card.buriedUntil > today;
}

export interface ReviewQueue<T extends QueueCard> {
  /** Learning and relearning cards due before the day ends, soonest first. */
  learning: T[];
  reviews: T[];
  fresh: T[];
}

const byDue = <T extends QueueCard>(a: T, b: T) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.id < b.id ? -1 : 1);

/** One queue from every deck's candidates: learning by due, reviews by due (most overdue first), new in order. */
export function buildQueue<T extends QueueCard>(decks: readonly ReviewQueue<T>[]): ReviewQueue<T> {
  return {
    learning: decks.flatMap((d) => d.learning).sort(byDue),
    reviews: decks.flatMap((d) => d.reviews).sort(byDue),
    fresh: decks.flatMap((d) => d.fresh),
  };
}

export type NextCard<T> = { kind: 'card'; card: T } | { kind: 'wait'; until: Date } | { kind: 'done' };

/**
 * The card to show at `now`: a learning card that is due, else a review, else a new card, else a learning card
 * within the learn-ahead limit; when only later learning cards are left, when to come back.
 */
export function nextCard<T extends QueueCard>(queue: ReviewQueue<T>, now: Date): NextCard<T> {
  const first = queue.learning[0];
  const nowIso = now.toISOString();
  if (first && first.due <= nowIso) return { kind: 'card', card: first };
  if (queue.reviews[0]) return { kind: 'card', card: queue.reviews[0] };
  if (queue.fresh[0]) return { kind: 'card', card: queue.fresh[0] };
  if (!first) return { kind: 'done' };
  const aheadLimit = new Date(now.getTime() + LEARN_AHEAD_MINUTES * 60_000).toISOString();
  return first.due <= aheadLimit ? { kind: 'card', card: first } : { kind: 'wait', until: new Date(first.due) };
}

/** The queue without the card `id` (answered, suspended, buried, deleted or moved away). */
export function withoutCard<T extends QueueCard>(queue: ReviewQueue<T>, id: string): ReviewQueue<T> {
  const keep = (c: T) => c.id !== id;
  return { learning: queue.learning.filter(keep), reviews: queue.reviews.filter(keep), fresh: queue.fresh.filter(keep) };
}

/**
 * The queue after answering: the card leaves its place and, when it is now in a learning step due before the day
 * ends (`dayEnd`), comes back among the learning cards at its new due time.
 */
export function afterAnswer<T extends QueueCard>(queue: ReviewQueue<T>, answered: T, dayEnd: Date): ReviewQueue<T> {
  const rest = withoutCard(queue, answered.id);
  if (answered.queue !== 'learning' || answered.due >= dayEnd.toISOString()) return rest;
  return { ...rest, learning: [...rest.learning, answered].sort(byDue) };
}

/** Puts a card back where it was before an undone answer (or a replaced edit). */
export function withCard<T extends QueueCard>(queue: ReviewQueue<T>, card: T): ReviewQueue<T> {
  const rest = withoutCard(queue, card.id);
  if (card.queue === 'learning') return { ...rest, learning: [...rest.learning, card].sort(byDue) };
  if (card.queue === 'review') return { ...rest, reviews: [card, ...rest.reviews] };
  if (card.queue === 'new') return { ...rest, fresh: [card, ...rest.fresh] };
  return rest;
}

export function queueSize(queue: ReviewQueue<QueueCard>): number {
  return queue.learning.length + queue.reviews.length + queue.fresh.length;
}
