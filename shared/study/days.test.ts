import { addDays, differenceInCalendarDays, format, parseISO } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { addDaysToDay, dayFromNumber, dayNumber, daysBetween } from './days';

describe('calendar-day arithmetic', () => {
  it('agrees with date-fns in local time across month, year, leap-day and daylight-saving boundaries', () => {
    const days = ['2024-02-28', '2024-02-29', '2024-03-09', '2024-03-10', '2024-11-03', '2025-12-31', '1999-12-31', '2026-10-25'];
    for (const day of days) {
      for (const step of [-400, -31, -1, 0, 1, 2, 7, 30, 366]) {
        expect(addDaysToDay(day, step)).toBe(format(addDays(parseISO(day), step), 'yyyy-MM-dd'));
      }
      for (const other of days) expect(daysBetween(day, other)).toBe(differenceInCalendarDays(parseISO(other), parseISO(day)));
    }
  });

  it('day numbers count from 1970-01-01 and round-trip', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('1970-01-08')).toBe(7);
    expect(dayFromNumber(dayNumber('2026-03-10'))).toBe('2026-03-10');
    expect(dayNumber('2026-3-10')).toBeNaN();
  });
});
