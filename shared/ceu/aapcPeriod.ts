/**
 * AAPC periods follow the membership renewal month (docs/ceu-rules.md, rules 4 and 5): reported every two years
 * on or before the membership due date, the last day of that month; even months report in even years, odd
 * months in odd years. A newly certified member's first period, and a credential added mid-period, is pro-rated
 * by the months left: the app's estimate of a formula AAPC does not publish.
 */
import { addMonths } from 'date-fns';
import type { IsoDate } from '../model/entities';
import { addDaysIso, parseDay, toIsoDay } from './dates';

export const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
] as const;

export function isRenewalMonth(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 12;
}

/** The last day of `month` (1–12) of `year`. */
export function lastDayOfMonth(year: number, month: number): IsoDate {
  return addDaysIso(`${String(month === 12 ? year + 1 : year).padStart(4, '0')}-${String((month % 12) + 1).padStart(2, '0')}-01`, -1);
}

/** The period ending on `end` began the day after the same day two years (`months`) earlier. */
export function periodStartOf(end: IsoDate, months = 24): IsoDate {
  return toIsoDay(addMonths(parseDay(addDaysIso(end, 1)), -months));
}

/** The AAPC period of a member renewing in `month` that contains `today`. */
export function aapcPeriodContaining(month: number, today: IsoDate): { cycleStart: IsoDate; cycleEnd: IsoDate } {
  let year = Number(today.slice(0, 4));
  if (year % 2 !== month % 2) year += 1;
  let end = lastDayOfMonth(year, month);
  if (end < today) end = lastDayOfMonth(year + 2, month);
  return { cycleStart: periodStartOf(end), cycleEnd: end };
}

/** True when `end` is where a member renewing in `month` has a period end. */
export function endsInRenewalMonth(end: IsoDate, month: number): boolean {
  const year = Number(end.slice(0, 4));
  return year % 2 === month % 2 && end === lastDayOfMonth(year, month);
}

/** Months from `from` to the end of the period `end`, a part month counted as a whole one (never ask less). */
export function monthsLeft(from: IsoDate, end: IsoDate): number {
  const start = parseDay(from);
  let months = 0;
  while (toIsoDay(addMonths(start, months)) <= end && months < 1200) months += 1;
  return months;
}

/** The share of a full period that a credential held from `cycleStart` is in it: 1 for a full period. */
export function heldShare(cycleStart: IsoDate, cycleEnd: IsoDate, monthsPerPeriod: number): { share: number; months: number } {
  if (cycleStart <= periodStartOf(cycleEnd, monthsPerPeriod)) return { share: 1, months: monthsPerPeriod };
  const months = Math.min(monthsPerPeriod, monthsLeft(cycleStart, cycleEnd));
  return { share: months / monthsPerPeriod, months };
}

/** A pro-rated number of CEUs, rounded up to whole CEUs (an estimate never asks for less than the scaled figure). */
export function proRated(ceus: number, share: number): number {
  return share >= 1 ? ceus : Math.ceil(Math.round(ceus * share * 100) / 100);
}
