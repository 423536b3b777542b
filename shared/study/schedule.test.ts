import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StudySession } from '../model/entities';
import type { ExamDef } from './exams';
import { getExamDef } from './exams';
import { buildSchedule, domainShares, practiceWeekCount, thisWeekProgress } from './schedule';

/** A tiny exam so the numbers can be worked by hand. */
const TWO: ExamDef = {
  code: 'CPC',
  body: 'AAPC',
  name: 'Test exam',
  questions: { value: 100, source: 'test', verified: true },
  minutes: { value: 240, source: 'test', verified: true },
  passMark: { value: { kind: 'percent', percent: 70 }, source: 'test', verified: true },
  domains: [
    { id: 'a', label: 'A', defaultWeight: 1, source: 'test', verified: true },
    { id: 'b', label: 'B', defaultWeight: 1, source: 'test', verified: true },
  ],
  checked: '2026',
};
const CPC = getExamDef('CPC')!;

const plan = (over: Partial<Parameters<typeof buildSchedule>[0]['plan']> = {}) => ({
  startDate: '2026-01-05',
  examDate: '2026-03-16',
  weeklyHoursGoal: 8,
  weights: [
    { domainId: 'a', weight: 3 },
    { domainId: 'b', weight: 1 },
  ],
  ...over,
});

describe('buildSchedule: empty schedules say why', () => {
  it('exam date in the past', () => {
    const s = buildSchedule({ plan: plan({ examDate: '2026-03-01' }), exam: TWO, today: '2026-03-02' });
    expect(s.weeks).toEqual([]);
    expect(s.reason).toEqual({ code: 'exam-past', message: 'The exam date (2026-03-01) has passed.' });
  });

  it('exam today', () => {
    const s = buildSchedule({ plan: plan({ examDate: '2026-03-02' }), exam: TWO, today: '2026-03-02' });
    expect(s.reason?.code).toBe('exam-today');
  });

  it('plan start on or after the exam date', () => {
    const s = buildSchedule({ plan: plan({ startDate: '2026-04-01' }), exam: TWO, today: '2026-01-01' });
    expect(s.weeks).toEqual([]);
    expect(s.reason?.code).toBe('start-after-exam');
  });

  it('no weekly hours', () => {
    expect(buildSchedule({ plan: plan({ weeklyHoursGoal: 0 }), exam: TWO, today: '2026-01-01' }).reason?.code).toBe(
      'no-hours',
    );
  });
});

describe('buildSchedule: weeks counted back from the exam', () => {
  it('10 weeks: 7-day spans ending the day before the exam, last 2 kept for practice exams', () => {
    const s = buildSchedule({ plan: plan(), exam: TWO, today: '2026-01-01' });
    expect(s.weeks).toHaveLength(10);
    expect(s.weeks[0]).toMatchObject({ index: 1, start: '2026-01-05', end: '2026-01-11', hours: 8, kind: 'study' });
    expect(s.weeks[9]).toMatchObject({ index: 10, start: '2026-03-09', end: '2026-03-15', kind: 'practice' });
    expect(s.weeks.map((w) => w.kind).filter((k) => k === 'practice')).toHaveLength(2);
    expect(s.weeks[9]?.allocations).toEqual([]);
  });

  it('starts today when today is after the plan start; the first week is prorated by its days', () => {
    // 2026-03-12 (Thu) → last study day 2026-03-15: 4 days, 8 h × 4/7 = 4.57 → 4.5 h.
    const s = buildSchedule({ plan: plan(), exam: TWO, today: '2026-03-12' });
    expect(s.weeks).toHaveLength(1);
    expect(s.weeks[0]).toMatchObject({ start: '2026-03-12', end: '2026-03-15', hours: 4.5, kind: 'study' });
  });

  it('exam this week (exam Thursday, today Monday): one 3-day study week, no practice week', () => {
    const s = buildSchedule({
      plan: plan({ examDate: '2026-03-05', weeklyHoursGoal: 10 }),
      exam: TWO,
      today: '2026-03-02',
    });
    expect(s.weeks).toEqual([
      {
        index: 1,
        start: '2026-03-02',
        end: '2026-03-04',
        hours: 4.25, // 10 × 3/7 = 4.29 → nearest quarter hour
        kind: 'study',
        allocations: [
          { domainId: 'a', hours: 3.25 },
          { domainId: 'b', hours: 1 },
        ],
      },
    ]);
  });

  it('practice weeks: 2 from 10 weeks, 1 from 4 to 9, none under 4', () => {
    expect([1, 3, 4, 9, 10, 30].map(practiceWeekCount)).toEqual([0, 0, 1, 1, 2, 2]);
  });
});

describe('buildSchedule: hours per domain', () => {
  it('proportional to weight when there are no scores (3:1 of 8 h = 6 h and 2 h)', () => {
    const s = buildSchedule({ plan: plan(), exam: TWO, today: '2026-01-01' });
    expect(s.weeks[0]?.allocations).toEqual([
      { domainId: 'a', hours: 6 },
      { domainId: 'b', hours: 2 },
    ]);
  });

  it('shifted toward the weaker domain: scores 80/40 (mean 60) give multipliers 0.7/1.3', () => {
    const s = buildSchedule({ plan: plan(), exam: TWO, domainScores: { a: 80, b: 40 }, today: '2026-01-01' });
    expect(s.shares.map((x) => [x.domainId, x.multiplier])).toEqual([
      ['a', 0.7],
      ['b', 1.3],
    ]);
    // share a = 2.1 / 3.4 = 0.6176 → 4.94 h of 8; b → 3.06 h. Rounding carries, so the quarter hours alternate.
    const hours = s.weeks.slice(0, 3).map((w) => w.allocations.map((a) => a.hours));
    expect(hours).toEqual([
      [5, 3],
      [5, 3],
      [4.75, 3.25],
    ]);
    const studyWeeks = s.weeks.filter((w) => w.kind === 'study');
    const totalB = studyWeeks.reduce((sum, w) => sum + (w.allocations.find((a) => a.domainId === 'b')?.hours ?? 0), 0);
    expect(totalB).toBeCloseTo(8 * studyWeeks.length * (1.3 / 3.4), 0);
  });

  it('multipliers are capped: a strong domain keeps at least half its share, a weak one at most double', () => {
    const { shares } = domainShares(
      [
        { domainId: 'a', weight: 1 },
        { domainId: 'b', weight: 1 },
      ],
      TWO,
      { a: 100, b: 0 },
    );
    expect(shares.map((x) => x.multiplier)).toEqual([0.5, 1.75]);
  });

  it('a domain with no score keeps multiplier 1 (no evidence either way)', () => {
    const { shares } = domainShares(CPC.domains.map((d) => ({ domainId: d.id, weight: d.defaultWeight })), CPC, {
      anesthesia: 40,
      radiology: 80,
    });
    expect(shares.find((x) => x.domainId === 'medicine')).toMatchObject({ multiplier: 1 });
    expect(shares.find((x) => x.domainId === 'anesthesia')?.multiplier).toBeCloseTo(1.3);
    expect(shares.find((x) => x.domainId === 'medicine')?.score).toBeUndefined();
  });

  it('zero weights: a zero-weight domain gets no time; all zero falls back to the exam defaults', () => {
    const one = buildSchedule({
      plan: plan({ weights: [{ domainId: 'a', weight: 2 }, { domainId: 'b', weight: 0 }] }),
      exam: TWO,
      today: '2026-01-01',
    });
    expect(one.weeks[0]?.allocations).toEqual([{ domainId: 'a', hours: 8 }]);
    expect(one.weightsUsed).toBe('plan');

    const none = buildSchedule({
      plan: plan({ weights: [{ domainId: 'a', weight: 0 }, { domainId: 'b', weight: 0 }] }),
      exam: TWO,
      today: '2026-01-01',
    });
    expect(none.weightsUsed).toBe('exam-default');
    expect(none.weeks[0]?.allocations).toEqual([
      { domainId: 'a', hours: 4 },
      { domainId: 'b', hours: 4 },
    ]);
  });

  it('property: every study week is allocated in quarter hours that add up to the week total', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 80 }),
        fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 17, maxLength: 17 }),
        fc.dictionary(fc.constantFrom(...CPC.domains.map((d) => d.id)), fc.integer({ min: 0, max: 100 })),
        (weekly, ws, scores) => {
          const s = buildSchedule({
            plan: plan({ weeklyHoursGoal: weekly, weights: CPC.domains.map((d, i) => ({ domainId: d.id, weight: ws[i] ?? 0 })) }),
            exam: CPC,
            domainScores: scores,
            today: '2026-01-01',
          });
          for (const w of s.weeks.filter((x) => x.kind === 'study')) {
            const sum = w.allocations.reduce((a, b) => a + b.hours, 0);
            expect(sum).toBeCloseTo(w.hours, 6);
            expect(w.allocations.every((a) => Number.isInteger(a.hours * 4) && a.hours > 0)).toBe(true);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('thisWeekProgress', () => {
  const schedule = buildSchedule({ plan: plan(), exam: TWO, today: '2026-01-01' });
  const session = (date: string, minutes: number, domainId?: string): StudySession => ({
    id: date + minutes,
    date,
    minutes,
    ...(domainId ? { domainId } : {}),
    notes: '',
    createdAt: `${date}T10:00:00.000Z`,
  });

  it('planned vs done per domain for the week containing today; sessions outside it are ignored', () => {
    const p = thisWeekProgress(
      schedule.weeks,
      [
        session('2026-01-12', 90, 'a'),
        session('2026-01-14', 45, 'a'),
        session('2026-01-15', 30, 'c'),
        session('2026-01-16', 60),
        session('2026-01-11', 600, 'b'), // the week before
      ],
      '2026-01-14',
    );
    expect(p.week?.start).toBe('2026-01-12');
    expect(p.plannedHours).toBe(8);
    expect(p.doneHours).toBe(3.75);
    expect(p.domains).toEqual([
      { domainId: 'a', plannedHours: 6, doneHours: 2.25 },
      { domainId: 'b', plannedHours: 2, doneHours: 0 },
      { domainId: 'c', plannedHours: 0, doneHours: 0.5 },
      { domainId: null, plannedHours: 0, doneHours: 1 },
    ]);
  });

  it('no week contains today: nothing planned', () => {
    expect(thisWeekProgress(schedule.weeks, [], '2025-12-01')).toEqual({ plannedHours: 0, doneHours: 0, domains: [] });
  });
});
