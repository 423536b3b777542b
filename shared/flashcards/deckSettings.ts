/**
 * Deck defaults and the ranges a learner may set, with where each number comes from. The scheduling itself is
 * ts-fsrs's (scheduler.ts); these are only its inputs.
 */

export const DECK_DEFAULTS = {
  /** FSRS's own default desired retention (ts-fsrs `default_request_retention`, the Anki FSRS guide's 0.9). */
  desiredRetention: 0.9,
  /** Anki's default maximum interval: 36,500 days (100 years), the same as ts-fsrs `default_maximum_interval`. */
  maximumInterval: 36_500,
  /** Anki's default "New cards/day". */
  newPerDay: 20,
  /** Anki's default "Maximum reviews/day". */
  reviewsPerDay: 200,
} as const;

export const DECK_LIMITS = {
  /** The Anki manual advises desired retention between 0.70 and 0.97; FSRS accepts up to 0.99. */
  retention: { min: 0.7, max: 0.99 },
  maximumInterval: { min: 1, max: 36_500 },
  perDay: { max: 9_999 },
} as const;

/**
 * Answer time counted per review at most, in seconds, as Anki's "Maximum answer seconds" (default 60): a card left
 * on screen while the learner walked away does not become an hour of study time.
 */
export const MAX_ANSWER_SECONDS = 60;

/**
 * A card counts as mastered when its FSRS stability is at least this many days: Anki calls a card "mature" from a
 * 21-day interval, and at 90% desired retention FSRS's interval equals its stability.
 */
export const MASTERY_STABILITY_DAYS = 21;

/** The Anki-style "learn ahead limit": a learning card due within this many minutes is shown when nothing else is. */
export const LEARN_AHEAD_MINUTES = 20;
