/**
 * What each dashboard chart draws, its accessible name and its height: the light part of a chart, known as soon as
 * the data is, so a card shows its numbers and keeps the chart's room before the chart code (recharts) has loaded.
 */
import type { Deadline } from '../../../../shared/dashboard/nextDeadline';
import type { TrendRow } from '../../../../shared/study/charts';
import type { WeekHours } from '../../../../shared/study/sessions';
import { formatHours } from '../study/studyView';
import type { CeuRow, DashboardView, MilestonePoint } from './dashboardView';

/** One chart per card; `id` is the card's id (and the id it reports as drawn). */
export type ChartSpec =
  | { id: 'next-deadline'; deadlines: Deadline[] }
  | { id: 'readiness'; rows: TrendRow[]; passPercent: number }
  | { id: 'week-study'; weeks: WeekHours[] }
  | { id: 'ceu-status'; rows: CeuRow[] }
  | { id: 'next-milestone'; points: MilestonePoint[]; todayX: number };

/**
 * The charts a dashboard view draws: one per card shown with its chart (shared/dashboard/cards.ts) that has
 * something to draw (the deadline chart only when something is due). The dashboard draws these, waits for these
 * ids before it marks its charts drawn, and the chart benchmark draws the same.
 */
export function dashboardChartSpecs(view: DashboardView): ChartSpec[] {
  const charted = new Set(view.cards.filter((card) => card.show === 'chart').map((card) => card.id));
  const specs: ChartSpec[] = [];
  if (charted.has('next-deadline') && view.deadline.upcoming.length > 0) specs.push({ id: 'next-deadline', deadlines: view.deadline.upcoming });
  if (charted.has('readiness') && view.readiness) specs.push({ id: 'readiness', rows: view.readiness.rows, passPercent: view.readiness.passPercent });
  if (charted.has('week-study') && view.week) specs.push({ id: 'week-study', weeks: view.week.weeks });
  if (charted.has('ceu-status')) specs.push({ id: 'ceu-status', rows: view.ceu });
  if (charted.has('next-milestone')) specs.push({ id: 'next-milestone', points: view.milestone.points, todayX: view.milestone.todayX });
  return specs;
}

/** Pixel height of the chart: fixed, or one band per row for the horizontal bar charts. */
export function chartHeight(spec: ChartSpec): number {
  switch (spec.id) {
    case 'next-deadline':
      return Math.max(90, spec.deadlines.length * 34 + 30);
    case 'ceu-status':
      return Math.max(80, spec.rows.length * 34 + 30);
    case 'next-milestone':
      return 110;
    default:
      return 150;
  }
}

/** The chart's accessible name (role="img"); the card's text summary describes it. */
export function chartLabel(spec: ChartSpec): string {
  switch (spec.id) {
    case 'next-deadline':
      return 'Bar chart: days left until each upcoming deadline';
    case 'readiness':
      return `Line chart: practice scores over time against the pass mark of ${spec.passPercent}%`;
    case 'week-study':
      return `Bar chart: study hours this week and the weeks before, against the goal of ${formatHours(spec.weeks[0]?.goal ?? 0)}`;
    case 'ceu-status':
      return 'Progress bars: CEUs earned against required for each held credential';
    case 'next-milestone':
      return 'Timeline: roadmap milestones by date, done and open, with the next one and today marked';
  }
}
