/**
 * What the dashboard shows, as plain data and sentences, from the few records it reads (useDashboardData.ts).
 * Every number comes from shared/ (dashboard, study, ceu, roadmap); this module only picks and words them.
 */
import type { CycleStatus } from '../../../../shared/ceu/requirements';
import type { RuleSettings } from '../../../../shared/ceu/catalogTypes';
import { dashboardCards, type DashboardCard } from '../../../../shared/dashboard/cards';
import { nextDeadline, type Deadline, type DeadlineCandidate } from '../../../../shared/dashboard/nextDeadline';
import type {
  CeuEntry, HeldCredential, IsoDate, Milestone, MilestoneState, PracticeAttempt, StudyPlan, StudySession,
} from '../../../../shared/model/entities';
import { nextMilestone, type NextMilestone } from '../../../../shared/roadmap/timeline';
import { scoreTrendChart, type TrendRow } from '../../../../shared/study/charts';
import { addDaysToDay, dayToDate, maxDay } from '../../../../shared/study/days';
import { todayAgenda, type AgendaItem } from '../../../../shared/study/agenda';
import { getExamDef, type ExamDef } from '../../../../shared/study/exams';
import { buildPlan } from '../../../../shared/study/plan';
import { DEFAULT_WEEK_START, type WeekStartDay } from '../../../../shared/study/weeks';
import { assessReadiness, type Readiness } from '../../../../shared/study/readiness';
import { weeklyHours, type WeekHours } from '../../../../shared/study/sessions';
import { formatDay } from '../../lib/dates';
import { roundCeus } from '../../../../shared/ceu/ceuMath';
import { computeCeuStatuses } from '../ceus/ceuStatuses';
import { chanceHeadline } from '../practice/practiceView';
import { formatHours, sessionsForPlan } from '../study/studyView';

/**
 * How much the small charts show (display choices, not rules): the Practice, Study and Roadmap screens have the
 * full charts; a card keeps few points so it reads at a glance and draws quickly.
 */
export const DASHBOARD_CHART = { weeks: 4, deadlines: 4, attempts: 20, milestones: 12 } as const;

/** The records the dashboard reads. */
export interface DashboardRaw {
  activePlan?: StudyPlan;
  /** Attempts of the readiness exam (the active plan's, else the one practised last). */
  attempts: PracticeAttempt[];
  practiceTargets: Record<string, number>;
  /** Sessions since the active plan began (and of the weeks the chart shows). */
  recentSessions: StudySession[];
  /** Absent: Monday. */
  weekStartsOn?: WeekStartDay;
  /** Held credentials not retired. */
  credentials: HeldCredential[];
  /** The CEU entries that can count in the current cycles. */
  entries: CeuEntry[];
  ruleSettings: RuleSettings;
  milestones: Milestone[];
}

export interface CeuRow {
  code: string;
  /** CEUs COUNTED toward the total (the CEUs screen's and the audit report's figure). */
  earned: number;
  /** CEUs logged that a share rule keeps out of the total (AHIMA 80% HIIM, 40% from AHIMA sources). */
  notCounted: number;
  required: number;
  /** Earned, capped at required, and the rest: the two parts of the progress bar. */
  filled: number;
  remaining: number;
  status: CycleStatus;
  daysLeft: number;
  cycleEnd: IsoDate;
}

export interface MilestonePoint {
  id: string;
  title: string;
  /** Milliseconds since the epoch of the target (or done) day: the mini timeline's x. */
  x: number;
  date: IsoDate;
  state: MilestoneState;
  next: boolean;
}

export interface DashboardView {
  cards: DashboardCard[];
  deadline: { next: Deadline | null; upcoming: Deadline[] };
  readiness?: { examCode: string; readiness: Readiness; rows: TrendRow[]; passPercent: number };
  week?: { plan: StudyPlan; weeks: WeekHours[]; thisWeek: WeekHours };
  /** Today's planned sessions of the active plan. */
  today?: { plan: StudyPlan; exam: ExamDef; items: AgendaItem[] };
  ceu: CeuRow[];
  /** Titles of the CEU deadline warnings in force (shared/ceu/warnings.ts). */
  ceuWarnings: string[];
  milestone: { next: NextMilestone | null; points: MilestonePoint[]; done: number; total: number; todayX: number };
}

/** Exam dates and CEU cycle ends; credentials sharing one cycle end (an AAPC period) make one deadline. */
export function deadlineCandidates(activePlan: StudyPlan | undefined, credentials: readonly HeldCredential[]): DeadlineCandidate[] {
  const candidates: DeadlineCandidate[] = [];
  if (activePlan) candidates.push({ kind: 'exam', date: activePlan.examDate, label: `${activePlan.examCode} exam`, ref: activePlan.id });
  const byEnd = new Map<IsoDate, HeldCredential[]>();
  for (const c of credentials) byEnd.set(c.cycleEnd, [...(byEnd.get(c.cycleEnd) ?? []), c]);
  for (const [end, list] of byEnd) {
    const codes = list.map((c) => c.code).sort();
    candidates.push({ kind: 'ceu-cycle', date: end, label: `${codes.join(' and ')} CEU cycle ends`, ref: list[0]!.id });
  }
  return candidates;
}

/** The deadlines the chart shows: overdue cycles, then what is ahead, soonest first. */
export function upcomingDeadlines(candidates: readonly DeadlineCandidate[], today: IsoDate): Deadline[] {
  const list: Deadline[] = [];
  const rest = [...candidates];
  while (list.length < DASHBOARD_CHART.deadlines) {
    const next = nextDeadline(rest, today);
    if (!next) break;
    list.push(next);
    rest.splice(rest.findIndex((c) => c.kind === next.kind && c.ref === next.ref && c.date === next.date), 1);
  }
  return list;
}

export function buildDashboardView(raw: DashboardRaw, today: IsoDate): DashboardView {
  const cards = dashboardCards({
    hasActivePlan: raw.activePlan !== undefined,
    hasAttempts: raw.attempts.length > 0,
    hasCredentials: raw.credentials.length > 0,
    hasMilestones: raw.milestones.length > 0,
  });
  const candidates = deadlineCandidates(raw.activePlan, raw.credentials);
  return {
    cards,
    deadline: { next: nextDeadline(candidates, today), upcoming: upcomingDeadlines(candidates, today) },
    ...readinessPart(raw, today),
    ...weekPart(raw, today),
    ...todayPart(raw, today),
    ...ceuPart(raw, today),
    milestone: milestonePart(raw.milestones, today),
  };
}

function readinessPart(raw: DashboardRaw, today: IsoDate): Pick<DashboardView, 'readiness'> {
  const exam = getExamDef(raw.attempts[0]?.examCode ?? '');
  if (!exam) return {};
  const targetPercent = raw.practiceTargets[exam.code];
  const options = targetPercent === undefined ? {} : { targetPercent };
  const plan = raw.activePlan && getExamDef(raw.activePlan.examCode)?.code === exam.code && raw.activePlan.examDate >= today ? raw.activePlan : undefined;
  const readiness = assessReadiness(raw.attempts, exam, today, { ...options, ...(plan ? { examDate: plan.examDate } : {}) });
  const chart = scoreTrendChart(raw.attempts, exam, today, options);
  // The small chart keeps the latest attempts and the line fitted through all of them; the trend's range is the
  // Practice screen's.
  const rows = chart.rows
    .filter((r) => r.score !== undefined)
    .slice(-DASHBOARD_CHART.attempts)
    .map(({ band: _band, ...r }) => r);
  return { readiness: { examCode: exam.code, readiness, rows, passPercent: chart.passPercent } };
}

/** The first day the week chart covers: the plan's start, at most `weeks` weeks back. */
export function weekChartFrom(plan: Pick<StudyPlan, 'startDate'>, today: IsoDate): IsoDate {
  return maxDay(addDaysToDay(today, -7 * (DASHBOARD_CHART.weeks - 1)), plan.startDate > today ? today : plan.startDate);
}

function weekPart(raw: DashboardRaw, today: IsoDate): Pick<DashboardView, 'week'> {
  const plan = raw.activePlan;
  if (!plan) return {};
  const sessions = sessionsForPlan(raw.recentSessions, plan.id);
  const weeks = weeklyHours(sessions, { from: weekChartFrom(plan, today), to: today, goalHours: plan.weeklyHoursGoal, weekStartsOn: raw.weekStartsOn ?? DEFAULT_WEEK_START });
  const thisWeek = weeks[weeks.length - 1]!;
  return { week: { plan, weeks, thisWeek } };
}

/** The plan as the Study screen builds it (same evidence), reduced to today's sessions. */
function todayPart(raw: DashboardRaw, today: IsoDate): Pick<DashboardView, 'today'> {
  const plan = raw.activePlan;
  const exam = plan ? getExamDef(plan.examCode) : undefined;
  if (!plan || !exam) return {};
  const sessions = sessionsForPlan(raw.recentSessions, plan.id);
  const attempts = raw.attempts.filter((a) => getExamDef(a.examCode)?.code === exam.code);
  const targetPercent = raw.practiceTargets[exam.code];
  const schedule = buildPlan({
    plan, exam, today, evidence: { attempts, sessions }, weekStartsOn: raw.weekStartsOn ?? DEFAULT_WEEK_START,
    ...(targetPercent !== undefined ? { targetPercent } : {}),
  });
  if (schedule.weeks.length === 0) return {};
  return { today: { plan, exam, items: todayAgenda(schedule, sessions, attempts, today) } };
}

/** Per held credential, soonest cycle end first, from the CEUs screen's own engine run (ceus/ceuStatuses.ts). */
export function ceuPart(raw: Pick<DashboardRaw, 'credentials' | 'entries' | 'ruleSettings'>, today: IsoDate): Pick<DashboardView, 'ceu' | 'ceuWarnings'> {
  if (raw.credentials.length === 0) return { ceu: [], ceuWarnings: [] };
  const statuses = computeCeuStatuses(raw.credentials, raw.entries, raw.ruleSettings, today);
  const ceu = statuses.active.flatMap((credential) => {
    const r = statuses.requirementOf(credential.id);
    if (!r) return [];
    const filled = Math.min(r.earned, r.required);
    return [{
      code: r.code, earned: r.earned, notCounted: roundCeus(r.logged - r.earned), required: r.required, filled,
      remaining: Math.max(0, r.required - filled),
      status: r.status, daysLeft: r.daysLeft, cycleEnd: r.cycleEnd,
    }];
  });
  return { ceu, ceuWarnings: statuses.warnings.map((w) => w.title) };
}

function milestonePart(milestones: readonly Milestone[], today: IsoDate): DashboardView['milestone'] {
  const next = nextMilestone(milestones, today);
  const points = milestones
    .map((m): MilestonePoint => {
      const date = m.state === 'done' && m.doneOn ? m.doneOn : m.targetDate;
      return { id: m.id, title: m.title, x: dayToDate(date).getTime(), date, state: m.state, next: m.id === next?.milestone.id };
    })
    .sort((a, b) => a.x - b.x);
  const done = milestones.filter((m) => m.state === 'done').length;
  const todayX = dayToDate(today).getTime();
  return { next, points: timelineWindow(points, todayX, DASHBOARD_CHART.milestones), done, total: milestones.length, todayX };
}

/** The `max` points nearest today, the next milestone always among them, in date order: the mini timeline's points. */
export function timelineWindow(points: readonly MilestonePoint[], todayX: number, max: number): MilestonePoint[] {
  if (points.length <= max) return [...points];
  const kept = [...points].sort((a, b) => Math.abs(a.x - todayX) - Math.abs(b.x - todayX)).slice(0, max);
  const next = points.find((p) => p.next);
  if (next && !kept.includes(next)) kept[kept.length - 1] = next;
  return kept.sort((a, b) => a.x - b.x);
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function daysLeftText(daysLeft: number): string {
  if (daysLeft === 0) return 'today';
  if (daysLeft < 0) return `${plural(-daysLeft, 'day')} overdue`;
  return `in ${plural(daysLeft, 'day')}`;
}

export function deadlineSummary(deadline: DashboardView['deadline']): string {
  const { next, upcoming } = deadline;
  if (!next) return 'Nothing is due: no upcoming exam date or CEU cycle end.';
  const later = upcoming.slice(1).map((d) => `${d.label} ${formatDay(d.date)}`);
  return `${next.label}: ${formatDay(next.date)}, ${daysLeftText(next.daysLeft)}.${later.length ? ` After that: ${later.join('; ')}.` : ''}`;
}

export function readinessSummary(part: NonNullable<DashboardView['readiness']>): string {
  const { readiness } = part;
  const latest = readiness.latest ? `Latest ${readiness.latest.percent}% on ${formatDay(readiness.latest.date)}` : 'No attempts';
  const answer = readiness.chance.state === 'estimate' ? `${chanceHeadline(readiness)}.` : readiness.chance.missing[0] ?? '';
  return `${latest}, pass mark ${part.passPercent}% (${plural(readiness.attemptCount, 'attempt')}). ${answer}`;
}

export function weekSummary(part: NonNullable<DashboardView['week']>): string {
  const { thisWeek } = part;
  const left = Math.max(0, thisWeek.goal - thisWeek.hours);
  const status = thisWeek.metGoal ? 'goal met' : `${formatHours(left)} to go`;
  return `This week: ${formatHours(thisWeek.hours)} of your ${formatHours(thisWeek.goal)} goal (${status}).`;
}

const STATUS_TEXT: Record<CycleStatus, string> = {
  complete: 'complete',
  'on-track': 'on track',
  behind: 'behind pace',
  overdue: 'overdue',
};

export function ceuSummary(rows: readonly CeuRow[]): string {
  return rows
    .map((r) => `${r.code}: ${r.earned} of ${r.required} CEUs counted${r.notCounted > 0 ? ` (${r.notCounted} more logged but not counted)` : ''}, ${STATUS_TEXT[r.status]}, cycle ends ${formatDay(r.cycleEnd)}.`)
    .join(' ');
}

export function ceuStatusText(status: CycleStatus): string {
  return STATUS_TEXT[status];
}

export function milestoneSummary(part: DashboardView['milestone']): string {
  const progress = `${part.done} of ${plural(part.total, 'milestone')} done.`;
  if (!part.next) return `Every milestone is done. ${progress}`;
  const { milestone, late, daysLeft } = part.next;
  const when = late ? `was due ${formatDay(milestone.targetDate)} (${daysLeftText(daysLeft)})` : `target ${formatDay(milestone.targetDate)}, ${daysLeftText(daysLeft)}`;
  return `Next: ${milestone.title}, ${when}. ${progress}`;
}
