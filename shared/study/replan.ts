/**
 * Re-planning, explained: the plan is rebuilt from everything recorded (plan.ts), and this compares it with the
 * plan as it stood just before the latest change (a practice attempt, a logged session, or flashcard reviews) to
 * say what moved in the next two weeks and why ("Anesthesia moved up: 33% in your last attempt").
 */
import { format } from 'date-fns';
import type { IsoDate, IsoDateTime, PracticeAttempt, StudySession } from '../model/entities';
import { addDaysToDay, dayToDate, round } from './days';
import { domainLabel } from './exams';
import type { PlanEvidence } from './focus';
import { buildPlan, type BuildPlanInput, type StudySchedule } from './plan';

export const REPLAN_POLICY = { lookAheadDays: 14, maxChanges: 3 } as const;

export type EvidenceChange =
  | { kind: 'attempt'; atMs: number; attempt: PracticeAttempt }
  | { kind: 'session'; atMs: number; session: StudySession }
  | { kind: 'reviews'; atMs: number };

/** Flashcard mastery before the latest reviews, so the plan before them can be rebuilt. */
export interface MasteryChange {
  at: IsoDateTime;
  before: Record<string, number>;
}

export interface ReplanEvidence extends PlanEvidence {
  masteryChange?: MasteryChange;
}

export interface DomainMove {
  domainId: string;
  label: string;
  direction: 'up' | 'down';
  /** Minutes in the look-ahead window, before and after. */
  beforeMinutes: number;
  afterMinutes: number;
  reason: string;
}

export interface ReplanNote {
  change: EvidenceChange;
  /** One sentence: what triggered the re-plan and whether the next two weeks changed. */
  summary: string;
  moves: DomainMove[];
}

const ms = (t: IsoDateTime) => {
  const v = Date.parse(t);
  return Number.isFinite(v) ? v : -Infinity;
};

/** The most recently recorded piece of evidence. */
export function latestChange(evidence: ReplanEvidence): EvidenceChange | undefined {
  let best: EvidenceChange | undefined;
  for (const attempt of evidence.attempts) {
    const atMs = ms(attempt.createdAt);
    if (!best || atMs > best.atMs) best = { kind: 'attempt', atMs, attempt };
  }
  for (const session of evidence.sessions) {
    const atMs = ms(session.createdAt);
    if (!best || atMs > best.atMs) best = { kind: 'session', atMs, session };
  }
  if (evidence.masteryChange) {
    const atMs = ms(evidence.masteryChange.at);
    if (!best || atMs > best.atMs) best = { kind: 'reviews', atMs };
  }
  return best && Number.isFinite(best.atMs) ? best : undefined;
}

/** The plan from all evidence, and what the latest change moved. */
export function replan(input: Omit<BuildPlanInput, 'evidence' | 'asOfMs'> & { evidence: ReplanEvidence }): {
  schedule: StudySchedule;
  note?: ReplanNote;
} {
  const schedule = buildPlan(input);
  const change = latestChange(input.evidence);
  if (!change || schedule.weeks.length === 0) return { schedule };
  const beforeEvidence =
    change.kind === 'reviews' && input.evidence.masteryChange
      ? { ...input.evidence, mastery: input.evidence.masteryChange.before }
      : input.evidence;
  const before = buildPlan({ ...input, evidence: beforeEvidence, asOfMs: change.atMs });
  return { schedule, note: explain(before, schedule, change, input) };
}

function windowMinutes(schedule: StudySchedule, today: IsoDate): Map<string, number> {
  const end = addDaysToDay(today, REPLAN_POLICY.lookAheadDays - 1);
  const out = new Map<string, number>();
  for (const w of schedule.weeks) {
    for (const s of w.sessions) {
      if (s.domainId && s.date >= today && s.date <= end) out.set(s.domainId, (out.get(s.domainId) ?? 0) + s.minutes);
    }
  }
  return out;
}

const shortDay = (day: IsoDate) => format(dayToDate(day), 'MMM d');

function changeText(change: EvidenceChange): string {
  switch (change.kind) {
    case 'attempt': {
      const a = change.attempt;
      const pct = a.totalQuestions > 0 ? ` (${round((Math.min(a.correct, a.totalQuestions) / a.totalQuestions) * 100, 1)}%)` : '';
      return `your practice attempt of ${shortDay(a.date)}${pct}`;
    }
    case 'session':
      return `your study session of ${shortDay(change.session.date)}`;
    case 'reviews':
      return 'your latest flashcard reviews';
  }
}

function explain(
  before: StudySchedule,
  after: StudySchedule,
  change: EvidenceChange,
  input: Pick<BuildPlanInput, 'exam' | 'today'>,
): ReplanNote {
  const was = windowMinutes(before, input.today);
  const now = windowMinutes(after, input.today);
  const ids = [...new Set([...was.keys(), ...now.keys()])];
  const oldSignal = new Map(before.signals.map((s) => [s.domainId, s]));
  const newSignal = new Map(after.signals.map((s) => [s.domainId, s]));
  const moves = ids
    .map((domainId) => ({ domainId, beforeMinutes: was.get(domainId) ?? 0, afterMinutes: now.get(domainId) ?? 0 }))
    .filter((m) => m.beforeMinutes !== m.afterMinutes)
    .map((m): DomainMove => {
      const direction = m.afterMinutes > m.beforeMinutes ? 'up' : 'down';
      return { ...m, label: domainLabel(input.exam, m.domainId), direction, reason: reasonFor(m.domainId, change, oldSignal.get(m.domainId), newSignal.get(m.domainId)) };
    })
    // Moves with a reason of their own first, then the biggest.
    .sort((a, b) => Number(b.reason !== MAKE_ROOM) - Number(a.reason !== MAKE_ROOM) ||
      Math.abs(b.afterMinutes - b.beforeMinutes) - Math.abs(a.afterMinutes - a.beforeMinutes))
    .slice(0, REPLAN_POLICY.maxChanges);
  const what = changeText(change);
  const summary =
    moves.length === 0
      ? `Re-planned after ${what}: the next two weeks stay as they were.`
      : `Re-planned after ${what}: ${moves.map((m) => `${m.label} moved ${m.direction}: ${m.reason}`).join('; ')}.`;
  return { change, summary, moves };
}

const MAKE_ROOM = 'to make room for the changes above';

function reasonFor(
  domainId: string,
  change: EvidenceChange,
  was: { score?: number; mastery?: number } | undefined,
  now: { score?: number; mastery?: number; lastStudied?: IsoDate } | undefined,
): string {
  if (change.kind === 'attempt') {
    const r = change.attempt.domainResults.find((d) => d.domainId === domainId && d.total > 0);
    if (r) return `${round((Math.min(r.correct, r.total) / r.total) * 100, 0)}% in your last attempt`;
  }
  if (change.kind === 'session' && change.session.domainId === domainId) {
    return `you studied it on ${shortDay(change.session.date)}`;
  }
  if (change.kind === 'reviews' && now?.mastery !== undefined && was?.mastery !== now.mastery) {
    const before = was?.mastery === undefined ? '' : ` (was ${Math.round(was.mastery * 100)}%)`;
    return `flashcard mastery ${Math.round(now.mastery * 100)}%${before}`;
  }
  return MAKE_ROOM;
}
