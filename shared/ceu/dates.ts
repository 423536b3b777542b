/** Calendar-day helpers over `YYYY-MM-DD` strings (days never shift with the time zone). */
import { addDays, addYears, differenceInCalendarDays, format, isValid, parseISO } from 'date-fns';
import type { IsoDate } from '../model/entities';

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export function parseDay(day: IsoDate): Date {
  return parseISO(day);
}

export function toIsoDay(date: Date): IsoDate {
  return format(date, 'yyyy-MM-dd');
}

/** A real calendar day written `YYYY-MM-DD` (rejects 2025-02-30). */
export function isIsoDay(value: string): boolean {
  if (!DAY_PATTERN.test(value)) return false;
  const date = parseISO(value);
  return isValid(date) && toIsoDay(date) === value;
}

export function addDaysIso(day: IsoDate, days: number): IsoDate {
  return toIsoDay(addDays(parseDay(day), days));
}

export function addYearsIso(day: IsoDate, years: number): IsoDate {
  return toIsoDay(addYears(parseDay(day), years));
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(parseDay(to), parseDay(from));
}

export function sameMonth(a: IsoDate, b: IsoDate): boolean {
  return a.slice(0, 7) === b.slice(0, 7);
}

/** "31 March 2027", for messages. */
export function formatDay(day: IsoDate): string {
  return format(parseDay(day), 'd MMMM yyyy');
}
