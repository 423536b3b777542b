/**
 * The flashcard records (issue 12): decks, cards with their FSRS memory state, and the review log. Plain data
 * like every other entity: the same shapes go into IndexedDB and into backup files.
 */
import type { Id, IsoDate, IsoDateTime, Sampleable } from './entities';

/** FSRS's card states, spelt out so a backup file reads without the ts-fsrs enum at hand. */
export const CARD_STATES = ['new', 'learning', 'review', 'relearning'] as const;
export type CardState = (typeof CARD_STATES)[number];

/**
 * Which queue a card is drawn from, apart from its FSRS state (as in Anki): learning covers learning and
 * relearning; a suspended card keeps its memory state but is never drawn until it is unsuspended; a buried one
 * waits until its `buriedUntil` day, then counts in its state's queue again (reads treat it so; no write needed).
 */
export const CARD_QUEUES = ['new', 'learning', 'review', 'suspended', 'buried'] as const;
export type CardQueue = (typeof CARD_QUEUES)[number];

/** 1 Again, 2 Hard, 3 Good, 4 Easy (FSRS's grades). */
export type ReviewRating = 1 | 2 | 3 | 4;

/** A card's FSRS memory state: the fields ts-fsrs keeps on a card, under CoderPath names. */
export interface SrsState {
  state: CardState;
  /** When the card is next due (learning steps are minutes, reviews days). */
  due: IsoDateTime;
  /** Days until recall probability falls to 90%; 0 for a new card. */
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  /** Which learning or relearning step the card is on. */
  learningSteps: number;
  reps: number;
  lapses: number;
  lastReview?: IsoDateTime;
}

export interface Deck extends Sampleable {
  id: Id;
  name: string;
  description: string;
  /** Exam content domain new cards of this deck train (quick-add keeps it), e.g. `medical-terminology`. */
  domainId?: string;
  /** FSRS desired retention, 0.7–0.99 (0.9 unless the learner changes it). */
  desiredRetention: number;
  /** The longest interval FSRS may schedule, in days. */
  maximumInterval: number;
  /** New cards introduced per day (0 = none). */
  newPerDay: number;
  /** Reviews per day (learning cards are never held back). */
  reviewsPerDay: number;
  /** Set on starter decks: which one it was made from, so it is not added twice. */
  starterId?: string;
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
}

export interface Flashcard extends Sampleable, SrsState {
  id: Id;
  deckId: Id;
  front: string;
  back: string;
  /** More on the answer side (a mnemonic, an example). */
  extra: string;
  tags: string[];
  /** Exam content domain the card trains (mastery per domain counts it there). */
  domainId?: string;
  /** Where the fact comes from ('' for the learner's own cards). */
  source: string;
  queue: CardQueue;
  /** Set while buried: the day the card comes back. */
  buriedUntil?: IsoDate;
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
}

/**
 * One answer: the card's full memory state before and after, so parameters can be re-fitted from the log, undo
 * puts the card back exactly, and statistics (retention, forecast, streak) are exact. Logs stay when their card
 * is deleted (as in Anki): they are the history of what was studied.
 */
export interface ReviewLogEntry extends Sampleable {
  id: Id;
  cardId: Id;
  deckId: Id;
  domainId?: string;
  reviewedAt: IsoDateTime;
  /** The learner's calendar day of the review (daily limits, reviews per day, streak). */
  day: IsoDate;
  rating: ReviewRating;
  /** Days since the previous review (0 for a new card). */
  elapsedDays: number;
  /** Days FSRS scheduled the card for after this answer (0 in learning steps). */
  scheduledDays: number;
  /** Time from showing the card to the answer, in milliseconds. */
  durationMs: number;
  before: SrsState;
  after: SrsState;
}
