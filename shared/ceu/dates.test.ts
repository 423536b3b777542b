import { addDays, differenceInCalendarDays, format, parseISO } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDaysIso, daysBetween, formatDay, isIsoDay, parseDay, toIsoDay } from './dates';

// The arithmetic fast paths must give exactly what date-fns gives (the engine's results may not change).
const day = fc.date({ min: new Date(1990, 0, 1), max: new Date(2060, 11, 31), noInvalidDate: true }).map((d) => format(d, 'yyyy-MM-dd'));

describe('calendar-day helpers agree with date-fns', () => {
  it('formats, parses, adds and counts days as date-fns does', () => {
    fc.assert(
      fc.property(day, day, fc.integer({ min: -4000, max: 4000 }), (a, b, n) => {
        expect(formatDay(a)).toBe(format(parseISO(a), 'd MMMM yyyy'));
        expect(parseDay(a).getTime()).toBe(parseISO(a).getTime());
        expect(toIsoDay(parseDay(a))).toBe(a);
        expect(addDaysIso(a, n)).toBe(format(addDays(parseISO(a), n), 'yyyy-MM-dd'));
        expect(daysBetween(a, b)).toBe(differenceInCalendarDays(parseISO(b), parseISO(a)));
      }),
    );
  });

  it('formats a day for messages', () => {
    expect(formatDay('2027-03-31')).toBe('31 March 2027');
    expect(formatDay('2024-02-29')).toBe('29 February 2024');
  });

  it('rejects days that do not exist, as before', () => {
    expect(isIsoDay('2025-02-30')).toBe(false);
    expect(isIsoDay('2023-02-29')).toBe(false);
    expect(isIsoDay('2024-02-29')).toBe(true);
    expect(() => formatDay('2025-02-30')).toThrow(RangeError);
  });
});
