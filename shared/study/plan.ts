/**
 * The study plan: calendar weeks (starting on the user's chosen day) from the plan's start to the day before the
 * exam, each with a few focus domains studied in whole sessions, short spaced returns to earlier topics, and an
 * exam phase of timed full practice exams and their review at the end.
 *
 * - Focus: each study week takes 2–4 domains (by the weekly hours goal), the highest by priority (focus.ts:
 *   blueprint share × need × spacing). Coverage: when the domains never focused would not all fit in the study
 *   weeks left, the uncovered ones are taken first, so every blueprint domain gets a block over the plan (or the
 *   plan says which do not fit).
 * - Spaced returns: a focus domain comes back as a 30-minute review 1 and 3 weeks later (at most 2 a week, as the
 *   week's hours allow).
 * - Sessions: whole sessions of 30–90 minutes in 15-minute steps, spread over the week's days; a full practice exam
 *   lasts as long as the real exam.
 * - Exam phase: the last 14 days of a plan of 10+ weeks, 7 of a plan of 4+ weeks, otherwise a third of it (at
 *   least 2 days): 1–3 practice exams, each followed by a review day; the other days review the weakest domains.
 * - Never the past: a week is planned from the evidence recorded before it began (focus.ts); days of the current
 *   week before today keep that plan, today and later follow everything known now.
 */
import type { IsoDate, StudyPlan } from '../model/entities';
import { addDaysToDay, dayToDate, daysBetween, roundTo } from './days';
import type { ExamDef } from './exams';
import {
  blueprintShares, domainSignals, indexEvidence, needFactor, priority, type DomainSignal, type DomainWeights, type PlanEvidence,
} from './focus';
import { DEFAULT_WEEK_START, weekSpans, type WeekSpan, type WeekStartDay } from './weeks';

export const PLAN_POLICY = {
  session: { min: 30, target: 60, max: 90, step: 15 },
  /** Focus domains a week by weekly hours goal (first match wins), else `maxFocus`. */
  focusByHours: [
    { below: 5, focus: 2 },
    { below: 10, focus: 3 },
  ],
  maxFocus: 4,
  reviewMinutes: 30,
  reviewAfterWeeks: [1, 3],
  maxReviewsPerWeek: 2,
  /** Exam phase length by the plan's total days (first match wins); shorter plans: a third, at least 2 days. */
  examPhase: [
    { minDays: 70, days: 14 },
    { minDays: 28, days: 7 },
  ],
  maxPracticeExams: 3,
  daysPerPracticeExam: 4,
  examReviewMinutes: 90,
} as const;

export type SessionKind = 'focus' | 'review' | 'practice-exam' | 'exam-review';

export interface PlannedSession {
  /** `date#slot`: stable while the day keeps its number of sessions (calendar UIDs are built from it). */
  id: string;
  date: IsoDate;
  minutes: number;
  kind: SessionKind;
  /** Absent for practice exams and their review (the whole exam). */
  domainId?: string;
}

export interface PlanWeek extends WeekSpan {
  index: number;
  phase: 'study' | 'exam' | 'mixed';
  focus: string[];
  reviews: string[];
  sessions: PlannedSession[];
  minutes: number;
  /** The week ended before today. */
  past: boolean;
  current: boolean;
}

export type PlanReasonCode = 'exam-past' | 'exam-today' | 'start-after-exam' | 'no-hours';

export interface StudySchedule {
  weeks: PlanWeek[];
  reason?: { code: PlanReasonCode; message: string };
  weightsUsed: DomainWeights['weightsUsed'];
  /** What is known now, per weighted domain. */
  signals: DomainSignal[];
  /** Weighted domains that get no focus block (only when the weeks are too few). */
  uncovered: string[];
  examPhaseStart?: IsoDate;
  weekStartsOn: WeekStartDay;
}

export interface BuildPlanInput {
  plan: Pick<StudyPlan, 'id' | 'startDate' | 'examDate' | 'weeklyHoursGoal' | 'weights'>;
  exam: ExamDef;
  today: IsoDate;
  evidence: PlanEvidence;
  weekStartsOn?: WeekStartDay;
  /** The user's practice target (percent) for the exam, if set. */
  targetPercent?: number;
  /** Ignore evidence recorded at or after this instant (epoch ms): the plan as it was before the latest change. */
  asOfMs?: number;
}

interface PlanState {
  lastPlanned: Map<string, IsoDate>;
  /** Week starts on which a domain's spaced returns fall due. */
  returns: Map<string, IsoDate[]>;
  covered: Set<string>;
}

export function buildPlan(input: BuildPlanInput): StudySchedule {
  const { plan, exam, today, evidence, targetPercent, asOfMs } = input;
  const weekStartsOn = input.weekStartsOn ?? DEFAULT_WEEK_START;
  const { weights, weightsUsed } = blueprintShares(plan.weights, exam);
  const index = indexEvidence(evidence);
  const signalsNow = domainSignals(weights, index, asOfMs ?? Infinity, true);
  const base = { weightsUsed, signals: signalsNow, uncovered: [], weekStartsOn };
  const empty = (code: PlanReasonCode, message: string): StudySchedule => ({ ...base, weeks: [], reason: { code, message } });
  if (plan.examDate < today) return empty('exam-past', `The exam date (${plan.examDate}) has passed.`);
  if (plan.examDate === today) return empty('exam-today', 'The exam is today: there is no study time left to plan.');
  const lastStudyDay = addDaysToDay(plan.examDate, -1);
  if (plan.startDate > lastStudyDay) {
    return empty('start-after-exam', `The plan starts on ${plan.startDate}, on or after the exam date.`);
  }
  if (!(plan.weeklyHoursGoal > 0)) return empty('no-hours', 'Set a weekly hours goal above zero.');

  const totalDays = daysBetween(plan.startDate, plan.examDate);
  const phaseStart = addDaysToDay(plan.examDate, -examPhaseDays(totalDays));
  const practiceDays = practiceExamDays(phaseStart, plan.examDate);
  const spans = weekSpans(plan.startDate, lastStudyDay, weekStartsOn);
  const studyWeekCount = spans.filter((s) => s.start < phaseStart).length;
  const ctx: WeekContext = { exam, goal: plan.weeklyHoursGoal, phaseStart, practiceDays, targetPercent, studyWeekCount };
  const state: PlanState = { lastPlanned: new Map(), returns: new Map(), covered: new Set() };
  const cutoffSignals = (span: WeekSpan) => {
    const ms = Math.min(dayToDate(span.weekStart).getTime(), asOfMs ?? Infinity);
    return domainSignals(weights, index, ms, false);
  };

  let studyWeeksDone = 0;
  const weeks = spans.map((span, i): PlanWeek => {
    const past = span.end < today;
    const current = span.start <= today && today <= span.end;
    let part: WeekPart;
    if (past) {
      part = planWeek(span, cutoffSignals(span), state, ctx, studyWeeksDone);
    } else if (current && span.start < today) {
      const before = planWeek(span, cutoffSignals(span), cloneState(state), ctx, studyWeeksDone);
      // Today and the rest of the week are planned afresh as a short week of their own.
      const now = planWeek({ ...span, start: today }, signalsNow, state, ctx, studyWeeksDone);
      const kept = before.sessions.filter((s) => s.date < today);
      for (const s of kept) {
        if (s.domainId && (state.lastPlanned.get(s.domainId) ?? '') < s.date) state.lastPlanned.set(s.domainId, s.date);
        if (s.kind === 'focus' && s.domainId) state.covered.add(s.domainId);
      }
      const sessions = [...kept, ...now.sessions];
      part = { ...now, sessions, focus: unique([...before.focus.filter((d) => kept.some((s) => s.domainId === d)), ...now.focus]) };
    } else {
      part = planWeek(span, signalsNow, state, ctx, studyWeeksDone);
    }
    if (span.start < phaseStart) studyWeeksDone++;
    const phase = span.end < phaseStart ? 'study' : span.start >= phaseStart ? 'exam' : 'mixed';
    const minutes = part.sessions.reduce((s, x) => s + x.minutes, 0);
    return { ...span, index: i + 1, phase, ...part, minutes, past, current };
  });
  const uncovered = weights.map((w) => w.domainId).filter((d) => !state.covered.has(d));
  return { ...base, weeks, uncovered, examPhaseStart: phaseStart };
}

function cloneState(s: PlanState): PlanState {
  return {
    lastPlanned: new Map(s.lastPlanned),
    returns: new Map([...s.returns].map(([k, v]) => [k, [...v]])),
    covered: new Set(s.covered),
  };
}

function unique<T>(list: T[]): T[] {
  return [...new Set(list)];
}

/** Days of the exam phase for a plan of `totalDays` study days (exam day excluded). */
export function examPhaseDays(totalDays: number): number {
  const rule = PLAN_POLICY.examPhase.find((p) => totalDays >= p.minDays);
  if (rule) return rule.days;
  return Math.min(totalDays, Math.max(2, Math.round(totalDays / 3)));
}

/** The days of the full practice exams: spread over the phase, the first on its first day. */
export function practiceExamDays(phaseStart: IsoDate, examDate: IsoDate): IsoDate[] {
  const days = daysBetween(phaseStart, examDate);
  if (days < 1) return [];
  const { maxPracticeExams, daysPerPracticeExam } = PLAN_POLICY;
  const count = Math.max(1, Math.min(maxPracticeExams, Math.round(days / daysPerPracticeExam)));
  return Array.from({ length: count }, (_, j) => addDaysToDay(phaseStart, Math.floor((j * days) / count)));
}

export function focusCount(weeklyHours: number): number {
  return PLAN_POLICY.focusByHours.find((r) => weeklyHours < r.below)?.focus ?? PLAN_POLICY.maxFocus;
}

/** Whole sessions for `minutes` of study: about an hour each, within 30–90 minutes, in 15-minute steps. */
export function sessionLengths(minutes: number): number[] {
  const { min, target, max, step } = PLAN_POLICY.session;
  if (minutes <= 0) return [];
  const total = Math.max(min, roundTo(minutes, step));
  const count = Math.max(1, Math.min(Math.max(1, Math.floor(total / min)), Math.max(Math.ceil(total / max), Math.round(total / target))));
  const units = total / step;
  const each = Math.floor(units / count);
  return Array.from({ length: count }, (_, i) => (each + (i < units - each * count ? 1 : 0)) * step);
}

interface WeekContext {
  exam: ExamDef;
  goal: number;
  phaseStart: IsoDate;
  practiceDays: IsoDate[];
  targetPercent?: number;
  studyWeekCount: number;
}

interface WeekPart {
  focus: string[];
  reviews: string[];
  sessions: PlannedSession[];
}

function daysOf(span: WeekSpan): IsoDate[] {
  const out: IsoDate[] = [];
  for (let d = span.start; d <= span.end; d = addDaysToDay(d, 1)) out.push(d);
  return out;
}

function planWeek(span: WeekSpan, signals: DomainSignal[], state: PlanState, ctx: WeekContext, studyWeeksDone: number): WeekPart {
  const days = daysOf(span);
  const studyDays = days.filter((d) => d < ctx.phaseStart);
  const phaseDays = days.filter((d) => d >= ctx.phaseStart);
  const out: { focus: string[]; reviews: string[]; placed: Omit<PlannedSession, 'id'>[] } = { focus: [], reviews: [], placed: [] };
  if (studyDays.length > 0) studyPart(span, studyDays, signals, state, ctx, studyWeeksDone, out);
  if (phaseDays.length > 0) phasePart(phaseDays, signals, state, ctx, out);
  return { focus: out.focus, reviews: out.reviews, sessions: withIds(out.placed) };
}

function lastStudied(signal: DomainSignal, state: PlanState): IsoDate | undefined {
  const planned = state.lastPlanned.get(signal.domainId);
  const logged = signal.lastStudied;
  return planned && logged ? (planned > logged ? planned : logged) : (planned ?? logged);
}

function studyPart(
  span: WeekSpan,
  studyDays: IsoDate[],
  signals: DomainSignal[],
  state: PlanState,
  ctx: WeekContext,
  studyWeeksDone: number,
  out: { focus: string[]; reviews: string[]; placed: Omit<PlannedSession, 'id'>[] },
) {
  const { session, reviewMinutes, maxReviewsPerWeek, reviewAfterWeeks } = PLAN_POLICY;
  const minutes = roundTo((ctx.goal * 60 * studyDays.length) / 7, session.step);
  if (minutes <= 0 || signals.length === 0) return;
  const ranked = signals
    .map((s) => ({ s, p: priority(s, lastStudied(s, state), span.start, ctx.exam, ctx.targetPercent) }))
    .sort((a, b) => b.p - a.p);
  const due = ranked.filter(({ s }) => (state.returns.get(s.domainId)?.[0] ?? '9999') <= span.end);
  const reviewCount = Math.min(due.length, minutes >= 180 ? maxReviewsPerWeek : minutes >= 120 ? 1 : 0);
  let focusMinutes = minutes - reviewCount * reviewMinutes;
  let lengths = sessionLengths(focusMinutes);
  const k = Math.min(focusCount(ctx.goal), lengths.length, signals.length);

  // Coverage first when the uncovered domains would not fit in the study weeks after this one.
  const weeksAfter = Math.max(0, ctx.studyWeekCount - studyWeeksDone - 1);
  const uncovered = ranked.filter(({ s }) => !state.covered.has(s.domainId));
  const mustCover = Math.min(k, Math.max(0, uncovered.length - weeksAfter * k));
  const chosen = uncovered.slice(0, mustCover);
  for (const r of ranked) if (chosen.length < k && !chosen.includes(r)) chosen.push(r);
  const reviews = due.filter((r) => !chosen.includes(r)).slice(0, reviewCount);
  if (reviews.length < reviewCount) {
    focusMinutes += (reviewCount - reviews.length) * reviewMinutes;
    lengths = sessionLengths(focusMinutes);
  }

  // Sessions per focus domain in proportion to priority, at least one each (largest remainder), interleaved.
  const totalP = chosen.reduce((s, r) => s + r.p, 0) || 1;
  const ideal = chosen.map((r) => 1 + ((lengths.length - chosen.length) * r.p) / totalP);
  const given = ideal.map(Math.floor);
  let left = lengths.length - given.reduce((a, b) => a + b, 0);
  const byRest = ideal.map((x, i) => ({ i, rest: x - given[i]! })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of byRest) if (left-- > 0) given[i]!++;
  const order: string[] = [];
  for (let round = 0; order.length < lengths.length; round++) {
    chosen.forEach((r, i) => { if (given[i]! > round) order.push(r.s.domainId); });
  }
  const items: Omit<PlannedSession, 'id' | 'date'>[] = [
    ...order.map((domainId, i) => ({ kind: 'focus' as const, minutes: lengths[i]!, domainId })),
    ...reviews.map((r) => ({ kind: 'review' as const, minutes: reviewMinutes, domainId: r.s.domainId })),
  ];
  const placed = items.map((item, i) => ({ ...item, date: studyDays[Math.floor((i * studyDays.length) / items.length)]! }));
  out.placed.push(...placed);
  out.focus.push(...chosen.map((r) => r.s.domainId));
  out.reviews.push(...reviews.map((r) => r.s.domainId));

  for (const p of placed) state.lastPlanned.set(p.domainId!, p.date);
  for (const r of reviews) state.returns.get(r.s.domainId)?.shift();
  for (const r of chosen) {
    state.covered.add(r.s.domainId);
    state.returns.set(r.s.domainId, reviewAfterWeeks.map((w) => addDaysToDay(span.weekStart, 7 * w)));
  }
}

function phasePart(
  phaseDays: IsoDate[],
  signals: DomainSignal[],
  state: PlanState,
  ctx: WeekContext,
  out: { focus: string[]; reviews: string[]; placed: Omit<PlannedSession, 'id'>[] },
) {
  const { session, examReviewMinutes } = PLAN_POLICY;
  // The days between practice exams go to the domains where study pays most: weight × need, no spacing.
  const weakest = [...signals]
    .map((s) => ({ id: s.domainId, p: s.share * needFactor(s, ctx.exam, ctx.targetPercent) }))
    .sort((a, b) => b.p - a.p)
    .slice(0, 3)
    .map((x) => x.id);
  // The week's hours go to the practice exams and their reviews first; what is left is shared by the other days.
  const budget = (ctx.goal * 60 * phaseDays.length) / 7;
  const kinds = phaseDays.map((day) =>
    ctx.practiceDays.includes(day) ? 'practice-exam' : ctx.practiceDays.includes(addDaysToDay(day, -1)) ? 'exam-review' : 'review',
  );
  const fixed = kinds.reduce((s, k) => s + (k === 'practice-exam' ? ctx.exam.minutes.value : k === 'exam-review' ? examReviewMinutes : 0), 0);
  const others = kinds.filter((k) => k === 'review').length;
  const daily = Math.min(session.max, Math.max(session.min, roundTo((budget - fixed) / Math.max(1, others), session.step)));
  phaseDays.forEach((day, i) => {
    const kind = kinds[i]!;
    if (kind === 'practice-exam') out.placed.push({ date: day, kind, minutes: ctx.exam.minutes.value });
    else if (kind === 'exam-review') out.placed.push({ date: day, kind, minutes: examReviewMinutes });
    else if (weakest.length > 0) {
      const domainId = weakest[daysBetween(ctx.phaseStart, day) % weakest.length]!;
      out.placed.push({ date: day, kind, minutes: daily, domainId });
      state.lastPlanned.set(domainId, day);
      if (!out.reviews.includes(domainId)) out.reviews.push(domainId);
    }
  });
}

function withIds(placed: Omit<PlannedSession, 'id'>[]): PlannedSession[] {
  const slots = new Map<IsoDate, number>();
  return [...placed]
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map((p) => {
      const slot = slots.get(p.date) ?? 0;
      slots.set(p.date, slot + 1);
      return { id: `${p.date}#${slot}`, ...p };
    });
}
