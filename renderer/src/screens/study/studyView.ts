/**
 * What the Study screen shows, shaped from stored records and the shared study results: form values (strings, as
 * inputs hold them), the session table order, the chart range and the plain-text summaries that go with each
 * chart. No React here, so it is tested without rendering; the rules themselves stay in shared/study.
 */
import { addWeeks, format } from 'date-fns';
import type { IsoDate, StudyPlan, StudySession } from '../../../../shared/model/entities';
import { dateToDay, dayToDate, maxDay } from '../../../../shared/study/days';
import { defaultWeights, domainLabel, getExamDef, listExamDefs, type ExamDef } from '../../../../shared/study/exams';
import type { DomainShare, ScheduleWeek } from '../../../../shared/study/schedule';
import type { DomainHours, WeekHours } from '../../../../shared/study/sessions';
import { compareKeys } from '../../../../shared/model/compareKeys';

export interface WeightValue {
  domainId: string;
  weight: string;
}

export interface PlanFormValues {
  name: string;
  examCode: string;
  startDate: string;
  examDate: string;
  weeklyHoursGoal: string;
  weights: WeightValue[];
}

/** The exam's default weights as form values; empty for an unknown exam. */
export function weightValuesFor(examCode: string): WeightValue[] {
  const exam = getExamDef(examCode);
  return exam ? defaultWeights(exam).map((w) => ({ domainId: w.domainId, weight: String(w.weight) })) : [];
}

/** A new plan: starts today, for the first exam in the catalog unless one is given, with its default weights. */
export function newPlanValues(today: IsoDate, examCode: string = listExamDefs()[0]?.code ?? ''): PlanFormValues {
  return { name: '', examCode, startDate: today, examDate: '', weeklyHoursGoal: '', weights: weightValuesFor(examCode) };
}

/** An existing plan as form values: one weight per exam domain (0 where the plan has none), in exam order. */
export function planValues(plan: StudyPlan): PlanFormValues {
  const exam = getExamDef(plan.examCode);
  const stored = new Map(plan.weights.map((w) => [w.domainId, w.weight]));
  const weights = exam
    ? exam.domains.map((d) => ({ domainId: d.id, weight: String(stored.get(d.id) ?? 0) }))
    : plan.weights.map((w) => ({ domainId: w.domainId, weight: String(w.weight) }));
  return {
    name: plan.name,
    examCode: plan.examCode,
    startDate: plan.startDate,
    examDate: plan.examDate,
    weeklyHoursGoal: String(plan.weeklyHoursGoal),
    weights,
  };
}

/** The session log's order: newest day first; on one day, the latest logged first. */
export function sessionsNewestFirst<T extends Pick<StudySession, 'date' | 'createdAt' | 'id'>>(sessions: T[]): T[] {
  return [...sessions].sort(
    (a, b) => compareKeys(b.date, a.date) || compareKeys(b.createdAt, a.createdAt) || compareKeys(b.id, a.id),
  );
}

/** The sessions that count toward a plan: its own, and general ones logged without any plan. */
export function sessionsForPlan<T extends Pick<StudySession, 'planId'>>(sessions: T[], planId: string): T[] {
  return sessions.filter((s) => s.planId === undefined || s.planId === planId);
}

/** How many weeks the hours-per-week chart shows at most, so it stays readable. */
export const CHART_WEEKS = 12;

/** The weeks the hours-per-week chart covers: from the plan's start (at most CHART_WEEKS back) to today. */
export function chartRange(plan: Pick<StudyPlan, 'startDate'>, today: IsoDate): { from: IsoDate; to: IsoDate } {
  const earliest = dateToDay(addWeeks(dayToDate(today), -(CHART_WEEKS - 1)));
  return { from: maxDay(plan.startDate, earliest), to: today };
}

export function formatHours(hours: number): string {
  return `${Math.round(hours * 100) / 100} h`;
}

/** `Mar 9` for a chart tick. */
export function shortDay(day: IsoDate): string {
  return format(dayToDate(day), 'MMM d');
}

export function topicLabel(exam: ExamDef | undefined, domainId: string | null | undefined): string {
  return domainId ? domainLabel(exam, domainId) : 'General study';
}

/** The text alternative of the hours-per-week chart. */
export function weeklyHoursSummary(weeks: WeekHours[]): string {
  if (weeks.length === 0) return 'No weeks to show yet: the plan has not started.';
  const total = weeks.reduce((s, w) => s + w.hours, 0);
  const met = weeks.filter((w) => w.metGoal).length;
  const current = weeks[weeks.length - 1]!;
  const span = weeks.length === 1 ? 'this week' : `the last ${weeks.length} weeks`;
  return (
    `${formatHours(total)} studied over ${span}; the goal of ${formatHours(current.goal)} a week was met in ` +
    `${met} of ${weeks.length}. This week so far: ${formatHours(current.hours)}.`
  );
}

/** The text alternative of the hours-per-domain chart. */
export function domainHoursSummary(rows: DomainHours[]): string {
  if (rows.length === 0) return 'No study time logged yet.';
  const total = rows.reduce((s, r) => s + r.hours, 0);
  const ranked = [...rows].sort((a, b) => b.hours - a.hours);
  const most = ranked[0]!;
  const least = ranked[ranked.length - 1]!;
  const topics = rows.length === 1 ? '1 topic' : `${rows.length} topics`;
  const extremes =
    rows.length === 1
      ? `all on ${most.label}`
      : `most on ${most.label} (${formatHours(most.hours)}), least on ${least.label} (${formatHours(least.hours)})`;
  return `${formatHours(total)} in total across ${topics}: ${extremes}.`;
}

/**
 * Why the schedule leans the way it does: the scored domains that get extra time (multiplier above 1), weakest
 * first. Null when practice scores do not move the plan.
 */
export function weakFocusSummary(shares: DomainShare[], exam: ExamDef): string | null {
  const weak = shares
    .filter((s) => s.score !== undefined && s.multiplier > 1)
    .sort((a, b) => (a.score ?? 0) - (b.score ?? 0))
    .slice(0, 3);
  if (weak.length === 0) return null;
  const list = weak.map((s) => `${domainLabel(exam, s.domainId)} (${Math.round((s.score ?? 0) * 10) / 10}%)`);
  return `More time goes to your weakest domains in recent practice: ${list.join(', ')}.`;
}

/** A study week in one line, for its collapsed row: how many topics and where most of the time goes. */
export function weekFocusLine(week: Pick<ScheduleWeek, 'allocations'>, exam: ExamDef): string {
  const top = [...week.allocations].sort((a, b) => b.hours - a.hours)[0];
  if (!top) return 'No topics';
  const count = week.allocations.length === 1 ? '1 topic' : `${week.allocations.length} topics`;
  return `${count}; most time: ${domainLabel(exam, top.domainId)} (${formatHours(top.hours)})`;
}
