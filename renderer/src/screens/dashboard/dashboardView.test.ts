import { describe, expect, it } from 'vitest';
import { buildSampleData } from '../../../../shared/datasets/sample';
import type { HeldCredential, StudyPlan } from '../../../../shared/model/entities';
import type { Milestone, PracticeAttempt } from '../../../../shared/model/entities';
import {
  buildDashboardView, ceuSummary, DASHBOARD_CHART, deadlineCandidates, deadlineSummary, milestoneSummary, timelineWindow,
  upcomingDeadlines, weekChartFrom, weekSummary, type DashboardRaw, type MilestonePoint,
} from './dashboardView';

const TODAY = '2026-03-10';
let n = 0;
const sample = buildSampleData(TODAY, () => `id-${++n}`);
const plan = sample.studyPlans[0]!;
const raw = (over: Partial<DashboardRaw> = {}): DashboardRaw => ({
  attempts: [], practiceTargets: {}, recentSessions: [], credentials: [], entries: [], ruleSettings: {}, milestones: [],
  ...over,
});
const held = (code: string, cycleEnd: string, id = code): HeldCredential =>
  ({ id, code, earnedOn: '2024-01-01', cycleStart: '2024-01-01', cycleEnd, history: [], createdAt: '', updatedAt: '' });

describe('deadlines', () => {
  it('one deadline per cycle end: AAPC credentials sharing a period read as one', () => {
    const c = deadlineCandidates({ ...plan, examDate: '2026-05-09' } as StudyPlan, [held('CRC', '2027-02-28'), held('CPC', '2027-02-28'), held('CCS', '2026-12-31')]);
    expect(c.map((d) => [d.kind, d.date, d.label])).toEqual([
      ['exam', '2026-05-09', 'CPC exam'],
      ['ceu-cycle', '2027-02-28', 'CPC and CRC CEU cycle ends'],
      ['ceu-cycle', '2026-12-31', 'CCS CEU cycle ends'],
    ]);
    const upcoming = upcomingDeadlines(c, TODAY);
    expect(upcoming.map((d) => [d.label, d.daysLeft])).toEqual([
      ['CPC exam', 60], ['CCS CEU cycle ends', 296], ['CPC and CRC CEU cycle ends', 355],
    ]);
    expect(deadlineSummary({ next: upcoming[0]!, upcoming })).toBe(
      'CPC exam: May 9, 2026, in 60 days. After that: CCS CEU cycle ends Dec 31, 2026; CPC and CRC CEU cycle ends Feb 28, 2027.',
    );
  });

  it('an overdue cycle comes first and says so (nextDeadline.ts)', () => {
    const upcoming = upcomingDeadlines(deadlineCandidates(undefined, [held('CCS', '2026-03-01'), held('CPC', '2026-04-30')]), TODAY);
    expect(deadlineSummary({ next: upcoming[0]!, upcoming })).toBe(
      'CCS CEU cycle ends: Mar 1, 2026, 9 days overdue. After that: CPC CEU cycle ends Apr 30, 2026.',
    );
  });
});

describe('buildDashboardView', () => {
  it('a new user: every card invites, no chart data', () => {
    const view = buildDashboardView(raw(), TODAY);
    expect(view.cards.every((c) => c.show === 'invite')).toBe(true);
    expect(view.readiness).toBeUndefined();
    expect(view.week).toBeUndefined();
    expect(view.ceu).toEqual([]);
    expect(view.deadline.next).toBeNull();
  });

  it('the sample user: every card has its chart data', () => {
    const view = buildDashboardView(
      raw({
        activePlan: plan, attempts: sample.practiceAttempts, recentSessions: sample.studySessions,
        credentials: sample.credentials, entries: sample.ceuEntries, milestones: sample.milestones,
      }),
      TODAY,
    );
    expect(view.cards.every((c) => c.show === 'chart')).toBe(true);
    expect(view.deadline.next).toMatchObject({ kind: 'exam', label: 'CPC exam', daysLeft: 60 });
    // Five attempts from 58% to 68% against the CPC pass mark (exams.ts: 70%).
    expect(view.readiness?.rows.map((r) => r.score)).toEqual([58, 61, 63, 66, 68]);
    expect(view.readiness?.passPercent).toBe(70);
    expect(view.week?.weeks).toHaveLength(4);
    expect(view.week?.thisWeek.goal).toBe(8);
    expect(view.ceu.map((r) => r.code)).toEqual(['CPC', 'CRC']);
    expect(view.ceu.every((r) => r.filled + r.remaining === Math.max(r.required, r.filled))).toBe(true);
    expect(view.milestone.points).toHaveLength(5);
    expect(view.milestone.next?.milestone.stage).toBe('specialization');
    expect(view.milestone.points.filter((p) => p.next)).toHaveLength(1);
  });

  it('a cycle ending soon with CEUs missing carries its deadline warning (shared/ceu/warnings.ts)', () => {
    const view = buildDashboardView(raw({ credentials: [held('CPC', '2026-04-09')] }), TODAY);
    expect(view.ceu).toMatchObject([{ code: 'CPC', earned: 0, daysLeft: 30 }]);
    expect(view.ceuWarnings).toHaveLength(1);
    expect(view.ceuWarnings[0]).toContain('CPC');
    expect(buildDashboardView(raw({ credentials: [held('CPC', '2027-12-31')] }), TODAY).ceuWarnings).toEqual([]);
  });

  it('a plan without attempts: study chart, readiness invites', () => {
    const view = buildDashboardView(raw({ activePlan: plan }), TODAY);
    expect(Object.fromEntries(view.cards.map((c) => [c.id, c.show]))).toMatchObject({ readiness: 'invite', 'week-study': 'chart' });
    expect(weekSummary(view.week!)).toBe('This week: 0 h of your 8 h goal (8 h to go).');
  });
});

describe('small charts keep few points (DASHBOARD_CHART, a display choice)', () => {
  const DAY = 86_400_000;
  const point = (id: string, day: number, next = false): MilestonePoint =>
    ({ id, title: id, x: day * DAY, date: '2026-01-01', state: 'planned', next });

  it('the mini timeline keeps the points nearest today, in date order, the next milestone always among them', () => {
    const points = Array.from({ length: 10 }, (_, i) => point(`m${i}`, i * 10));
    expect(timelineWindow(points, 45 * DAY, 4).map((p) => p.id)).toEqual(['m3', 'm4', 'm5', 'm6']);
    const late = points.map((p) => (p.id === 'm0' ? { ...p, next: true } : p));
    expect(timelineWindow(late, 45 * DAY, 4).map((p) => p.id)).toEqual(['m0', 'm3', 'm4', 'm5']);
    expect(timelineWindow(points.slice(0, 3), 0, 4)).toHaveLength(3);
  });

  it('sixty milestones: the card counts them all and draws twelve; a hundred attempts: the latest twenty', () => {
    const milestones: Milestone[] = Array.from({ length: 60 }, (_, i) => ({
      ...sample.milestones[0]!, id: `ms-${i}`, state: 'planned', targetDate: `20${20 + Math.floor(i / 10)}-0${1 + (i % 9)}-15`,
    }));
    const view = buildDashboardView(raw({ milestones }), TODAY);
    expect(view.milestone.total).toBe(60);
    expect(view.milestone.points).toHaveLength(DASHBOARD_CHART.milestones);
    expect(view.milestone.points.filter((p) => p.next)).toHaveLength(1);

    const one = sample.practiceAttempts[0]!;
    const attempts: PracticeAttempt[] = Array.from({ length: 100 }, (_, i) => ({
      ...one, id: `a-${i}`, date: `2025-${String(1 + Math.floor(i / 28)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
    }));
    const readiness = buildDashboardView(raw({ attempts }), TODAY).readiness!;
    expect(readiness.readiness.attemptCount).toBe(100);
    expect(readiness.rows).toHaveLength(DASHBOARD_CHART.attempts);
    expect(readiness.rows.at(-1)?.date).toBe('2025-04-16');
  });
});

describe('summaries', () => {
  it('the week chart starts at the plan start, at most four weeks back', () => {
    expect(weekChartFrom({ startDate: '2026-03-02' }, TODAY)).toBe('2026-03-02');
    expect(weekChartFrom({ startDate: '2025-01-01' }, TODAY)).toBe('2026-02-17');
    expect(weekChartFrom({ startDate: '2026-04-01' }, TODAY)).toBe(TODAY);
  });

  it('CEU status and the next milestone in words', () => {
    expect(
      ceuSummary([{ code: 'CPC', earned: 14.5, notCounted: 0, required: 36, filled: 14.5, remaining: 21.5, status: 'on-track', daysLeft: 300, cycleEnd: '2027-01-05' }]),
    ).toBe('CPC: 14.5 of 36 CEUs counted, on track, cycle ends Jan 5, 2027.');
    // Issue 17 rule 3: the counted figure, and what was logged but not counted.
    expect(
      ceuSummary([{ code: 'CCS', earned: 14, notCounted: 6, required: 20, filled: 14, remaining: 6, status: 'behind', daysLeft: 300, cycleEnd: '2027-01-05' }]),
    ).toBe('CCS: 14 of 20 CEUs counted (6 more logged but not counted), behind pace, cycle ends Jan 5, 2027.');
    const view = buildDashboardView(raw({ milestones: sample.milestones }), TODAY);
    expect(milestoneSummary(view.milestone)).toMatch(/^Next: .+, (target|was due) .+\. 3 of 5 milestones done\.$/);
  });
});
