/**
 * "Am I ready?" from practice attempts, without false precision.
 *
 * Model, and why:
 * - Current level = a smoothed score: the mean of attempt percentages weighted by question count × 0.5^(age /
 *   half-life). One practice test is noisy (a 100-question test at 70% has a standard deviation near 4.6 points, a
 *   20-question quiz near 10), so bigger tests count more; recent attempts reflect current ability better than old
 *   ones, and a half-life in days (not "last N attempts") handles irregular spacing.
 * - Trend = ordinary least-squares slope of percent against time, in points per week, with its standard error.
 *   A straight line is the least assuming model that still answers "am I improving?"; its standard error is an
 *   honest measure of how little a handful of noisy points say.
 * - Projection (only with ≥ 3 attempts on ≥ 2 different days): the date the fitted line reaches the pass mark.
 *   "Already passing" when the line is at the pass mark at the latest attempt; "not improving" when the slope is not
 *   positive. The band turns the line about its mean point with the slope ± one standard error (roughly a 2-in-3
 *   range): the faster slope gives the earliest date, the slower the latest; when the slower slope is not positive
 *   there is no latest date. Beyond a year is reported as "beyond a year", never as a date. The line, not the
 *   smoothed score, is projected because smoothing lags a rising score and would push every date late.
 * Scores are reported to one decimal, slopes to one decimal: the data cannot support more.
 */
import type { IsoDate, PracticeAttempt } from '../model/entities';
import { addDaysToDay, daysBetween, round } from './days';
import type { ExamDef } from './exams';
import { domainLabel, passPercent } from './exams';

/** Model settings (not credential rules). */
export const READINESS_POLICY = {
  minAttemptsForProjection: 3,
  halfLifeDays: 21,
  bandStandardErrors: 1,
  horizonDays: 365,
  /** Per-domain "recent" score pools this many of the latest attempts that tested the domain. */
  recentAttemptsPerDomain: 3,
} as const;

export type Trend =
  /** standardError: from the residuals, floored at the binomial noise of the tests (see leastSquares). */
  | { state: 'ok'; pointsPerWeek: number; standardError: number }
  | { state: 'unavailable'; reason: string };

export type Projection =
  | { state: 'insufficient-data'; message: string }
  | { state: 'already-passing'; message: string }
  | { state: 'not-improving'; message: string }
  | { state: 'beyond-a-year'; message: string; earliest?: IsoDate }
  | {
      state: 'projected';
      message: string;
      date: IsoDate;
      earliest: IsoDate;
      /** null: the slower end of the band never reaches the pass mark within a year. */
      latest: IsoDate | null;
    };

export interface DomainReadiness {
  domainId: string;
  label: string;
  latestPercent: number;
  latestDate: IsoDate;
  /** Pooled over all attempts: Σ correct / Σ total. */
  averagePercent: number;
  /** Pooled over the latest `recentAttemptsPerDomain` attempts that tested it: used for ranking and planning. */
  recentPercent: number;
  questions: number;
  attempts: number;
}

export interface Readiness {
  examCode: string;
  passPercent: number;
  /** Attempts used (this exam, with at least one question), oldest first. */
  attemptCount: number;
  latest?: { date: IsoDate; percent: number };
  smoothedPercent?: number;
  trend: Trend;
  projection: Projection;
  domains: DomainReadiness[];
  /** Only when at least two domains have questions. */
  strongest?: DomainReadiness;
  weakest?: DomainReadiness;
}

export interface ReadinessOptions {
  /** The user's practice target (percent), overriding the catalog's pass mark. */
  targetPercent?: number;
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
  const base = {
    examCode: exam.code,
    passPercent: round(pass, 1),
    attemptCount: used.length,
    domains,
    ...(ranked.length >= 2 ? { strongest: ranked[0], weakest: ranked[ranked.length - 1] } : {}),
  };
  const last = used[used.length - 1];
  if (!last) {
    const message = 'No practice attempts yet: record one to see where you stand.';
    return { ...base, trend: { state: 'unavailable', reason: message }, projection: { state: 'insufficient-data', message } };
  }
  const fit = leastSquares(used);
  return {
    ...base,
    latest: { date: last.date, percent: round(attemptPercent(last), 1) },
    smoothedPercent: round(smoothedPercent(used), 1),
    trend: fitTrend(used),
    projection: project(used.length, fit, pass, today),
  };
}

/** Question-count × recency weighted mean percent (see module comment). Input sorted oldest first, non-empty. */
export function smoothedPercent(sorted: PracticeAttempt[]): number {
  const ref = sorted[sorted.length - 1]?.date ?? '';
  let sum = 0;
  let weights = 0;
  for (const a of sorted) {
    const age = Math.max(0, daysBetween(a.date, ref));
    const w = a.totalQuestions * 0.5 ** (age / READINESS_POLICY.halfLifeDays);
    sum += w * attemptPercent(a);
    weights += w;
  }
  return weights > 0 ? sum / weights : 0;
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

/** Least-squares slope (points per week) and its standard error. Input sorted oldest first. */
export function fitTrend(sorted: PracticeAttempt[]): Trend {
  const fit = leastSquares(sorted);
  if ('reason' in fit) return { state: 'unavailable', reason: fit.reason };
  return { state: 'ok', pointsPerWeek: round(fit.slope, 1), standardError: round(fit.se, 1) };
}

function project(count: number, fit: Fit | { reason: string }, pass: number, today: IsoDate): Projection {
  const { minAttemptsForProjection: min, bandStandardErrors: z, horizonDays: horizon } = READINESS_POLICY;
  const passText = `${round(pass, 1)}%`;
  if (count < min) {
    return {
      state: 'insufficient-data',
      message: `A projection needs at least ${min} practice attempts; you have ${count}.`,
    };
  }
  if ('reason' in fit) return { state: 'insufficient-data', message: fit.reason };
  const lineAt = (x: number) => fit.meanY + fit.slope * (x - fit.meanX);
  if (lineAt(fit.lastX) >= pass) {
    return { state: 'already-passing', message: `Your score trend is at or above the ${passText} pass mark.` };
  }
  if (fit.slope <= 0) {
    return { state: 'not-improving', message: `Your scores are not rising, so no date for ${passText} can be projected.` };
  }
  // Where the line (pivoting on the mean point) crosses the pass mark, in days from today; pass > meanY here, so a
  // faster slope always crosses earlier. Crossings already behind us (no attempt since) clamp to today.
  const todayX = daysBetween(fit.first, today) / 7;
  const daysAt = (slope: number) => Math.max(0, Math.ceil((fit.meanX + (pass - fit.meanY) / slope - todayX) * 7));
  const spread = fit.se * z;
  const central = daysAt(fit.slope);
  const early = daysAt(fit.slope + spread);
  const lateDays = fit.slope - spread > 0 ? daysAt(fit.slope - spread) : Infinity;
  if (central > horizon) {
    return {
      state: 'beyond-a-year',
      message: `At the current rate, ${passText} is more than a year away.`,
      ...(early <= horizon ? { earliest: addDaysToDay(today, early) } : {}),
    };
  }
  const date = addDaysToDay(today, central);
  const earliest = addDaysToDay(today, early);
  const latest = lateDays <= horizon ? addDaysToDay(today, lateDays) : null;
  const message =
    central === 0
      ? `Your trend suggests you may be at ${passText} now: a new practice attempt would confirm it.`
      : latest === null
        ? `At the current rate you would reach ${passText} around ${date} (earliest ${earliest}); ` +
          'the trend is too uncertain to give a latest date within a year.'
        : `At the current rate you would reach ${passText} around ${date}, likely between ${earliest} and ${latest}.`;
  return { state: 'projected', message, date, earliest, latest };
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

/** Domain scores to feed `buildSchedule` (recent pooled percent per domain). */
export function recentDomainScores(readiness: Pick<Readiness, 'domains'>): Record<string, number> {
  return Object.fromEntries(readiness.domains.map((d) => [d.domainId, d.recentPercent]));
}
