/**
 * Calendar-day helpers over `YYYY-MM-DD` strings (days never shift with the time zone).
 *
 * The requirement engine calls these for every entry of every held credential (10,000 entries are a decade of a
 * busy coder), so a well-formed real day takes a plain arithmetic path; anything else goes through date-fns exactly
 * as before (same results, same RangeError for a day that does not exist).
 */
import { addDays, addYears, differenceInCalendarDays, format, isValid, parseISO } from 'date-fns';
import type { IsoDate } from '../model/entities';

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
] as const;
const MS_PER_DAY = 86_400_000;

interface DayParts {
  y: number;
  m: number;
  d: number;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function daysInMonth(y: number, m: number): number {
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return m === 2 && leap ? 29 : MONTH_DAYS[m - 1]!;
}

/** The parts of a real calendar day written `YYYY-MM-DD` (year 1000 on), else undefined (use the slow path). */
function partsOf(day: string): DayParts | undefined {
  if (typeof day !== 'string' || day.length !== 10 || !DAY_PATTERN.test(day)) return undefined;
  const y = +day.slice(0, 4);
  const m = +day.slice(5, 7);
  const d = +day.slice(8, 10);
  if (y < 1000 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  return { y, m, d };
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Local midnight of the day, as date-fns parseISO gives it. */
export function parseDay(day: IsoDate): Date {
  const p = partsOf(day);
  return p ? new Date(p.y, p.m - 1, p.d) : parseISO(day);
}

export function toIsoDay(date: Date): IsoDate {
  const y = date.getFullYear();
  if (Number.isNaN(y) || y < 1000 || y > 9999) return format(date, 'yyyy-MM-dd');
  return `${y}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
}

/** A real calendar day written `YYYY-MM-DD` (rejects 2025-02-30). */
export function isIsoDay(value: string): boolean {
  if (!DAY_PATTERN.test(value)) return false;
  if (partsOf(value)) return true;
  const date = parseISO(value);
  return isValid(date) && toIsoDay(date) === value;
}

export function addDaysIso(day: IsoDate, days: number): IsoDate {
  const p = partsOf(day);
  if (!p || !Number.isInteger(days)) return toIsoDay(addDays(parseDay(day), days));
  // UTC arithmetic: whole days, no daylight-saving hour to fall into.
  const date = new Date(Date.UTC(p.y, p.m - 1, p.d + days));
  const y = date.getUTCFullYear();
  if (y < 1000 || y > 9999) return toIsoDay(addDays(parseDay(day), days));
  return `${y}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

export function addYearsIso(day: IsoDate, years: number): IsoDate {
  return toIsoDay(addYears(parseDay(day), years));
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  const a = partsOf(from);
  const b = partsOf(to);
  if (!a || !b) return differenceInCalendarDays(parseDay(to), parseDay(from));
  return Math.round((Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / MS_PER_DAY);
}

export function sameMonth(a: IsoDate, b: IsoDate): boolean {
  return a.slice(0, 7) === b.slice(0, 7);
}

/** Formatted days, remembered: exclusion messages name the same few thousand days over and over. */
const formatted = new Map<string, string>();
const FORMATTED_MAX = 20_000;

/** "31 March 2027", for messages. */
export function formatDay(day: IsoDate): string {
  const known = formatted.get(day);
  if (known !== undefined) return known;
  const p = partsOf(day);
  if (!p) return format(parseDay(day), 'd MMMM yyyy');
  const text = `${p.d} ${MONTH_NAMES[p.m - 1]} ${p.y}`;
  if (formatted.size >= FORMATTED_MAX) formatted.clear();
  formatted.set(day, text);
  return text;
}
