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

const MS_PER_DAY = 86_400_000;

/**
 * A calendar day as a whole number of days since 1970-01-01, or NaN for text that is not `YYYY-MM-DD`. Calendar-day
 * arithmetic on UTC midnights has no time zone or daylight-saving jumps, and is many times faster than parsing to a
 * local Date and back (plans and readiness do it thousands of times per screen).
 */
export function dayNumber(day: IsoDate): number {
  if (day.length !== 10 || day.charCodeAt(4) !== 45 || day.charCodeAt(7) !== 45) return NaN;
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / MS_PER_DAY;
}

export function dayFromNumber(n: number): IsoDate {
  const d = new Date(n * MS_PER_DAY);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + 1;
  const dd = d.getUTCDate();
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${dd < 10 ? '0' : ''}${dd}`;
}

export function addDaysToDay(day: IsoDate, days: number): IsoDate {
  const n = dayNumber(day);
  if (Number.isFinite(n) && Number.isInteger(days)) return dayFromNumber(n + days);
  return dateToDay(addDays(dayToDate(day), days));
}

/** Whole calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  const a = dayNumber(from);
  const b = dayNumber(to);
  if (Number.isFinite(a) && Number.isFinite(b)) return b - a;
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
