/**
 * Calendar-day helpers for `YYYY-MM-DD` strings. Days are parsed as local midnight and formatted back in local
 * time, so a study day never shifts with the time zone (an exam on May 12 stays May 12).
 */
import { addDays, differenceInCalendarDays, format, isValid, parse, parseISO } from 'date-fns';
import type { IsoDate } from '../model/entities';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDay(value: string): boolean {
  return DAY.test(value) && isValid(parse(value, 'yyyy-MM-dd', new Date(0)));
}

/** Local midnight of the day. parseISO reads a bare date as local time, and does it ~3x faster than parse(). */
export function dayToDate(day: IsoDate): Date {
  return parseISO(day);
}

export function dateToDay(date: Date): IsoDate {
  return format(date, 'yyyy-MM-dd');
}

export function addDaysToDay(day: IsoDate, days: number): IsoDate {
  return dateToDay(addDays(dayToDate(day), days));
}

/** Whole calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(dayToDate(to), dayToDate(from));
}

/** ISO days compare correctly as strings. */
export function maxDay(a: IsoDate, b: IsoDate): IsoDate {
  return a > b ? a : b;
}

export function roundTo(value: number, step: number): number {
  return Math.round(value / step) * step;
}

/** Round for display without binary noise (0.1 + 0.2 → 0.3). */
export function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}
