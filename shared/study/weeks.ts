/**
 * One definition of a week for the whole app (plan table, charts, dashboard, calendar export): seven days starting
 * on the day the user chose in Settings (`Profile.weekStartsOn`, Monday unless they chose otherwise).
 */
import { startOfWeek } from 'date-fns';
import type { IsoDate } from '../model/entities';
import { addDaysToDay, dateToDay, dayFromNumber, dayNumber, dayToDate } from './days';

/** 0 = Sunday … 6 = Saturday, as date-fns and `Date.getDay()` number them. */
export type WeekStartDay = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export const DEFAULT_WEEK_START: WeekStartDay = 1;

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** The stored setting, or Monday when there is none (or it is not a weekday number). */
export function weekStartOrDefault(value: number | undefined | null): WeekStartDay {
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 6
    ? (value as WeekStartDay)
    : DEFAULT_WEEK_START;
}

/** The first day of the week containing `day`. */
export function weekStartOf(day: IsoDate, weekStartsOn: WeekStartDay = DEFAULT_WEEK_START): IsoDate {
  const n = dayNumber(day);
  if (!Number.isFinite(n)) return dateToDay(startOfWeek(dayToDate(day), { weekStartsOn }));
  // 1970-01-01 was a Thursday (weekday 4).
  const weekday = (((n + 4) % 7) + 7) % 7;
  return dayFromNumber(n - ((weekday - weekStartsOn + 7) % 7));
}

/** The last day of the week containing `day`. */
export function weekEndOf(day: IsoDate, weekStartsOn: WeekStartDay = DEFAULT_WEEK_START): IsoDate {
  return addDaysToDay(weekStartOf(day, weekStartsOn), 6);
}

export interface WeekSpan {
  /** First day of the week, even when the range starts later. */
  weekStart: IsoDate;
  /** First and last day of the week inside the range. */
  start: IsoDate;
  end: IsoDate;
}

/** The weeks touching [from, to], each clipped to the range; empty when from > to. */
export function weekSpans(from: IsoDate, to: IsoDate, weekStartsOn: WeekStartDay = DEFAULT_WEEK_START): WeekSpan[] {
  const spans: WeekSpan[] = [];
  if (from > to) return spans;
  for (let weekStart = weekStartOf(from, weekStartsOn); weekStart <= to; weekStart = addDaysToDay(weekStart, 7)) {
    const weekEnd = addDaysToDay(weekStart, 6);
    spans.push({ weekStart, start: weekStart < from ? from : weekStart, end: weekEnd > to ? to : weekEnd });
  }
  return spans;
}
