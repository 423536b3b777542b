/**
 * Flashcard reads for the screens: per-deck counts, mastery per exam domain, the day's numbers for the dashboard
 * and the plan, and the statistics. Counts come from index ranges (keys only where that is enough), so they stay
 * quick with tens of thousands of cards.
 */
import { addDays, format, parseISO } from 'date-fns';
import type { Deck, Id } from '../../../shared/model/entities';
import { masteryByDomain, type DomainMastery } from '../../../shared/flashcards/mastery';
import { countDoneToday, isBuried, leftToday } from '../../../shared/flashcards/session';
import { dayOfInstant, dueForecast, lastDays, retention, reviewRuns, reviewsPerDay, studyStreak, type DayCount, type Retention, type ReviewRun } from '../../../shared/flashcards/stats';
import { getExamDef } from '../../../shared/study/exams';
import { db, type CoderPathDb } from './db';
import { dayOf, queueRange } from './flashcardReviews';

export interface DeckSummary {
  deck: Deck;
  total: number;
  /** Reviews due today, within the deck's daily limit. */
  due: number;
  /** New cards left for today, within the deck's daily limit. */
  fresh: number;
  /** Cards in (re)learning steps due today. */
  learning: number;
  suspended: number;
}

async function summarise(database: CoderPathDb, deck: Deck, now: Date): Promise<DeckSummary> {
  const { today, dayEnd } = dayOf(now);
  const end = dayEnd.toISOString();
  const [total, learning, review, fresh, suspended, buried, todayLogs] = await Promise.all([
    database.cards.where('[deckId+queue+due]').between([deck.id, '', ''], [deck.id, '\uffff', '\uffff']).count(),
    queueRange(database, deck.id, 'learning', end).count(),
    queueRange(database, deck.id, 'review', end).count(),
    queueRange(database, deck.id, 'new').count(),
    queueRange(database, deck.id, 'suspended').count(),
    queueRange(database, deck.id, 'buried').toArray(),
    database.reviewLog.where('[deckId+day]').equals([deck.id, today]).toArray(),
  ]);
  const back = buried.filter((c) => !isBuried(c, today));
  const { newLeft, reviewsLeft } = leftToday(deck, countDoneToday(todayLogs));
  const backDue = (state: string) => back.filter((c) => c.state === state && c.due < end).length;
  return {
    deck,
    total,
    due: Math.min(reviewsLeft, review + backDue('review')),
    fresh: Math.min(newLeft, fresh + back.filter((c) => c.state === 'new').length),
    learning: learning + backDue('learning') + backDue('relearning'),
    suspended,
  };
}

/** Every deck with its counts for today, by name. */
export async function readDeckSummaries(now: Date = new Date(), database: CoderPathDb = db): Promise<DeckSummary[]> {
  return database.transaction('r', database.decks, database.cards, database.reviewLog, async () => {
    const decks = await database.decks.toArray();
    const rows = await Promise.all(decks.map((deck) => summarise(database, deck, now)));
    return rows.sort((a, b) => a.deck.name.localeCompare(b.deck.name));
  });
}

/**
 * Mastery per content domain of an exam (`CPC`...), in the exam's domain order; [] for an exam the catalog does
 * not know. Reads only the `[domainId+stability]` index keys, never the cards.
 */
export async function readMasteryForExam(examCode: string, database: CoderPathDb = db): Promise<DomainMastery[]> {
  const exam = getExamDef(examCode);
  if (!exam) return [];
  const domainIds = exam.domains.map((d) => d.id);
  const perDomain = await Promise.all(
    domainIds.map((id) => database.cards.where('[domainId+stability]').between([id, -Infinity], [id, Infinity], true, true).keys()),
  );
  const cards = perDomain.flat().map((key) => {
    const [domainId, stability] = key as unknown as [string, number];
    return { domainId, stability };
  });
  return masteryByDomain(cards, domainIds);
}

export interface TodayNumbers {
  /** Cards to review today (learning, reviews and new cards left, within each deck's limits). */
  due: number;
  /** Of those, reviews and learning cards (the ones that fall due; new cards are optional). */
  dueReviews: number;
  doneToday: number;
  streak: number;
  decks: number;
}

/** The earliest due day among cards due before today and not reviewed yet (breaks a streak), or null. */
async function overdueSince(database: CoderPathDb, deckIds: readonly Id[], today: string): Promise<string | null> {
  const start = parseISO(today).toISOString();
  let earliest: string | null = null;
  for (const deckId of deckIds) {
    for (const queue of ['learning', 'review'] as const) {
      const first = await queueRange(database, deckId, queue, start).first();
      if (first && first.due < start && (earliest === null || first.due < earliest)) earliest = first.due;
    }
  }
  return earliest === null ? null : dayOfInstant(earliest);
}

/** The study streak (stats.ts `studyStreak`): reads review days from the index, then runs' rows newest first. */
export async function readStreak(now: Date = new Date(), database: CoderPathDb = db): Promise<number> {
  const { today } = dayOf(now);
  const days = (await database.reviewLog.orderBy('day').uniqueKeys()) as string[];
  if (days.length === 0) return 0;
  const deckIds = (await database.decks.toCollection().primaryKeys()) as Id[];
  const overdue = await overdueSince(database, deckIds, today);
  const runs: ReviewRun[] = [];
  for (const run of reviewRuns(days)) {
    let earliestDue: string | null = null;
    // getAll, not a cursor: a cursor step per row is many times slower in IndexedDB.
    for (const log of await database.reviewLog.where('day').between(run.start, run.end, true, true).toArray()) {
      if (log.before.state === 'new') continue;
      const due = dayOfInstant(log.before.due);
      if (earliestDue === null || due < earliestDue) earliestDue = due;
    }
    runs.push({ ...run, earliestDue });
    // studyStreak stops at the first gap that breaks; no need to read older runs once that is known.
    if (studyStreak(runs, today, overdue) < runs.reduce((n, r) => n + daysIn(r), 0)) break;
  }
  return studyStreak(runs, today, overdue);
}

function daysIn(run: { start: string; end: string }): number {
  return Math.round((parseISO(run.end).getTime() - parseISO(run.start).getTime()) / 86_400_000) + 1;
}

/** The dashboard's and the plan's numbers for today. */
export async function readTodayNumbers(now: Date = new Date(), database: CoderPathDb = db): Promise<TodayNumbers> {
  const { today } = dayOf(now);
  const [summaries, doneToday, streak] = await Promise.all([
    readDeckSummaries(now, database),
    database.reviewLog.where('day').equals(today).count(),
    readStreak(now, database),
  ]);
  const dueReviews = summaries.reduce((n, s) => n + s.due + s.learning, 0);
  return { due: dueReviews + summaries.reduce((n, s) => n + s.fresh, 0), dueReviews, doneToday, streak, decks: summaries.length };
}

export interface FlashcardStats {
  forecast: DayCount[];
  perDay: DayCount[];
  retention: Retention;
  /** The desired retention the answers were scheduled for (decks weighted by their reviews), or null. */
  target: number | null;
  streak: number;
}

/** Statistics over every deck: 30-day forecast, reviews per day and retention over the last 30 days, streak. */
export async function readFlashcardStats(now: Date = new Date(), database: CoderPathDb = db): Promise<FlashcardStats> {
  const { today } = dayOf(now);
  const from = lastDays(today, 30)[0]!;
  const forecastEnd = addDays(parseISO(today), 30).toISOString();
  return database.transaction('r', database.decks, database.cards, database.reviewLog, async () => {
    const decks = await database.decks.toArray();
    const dueKeys = await Promise.all(
      decks.flatMap((deck) => (['learning', 'review'] as const).map((q) => queueRange(database, deck.id, q, forecastEnd).keys())),
    );
    const dues = dueKeys.flat().map((key) => (key as unknown as [string, string, string])[2]);
    const logs = await database.reviewLog.where('day').between(from, today, true, true).toArray();
    const retentionByDeck = new Map(decks.map((d) => [d.id, d.desiredRetention]));
    let weighted = 0;
    let weight = 0;
    for (const log of logs) {
      const target = retentionByDeck.get(log.deckId);
      if (log.before.state !== 'review' || target === undefined) continue;
      weighted += target;
      weight += 1;
    }
    const fallback = decks.length > 0 ? decks.reduce((s, d) => s + d.desiredRetention, 0) / decks.length : null;
    return {
      forecast: dueForecast(dues, today, 30),
      perDay: reviewsPerDay(logs, today, 30),
      retention: retention(logs),
      target: weight > 0 ? weighted / weight : fallback,
      streak: await readStreak(now, database),
    };
  });
}

export const formatDayShort = (day: string) => format(parseISO(day), 'MMM d');

/** When the next card falls due after `now` (learning or review, any deck), or null when none is scheduled. */
export async function readNextDue(now: Date = new Date(), database: CoderPathDb = db): Promise<Date | null> {
  const after = now.toISOString();
  const deckIds = (await database.decks.toCollection().primaryKeys()) as Id[];
  let earliest: string | null = null;
  for (const deckId of deckIds) {
    for (const queue of ['learning', 'review'] as const) {
      const first = await database.cards.where('[deckId+queue+due]').between([deckId, queue, after], [deckId, queue, '\uffff'], false, true).first();
      if (first && (earliest === null || first.due < earliest)) earliest = first.due;
    }
  }
  return earliest === null ? null : new Date(earliest);
}

/** A deck's cards (or every card), newest first, for the card list and its search. */
export async function readCards(deckId: Id | undefined, database: CoderPathDb = db): Promise<import('../../../shared/model/entities').Flashcard[]> {
  const cards = deckId
    ? await database.cards.where('[deckId+queue+due]').between([deckId, '', ''], [deckId, '\uffff', '\uffff']).toArray()
    : await database.cards.toArray();
  return cards.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : a.due < b.due ? 1 : -1));
}
