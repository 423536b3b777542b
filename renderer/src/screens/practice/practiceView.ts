/**
 * What the Practice exams screen shows, as plain data and sentences: the default exam, the attempts table rows,
 * the unverified catalog facts, and the text summaries that go with each chart. All numbers come from
 * shared/study (readiness, charts, exams); this module only picks and words them.
 */
import type { PracticeAttempt, StudyPlan } from '../../../../shared/model/entities';
import type { DomainBar, PaceRow, TrendChart } from '../../../../shared/study/charts';
import { timePerQuestion } from '../../../../shared/study/charts';
import { EXAM_CODES, getExamDef, passMarkLabel, passPercent, type ExamDef } from '../../../../shared/study/exams';
import { numberField } from '../../../../shared/study/formFields';
import { attemptPercent, type Readiness } from '../../../../shared/study/readiness';
import { formatDay } from '../../lib/dates';
import { compareKeys } from '../../../../shared/model/compareKeys';

const newestFirst = (a: PracticeAttempt, b: PracticeAttempt) =>
  compareKeys(b.date, a.date) || compareKeys(b.createdAt, a.createdAt) || compareKeys(b.id, a.id);

/** The exam to start with: the active study plan's, else the one last practised, else the catalog's first. */
export function defaultExamCode(plans: StudyPlan[], attempts: PracticeAttempt[]): string {
  const active = plans
    .filter((p) => p.active && getExamDef(p.examCode))
    .sort((a, b) => compareKeys(b.updatedAt, a.updatedAt))[0];
  if (active) return getExamDef(active.examCode)!.code;
  const last = [...attempts].sort(newestFirst).find((a) => getExamDef(a.examCode));
  if (last) return getExamDef(last.examCode)!.code;
  return EXAM_CODES[0];
}

/** The exam date readiness aims at: the active plan's when it is for this exam, else the soonest plan for it still ahead. */
export function planExamDate(plans: StudyPlan[], examCode: string, today: string): string | undefined {
  const forExam = plans.filter((p) => getExamDef(p.examCode)?.code === examCode && p.examDate >= today);
  return (forExam.find((p) => p.active) ?? [...forExam].sort((a, b) => compareKeys(a.examDate, b.examDate))[0])?.examDate;
}

export interface AttemptRow {
  attempt: PracticeAttempt;
  exam: ExamDef | undefined;
  /** Null when the attempt has no questions or its exam is unknown to the catalog. */
  percent: number | null;
  passPercent: number | null;
  passed: boolean | null;
  minutesPerQuestion: number | null;
}

/** The attempts table, newest first, each scored against its exam's pass mark (or the user's practice target). */
export function attemptRows(attempts: PracticeAttempt[], targets: Record<string, number>): AttemptRow[] {
  const pace = new Map<string, number>();
  for (const exam of new Set(attempts.map((a) => getExamDef(a.examCode)))) {
    if (exam) for (const row of timePerQuestion(attempts, exam)) pace.set(row.attemptId, row.minutesPerQuestion);
  }
  return [...attempts].sort(newestFirst).map((attempt) => {
    const exam = getExamDef(attempt.examCode);
    const percent = attempt.totalQuestions > 0 ? Math.round(attemptPercent(attempt) * 10) / 10 : null;
    const pass = exam ? passPercent(exam, targets[exam.code]) : null;
    return {
      attempt,
      exam,
      percent,
      passPercent: pass,
      passed: percent === null || pass === null ? null : percent >= pass,
      minutesPerQuestion: pace.get(attempt.id) ?? null,
    };
  });
}

export interface UnverifiedFact {
  what: string;
  value: string;
  source: string;
}

/** The exam facts the catalog marks unverified (prep sources or estimates), to show as guidance to confirm. */
export function unverifiedFacts(exam: ExamDef): UnverifiedFact[] {
  const facts: UnverifiedFact[] = [];
  if (!exam.questions.verified) {
    facts.push({ what: 'Questions', value: `${exam.questions.value}${exam.questions.note ? ` (${exam.questions.note})` : ''}`, source: exam.questions.source });
  }
  if (!exam.minutes.verified) facts.push({ what: 'Time', value: `${exam.minutes.value} minutes`, source: exam.minutes.source });
  if (!exam.passMark.verified) facts.push({ what: 'Pass mark', value: passMarkLabel(exam), source: exam.passMark.source });
  const guessed = exam.domains.filter((d) => !d.verified);
  if (guessed.length > 0) {
    facts.push({
      what: 'Content domains',
      value: `${guessed.length} of ${exam.domains.length} domains and their weights`,
      source: guessed[0]!.source,
    });
  }
  return facts;
}

/** The practice target can be edited where the pass mark is not confirmed by the body, or the exam is scaled. */
export function isTargetEditable(exam: ExamDef): boolean {
  return !exam.passMark.verified || exam.passMark.value.kind === 'scaled';
}

const targetField = numberField('the practice target', {
  min: 1,
  max: 100,
  range: 'The practice target must be a percent between 1 and 100.',
});

export function validateTarget(input: string): { ok: true; value: number } | { ok: false; error: string } {
  const r = targetField.safeParse(input);
  return r.success ? { ok: true, value: r.data } : { ok: false, error: r.error.issues[0]?.message ?? 'Check the value.' };
}

export function formatPercent(p: number): string {
  return `${Math.round(p * 10) / 10}%`;
}

/** "+4.5" / "−1.2" / "0": a trend reads better with its sign. */
export function signed(n: number): string {
  if (n > 0) return `+${n}`;
  if (n < 0) return `−${Math.abs(n)}`;
  return '0';
}

const wholePercent = (p: number) => `${Math.round(p * 100)}%`;

/** The readiness answer in one line: the chance of passing on the exam date (or today, without a plan). */
export function chanceHeadline(r: Readiness): string {
  if (r.chance.state !== 'estimate') return 'Not enough practice yet for an estimate';
  const when = r.examDateFrom === 'plan' ? `on your exam date, ${formatDay(r.examDate)}` : 'if you took the exam today';
  const what = r.scaled ? `of reaching your ${formatPercent(r.passPercent)} practice target` : 'of passing';
  return `About ${wholePercent(r.chance.probability)} chance ${what} ${when}`;
}

/** The range behind the headline, in words. */
export function chanceRange(r: Readiness): string {
  if (r.chance.state !== 'estimate') return '';
  const c = r.chance;
  return (
    `Likely between ${wholePercent(c.low)} and ${wholePercent(c.high)}, depending on where your true level lies in what your ` +
    `attempts can tell. Expected score on the day: ${formatPercent(c.score.mean)} (range ${formatPercent(c.score.low)}–${formatPercent(c.score.high)}).`
  );
}

export function trendText(trend: Readiness['trend']): string {
  switch (trend.state) {
    case 'none':
      return trend.reason;
    case 'no-clear-trend':
      return `No clear trend: ${signed(trend.pointsPerWeek)} points a week, give or take ${trend.standardError}, cannot be told apart from flat.`;
    case 'rising':
      return `Rising: ${signed(trend.pointsPerWeek)} points a week (± ${trend.standardError}).`;
    case 'falling':
      return `Falling: ${signed(trend.pointsPerWeek)} points a week (± ${trend.standardError}).`;
  }
}

/** Only for a clearly rising trend below the pass mark: when the pass mark is reached at this rate, with its range. */
export function reachText(r: Readiness): string | null {
  const reach = r.reach;
  if (!reach) return null;
  const mark = r.scaled ? `your ${formatPercent(r.passPercent)} target` : `the pass mark (${formatPercent(r.passPercent)})`;
  if (reach.state === 'beyond-a-year') return `At your current trend ${mark} is more than a year away.`;
  const range = reach.latest
    ? `between ${formatDay(reach.earliest)} and ${formatDay(reach.latest)}`
    : `earliest ${formatDay(reach.earliest)}; too uncertain for a latest date within a year`;
  return `At your current trend ${mark} is reached around ${formatDay(reach.date)} (${range}).`;
}

/** The score-trend chart in words, for screen readers and for anyone who does not read charts. */
export function trendSummary(readiness: Readiness, chart: TrendChart): string {
  const scored = chart.rows.filter((r) => r.score !== undefined);
  const first = scored[0];
  const last = scored[scored.length - 1];
  if (!first || !last) return 'No attempts of this exam yet.';
  const parts = [
    scored.length === 1
      ? `One attempt, on ${formatDay(first.date)}: ${formatPercent(first.score!)}.`
      : `${scored.length} attempts from ${formatDay(first.date)} to ${formatDay(last.date)}: ` +
        `first ${formatPercent(first.score!)}, latest ${formatPercent(last.score!)}.`,
    `Pass line at ${formatPercent(chart.passPercent)}.`,
    trendText(readiness.trend),
  ];
  const reach = reachText(readiness);
  if (reach) parts.push(reach);
  return parts.join(' ');
}

/** The per-domain chart in words: the weakest (what to study next) and the strongest. */
export function domainSummary(readiness: Readiness, bars: DomainBar[]): string {
  if (bars.length === 0) return 'No per-domain scores yet: add correct answers per content domain when you record an attempt.';
  const { weakest, strongest } = readiness;
  if (!weakest || !strongest) {
    const only = readiness.domains[0]!;
    return `Only one domain scored so far: ${only.label}, ${formatPercent(only.recentPercent)} over recent attempts.`;
  }
  return (
    `Weakest: ${weakest.label}, ${formatPercent(weakest.recentPercent)} over recent attempts (study this next). ` +
    `Strongest: ${strongest.label}, ${formatPercent(strongest.recentPercent)}.`
  );
}

/** The time-per-question chart in words, against the real exam's average pace. */
export function paceSummary(rows: PaceRow[], exam: ExamDef): string {
  const last = rows[rows.length - 1];
  const examPace = `${exam.minutes.value} minutes for ${exam.questions.value} questions`;
  if (!last) return `No time recorded yet. The real exam allows ${examPace}.`;
  const comparison =
    last.minutesPerQuestion > last.examPace ? 'slower than' : last.minutesPerQuestion < last.examPace ? 'faster than' : 'the same as';
  return (
    `Latest attempt (${formatDay(last.date)}): ${last.minutesPerQuestion} minutes per question, ${comparison} ` +
    `the real exam's average of ${last.examPace} (${examPace}).`
  );
}
