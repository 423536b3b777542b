import { describe, expect, it } from 'vitest';
import { buildSampleData } from '../../../../shared/datasets/sample';
import { chartHeight, chartLabel, dashboardChartSpecs } from './chartSpecs';
import { buildDashboardView, type DashboardRaw } from './dashboardView';

describe('chart boxes are sized and named before the chart code loads', () => {
  it('bar charts get one band per row, with a floor; the others a fixed height', () => {
    expect(chartHeight({ id: 'ceu-status', rows: [] })).toBe(80);
    expect(chartHeight({ id: 'ceu-status', rows: Array(8).fill({}) })).toBe(8 * 34 + 30);
    expect(chartHeight({ id: 'next-deadline', deadlines: Array(4).fill({}) })).toBe(4 * 34 + 30);
    expect(chartHeight({ id: 'next-milestone', points: [], todayX: 0 })).toBe(110);
    expect(chartHeight({ id: 'readiness', rows: [], passPercent: 70 })).toBe(150);
  });

  it('the accessible name says what is drawn, with the pass mark and the weekly goal', () => {
    expect(chartLabel({ id: 'readiness', rows: [], passPercent: 70 })).toBe('Line chart: practice scores over time against the pass mark of 70%');
    expect(chartLabel({ id: 'week-study', weeks: [{ weekStart: '2026-03-09', hours: 2, goal: 8, metGoal: false }] as never })).toMatch(/against the goal of 8 h$/);
  });
});

describe('dashboardChartSpecs: the charts a view draws', () => {
  const TODAY = '2026-03-10';
  let n = 0;
  const sample = buildSampleData(TODAY, () => `id-${++n}`);
  const raw = (over: Partial<DashboardRaw> = {}): DashboardRaw => ({
    attempts: [], practiceTargets: {}, recentSessions: [], credentials: [], entries: [], ruleSettings: {}, milestones: [],
    ...over,
  });

  it('none for a new user: every card invites', () => {
    expect(dashboardChartSpecs(buildDashboardView(raw(), TODAY))).toEqual([]);
  });

  it('all five for the sample user, in card order, with the view data', () => {
    const view = buildDashboardView(raw({
      activePlan: sample.studyPlans[0]!, attempts: sample.practiceAttempts, recentSessions: sample.studySessions,
      credentials: sample.credentials, entries: sample.ceuEntries, milestones: sample.milestones,
    }), TODAY);
    const specs = dashboardChartSpecs(view);
    expect(specs.map((s) => s.id)).toEqual(['next-deadline', 'readiness', 'week-study', 'ceu-status', 'next-milestone']);
    expect(specs[0]).toEqual({ id: 'next-deadline', deadlines: view.deadline.upcoming });
    expect(specs[3]).toEqual({ id: 'ceu-status', rows: view.ceu });
  });

  it('a plan without attempts: the deadline and week charts only', () => {
    const view = buildDashboardView(raw({ activePlan: sample.studyPlans[0]! }), TODAY);
    expect(dashboardChartSpecs(view).map((s) => s.id)).toEqual(['next-deadline', 'week-study']);
  });
});
