/**
 * The one place CoderPath talks to ts-fsrs. Every interval, stability and difficulty comes from ts-fsrs; this
 * module only converts between its Card and CoderPath's SrsState and picks the parameters from the deck.
 * Learning steps are ts-fsrs's defaults (1m, 10m; relearning 10m), the steps the FSRS guide recommends.
 */
import {
  createEmptyCard,
  default_learning_steps,
  default_relearning_steps,
  fsrs,
  State,
  type Card,
  type FSRS,
  type Grade,
} from 'ts-fsrs';
import type { CardQueue, CardState, Deck, ReviewRating, SrsState } from '../model/flashcards';
import { DECK_DEFAULTS } from './deckSettings';

const TO_FSRS: Record<CardState, State> = { new: State.New, learning: State.Learning, review: State.Review, relearning: State.Relearning };
const FROM_FSRS: Record<State, CardState> = {
  [State.New]: 'new',
  [State.Learning]: 'learning',
  [State.Review]: 'review',
  [State.Relearning]: 'relearning',
};

export type SchedulerSettings = Pick<Deck, 'desiredRetention' | 'maximumInterval'>;

const cache = new Map<string, FSRS>();

/** A ts-fsrs scheduler for a deck's settings (kept: building one per answer would cost more than the answer). */
export function schedulerFor(settings: SchedulerSettings): FSRS {
  const key = `${settings.desiredRetention}/${settings.maximumInterval}`;
  let scheduler = cache.get(key);
  if (!scheduler) {
    scheduler = fsrs({
      request_retention: settings.desiredRetention,
      maximum_interval: settings.maximumInterval,
      enable_fuzz: true,
      enable_short_term: true,
      learning_steps: default_learning_steps,
      relearning_steps: default_relearning_steps,
    });
    cache.set(key, scheduler);
  }
  return scheduler;
}

export function toFsrsCard(srs: SrsState): Card {
  return {
    due: new Date(srs.due),
    stability: srs.stability,
    difficulty: srs.difficulty,
    elapsed_days: srs.elapsedDays,
    scheduled_days: srs.scheduledDays,
    learning_steps: srs.learningSteps,
    reps: srs.reps,
    lapses: srs.lapses,
    state: TO_FSRS[srs.state],
    ...(srs.lastReview ? { last_review: new Date(srs.lastReview) } : {}),
  };
}

export function fromFsrsCard(card: Card): SrsState {
  const srs: SrsState = {
    state: FROM_FSRS[card.state],
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
  };
  if (card.last_review) srs.lastReview = card.last_review.toISOString();
  return srs;
}

/** The memory state of a card never studied, first in line from `now` (new cards are drawn in `due` order). */
export function newSrsState(now: Date): SrsState {
  return fromFsrsCard(createEmptyCard(now));
}

/** The queue a card in this state is drawn from. */
export function queueFor(state: CardState): CardQueue {
  if (state === 'new') return 'new';
  return state === 'review' ? 'review' : 'learning';
}

export interface Answer {
  srs: SrsState;
  /** Days since the previous review, as ts-fsrs counted them. */
  elapsedDays: number;
  scheduledDays: number;
}

/** The card's state after answering `rating` at `now`. */
export function answerCard(srs: SrsState, rating: ReviewRating, now: Date, settings: SchedulerSettings = DECK_DEFAULTS): Answer {
  const { card, log } = schedulerFor(settings).next(toFsrsCard(srs), now, rating as Grade);
  return { srs: fromFsrsCard(card), elapsedDays: log.elapsed_days, scheduledDays: card.scheduled_days };
}

/** When each rating would bring the card back, for the answer buttons. */
export function previewDue(srs: SrsState, now: Date, settings: SchedulerSettings = DECK_DEFAULTS): Record<ReviewRating, Date> {
  const preview = schedulerFor(settings).repeat(toFsrsCard(srs), now);
  return { 1: preview[1].card.due, 2: preview[2].card.due, 3: preview[3].card.due, 4: preview[4].card.due };
}

/** The probability the learner recalls the card at `now` (0–1); 0 for a card never reviewed. */
export function retrievability(srs: SrsState, now: Date, settings: SchedulerSettings = DECK_DEFAULTS): number {
  if (srs.state === 'new') return 0;
  return schedulerFor(settings).get_retrievability(toFsrsCard(srs), now, false);
}

/** An interval the way Anki's buttons show it: "1m", "10m", "2h", "3d", "1.2mo", "2.5y". */
export function formatInterval(from: Date, to: Date): string {
  const minutes = Math.max(0, (to.getTime() - from.getTime()) / 60_000);
  if (minutes < 60) return `${Math.max(1, Math.round(minutes))}m`;
  const hours = minutes / 60;
  if (hours < 24) return `${Math.round(hours)}h`;
  const days = hours / 24;
  if (days < 30) return `${Math.round(days)}d`;
  if (days < 365) return `${Math.round((days / 30) * 10) / 10}mo`;
  return `${Math.round((days / 365) * 10) / 10}y`;
}
