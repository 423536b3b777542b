/**
 * What the Study screen shows, shaped from stored records and the shared study results: form values (strings, as
 * inputs hold them), the session table order, the chart range and the plain-text summaries that go with each
 * chart. No React here, so it is tested without rendering; the rules themselves stay in shared/study.
 */
import { addWeeks, format } from 'date-fns';
import type { IsoDate, StudyPlan, StudySession } from '../../../../shared/model/entities';
import { dateToDay, dayToDate, maxDay } from '../../../../shared/study/days';
import { defaultWeights, domainLabel, getExamDef, listExamDefs, type ExamDef } from '../../../../shared/study/exams';
import type { PlanWeek, StudySchedule } from '../../../../shared/study/plan';
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

/** `45 min`, `1 h`, `1 h 30 min`. */
export function formatMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = Math.round(minutes % 60);
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

export { sessionLabel } from '../../../../shared/study/agenda';

/** A plan week in one line: its focus domains, its spaced returns, or the exam phase. */
export function weekFocusLine(week: Pick<PlanWeek, 'focus' | 'reviews' | 'phase' | 'sessions'>, exam: ExamDef): string {
  const exams = week.sessions.filter((s) => s.kind === 'practice-exam').length;
  const parts: string[] = [];
  if (week.focus.length > 0) parts.push(`Focus: ${week.focus.map((d) => domainLabel(exam, d)).join(', ')}`);
  if (exams > 0) parts.push(exams === 1 ? '1 full practice exam' : `${exams} full practice exams`);
  if (week.reviews.length > 0) parts.push(`review: ${week.reviews.map((d) => domainLabel(exam, d)).join(', ')}`);
  return parts.length ? parts.join('; ') : 'Nothing planned';
}

/** Why this week's focus domains were chosen, one line each: weight, practice score, mastery, last studied. */
export function focusReasons(schedule: Pick<StudySchedule, 'signals'>, week: Pick<PlanWeek, 'focus'>, exam: ExamDef): string[] {
  const byId = new Map(schedule.signals.map((s) => [s.domainId, s]));
  return week.focus.flatMap((d) => {
    const s = byId.get(d);
    if (!s) return [];
    const parts = [`${Math.round(s.share * 100)}% of the exam`];
    if (s.score !== undefined) parts.push(`${Math.round(s.score)}% in recent practice`);
    if (s.mastery !== undefined) parts.push(`flashcard mastery ${Math.round(s.mastery * 100)}%`);
    parts.push(s.lastStudied ? `last studied ${format(dayToDate(s.lastStudied), 'MMM d')}` : 'not studied yet');
    return [`${domainLabel(exam, d)}: ${parts.join(', ')}`];
  });
}
