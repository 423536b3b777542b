/**
 * Flashcard statistics from the review log and the cards' due dates, as pure functions over plain rows: the due
 * forecast, retention against the target, reviews per day, and the study streak.
 */
import { addDays, differenceInCalendarDays, format, parseISO } from 'date-fns';
import type { CardState, ReviewRating } from '../model/flashcards';

const dayKey = (date: Date) => format(date, 'yyyy-MM-dd');
const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
/** The learner's calendar day of an instant (written out: date-fns format costs ~50 µs a call, too much per log row). */
export function dayOfInstant(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export interface DayCount {
  day: string;
  count: number;
}

/** The `days` calendar days from `today` on (today first). */
export function nextDays(today: string, days: number): string[] {
  const start = parseISO(today);
  return Array.from({ length: days }, (_, i) => dayKey(addDays(start, i)));
}

/** The `days` calendar days up to and including `today` (oldest first). */
export function lastDays(today: string, days: number): string[] {
  const end = parseISO(today);
  return Array.from({ length: days }, (_, i) => dayKey(addDays(end, i - days + 1)));
}

/** Cards falling due on each of the next `days` days; overdue cards count on today. */
export function dueForecast(dues: Iterable<string>, today: string, days = 30): DayCount[] {
  const range = nextDays(today, days);
  const index = new Map(range.map((d, i) => [d, i]));
  const counts = new Array<number>(days).fill(0);
  const last = range[range.length - 1]!;
  for (const due of dues) {
    const day = dayOfInstant(due);
    if (day < today) counts[0]! += 1;
    else if (day <= last) counts[index.get(day)!]! += 1;
  }
  return range.map((day, i) => ({ day, count: counts[i]! }));
}

export interface LoggedReview {
  day: string;
  rating: ReviewRating;
  before: { state: CardState };
}

/** Reviews (every answer) per day over the last `days` days. */
export function reviewsPerDay(logs: Iterable<Pick<LoggedReview, 'day'>>, today: string, days = 30): DayCount[] {
  const range = lastDays(today, days);
  const counts = new Map(range.map((d) => [d, 0]));
  for (const log of logs) if (counts.has(log.day)) counts.set(log.day, counts.get(log.day)! + 1);
  return range.map((day) => ({ day, count: counts.get(day)! }));
}

export interface Retention {
  /** Answers to cards in review state (the ones FSRS predicts recall for). */
  reviews: number;
  /** Of those, answered Hard, Good or Easy (recalled). */
  recalled: number;
  /** recalled / reviews, or null with no reviews. */
  rate: number | null;
}

/**
 * True retention as Anki's FSRS guide measures it against desired retention: of the answers to cards in review
 * state, the share not answered Again. Learning steps do not count (they are not recall after an interval).
 */
export function retention(logs: Iterable<LoggedReview>): Retention {
  let reviews = 0;
  let recalled = 0;
  for (const log of logs) {
    if (log.before.state !== 'review') continue;
    reviews += 1;
    if (log.rating > 1) recalled += 1;
  }
  return { reviews, recalled, rate: reviews === 0 ? null : recalled / reviews };
}

/** One run of consecutive days with reviews, and the earliest day a card reviewed in it had fallen due. */
export interface ReviewRun {
  start: string;
  end: string;
  /** Earliest due day among the run's answers to cards that were not new; null if none. */
  earliestDue: string | null;
}

/** Runs of consecutive days from sorted, unique review days, newest run first. */
export function reviewRuns(days: readonly string[]): { start: string; end: string }[] {
  const runs: { start: string; end: string }[] = [];
  for (const day of days) {
    const last = runs[runs.length - 1];
    if (last && differenceInCalendarDays(parseISO(day), parseISO(last.end)) === 1) last.end = day;
    else runs.push({ start: day, end: day });
  }
  return runs.reverse();
}

/**
 * Days studied in a row, where a day with nothing due does not break the streak (it just does not count), and
 * today does not break it before it is over. A day without reviews breaks it only when a card was due then: one
 * reviewed later that had fallen due by that day, or one still overdue (`overdueSince`, the earliest due day of
 * the cards due and not yet reviewed). Because runs are checked newest first, looking at the run right after a
 * gap is enough: a card due in an older gap and reviewed after a newer one makes the newer gap break first.
 */
export function studyStreak(runs: readonly ReviewRun[], today: string, overdueSince: string | null): number {
  const yesterday = dayKey(addDays(parseISO(today), -1));
  let streak = 0;
  let after: ReviewRun | null = null;
  for (const run of runs) {
    // The gap between this run and the newer one (or today): its last day.
    const gapEnd = after ? dayKey(addDays(parseISO(after.start), -1)) : yesterday;
    if (run.end < gapEnd) {
      // A card still overdue was due on every day since it fell due, so on this gap too if it was due by its end.
      const dueInGap = (after?.earliestDue != null && after.earliestDue <= gapEnd) || (overdueSince !== null && overdueSince <= gapEnd);
      if (dueInGap) return streak;
    }
    streak += differenceInCalendarDays(parseISO(run.end), parseISO(run.start)) + 1;
    after = run;
  }
  return streak;
}
