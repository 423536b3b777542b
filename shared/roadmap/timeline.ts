/** What the roadmap screen and the dashboard draw: milestones per stage with dates, lateness and progress. */
import { differenceInCalendarDays, parseISO } from 'date-fns';
import type { Id, IsoDate, IsoDateTime, Milestone, MilestoneState, RoadmapStage } from '../model/entities';
import { compareMilestones, milestonesOfStage } from './order';
import { ROADMAP_STAGE_INFO } from './seed';
import { compareKeys } from '../model/compareKeys';

export interface TimelineMilestone {
  id: Id;
  title: string;
  targetDate: IsoDate;
  doneOn?: IsoDate;
  state: MilestoneState;
  /** Target date before today and not done. */
  late: boolean;
  order: number;
  /** Why the app completed or advanced it, when it did. */
  autoReason?: string;
}

export interface TimelineStage {
  stage: RoadmapStage;
  label: string;
  description: string;
  /** In the stage's order. */
  milestones: TimelineMilestone[];
  done: number;
  total: number;
  /** Whole-number percent of milestones done; null for a stage with no milestones (nothing to measure). */
  progressPct: number | null;
}

export interface RoadmapTimeline {
  today: IsoDate;
  /** All five stages in path order, empty ones included. */
  stages: TimelineStage[];
  done: number;
  total: number;
  progressPct: number | null;
  /** Earliest and latest date among targets, done dates and today: the chart's time axis. */
  range: { start: IsoDate; end: IsoDate };
}

/** A milestone is late when its target date is before today and it is not done. */
export function isLate(m: Pick<Milestone, 'targetDate' | 'state'>, today: IsoDate): boolean {
  return m.state !== 'done' && m.targetDate < today;
}

const pct = (done: number, total: number): number | null => (total === 0 ? null : Math.round((done / total) * 100));

export function buildTimeline(milestones: readonly Milestone[], today: IsoDate): RoadmapTimeline {
  const stages = ROADMAP_STAGE_INFO.map(({ stage, label, description }): TimelineStage => {
    const list = milestonesOfStage(milestones, stage).map(
      (m): TimelineMilestone => ({
        id: m.id,
        title: m.title,
        targetDate: m.targetDate,
        ...(m.doneOn !== undefined ? { doneOn: m.doneOn } : {}),
        state: m.state,
        late: isLate(m, today),
        order: m.order,
        ...(m.auto ? { autoReason: m.auto.reason } : {}),
      }),
    );
    const done = list.filter((m) => m.state === 'done').length;
    return { stage, label, description, milestones: list, done, total: list.length, progressPct: pct(done, list.length) };
  });
  const done = stages.reduce((n, s) => n + s.done, 0);
  const total = stages.reduce((n, s) => n + s.total, 0);
  const dates = [today, ...milestones.flatMap((m) => (m.doneOn ? [m.targetDate, m.doneOn] : [m.targetDate]))].sort();
  return { today, stages, done, total, progressPct: pct(done, total), range: { start: dates[0]!, end: dates[dates.length - 1]! } };
}

export interface NextMilestone {
  milestone: Milestone;
  late: boolean;
  /** Calendar days from today to the target; negative when late. */
  daysLeft: number;
}

/**
 * The open milestone with the earliest target date. Late ones come first by construction: their targets are
 * before today, so before every target still ahead. Ties follow stage and order. Null when all are done.
 */
export function nextMilestone(milestones: readonly Milestone[], today: IsoDate): NextMilestone | null {
  const open = milestones
    .filter((m) => m.state !== 'done')
    .sort((a, b) => compareKeys(a.targetDate, b.targetDate) || compareMilestones(a, b));
  const first = open[0];
  if (!first) return null;
  return {
    milestone: first,
    late: isLate(first, today),
    daysLeft: differenceInCalendarDays(parseISO(first.targetDate), parseISO(today)),
  };
}

/**
 * Moves a milestone one place up or down within its stage and renumbers the stage 0, 1, 2...
 * Returns only the milestones whose `order` changed (new objects, `updatedAt` = `now` when given);
 * empty when the id is unknown or the milestone is already first (up) or last (down).
 */
export function reorderMilestone(
  milestones: readonly Milestone[],
  id: Id,
  direction: 'up' | 'down',
  now?: IsoDateTime,
): Milestone[] {
  const moving = milestones.find((m) => m.id === id);
  if (!moving) return [];
  const list = milestonesOfStage(milestones, moving.stage);
  const from = list.findIndex((m) => m.id === id);
  const to = direction === 'up' ? from - 1 : from + 1;
  if (to < 0 || to >= list.length) return [];
  [list[from], list[to]] = [list[to]!, list[from]!];
  return list.flatMap((m, order) =>
    m.order === order ? [] : [{ ...m, order, ...(now !== undefined ? { updatedAt: now } : {}) }],
  );
}
