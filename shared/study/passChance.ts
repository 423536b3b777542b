/**
 * The chance of passing on the exam date, with a range, from practice attempts (docs/readiness.md explains the
 * model for users and reviewers).
 *
 * 1. Level now. Each attempt counts with weight 0.5^(age / halfLifeDays) (age to today). Overall: a Beta(1, 1)
 *    prior updated with the weighted correct / wrong answers. Per blueprint domain: a Beta centred on the overall
 *    level with `priorStrength` pseudo-questions, updated with the domain's weighted answers, so a domain with few
 *    questions stays near the learner's overall level instead of jumping to 0% or 100%.
 * 2. Exam score now = Σ share_d × level_d (the blueprint's weights), its variance the domains' own plus the shared
 *    overall part they lean on. Without per-domain results: the overall level.
 * 3. Trend. The least-squares slope of attempt percent per week (readiness.ts `leastSquares`) is shrunk toward 0
 *    by a prior slope N(0, trendPriorSd²) and carried from the attempts' weighted centre to the exam date (at most
 *    `maxTrendWeeks`) with its posterior variance. The shrinkage keeps a noisy flat series from promising gains.
 * 4. Exam day. The real exam has N questions and a pass of k correct: P(pass) = P(X ≥ k) for X ~ Binomial(N, p),
 *    p ~ Normal(mean, variance) from 2–3 (normal approximation with continuity correction).
 * 5. The range: P(pass | p) at the 10th and 90th percentile of p: what the chance would be if your true level is
 *    at the low or high end of what the attempts allow.
 */
import type { IsoDate, PracticeAttempt } from '../model/entities';
import { daysBetween } from './days';
import type { ExamDef } from './exams';

export const PASS_MODEL = {
  halfLifeDays: 21,
  priorStrength: 10,
  trendPriorSd: 0.5,
  maxTrendWeeks: 8,
  rangeZ: 1.2816,
  /** A trend is clear when its slope is this many standard errors from zero. */
  clearTrendZ: 2,
  /** "What raises it most": the same study time closes this share of the gap to 100% in one domain. */
  studyGain: 0.15,
} as const;

export interface LevelEstimate {
  /** Expected exam score now, 0..1, and its variance. */
  mean: number;
  variance: number;
  basis: 'domains' | 'overall';
  /** Weighted centre of the attempts, in days before today. */
  centreDaysAgo: number;
  /** Per weighted domain: the posterior mean (0..1), share and own variance. */
  domains: { domainId: string; share: number; mean: number; variance: number; questions: number }[];
}

export function normalCdf(z: number): number {
  // Abramowitz–Stegun 7.1.26 on erf; |error| < 1.5e-7.
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const y = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x);
  return z >= 0 ? 0.5 * (1 + y) : 0.5 * (1 - y);
}

function betaMoments(a: number, b: number): { mean: number; variance: number } {
  const s = a + b;
  return { mean: a / s, variance: (a * b) / (s * s * (s + 1)) };
}

/** Level now from attempts (this exam's, with questions), blueprint shares summing to 1. */
export function estimateLevel(
  attempts: PracticeAttempt[],
  shares: { domainId: string; share: number }[],
  today: IsoDate,
): LevelEstimate {
  const { halfLifeDays, priorStrength } = PASS_MODEL;
  let c = 0;
  let n = 0;
  let wSum = 0;
  let ageSum = 0;
  const byDomain = new Map<string, { c: number; n: number; raw: number }>();
  for (const a of attempts) {
    const age = Math.max(0, daysBetween(a.date, today));
    const w = 0.5 ** (age / halfLifeDays);
    const correct = Math.min(a.correct, a.totalQuestions);
    c += w * correct;
    n += w * a.totalQuestions;
    wSum += w * a.totalQuestions;
    ageSum += w * a.totalQuestions * age;
    for (const r of a.domainResults) {
      if (!(r.total > 0)) continue;
      const d = byDomain.get(r.domainId) ?? { c: 0, n: 0, raw: 0 };
      d.c += w * Math.min(r.correct, r.total);
      d.n += w * r.total;
      d.raw += r.total;
      byDomain.set(r.domainId, d);
    }
  }
  const overall = betaMoments(1 + c, 1 + n - c);
  const centreDaysAgo = wSum > 0 ? ageSum / wSum : 0;
  const domains = shares.map(({ domainId, share }) => {
    const d = byDomain.get(domainId) ?? { c: 0, n: 0, raw: 0 };
    const m = betaMoments(priorStrength * overall.mean + d.c, priorStrength * (1 - overall.mean) + d.n - d.c);
    return { domainId, share, mean: m.mean, variance: m.variance, questions: d.raw, priorPart: priorStrength / (priorStrength + d.n) };
  });
  const hasDomains = shares.some((s) => byDomain.has(s.domainId));
  if (!hasDomains) {
    return { ...overall, basis: 'overall', centreDaysAgo, domains: domains.map(({ priorPart: _p, ...d }) => d) };
  }
  const mean = domains.reduce((s, d) => s + d.share * d.mean, 0);
  const shared = domains.reduce((s, d) => s + d.share * d.priorPart, 0);
  const variance = domains.reduce((s, d) => s + d.share * d.share * d.variance, 0) + shared * shared * overall.variance;
  return { mean, variance, basis: 'domains', centreDaysAgo, domains: domains.map(({ priorPart: _p, ...d }) => d) };
}

export interface TrendEstimate {
  /** Fitted slope and its standard error, points per week. */
  slope: number;
  se: number;
  /** Slope after shrinkage, and its posterior standard deviation (points per week). */
  carried: number;
  carriedSd: number;
  clear: boolean;
}

export function shrinkTrend(slope: number, se: number): TrendEstimate {
  const tau2 = PASS_MODEL.trendPriorSd ** 2;
  const se2 = se * se;
  const k = tau2 / (tau2 + se2);
  return { slope, se, carried: slope * k, carriedSd: Math.sqrt((tau2 * se2) / (tau2 + se2)), clear: Math.abs(slope) > PASS_MODEL.clearTrendZ * se };
}

/** Exam-day score distribution (0..1): level now, plus the carried trend to the exam date. */
export function projectToExam(level: LevelEstimate, trend: TrendEstimate | undefined, daysToExam: number): { mean: number; sd: number; trendWeeks: number } {
  const weeks = trend ? Math.min(PASS_MODEL.maxTrendWeeks, Math.max(0, (level.centreDaysAgo + daysToExam) / 7)) : 0;
  const shift = trend ? (trend.carried * weeks) / 100 : 0;
  const shiftVar = trend ? ((trend.carriedSd * weeks) / 100) ** 2 : 0;
  const mean = Math.min(0.999, Math.max(0.001, level.mean + shift));
  return { mean, sd: Math.sqrt(level.variance + shiftVar), trendWeeks: weeks };
}

/** Correct answers needed on the real exam for a pass percent. */
export function passCorrect(exam: ExamDef, pass: number): number {
  return Math.ceil((pass / 100) * exam.questions.value - 1e-9);
}

/** P(X ≥ k), X ~ Binomial(N, p) with p ~ Normal(mean, sd²) (normal approximation, continuity corrected). */
export function passProbability(mean: number, sd: number, questions: number, needed: number): number {
  const cut = (needed - 0.5) / questions;
  const total = Math.sqrt(sd * sd + (mean * (1 - mean)) / questions);
  return normalCdf((mean - cut) / total);
}
