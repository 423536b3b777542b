/**
 * Turns the roadmap timeline (shared/roadmap/timeline.ts) into chart points: time on x, stage on y, one point
 * for each target date and one for each done date. Pure, so what the chart draws is tested without a browser.
 */
import { addDays, addMonths, differenceInCalendarDays, format, parseISO, startOfQuarter, startOfYear } from 'date-fns';
import type { IsoDate, MilestoneState } from '../../../../shared/model/entities';
import type { RoadmapTimeline } from '../../../../shared/roadmap/timeline';

export type PointKind = 'target' | 'late' | 'done';

export interface ChartPoint {
  /** Milliseconds of the local day's midnight: the x position. */
  x: number;
  /** Stage index (0 = education) plus a small offset so a stage's milestones do not sit on one another. */
  y: number;
  kind: PointKind;
  id: string;
  title: string;
  stageLabel: string;
  date: IsoDate;
  state: MilestoneState;
}

export interface TimelineChartData {
  points: ChartPoint[];
  today: number;
  /** x-axis bounds, padded so points at the edges are not cut in half. */
  domain: [number, number];
  /** Tick positions on x: each year's 1 January, or each quarter's first day when the range is short. */
  ticks: number[];
  /** The stage labels, index = y. */
  stageLabels: string[];
}

const at = (day: IsoDate): number => parseISO(day).getTime();

/** How far apart, at most, the milestones of one stage are spread on y (stages are 1 apart). */
const STAGE_SPREAD = 0.5;
/** Padding either side of the date range, in days, at least. */
const MIN_PAD_DAYS = 45;

export function timelineChartData(timeline: RoadmapTimeline): TimelineChartData {
  const points: ChartPoint[] = [];
  timeline.stages.forEach((stage, index) => {
    const n = stage.milestones.length;
    stage.milestones.forEach((m, k) => {
      const y = index + (n > 1 ? (k / (n - 1) - 0.5) * STAGE_SPREAD : 0);
      const base = { id: m.id, title: m.title, stageLabel: stage.label, state: m.state, y };
      points.push({ ...base, x: at(m.targetDate), kind: m.late ? 'late' : 'target', date: m.targetDate });
      if (m.state === 'done' && m.doneOn) points.push({ ...base, x: at(m.doneOn), kind: 'done', date: m.doneOn });
    });
  });

  const start = parseISO(timeline.range.start);
  const end = parseISO(timeline.range.end);
  const pad = Math.max(MIN_PAD_DAYS, Math.round(differenceInCalendarDays(end, start) * 0.04));
  const from = addDays(start, -pad);
  const to = addDays(end, pad);
  return {
    points,
    today: at(timeline.today),
    domain: [from.getTime(), to.getTime()],
    ticks: dateTicks(from, to),
    stageLabels: timeline.stages.map((s) => s.label),
  };
}

/** Year starts inside [from, to]; quarter starts when fewer than three years fit. */
export function dateTicks(from: Date, to: Date): number[] {
  const years: number[] = [];
  for (let d = startOfYear(from); d <= to; d = addMonths(d, 12)) if (d >= from) years.push(d.getTime());
  if (years.length >= 3) return years;
  const quarters: number[] = [];
  for (let d = startOfQuarter(from); d <= to; d = addMonths(d, 3)) if (d >= from) quarters.push(d.getTime());
  return quarters;
}

/** Tick text: the year alone on 1 January, otherwise month and year. */
export function tickLabel(ms: number): string {
  const d = new Date(ms);
  return d.getMonth() === 0 && d.getDate() === 1 ? format(d, 'yyyy') : format(d, 'MMM yyyy');
}
