/**
 * Data shaped for the practice charts (recharts-friendly rows; no React here): the score trend with the pass line
 * and the projection band, per-domain bars of latest vs average, and time per question.
 */
import type { IsoDate, PracticeAttempt } from '../model/entities';
import { addDaysToDay, daysBetween, round } from './days';
import type { ExamDef } from './exams';
import { passPercent } from './exams';
import type { Readiness } from './readiness';
import { attemptPercent, leastSquares, READINESS_POLICY, usableAttempts } from './readiness';

export interface TrendRow {
  date: IsoDate;
  /** Days since the first attempt: a numeric x axis keeps irregular spacing honest. */
  day: number;
  /** The attempt's percent (attempt rows only). */
  score?: number;
  /** The fitted line. */
  trend?: number;
  /** [low, high] of the line with the slope ± the band's standard errors (projection rows), clipped to 0–100. */
  band?: [number, number];
}

export interface TrendChart {
  rows: TrendRow[];
  passPercent: number;
}

/**
 * One row per attempt (several on one day stay separate rows) with the fitted line once there are 3 attempts. Only
 * a clearly rising trend (readiness `reach`) gets weekly rows past the last attempt, with the band (slope ± one
 * standard error), up to the latest date of its range (or the central date), never past a year from today.
 */
export function scoreTrendChart(
  attempts: PracticeAttempt[],
  exam: ExamDef,
  today: IsoDate,
  options: { targetPercent?: number; reach?: Readiness['reach'] } = {},
): TrendChart {
  const used = usableAttempts(attempts, exam);
  const pass = round(passPercent(exam, options.targetPercent), 1);
  const first = used[0]?.date;
  if (!first) return { rows: [], passPercent: pass };
  const fit = used.length >= READINESS_POLICY.minAttempts ? leastSquares(used) : undefined;
  const line = fit && !('reason' in fit) ? fit : undefined;
  const at = (day: number) => (line ? line.meanY + line.slope * (day / 7 - line.meanX) : 0);
  const clip = (v: number) => round(Math.min(100, Math.max(0, v)), 1);

  const rows: TrendRow[] = used.map((a) => {
    const day = daysBetween(first, a.date);
    return { date: a.date, day, score: round(attemptPercent(a), 1), ...(line ? { trend: clip(at(day)) } : {}) };
  });
  const reach = options.reach;
  if (!line || reach?.state !== 'around') return { rows, passPercent: pass };

  const lastDay = daysBetween(first, used[used.length - 1]?.date ?? first);
  const target = reach.latest ?? reach.date;
  const endDay = Math.min(daysBetween(first, target), daysBetween(first, today) + READINESS_POLICY.horizonDays);
  const spread = line.se;
  for (let day = lastDay; day <= endDay; day += 7) {
    const dx = day / 7 - line.meanX;
    const row: TrendRow = {
      date: addDaysToDay(first, day),
      day,
      trend: clip(at(day)),
      band: [clip(at(day) - spread * Math.abs(dx)), clip(at(day) + spread * Math.abs(dx))],
    };
    if (day === lastDay) Object.assign(rows[rows.length - 1] ?? {}, { band: row.band });
    else rows.push(row);
  }
  return { rows, passPercent: pass };
}

export interface DomainBar {
  domainId: string;
  label: string;
  latest: number;
  average: number;
}

/** Per-domain bars, weakest (by recent percent) first, so the chart reads as "what to study next". */
export function domainBars(readiness: Pick<Readiness, 'domains'>): DomainBar[] {
  return [...readiness.domains]
    .sort((a, b) => a.recentPercent - b.recentPercent)
    .map((d) => ({ domainId: d.domainId, label: d.label, latest: d.latestPercent, average: d.averagePercent }));
}

export interface PaceRow {
  attemptId: string;
  date: IsoDate;
  minutesPerQuestion: number;
  /** The real exam's average time per question (catalog minutes ÷ questions), as a reference line. */
  examPace: number;
}

export function timePerQuestion(attempts: PracticeAttempt[], exam: ExamDef): PaceRow[] {
  const examPace = round(exam.minutes.value / exam.questions.value, 2);
  return usableAttempts(attempts, exam)
    .filter((a) => a.minutesUsed > 0)
    .map((a) => ({ attemptId: a.id, date: a.date, minutesPerQuestion: round(a.minutesUsed / a.totalQuestions, 2), examPace }));
}
