/**
 * Deadline and pace of a cycle.
 *
 * "On track" means: the CEUs that already count toward the requirement (required minus still needed, so a missing
 * part holds progress back) are at least the linear pace expected today, `required × elapsed days / cycle days`,
 * where elapsed days are the whole days of the cycle before today. Below that pace the cycle is "behind"; after
 * its end day and not complete it is "overdue"; with nothing still needed it is "complete".
 */
import type { IsoDate } from '../model/entities';
import { ceilCeus, roundCeus } from './ceuMath';
import { daysBetween } from './dates';

export type CycleStatus = 'complete' | 'on-track' | 'behind' | 'overdue';

export interface Pace {
  status: CycleStatus;
  /** Calendar days from today to the cycle's end day: 0 on the end day, negative once it has passed. */
  daysLeft: number;
  /** CEUs the linear pace expects by today. */
  expectedByToday: number;
  /** CEUs a month needed from today to finish on time; 0 when complete, null once the cycle has ended. */
  perMonthNeeded: number | null;
}

/** Average month length, to turn days left into months. */
const DAYS_PER_MONTH = 365.2425 / 12;

export function elapsedShare(start: IsoDate, end: IsoDate, today: IsoDate): number {
  const cycleDays = daysBetween(start, end) + 1;
  if (cycleDays <= 0) return 1;
  return Math.min(1, Math.max(0, daysBetween(start, today) / cycleDays));
}

export function paceOf(required: number, needed: number, start: IsoDate, end: IsoDate, today: IsoDate): Pace {
  const daysLeft = daysBetween(today, end);
  const expectedByToday = roundCeus(required * elapsedShare(start, end, today));
  const credited = roundCeus(required - needed);
  let status: CycleStatus;
  if (needed <= 0) status = 'complete';
  else if (daysLeft < 0) status = 'overdue';
  else if (credited >= expectedByToday) status = 'on-track';
  else status = 'behind';
  return { status, daysLeft, expectedByToday, perMonthNeeded: perMonthNeeded(needed, daysLeft) };
}

/** Less than a month left means the whole amount is needed within the month. */
export function perMonthNeeded(needed: number, daysLeft: number): number | null {
  if (needed <= 0) return 0;
  if (daysLeft < 0) return null;
  const monthsLeft = Math.max(1, (daysLeft + 1) / DAYS_PER_MONTH);
  return ceilCeus(needed / monthsLeft);
}
