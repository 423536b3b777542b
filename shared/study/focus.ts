/**
 * What the plan knows about each blueprint domain, and how it ranks them for a week's focus.
 *
 * Signals per domain: its blueprint share (the plan's weights, else the exam's), its recent practice score (pooled
 * correct/total over the last few attempts that tested it), its flashcard mastery (0..1, from the flashcards
 * module) and the last day it was studied. Evidence counts only when it was *recorded* before the cut-off (its
 * `createdAt`, not the day it is dated): a week already begun is planned from what was known when it began, so a
 * practice attempt entered today (even one dated last month) re-plans the weeks ahead and never the past.
 *
 * Priority = share × need × spacing:
 * - need = clamp(1 + needStrength · (aim − proficiency) / 100, minNeed, maxNeed), proficiency the mean of the
 *   practice score (counted twice) and mastery × 100 where known, aim = the pass mark + aimAbovePass. No evidence:
 *   need = 1. Heavy domains the learner is weak in come first; strong ones still come back, only later.
 * - spacing = clamp(daysSinceStudied / spacingFullDays, minSpacing, 1), never studied = 1: a domain just studied
 *   waits its turn, so time spreads across the blueprint.
 */
import type { DomainWeight, IsoDate, IsoDateTime, PracticeAttempt, StudySession } from '../model/entities';
import { daysBetween, round } from './days';
import type { ExamDef } from './exams';
import { passPercent } from './exams';

/** Planning heuristics (not credential rules). */
export const FOCUS_POLICY = {
  needStrength: 2.5,
  minNeed: 0.4,
  maxNeed: 2.5,
  aimAbovePass: 10,
  spacingFullDays: 21,
  minSpacing: 0.2,
  /** The per-domain score pools this many of the latest attempts that tested the domain. */
  recentAttemptsPerDomain: 3,
} as const;

export interface PlanEvidence {
  /** Practice attempts of the plan's exam. */
  attempts: PracticeAttempt[];
  /** Sessions that count toward the plan. */
  sessions: StudySession[];
  /** Flashcard mastery per domain id, 0..1 (optional per domain): what the cards say now. */
  mastery?: Record<string, number>;
}

export interface DomainSignal {
  domainId: string;
  /** Blueprint share, 0..1 (the active weights sum to 1). */
  share: number;
  /** Recent practice percent, with the attempt day it comes from. */
  score?: number;
  scoreDate?: IsoDate;
  mastery?: number;
  lastStudied?: IsoDate;
}

export interface DomainWeights {
  weights: { domainId: string; share: number }[];
  weightsUsed: 'plan' | 'exam-default';
}

/** The plan's positive weights for the exam's domains, else the exam's defaults, as shares summing to 1. */
export function blueprintShares(planWeights: DomainWeight[], exam: ExamDef): DomainWeights {
  const planWeight = new Map(planWeights.map((w) => [w.domainId, w.weight]));
  const fromPlan = exam.domains.map((d) => ({ domainId: d.id, weight: positive(planWeight.get(d.id)) }));
  const usePlan = fromPlan.some((w) => w.weight > 0);
  const base = usePlan ? fromPlan : exam.domains.map((d) => ({ domainId: d.id, weight: positive(d.defaultWeight) }));
  const active = base.filter((w) => w.weight > 0);
  const total = active.reduce((s, w) => s + w.weight, 0);
  return {
    weights: active.map((w) => ({ domainId: w.domainId, share: total > 0 ? w.weight / total : 0 })),
    weightsUsed: usePlan ? 'plan' : 'exam-default',
  };
}

function positive(n: number | undefined): number {
  return n !== undefined && Number.isFinite(n) && n > 0 ? n : 0;
}

interface IndexedAttempt {
  createdMs: number;
  date: IsoDate;
  results: { domainId: string; correct: number; total: number }[];
}

/** Evidence with its instants parsed once and attempts in date order, for signals at many cut-offs. */
export interface EvidenceIndex {
  attempts: IndexedAttempt[];
  sessions: { createdMs: number; date: IsoDate; domainId: string }[];
  mastery?: Record<string, number>;
}

const instant = (t: IsoDateTime) => {
  const v = Date.parse(t);
  // A record whose instant cannot be read counts as always known.
  return Number.isFinite(v) ? v : -Infinity;
};

export function indexEvidence(evidence: PlanEvidence): EvidenceIndex {
  const attempts = evidence.attempts
    .map((a) => ({
      createdMs: instant(a.createdAt),
      date: a.date,
      results: a.domainResults.filter((r) => r.total > 0).map((r) => ({ domainId: r.domainId, correct: Math.min(r.correct, r.total), total: r.total })),
    }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const sessions = evidence.sessions.flatMap((s) => (s.domainId ? [{ createdMs: instant(s.createdAt), date: s.date, domainId: s.domainId }] : []));
  return { attempts, sessions, ...(evidence.mastery ? { mastery: evidence.mastery } : {}) };
}

/**
 * Signals per weighted domain from the evidence recorded before `cutoffMs` (epoch ms; undefined = all of it).
 * Mastery has no history: it counts only where the caller says it is current (`withMastery`).
 */
export function domainSignals(
  shares: DomainWeights['weights'],
  evidence: EvidenceIndex,
  cutoffMs: number = Infinity,
  withMastery: boolean = cutoffMs === Infinity,
): DomainSignal[] {
  const pooled = new Map<string, { date: IsoDate; correct: number; total: number }[]>();
  for (const a of evidence.attempts) {
    if (a.createdMs >= cutoffMs) continue;
    for (const r of a.results) {
      const list = pooled.get(r.domainId);
      const row = { date: a.date, correct: r.correct, total: r.total };
      if (list) list.push(row);
      else pooled.set(r.domainId, [row]);
    }
  }
  const studied = new Map<string, IsoDate>();
  for (const s of evidence.sessions) {
    if (s.createdMs >= cutoffMs) continue;
    const seen = studied.get(s.domainId);
    if (!seen || s.date > seen) studied.set(s.domainId, s.date);
  }
  return shares.map(({ domainId, share }) => {
    const rows = (pooled.get(domainId) ?? []).slice(-FOCUS_POLICY.recentAttemptsPerDomain);
    const total = rows.reduce((s, r) => s + r.total, 0);
    const mastery = withMastery ? evidence.mastery?.[domainId] : undefined;
    const last = studied.get(domainId);
    return {
      domainId,
      share,
      ...(total > 0
        ? { score: round((rows.reduce((s, r) => s + r.correct, 0) / total) * 100, 1), scoreDate: rows[rows.length - 1]!.date }
        : {}),
      ...(mastery !== undefined && Number.isFinite(mastery) ? { mastery: Math.min(1, Math.max(0, mastery)) } : {}),
      ...(last ? { lastStudied: last } : {}),
    };
  });
}

/** Proficiency in percent from score and mastery; undefined without evidence. */
export function proficiency(signal: Pick<DomainSignal, 'score' | 'mastery'>): number | undefined {
  const parts: number[] = [];
  if (signal.score !== undefined) parts.push(signal.score, signal.score);
  if (signal.mastery !== undefined) parts.push(signal.mastery * 100);
  return parts.length ? parts.reduce((a, b) => a + b, 0) / parts.length : undefined;
}

export function needFactor(signal: Pick<DomainSignal, 'score' | 'mastery'>, exam: ExamDef, targetPercent?: number): number {
  const p = proficiency(signal);
  if (p === undefined) return 1;
  const { needStrength, minNeed, maxNeed, aimAbovePass } = FOCUS_POLICY;
  const aim = Math.min(100, passPercent(exam, targetPercent) + aimAbovePass);
  return Math.min(maxNeed, Math.max(minNeed, 1 + (needStrength * (aim - p)) / 100));
}

export function spacingFactor(lastStudied: IsoDate | undefined, day: IsoDate): number {
  if (!lastStudied) return 1;
  const { spacingFullDays, minSpacing } = FOCUS_POLICY;
  return Math.min(1, Math.max(minSpacing, daysBetween(lastStudied, day) / spacingFullDays));
}

export function priority(signal: DomainSignal, lastStudied: IsoDate | undefined, day: IsoDate, exam: ExamDef, targetPercent?: number): number {
  return signal.share * needFactor(signal, exam, targetPercent) * spacingFactor(lastStudied, day);
}
