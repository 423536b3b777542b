import { describe, expect, it } from 'vitest';
import type { StudyPlan } from '../../../../shared/model/entities';
import { getExamDef } from '../../../../shared/study/exams';
import { domainShares } from '../../../../shared/study/schedule';
import { weeklyHours } from '../../../../shared/study/sessions';
import {
  chartRange,
  domainHoursSummary,
  newPlanValues,
  planValues,
  sessionsForPlan,
  sessionsNewestFirst,
  topicLabel,
  weakFocusSummary,
  weekFocusLine,
  weeklyHoursSummary,
  weightValuesFor,
} from './studyView';

const cpc = getExamDef('CPC')!;

const plan: StudyPlan = {
  id: 'p1',
  name: 'CPC',
  examCode: 'CPC',
  examDate: '2026-06-13',
  startDate: '2026-03-02',
  weeklyHoursGoal: 10,
  weights: [{ domainId: 'medicine', weight: 9 }],
  active: true,
  createdAt: 'x',
  updatedAt: 'x',
};

describe('plan form values', () => {
  it('a new plan starts today with the exam catalog weights (exams.ts defaultWeight)', () => {
    const values = newPlanValues('2026-03-10', 'CRC');
    expect(values).toMatchObject({ startDate: '2026-03-10', examCode: 'CRC', examDate: '', weeklyHoursGoal: '' });
    expect(values.weights[0]).toEqual({ domainId: 'risk-adjustment-models', weight: '20' });
    expect(values.weights).toHaveLength(getExamDef('CRC')!.domains.length);
    expect(weightValuesFor('NOPE')).toEqual([]);
  });

  it('an existing plan lists every exam domain in exam order, 0 where the plan gave none', () => {
    const values = planValues(plan);
    expect(values.weeklyHoursGoal).toBe('10');
    expect(values.weights).toHaveLength(cpc.domains.length);
    expect(values.weights.find((w) => w.domainId === 'medicine')?.weight).toBe('9');
    expect(values.weights[0]).toEqual({ domainId: 'surgery-10000', weight: '0' });
  });
});

describe('sessions', () => {
  const s = (id: string, date: string, createdAt: string, planId?: string) => ({
    id,
    date,
    createdAt,
    ...(planId ? { planId } : {}),
  });

  it('are listed newest day first, the latest logged first within a day', () => {
    const sorted = sessionsNewestFirst([
      s('a', '2026-03-01', '2026-03-01T10:00:00Z'),
      s('b', '2026-03-05', '2026-03-05T08:00:00Z'),
      s('c', '2026-03-05', '2026-03-05T09:00:00Z'),
    ]);
    expect(sorted.map((x) => x.id)).toEqual(['c', 'b', 'a']);
  });

  it('count toward a plan when they are its own or general (no plan)', () => {
    const all = [s('a', 'd', 'c', 'p1'), s('b', 'd', 'c', 'p2'), s('c', 'd', 'c')];
    expect(sessionsForPlan(all, 'p1').map((x) => x.id)).toEqual(['a', 'c']);
  });
});

describe('chart range', () => {
  it('starts at the plan start, or 12 weeks back at most', () => {
    expect(chartRange({ startDate: '2026-03-02' }, '2026-03-10')).toEqual({ from: '2026-03-02', to: '2026-03-10' });
    expect(chartRange({ startDate: '2025-01-01' }, '2026-03-10')).toEqual({ from: '2025-12-23', to: '2026-03-10' });
  });
});

describe('chart summaries', () => {
  it('hours per week: total, weeks at goal and this week', () => {
    const weeks = weeklyHours(
      [
        { date: '2026-03-03', minutes: 600 },
        { date: '2026-03-10', minutes: 90 },
      ],
      { from: '2026-02-23', to: '2026-03-10', goalHours: 10 },
    );
    expect(weeklyHoursSummary(weeks)).toBe(
      '11.5 h studied over the last 3 weeks; the goal of 10 h a week was met in 1 of 3. This week so far: 1.5 h.',
    );
    expect(weeklyHoursSummary([])).toBe('No weeks to show yet: the plan has not started.');
  });

  it('hours per domain: total, most and least', () => {
    expect(
      domainHoursSummary([
        { domainId: 'medicine', label: 'Medicine', hours: 3 },
        { domainId: null, label: 'General study', hours: 0.5 },
      ]),
    ).toBe('3.5 h in total across 2 topics: most on Medicine (3 h), least on General study (0.5 h).');
    expect(domainHoursSummary([{ domainId: 'x', label: 'X', hours: 1 }])).toBe('1 h in total across 1 topic: all on X.');
    expect(domainHoursSummary([])).toBe('No study time logged yet.');
  });

  it('names the weakest scored domains that get extra time (schedule.ts weakness multiplier)', () => {
    const { shares } = domainShares([], cpc, { medicine: 50, radiology: 90, anesthesia: 70 });
    expect(weakFocusSummary(shares, cpc)).toBe('More time goes to your weakest domains in recent practice: Medicine (50%).');
    expect(weakFocusSummary(domainShares([], cpc, {}).shares, cpc)).toBeNull();
  });

  it('labels a session without a domain as general study', () => {
    expect(topicLabel(cpc, undefined)).toBe('General study');
    expect(topicLabel(cpc, 'medicine')).toBe('Medicine');
  });
});

describe('a week in one line', () => {
  it('counts its topics and names the one with most hours (first listed on a tie)', () => {
    const week = { allocations: [{ domainId: 'radiology', hours: 0.5 }, { domainId: 'medicine', hours: 1 }, { domainId: 'anesthesia', hours: 1 }] };
    expect(weekFocusLine(week, cpc)).toBe('3 topics; most time: Medicine (1 h)');
    expect(weekFocusLine({ allocations: [] }, cpc)).toBe('No topics');
  });
});
