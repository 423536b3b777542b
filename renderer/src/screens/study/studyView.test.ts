import { describe, expect, it } from 'vitest';
import type { StudyPlan } from '../../../../shared/model/entities';
import { getExamDef } from '../../../../shared/study/exams';
import { weeklyHours } from '../../../../shared/study/sessions';
import {
  chartRange,
  domainHoursSummary,
  newPlanValues,
  planValues,
  sessionsForPlan,
  sessionsNewestFirst,
  topicLabel,
  focusReasons,
  formatMinutes,
  sessionLabel,
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

  it('labels a session without a domain as general study', () => {
    expect(topicLabel(cpc, undefined)).toBe('General study');
    expect(topicLabel(cpc, 'medicine')).toBe('Medicine');
  });
});

describe('a week in one line', () => {
  it('names its focus topics, its practice exams and its spaced returns', () => {
    const week = {
      phase: 'mixed' as const,
      focus: ['radiology', 'medicine'],
      reviews: ['anesthesia'],
      sessions: [{ id: 'x#0', date: '2026-03-10', minutes: 240, kind: 'practice-exam' as const }],
    };
    expect(weekFocusLine(week, cpc)).toBe('Focus: Radiology, Medicine; 1 full practice exam; review: Anesthesia');
    expect(weekFocusLine({ phase: 'study', focus: [], reviews: [], sessions: [] }, cpc)).toBe('Nothing planned');
  });

  it('says why each focus topic was chosen', () => {
    const schedule = { signals: [{ domainId: 'anesthesia', share: 0.04, score: 33.3, mastery: 0.5, lastStudied: '2026-03-02' }, { domainId: 'radiology', share: 0.06 }] };
    expect(focusReasons(schedule, { focus: ['anesthesia', 'radiology'] }, cpc)).toEqual([
      'Anesthesia: 4% of the exam, 33% in recent practice, flashcard mastery 50%, last studied Mar 2',
      'Radiology: 6% of the exam, not studied yet',
    ]);
  });

  it('session labels and lengths', () => {
    expect(sessionLabel({ kind: 'focus', domainId: 'medicine' }, cpc)).toBe('Focus: Medicine');
    expect(sessionLabel({ kind: 'exam-review' }, cpc)).toBe('Review the practice exam: every missed question');
    expect([formatMinutes(45), formatMinutes(60), formatMinutes(90)]).toEqual(['45 min', '1 h', '1 h 30 min']);
  });
});
