import { describe, expect, it } from 'vitest';
import { getExamDef } from './exams';
import { advanceTimerCheckpoint, formatElapsed, hoursByDomain, timerElapsed, timerToSessionDraft, weeklyHours } from './sessions';
import { weekEndOf, weekSpans, weekStartOf, weekStartOrDefault } from './weeks';

const CPC = getExamDef('CPC')!;
// Instants built from local times, so the tests hold in any time zone.
const at = (y: number, mo: number, d: number, h: number, mi = 0, s = 0) => new Date(y, mo - 1, d, h, mi, s);

describe('weeklyHours (ISO weeks, Monday start)', () => {
  it('sums minutes per week, includes empty weeks, and compares with the goal', () => {
    const weeks = weeklyHours(
      [
        { date: '2026-03-02', minutes: 120 }, // Monday
        { date: '2026-03-08', minutes: 90 }, // Sunday, same week
        { date: '2026-03-16', minutes: 45 },
      ],
      { from: '2026-03-04', to: '2026-03-17', goalHours: 3 },
    );
    expect(weeks).toEqual([
      { weekStart: '2026-03-02', weekEnd: '2026-03-08', hours: 3.5, goal: 3, metGoal: true },
      { weekStart: '2026-03-09', weekEnd: '2026-03-15', hours: 0, goal: 3, metGoal: false },
      { weekStart: '2026-03-16', weekEnd: '2026-03-22', hours: 0.75, goal: 3, metGoal: false },
    ]);
  });

  it('an empty range gives no weeks; a Sunday belongs to the week of the Monday before', () => {
    expect(weeklyHours([], { from: '2026-03-10', to: '2026-03-01', goalHours: 1 })).toEqual([]);
    expect(weekStartOf('2026-03-08')).toBe('2026-03-02');
    expect(weekStartOf('2026-01-01')).toBe('2025-12-29'); // across a year end
  });

  it('weeks start on the chosen day: Sunday weeks put Sunday first', () => {
    const weeks = weeklyHours([{ date: '2026-03-08', minutes: 60 }], { from: '2026-03-04', to: '2026-03-10', goalHours: 1, weekStartsOn: 0 });
    expect(weeks.map((w) => [w.weekStart, w.weekEnd, w.hours])).toEqual([
      ['2026-03-01', '2026-03-07', 0],
      ['2026-03-08', '2026-03-14', 1],
    ]);
  });
});

describe('one week definition (weeks.ts)', () => {
  it('start and end of the week for each chosen first day, and the default Monday', () => {
    // Wednesday 2026-03-11.
    expect([0, 1, 3, 6].map((d) => weekStartOf('2026-03-11', weekStartOrDefault(d)))).toEqual(['2026-03-08', '2026-03-09', '2026-03-11', '2026-03-07']);
    expect(weekEndOf('2026-03-11', 6)).toBe('2026-03-13');
    expect(weekStartOrDefault(undefined)).toBe(1);
    expect(weekStartOrDefault(9)).toBe(1);
  });

  it('spans clip the first and last week to the range', () => {
    expect(weekSpans('2026-03-11', '2026-03-17', 1)).toEqual([
      { weekStart: '2026-03-09', start: '2026-03-11', end: '2026-03-15' },
      { weekStart: '2026-03-16', start: '2026-03-16', end: '2026-03-17' },
    ]);
    expect(weekSpans('2026-03-12', '2026-03-11')).toEqual([]);
  });
});

describe('hoursByDomain', () => {
  it('exam order first, then other domains, then general study', () => {
    expect(
      hoursByDomain(
        [
          { minutes: 30 },
          { minutes: 60, domainId: 'radiology' },
          { minutes: 15, domainId: 'my-topic' },
          { minutes: 90, domainId: 'anesthesia' },
          { minutes: 30, domainId: 'radiology' },
        ],
        CPC,
      ),
    ).toEqual([
      { domainId: 'anesthesia', label: 'Anesthesia', hours: 1.5 },
      { domainId: 'radiology', label: 'Radiology', hours: 1.5 },
      { domainId: 'my-topic', label: 'my-topic', hours: 0.25 },
      { domainId: null, label: 'General study', hours: 0.5 },
    ]);
  });
});

describe('timer', () => {
  const timer = { startedAt: at(2026, 3, 9, 23, 30).toISOString(), domainId: 'medicine', planId: 'p1' };

  it('elapsed time from the start to now', () => {
    expect(timerElapsed(timer, at(2026, 3, 10, 0, 45, 30))).toEqual({
      elapsedMs: 4_530_000,
      minutes: 76,
      display: '1:15:30',
      longRunning: false,
      clockChanged: false,
    });
  });

  it('flags a timer left running more than 12 hours', () => {
    expect(timerElapsed(timer, at(2026, 3, 10, 11, 30)).longRunning).toBe(false); // exactly 12 h
    expect(timerElapsed(timer, at(2026, 3, 10, 11, 31)).longRunning).toBe(true);
  });

  it('a start in the future (clock changed) counts as zero and is flagged', () => {
    expect(timerElapsed(timer, at(2026, 3, 9, 22, 0))).toMatchObject({ elapsedMs: 0, clockChanged: true, display: '0:00:00' });
  });

  it('the clock set back after a checkpoint keeps the time counted up to it, and counts on from the new time', () => {
    const seen = advanceTimerCheckpoint(timer, null, at(2026, 3, 10, 0, 15)); // 45 min in
    expect(seen).toEqual({ startedAt: timer.startedAt, at: at(2026, 3, 10, 0, 15).toISOString(), elapsedMs: 45 * 60_000, clockChanged: false });
    // Set back an hour: 23:15 is before both the start and the checkpoint.
    expect(timerElapsed(timer, at(2026, 3, 9, 23, 15), seen)).toMatchObject({ minutes: 45, clockChanged: true });
    const after = advanceTimerCheckpoint(timer, seen, at(2026, 3, 9, 23, 15));
    expect(timerElapsed(timer, at(2026, 3, 9, 23, 25), after)).toMatchObject({ minutes: 55, clockChanged: true });
    // A checkpoint of another (earlier) timer is ignored.
    expect(timerElapsed({ startedAt: at(2026, 3, 10, 0, 0).toISOString() }, at(2026, 3, 10, 0, 10), seen).minutes).toBe(10);
  });

  it('a stop after the clock went back asks with the kept minutes instead of discarding the session', () => {
    const checkpoint = advanceTimerCheckpoint(timer, null, at(2026, 3, 10, 0, 20)); // 50 min in
    const stop = timerToSessionDraft(timer, at(2026, 3, 9, 23, 40), { checkpoint }); // clock set back 40 min
    expect(stop).toEqual({
      kind: 'confirm',
      draft: { date: '2026-03-09', minutes: 50, notes: '', planId: 'p1', domainId: 'medicine' },
      message: "The computer's clock was set back while the timer ran, so the time may be short. It counted 0 h 50 min. Check the minutes before saving.",
    });
    // Without any checkpoint (set back before the first one) it still asks rather than saying "less than a minute".
    expect(timerToSessionDraft(timer, at(2026, 3, 9, 23, 0))).toMatchObject({ kind: 'confirm', draft: { minutes: 1 } });
  });

  it('a stopped timer becomes a session draft dated the day it started', () => {
    expect(timerToSessionDraft(timer, at(2026, 3, 10, 0, 45, 30))).toEqual({
      kind: 'draft',
      draft: { date: '2026-03-09', minutes: 76, notes: '', planId: 'p1', domainId: 'medicine' },
    });
  });

  it('under a minute: nothing to save', () => {
    expect(timerToSessionDraft(timer, at(2026, 3, 9, 23, 30, 20))).toEqual({
      kind: 'too-short',
      message: 'The timer ran for less than a minute: nothing to save.',
    });
  });

  it('over 12 hours: asks, with the draft capped at one day; the user’s minutes then win', () => {
    const stop = timerToSessionDraft(timer, at(2026, 3, 11, 1, 35));
    expect(stop).toEqual({
      kind: 'confirm',
      draft: { date: '2026-03-09', minutes: 1440, notes: '', planId: 'p1', domainId: 'medicine' },
      message: 'The timer ran for 26 h 5 min. Was it left running? Check the minutes before saving.',
    });
    expect(timerToSessionDraft(timer, at(2026, 3, 11, 1, 35), { minutesOverride: 95, notes: ' E/M ' })).toEqual({
      kind: 'draft',
      draft: { date: '2026-03-09', minutes: 95, notes: 'E/M', planId: 'p1', domainId: 'medicine' },
    });
  });

  it('formatElapsed', () => {
    expect(formatElapsed(0)).toBe('0:00:00');
    expect(formatElapsed(36_061_000)).toBe('10:01:01');
  });
});
