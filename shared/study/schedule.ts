/**
 * Lays out a study plan week by week until the exam.
 *
 * Weeks are counted back from the exam: the last week is the 7 days before exam day, the one before it the 7 days
 * before that, and the first week is whatever is left (possibly shorter, its hours prorated by days). Anchoring on
 * the exam keeps every week's end date stable as time passes (calendar exports update instead of duplicating), and
 * makes the final practice week a full week however the dates fall. Exam day itself is not a study day.
 *
 * Hours per domain (study weeks): share_d = w_d · m_d / Σ(w · m), where w_d is the plan weight and m_d a
 * weakness multiplier from recent practice scores:
 *   m_d = clamp(1 + k · (mean − s_d) / 100, lo, hi)
 * with s_d the domain's score (%), mean the plain mean over scored domains, k = `weaknessStrength`. Relative to the
 * learner's own mean (not the pass mark) because the weekly total is fixed: only the *relative* weakness can move
 * time. The clamp keeps every weighted domain studied (strong ones keep at least half their share; weak ones at
 * most double), because the exam still tests them all. A domain with no score has no evidence either way: m = 1.
 *
 * Rounding: hours are whole multiples of `hourStep`; each week's domain hours add up exactly to its total, and the
 * rounding remainder of each domain carries into the next week, so a small domain still gets its time over the
 * plan instead of rounding to zero every week.
 */
import type { IsoDate, StudyPlan, StudySession } from '../model/entities';
import type { ExamDef } from './exams';
import { addDaysToDay, daysBetween, maxDay, round, roundTo } from './days';
import { compareKeys } from '../model/compareKeys';

/** Planning heuristics (not credential rules): how the schedule is shaped. */
export const SCHEDULE_POLICY = {
  hourStep: 0.25,
  /** Final weeks kept for full timed practice exams and their review, by total week count (first match wins). */
  practiceWeeks: [
    { minWeeks: 10, weeks: 2 },
    { minWeeks: 4, weeks: 1 },
  ],
  weaknessStrength: 1.5,
  minMultiplier: 0.5,
  maxMultiplier: 2,
} as const;

export interface Allocation {
  domainId: string;
  hours: number;
}

export interface ScheduleWeek {
  /** 1-based, from the first week shown. */
  index: number;
  start: IsoDate;
  end: IsoDate;
  hours: number;
  /** `practice`: full timed practice exams and review; no domain allocations. */
  kind: 'study' | 'practice';
  allocations: Allocation[];
}

export type ScheduleReasonCode = 'exam-past' | 'exam-today' | 'start-after-exam' | 'no-hours';

export interface DomainShare {
  domainId: string;
  weight: number;
  /** Score used (%), if any. */
  score?: number;
  multiplier: number;
  /** Fraction of study hours, 0..1. */
  share: number;
}

export interface Schedule {
  weeks: ScheduleWeek[];
  /** Set when `weeks` is empty. */
  reason?: { code: ScheduleReasonCode; message: string };
  /** `exam-default`: the plan had no positive weight for any exam domain, so the exam's defaults were used. */
  weightsUsed: 'plan' | 'exam-default';
  shares: DomainShare[];
}

export interface BuildScheduleInput {
  plan: Pick<StudyPlan, 'startDate' | 'examDate' | 'weeklyHoursGoal' | 'weights'>;
  exam: ExamDef;
  /** Recent practice score per domain id, in percent. */
  domainScores?: Record<string, number>;
  today: IsoDate;
}

export function buildSchedule({ plan, exam, domainScores = {}, today }: BuildScheduleInput): Schedule {
  const { shares, weightsUsed } = domainShares(plan.weights, exam, domainScores);
  const empty = (code: ScheduleReasonCode, message: string): Schedule => ({
    weeks: [],
    reason: { code, message },
    weightsUsed,
    shares,
  });

  if (plan.examDate < today) return empty('exam-past', `The exam date (${plan.examDate}) has passed.`);
  if (plan.examDate === today) return empty('exam-today', 'The exam is today: there is no study time left to plan.');
  const lastStudyDay = addDaysToDay(plan.examDate, -1);
  const start = maxDay(plan.startDate, today);
  if (start > lastStudyDay) {
    return empty('start-after-exam', `The plan starts on ${plan.startDate}, on or after the exam date.`);
  }
  if (!(plan.weeklyHoursGoal > 0)) return empty('no-hours', 'Set a weekly hours goal above zero.');

  const spans = weekSpans(start, lastStudyDay);
  const practice = practiceWeekCount(spans.length);
  const step = SCHEDULE_POLICY.hourStep;
  const carry = new Map<string, number>();
  const weeks = spans.map((span, i): ScheduleWeek => {
    const days = daysBetween(span.start, span.end) + 1;
    const hours = round(roundTo((plan.weeklyHoursGoal * days) / 7, step), 2);
    const kind = i >= spans.length - practice ? 'practice' : 'study';
    const allocations = kind === 'study' ? allocate(Math.round(hours / step), shares, carry) : [];
    return { index: i + 1, ...span, hours, kind, allocations };
  });
  return { weeks, weightsUsed, shares };
}

/** Week spans counted back from the last study day; the first one may be shorter than 7 days. */
function weekSpans(start: IsoDate, lastStudyDay: IsoDate): { start: IsoDate; end: IsoDate }[] {
  const count = Math.ceil((daysBetween(start, lastStudyDay) + 1) / 7);
  const spans = [];
  for (let k = count - 1; k >= 0; k--) {
    const end = addDaysToDay(lastStudyDay, -7 * k);
    spans.push({ start: maxDay(addDaysToDay(end, -6), start), end });
  }
  return spans;
}

export function practiceWeekCount(totalWeeks: number): number {
  return SCHEDULE_POLICY.practiceWeeks.find((p) => totalWeeks >= p.minWeeks)?.weeks ?? 0;
}

/** Weighted, weakness-shifted share of each exam domain (see the module comment for the formula). */
export function domainShares(
  weights: StudyPlan['weights'],
  exam: ExamDef,
  domainScores: Record<string, number> = {},
): { shares: DomainShare[]; weightsUsed: 'plan' | 'exam-default' } {
  const planWeight = new Map(weights.map((w) => [w.domainId, w.weight]));
  const fromPlan = exam.domains.map((d) => ({ domainId: d.id, weight: positive(planWeight.get(d.id)) }));
  const usePlan = fromPlan.some((w) => w.weight > 0);
  const base = usePlan ? fromPlan : exam.domains.map((d) => ({ domainId: d.id, weight: positive(d.defaultWeight) }));
  const active = base.filter((w) => w.weight > 0);

  const scored = active.map((w) => domainScores[w.domainId]).filter((s): s is number => Number.isFinite(s));
  const mean = scored.length ? scored.reduce((a, b) => a + b, 0) / scored.length : 0;
  const { weaknessStrength: k, minMultiplier: lo, maxMultiplier: hi } = SCHEDULE_POLICY;
  const withMultiplier = active.map((w) => {
    const s = domainScores[w.domainId];
    const score = Number.isFinite(s) ? s : undefined;
    const multiplier = score === undefined ? 1 : Math.min(hi, Math.max(lo, 1 + (k * (mean - score)) / 100));
    return { ...w, ...(score === undefined ? {} : { score }), multiplier };
  });
  const total = withMultiplier.reduce((sum, w) => sum + w.weight * w.multiplier, 0);
  const shares = withMultiplier.map((w) => ({ ...w, share: total > 0 ? (w.weight * w.multiplier) / total : 0 }));
  return { shares, weightsUsed: usePlan ? 'plan' : 'exam-default' };
}

function positive(n: number | undefined): number {
  return n !== undefined && Number.isFinite(n) && n > 0 ? n : 0;
}

/** Split `units` (of hourStep) by share, carrying each domain's rounding remainder into the next call. */
function allocate(units: number, shares: DomainShare[], carry: Map<string, number>): Allocation[] {
  const ideal = shares.map((s) => units * s.share + (carry.get(s.domainId) ?? 0));
  const given = ideal.map((x) => Math.max(0, Math.floor(x)));
  let missing = units - given.reduce((a, b) => a + b, 0);
  // Largest remainder first; ties go to the domain listed first (the exam's order), so results are deterministic.
  while (missing !== 0 && shares.length > 0) {
    const order = ideal.map((x, i) => ({ i, rest: x - (given[i] ?? 0) }));
    if (missing > 0) {
      const best = order.reduce((a, b) => (b.rest > a.rest ? b : a));
      given[best.i] = (given[best.i] ?? 0) + 1;
      missing--;
    } else {
      const worst = order.filter((o) => (given[o.i] ?? 0) > 0).reduce((a, b) => (b.rest < a.rest ? b : a));
      given[worst.i] = (given[worst.i] ?? 0) - 1;
      missing++;
    }
  }
  const step = SCHEDULE_POLICY.hourStep;
  shares.forEach((s, i) => carry.set(s.domainId, (ideal[i] ?? 0) - (given[i] ?? 0)));
  return shares
    .map((s, i) => ({ domainId: s.domainId, hours: round((given[i] ?? 0) * step, 2) }))
    .filter((a) => a.hours > 0);
}

export interface DomainProgress {
  /** `null` for sessions logged as general study. */
  domainId: string | null;
  plannedHours: number;
  doneHours: number;
}

export interface WeekProgress {
  /** The schedule week containing `today`, if any. */
  week?: ScheduleWeek;
  plannedHours: number;
  doneHours: number;
  /** Planned domains first (in plan order), then domains studied without a plan, then general study. */
  domains: DomainProgress[];
}

/**
 * Planned vs done hours for the schedule week containing `today`. Pass the sessions of this plan (filtering by
 * plan is the caller's choice: general sessions without a planId may count too).
 */
export function thisWeekProgress(weeks: ScheduleWeek[], sessions: StudySession[], today: IsoDate): WeekProgress {
  const week = weeks.find((w) => w.start <= today && today <= w.end);
  if (!week) return { plannedHours: 0, doneHours: 0, domains: [] };
  const rows = new Map<string | null, DomainProgress>();
  for (const a of week.allocations) rows.set(a.domainId, { domainId: a.domainId, plannedHours: a.hours, doneHours: 0 });
  let doneMinutes = 0;
  const minutesBy = new Map<string | null, number>();
  for (const s of sessions) {
    if (s.date < week.start || s.date > week.end) continue;
    const key = s.domainId ?? null;
    minutesBy.set(key, (minutesBy.get(key) ?? 0) + s.minutes);
    doneMinutes += s.minutes;
  }
  const unplanned: DomainProgress[] = [];
  for (const [key, minutes] of minutesBy) {
    const row = rows.get(key);
    if (row) row.doneHours = round(minutes / 60, 2);
    else unplanned.push({ domainId: key, plannedHours: 0, doneHours: round(minutes / 60, 2) });
  }
  unplanned.sort((a, b) => (a.domainId === null ? 1 : b.domainId === null ? -1 : compareKeys(a.domainId, b.domainId)));
  return { week, plannedHours: week.hours, doneHours: round(doneMinutes / 60, 2), domains: [...rows.values(), ...unplanned] };
}
