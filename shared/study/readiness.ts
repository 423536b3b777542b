/**
 * "Am I ready?" as the chance of passing on the exam date, with a range (passChance.ts has the model,
 * docs/readiness.md explains it), and what would raise it most. Under a minimum of evidence it says what is
 * missing instead of a number. The trend is reported only as clearly rising, clearly falling or "no clear trend"
 * (when ±2 standard errors include zero), and a date for reaching the pass mark only for a clearly rising one,
 * always with its range. Scores are reported to one decimal and probabilities to whole percents: the data cannot
 * support more.
 */
import type { IsoDate, PracticeAttempt } from '../model/entities';
import { addDaysToDay, daysBetween, round } from './days';
import type { ExamDef } from './exams';
import { domainLabel, passPercent } from './exams';
import { blueprintShares } from './focus';
import {
  estimateLevel, PASS_MODEL, passCorrect, passProbability, projectToExam, shrinkTrend, type TrendEstimate,
} from './passChance';

/** Evidence thresholds and display limits (model settings, not credential rules). */
export const READINESS_POLICY = {
  minAttempts: 3,
  minQuestions: 100,
  /** A domain with at least this blueprint share is "heavy": it needs its own questions once domains are recorded. */
  heavyShare: 0.1,
  minHeavyQuestions: 10,
  /** Per-domain "recent" score pools this many of the latest attempts that tested the domain. */
  recentAttemptsPerDomain: 3,
  horizonDays: 365,
  maxRaisers: 3,
} as const;

export type TrendView =
  | { state: 'none'; reason: string }
  | { state: 'no-clear-trend' | 'rising' | 'falling'; pointsPerWeek: number; standardError: number };

/** Only for a clearly rising trend still below the pass mark. */
export type ReachView =
  | { state: 'around'; date: IsoDate; earliest: IsoDate; latest: IsoDate | null }
  | { state: 'beyond-a-year' };

export type PassChance =
  | {
      state: 'estimate';
      /** 0..1, to whole percents. */
      probability: number;
      low: number;
      high: number;
      /** Exam-day score, percent: expected and the 80% range. */
      score: { mean: number; low: number; high: number };
      basis: 'domains' | 'overall';
      /** How many weeks of trend were carried to the exam date. */
      trendWeeks: number;
    }
  | { state: 'missing'; missing: string[] };

export interface Raiser {
  domainId: string;
  label: string;
  /** Rise in the probability of passing (0..1) from the same study time in this domain. */
  gain: number;
  /** The domain's estimated level now, percent. */
  levelPercent: number;
}

export interface DomainReadiness {
  domainId: string;
  label: string;
  latestPercent: number;
  latestDate: IsoDate;
  /** Pooled over all attempts: Σ correct / Σ total. */
  averagePercent: number;
  /** Pooled over the latest `recentAttemptsPerDomain` attempts that tested it. */
  recentPercent: number;
  questions: number;
  attempts: number;
}

export interface Readiness {
  examCode: string;
  passPercent: number;
  /** The real exam is scaled: the pass percent is the learner's own practice target. */
  scaled: boolean;
  attemptCount: number;
  latest?: { date: IsoDate; percent: number };
  examDate: IsoDate;
  /** `today`: no plan gives an exam date, so the chance is for an exam taken today. */
  examDateFrom: 'plan' | 'today';
  trend: TrendView;
  chance: PassChance;
  reach?: ReachView;
  raisers: Raiser[];
  domains: DomainReadiness[];
  /** Only when at least two domains have questions. */
  strongest?: DomainReadiness;
  weakest?: DomainReadiness;
}

export interface ReadinessOptions {
  /** The user's practice target (percent), overriding the catalog's pass mark. */
  targetPercent?: number;
  /** The exam date of the learner's plan for this exam. */
  examDate?: IsoDate;
}

export function assessReadiness(
  attempts: PracticeAttempt[],
  exam: ExamDef,
  today: IsoDate,
  options: ReadinessOptions = {},
): Readiness {
  const used = usableAttempts(attempts, exam);
  const pass = passPercent(exam, options.targetPercent);
  const domains = domainReadiness(used, exam);
  const ranked = [...domains].sort((a, b) => b.recentPercent - a.recentPercent);
  const examDate = options.examDate && options.examDate >= today ? options.examDate : today;
  const last = used[used.length - 1];
  const fit = leastSquares(used);
  const trendEstimate = 'reason' in fit || used.length < READINESS_POLICY.minAttempts ? undefined : shrinkTrend(fit.slope, fit.se);
  const base = {
    examCode: exam.code,
    passPercent: round(pass, 1),
    scaled: exam.passMark.value.kind === 'scaled',
    attemptCount: used.length,
    ...(last ? { latest: { date: last.date, percent: round(attemptPercent(last), 1) } } : {}),
    examDate,
    examDateFrom: examDate === options.examDate ? ('plan' as const) : ('today' as const),
    trend: trendView(used.length, fit, trendEstimate),
    domains,
    ...(ranked.length >= 2 ? { strongest: ranked[0], weakest: ranked[ranked.length - 1] } : {}),
  };
  const missing = missingEvidence(used, exam);
  if (missing.length > 0) return { ...base, chance: { state: 'missing', missing }, raisers: [] };

  const { weights } = blueprintShares([], exam);
  const level = estimateLevel(used, weights, today);
  const projected = projectToExam(level, trendEstimate, daysBetween(today, examDate));
  const questions = exam.questions.value;
  const needed = passCorrect(exam, pass);
  const probability = passProbability(projected.mean, projected.sd, questions, needed);
  const z = PASS_MODEL.rangeZ;
  const lowP = Math.max(0.001, projected.mean - z * projected.sd);
  const highP = Math.min(0.999, projected.mean + z * projected.sd);
  const chance: PassChance = {
    state: 'estimate',
    probability: round(probability, 2),
    low: round(passProbability(lowP, 0, questions, needed), 2),
    high: round(passProbability(highP, 0, questions, needed), 2),
    score: { mean: round(projected.mean * 100, 1), low: round(lowP * 100, 1), high: round(highP * 100, 1) },
    basis: level.basis,
    trendWeeks: round(projected.trendWeeks, 1),
  };
  const raisers =
    level.basis !== 'domains'
      ? []
      : level.domains
          .map((d) => {
            const lift = d.share * PASS_MODEL.studyGain * (1 - d.mean);
            const gain = passProbability(Math.min(0.999, projected.mean + lift), projected.sd, questions, needed) - probability;
            return { domainId: d.domainId, label: domainLabel(exam, d.domainId), gain: round(gain, 3), levelPercent: round(d.mean * 100, 1) };
          })
          .filter((r) => r.gain > 0)
          .sort((a, b) => b.gain - a.gain)
          .slice(0, READINESS_POLICY.maxRaisers);
  const reach = 'reason' in fit || base.trend.state !== 'rising' ? undefined : reachView(fit, pass, today);
  return { ...base, chance, raisers, ...(reach ? { reach } : {}) };
}

/** What the estimate still needs; empty when there is enough. */
export function missingEvidence(used: PracticeAttempt[], exam: ExamDef): string[] {
  const { minAttempts, minQuestions, heavyShare, minHeavyQuestions } = READINESS_POLICY;
  const missing: string[] = [];
  if (used.length < minAttempts) {
    const more = minAttempts - used.length;
    missing.push(
      `Record ${more} more ${exam.code} practice ${more === 1 ? 'attempt' : 'attempts'}: the estimate needs at least ${minAttempts} (you have ${used.length}).`,
    );
  }
  const questions = used.reduce((s, a) => s + a.totalQuestions, 0);
  if (questions < minQuestions) {
    missing.push(`Answer at least ${minQuestions} practice questions in all (you have ${questions}).`);
  }
  if (used.some((a) => a.domainResults.some((r) => r.total > 0))) {
    const answered = new Map<string, number>();
    for (const a of used) for (const r of a.domainResults) answered.set(r.domainId, (answered.get(r.domainId) ?? 0) + r.total);
    for (const { domainId, share } of blueprintShares([], exam).weights) {
      const q = answered.get(domainId) ?? 0;
      if (share >= heavyShare && q < minHeavyQuestions) {
        missing.push(
          `Answer more ${domainLabel(exam, domainId)} questions: it is about ${Math.round(share * 100)}% of the exam and your ` +
            `attempts have ${q} (at least ${minHeavyQuestions} needed).`,
        );
      }
    }
  }
  return missing;
}

function trendView(count: number, fit: Fit | { reason: string }, estimate: TrendEstimate | undefined): TrendView {
  if (count < READINESS_POLICY.minAttempts) {
    return { state: 'none', reason: `A trend needs at least ${READINESS_POLICY.minAttempts} attempts on different days (you have ${count}).` };
  }
  if ('reason' in fit || !estimate) return { state: 'none', reason: 'reason' in fit ? fit.reason : 'No trend yet.' };
  const state = !estimate.clear ? 'no-clear-trend' : fit.slope > 0 ? 'rising' : 'falling';
  return { state, pointsPerWeek: round(fit.slope, 1), standardError: round(fit.se, 1) };
}

/** Where the fitted line reaches the pass mark, its range from the slope ± one standard error. */
function reachView(fit: Fit, pass: number, today: IsoDate): ReachView | undefined {
  const todayX = daysBetween(fit.first, today) / 7;
  const lineToday = fit.meanY + fit.slope * (todayX - fit.meanX);
  if (lineToday >= pass) return undefined;
  const daysAt = (slope: number) => Math.max(1, Math.ceil((fit.meanX + (pass - fit.meanY) / slope - todayX) * 7));
  const central = daysAt(fit.slope);
  if (central > READINESS_POLICY.horizonDays) return { state: 'beyond-a-year' };
  const slower = fit.slope - fit.se;
  const late = slower > 0 ? daysAt(slower) : Infinity;
  return {
    state: 'around',
    date: addDaysToDay(today, central),
    earliest: addDaysToDay(today, daysAt(fit.slope + fit.se)),
    latest: late <= READINESS_POLICY.horizonDays ? addDaysToDay(today, late) : null,
  };
}

/** Attempts of this exam with questions, oldest first (same day: by createdAt, then id). */
export function usableAttempts(attempts: PracticeAttempt[], exam: ExamDef): PracticeAttempt[] {
  return attempts
    .filter((a) => a.examCode.toUpperCase() === exam.code && a.totalQuestions > 0 && a.correct >= 0)
    .sort((a, b) => cmp(a.date, b.date) || cmp(a.createdAt, b.createdAt) || cmp(a.id, b.id));
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function attemptPercent(a: Pick<PracticeAttempt, 'correct' | 'totalQuestions'>): number {
  return (Math.min(a.correct, a.totalQuestions) / a.totalQuestions) * 100;
}

/** The least-squares line (x in weeks since `first`). */
export interface Fit {
  slope: number; // points per week
  se: number;
  first: IsoDate;
  meanX: number; // weeks since `first`
  meanY: number;
  lastX: number;
}

export function leastSquares(sorted: PracticeAttempt[]): Fit | { reason: string } {
  if (sorted.length < 2) return { reason: 'A trend needs at least two attempts on different days.' };
  const first = sorted[0]?.date ?? '';
  const xs = sorted.map((a) => daysBetween(first, a.date) / 7);
  const ys = sorted.map(attemptPercent);
  const n = xs.length;
  const meanX = xs.reduce((a, b) => a + b, 0) / n;
  const meanY = ys.reduce((a, b) => a + b, 0) / n;
  let sxx = 0;
  let sxy = 0;
  xs.forEach((x, i) => {
    sxx += (x - meanX) ** 2;
    sxy += (x - meanX) * ((ys[i] ?? 0) - meanY);
  });
  if (sxx === 0) return { reason: 'All attempts are on the same day: a trend needs attempts on different days.' };
  const slope = sxy / sxx;
  // Floor on the noise: a test of n questions cannot measure a score more finely than binomial sampling allows
  // (variance p(1 − p)/n), so a few points that happen to lie on a line do not produce a zero-width band.
  const p = Math.min(0.95, Math.max(0.05, meanY / 100));
  const binomialVar = sorted.reduce((s, a) => s + (p * (1 - p) * 1e4) / a.totalQuestions, 0) / n;
  const residualVar =
    n > 2 ? xs.reduce((s, x, i) => s + ((ys[i] ?? 0) - (meanY + slope * (x - meanX))) ** 2, 0) / (n - 2) : 0;
  const se = Math.sqrt(Math.max(binomialVar, residualVar) / sxx);
  return { slope, se, first, meanX, meanY, lastX: xs[n - 1] ?? 0 };
}

/** Per-domain latest / average / recent percent, in the exam's domain order, then unknown ids alphabetically. */
export function domainReadiness(sorted: PracticeAttempt[], exam: ExamDef): DomainReadiness[] {
  const byDomain = new Map<string, { date: IsoDate; correct: number; total: number }[]>();
  for (const a of sorted) {
    for (const r of a.domainResults) {
      if (!(r.total > 0)) continue; // a domain with no questions says nothing
      const list = byDomain.get(r.domainId) ?? [];
      list.push({ date: a.date, correct: Math.min(r.correct, r.total), total: r.total });
      byDomain.set(r.domainId, list);
    }
  }
  const order = new Map(exam.domains.map((d, i) => [d.id, i]));
  const ids = [...byDomain.keys()].sort(
    (a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity) || cmp(a, b),
  );
  const pooled = (rows: { correct: number; total: number }[]) =>
    round((rows.reduce((s, r) => s + r.correct, 0) / rows.reduce((s, r) => s + r.total, 0)) * 100, 1);
  return ids.map((domainId) => {
    const rows = byDomain.get(domainId) ?? [];
    const last = rows[rows.length - 1] ?? { date: '', correct: 0, total: 1 };
    return {
      domainId,
      label: domainLabel(exam, domainId),
      latestPercent: round((last.correct / last.total) * 100, 1),
      latestDate: last.date,
      averagePercent: pooled(rows),
      recentPercent: pooled(rows.slice(-READINESS_POLICY.recentAttemptsPerDomain)),
      questions: rows.reduce((s, r) => s + r.total, 0),
      attempts: rows.length,
    };
  });
}
