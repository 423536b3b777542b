/**
 * Reviewing: today's queue (read through index ranges, per deck, within its daily limits), an answer (card, log
 * row and the day's study time in one transaction) and its undo. Answers are scheduled by ts-fsrs
 * (shared/flashcards/scheduler.ts).
 */
import { addDays, startOfDay } from 'date-fns';
import type { Deck, Flashcard, Id, ReviewLogEntry, ReviewRating, StudySession } from '../../../shared/model/entities';
import { MAX_ANSWER_SECONDS } from '../../../shared/flashcards/deckSettings';
import { answerCard, queueFor } from '../../../shared/flashcards/scheduler';
import { buildQueue, countDoneToday, isBuried, leftToday, type ReviewQueue } from '../../../shared/flashcards/session';
import { todayIso } from '../lib/dates';
import { db, newId, type CoderPathDb } from './db';

const MIN = '';
const MAX = '\uffff';

/** The learner's day: its calendar date and the instant it ends (local midnight). */
export function dayOf(now: Date): { today: string; dayEnd: Date } {
  return { today: todayIso(now), dayEnd: addDays(startOfDay(now), 1) };
}

export function queueRange(database: CoderPathDb, deckId: Id, queue: Flashcard['queue'], upTo: string = MAX) {
  return database.cards.where('[deckId+queue+due]').between([deckId, queue, MIN], [deckId, queue, upTo], true, true);
}

/** Buried cards whose day has come: they count in their state's queue again. */
async function unburied(database: CoderPathDb, deckId: Id, today: string): Promise<Flashcard[]> {
  const buried = await queueRange(database, deckId, 'buried').toArray();
  return buried.filter((c) => !isBuried(c, today)).map((c) => ({ ...c, queue: queueFor(c.state) }));
}

export interface DeckQueue extends ReviewQueue<Flashcard> {
  deck: Deck;
  newLeft: number;
  reviewsLeft: number;
}

/** One deck's cards for today, within its limits. */
export async function readDeckQueue(database: CoderPathDb, deck: Deck, now: Date): Promise<DeckQueue> {
  const { today, dayEnd } = dayOf(now);
  const end = dayEnd.toISOString();
  const [todayLogs, back] = await Promise.all([
    database.reviewLog.where('[deckId+day]').equals([deck.id, today]).toArray(),
    unburied(database, deck.id, today),
  ]);
  const { newLeft, reviewsLeft } = leftToday(deck, countDoneToday(todayLogs));
  const [learning, reviews, fresh] = await Promise.all([
    queueRange(database, deck.id, 'learning', end).toArray(),
    queueRange(database, deck.id, 'review', end).limit(reviewsLeft).toArray(),
    queueRange(database, deck.id, 'new').limit(newLeft).toArray(),
  ]);
  const backDue = back.filter((c) => c.due < end);
  const cap = <T>(list: T[], more: T[], max: number) => [...list, ...more].slice(0, max);
  return {
    deck,
    learning: [...learning, ...backDue.filter((c) => c.queue === 'learning')],
    reviews: cap(reviews, backDue.filter((c) => c.queue === 'review'), reviewsLeft),
    fresh: cap(fresh, back.filter((c) => c.queue === 'new'), newLeft),
    newLeft,
    reviewsLeft,
  };
}

export interface TodayQueue {
  queue: ReviewQueue<Flashcard>;
  decks: Map<Id, Deck>;
}

/** Everything to review today, from every deck or one. */
export async function readTodayQueue(now: Date = new Date(), deckId?: Id, database: CoderPathDb = db): Promise<TodayQueue> {
  return database.transaction('r', database.decks, database.cards, database.reviewLog, async () => {
    const decks = deckId ? (await database.decks.bulkGet([deckId])).filter((d): d is Deck => d !== undefined) : await database.decks.toArray();
    const perDeck = await Promise.all(decks.map((deck) => readDeckQueue(database, deck, now)));
    return { queue: buildQueue(perDeck), decks: new Map(decks.map((d) => [d.id, d])) };
  });
}

const STUDY_NOTE = 'Flashcard reviews';

/** The id of the study session that collects one day's flashcard time for one domain. */
export function flashcardSessionId(day: string, domainId: string | undefined): string {
  return `flashcards:${day}:${domainId ?? ''}`;
}

function studyMinutes(durationMs: number): number {
  return Math.min(Math.max(0, durationMs), MAX_ANSWER_SECONDS * 1000) / 60_000;
}

/** Adds (or with a negative amount removes) review minutes to the day's flashcard session for the domain. */
async function addStudyTime(database: CoderPathDb, log: ReviewLogEntry, sign: 1 | -1): Promise<void> {
  const id = flashcardSessionId(log.day, log.domainId);
  const minutes = sign * studyMinutes(log.durationMs);
  const existing = await database.studySessions.get(id);
  if (existing) {
    const total = Math.round((existing.minutes + minutes) * 100) / 100;
    if (total <= 0) await database.studySessions.delete(id);
    else await database.studySessions.put({ ...existing, minutes: total });
    return;
  }
  if (sign < 0) return;
  const plan = await database.studyPlans.filter((p) => p.active).first();
  const session: StudySession = {
    id,
    date: log.day,
    minutes: Math.round(minutes * 100) / 100,
    notes: STUDY_NOTE,
    createdAt: log.reviewedAt,
    ...(plan ? { planId: plan.id } : {}),
    ...(log.domainId ? { domainId: log.domainId } : {}),
  };
  await database.studySessions.add(session);
}

export interface Answered {
  card: Flashcard;
  log: ReviewLogEntry;
}

/** The card and log row an answer makes (pure: ts-fsrs does the scheduling). */
export function answeredCard(card: Flashcard, deck: Deck, rating: ReviewRating, now: Date, durationMs: number): Answered {
  const answer = answerCard(card, rating, now, deck);
  const { buriedUntil: _b, ...rest } = card;
  const next: Flashcard = { ...rest, ...answer.srs, queue: queueFor(answer.srs.state), updatedAt: now.toISOString() };
  if (!answer.srs.lastReview) delete next.lastReview;
  const before = srsOf(card);
  const log: ReviewLogEntry = {
    id: newId(),
    cardId: card.id,
    deckId: card.deckId,
    ...(card.domainId ? { domainId: card.domainId } : {}),
    reviewedAt: now.toISOString(),
    day: todayIso(now),
    rating,
    elapsedDays: answer.elapsedDays,
    scheduledDays: answer.scheduledDays,
    durationMs: Math.max(0, Math.round(durationMs)),
    before,
    after: srsOf(next),
  };
  return { card: next, log };
}

function srsOf(card: Flashcard): ReviewLogEntry['before'] {
  const { state, due, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, lastReview } = card;
  return { state, due, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, ...(lastReview ? { lastReview } : {}) };
}

/**
 * Records an answer: the card's new schedule, the review-log row and the study time, in one transaction. The card
 * is read again inside it, so an answer to a card deleted meanwhile fails instead of bringing it back.
 */
export async function recordAnswer(
  cardId: Id,
  rating: ReviewRating,
  options: { now?: Date; durationMs?: number } = {},
  database: CoderPathDb = db,
): Promise<Answered> {
  const now = options.now ?? new Date();
  return database.transaction('rw', [database.cards, database.decks, database.reviewLog, database.studySessions, database.studyPlans], async () => {
    const card = await database.cards.get(cardId);
    if (!card) throw new Error('This card no longer exists.');
    const deck = await database.decks.get(card.deckId);
    if (!deck) throw new Error('The deck of this card no longer exists.');
    const answered = answeredCard(card, deck, rating, now, options.durationMs ?? 0);
    await database.cards.put(answered.card);
    await database.reviewLog.add(answered.log);
    await addStudyTime(database, answered.log, 1);
    return answered;
  });
}

/**
 * Undoes an answer: the card gets back the exact memory state the log row kept, the row goes, and its study time
 * is taken off the day. Returns the card as it is again.
 */
export async function undoAnswer(logId: Id, database: CoderPathDb = db): Promise<Flashcard> {
  return database.transaction('rw', [database.cards, database.reviewLog, database.studySessions, database.studyPlans], async () => {
    const log = await database.reviewLog.get(logId);
    if (!log) throw new Error('This answer was already undone.');
    const card = await database.cards.get(log.cardId);
    if (!card) throw new Error('This card no longer exists.');
    const { lastReview: _l, buriedUntil: _b, ...content } = card;
    const restored: Flashcard = { ...content, ...log.before, queue: queueFor(log.before.state), updatedAt: new Date().toISOString() };
    await database.cards.put(restored);
    await database.reviewLog.delete(logId);
    await addStudyTime(database, log, -1);
    return restored;
  });
}
