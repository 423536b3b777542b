/**
 * The practice-attempt form's values (what the inputs hold: strings) and the bridge to `validateAttemptForm`:
 * one row per content domain of the exam, and the validator's messages mapped back to the row they belong to.
 * Practice tests report scores differently, so the form takes domain scores as correct answers or as percents (of
 * the domain's questions, remembered per exam from the last attempt that had them), and the overall score as a
 * count or a percent such as `72%`; all are stored as correct / total.
 */
import type { IsoDate, PracticeAttempt } from '../../../../shared/model/entities';
import { validateAttemptForm, type AttemptDraft } from '../../../../shared/study/attemptForm';
import { domainLabel, getExamDef } from '../../../../shared/study/exams';

export interface DomainRowValues {
  domainId: string;
  label: string;
  correct: string;
  total: string;
}

export type DomainMode = 'count' | 'percent';

export interface AttemptFormValues {
  /** How the domain rows' first column is read: correct answers, or percent of the row's questions. */
  domainMode: DomainMode;
  examCode: string;
  date: string;
  source: string;
  totalQuestions: string;
  correct: string;
  minutesUsed: string;
  domains: DomainRowValues[];
}

export type DomainRowErrors = Partial<Record<'correct' | 'total', string>>;

export interface AttemptFormErrors {
  /** Messages of the top-level fields, by field name (examCode, date, source, totalQuestions, correct, minutesUsed). */
  fields: Record<string, string>;
  /** Per-domain row messages, by domain id. */
  domains: Record<string, DomainRowErrors>;
  /** A message about the domain rows together (their sums exceed the overall numbers). */
  domainsTotal?: string;
}

export type AttemptFormCheck = { ok: true; value: AttemptDraft } | { ok: false; errors: AttemptFormErrors };

const questionCount = (examCode: string) => getExamDef(examCode)?.questions.value;

/** Per-domain question counts by exam code, from each exam's latest attempt that recorded domains. */
export type RememberedCounts = Record<string, Record<string, number>>;

export function rememberedCounts(attempts: PracticeAttempt[]): RememberedCounts {
  const latest = new Map<string, PracticeAttempt>();
  for (const a of attempts) {
    const code = getExamDef(a.examCode)?.code;
    if (!code || !a.domainResults.some((r) => r.total > 0)) continue;
    const seen = latest.get(code);
    if (!seen || a.date > seen.date || (a.date === seen.date && a.createdAt > seen.createdAt)) latest.set(code, a);
  }
  return Object.fromEntries(
    [...latest].map(([code, a]) => [code, Object.fromEntries(a.domainResults.filter((r) => r.total > 0).map((r) => [r.domainId, r.total]))]),
  );
}

/**
 * Rows for the exam's domains, keeping what was typed in rows the new exam shares (same domain id); a row nobody
 * typed in gets the question count remembered for that exam.
 */
function domainRows(examCode: string, previous: DomainRowValues[] = [], remembered: Record<string, number> = {}): DomainRowValues[] {
  const exam = getExamDef(examCode);
  const typed = new Map(previous.filter((r) => !blank(r.correct)).map((r) => [r.domainId, r]));
  return (exam?.domains ?? []).map((d) => ({
    domainId: d.id,
    label: d.label,
    correct: typed.get(d.id)?.correct ?? '',
    total: typed.get(d.id)?.total ?? (remembered[d.id] !== undefined ? String(remembered[d.id]) : ''),
  }));
}

/** A new attempt: today, the exam's question count as the total, domain question counts as last time. */
export function newAttemptValues(examCode: string, today: IsoDate, remembered: RememberedCounts = {}): AttemptFormValues {
  const code = getExamDef(examCode)?.code ?? examCode;
  return {
    domainMode: 'count',
    examCode,
    date: today,
    source: '',
    totalQuestions: String(questionCount(examCode) ?? ''),
    correct: '',
    minutesUsed: '',
    domains: domainRows(examCode, [], remembered[code]),
  };
}

/** An attempt to edit; domains it scored that the exam no longer lists keep their own row (labelled by id). */
export function valuesFromAttempt(a: PracticeAttempt): AttemptFormValues {
  const exam = getExamDef(a.examCode);
  const typed: DomainRowValues[] = a.domainResults.map((r) => ({
    domainId: r.domainId,
    label: domainLabel(exam, r.domainId),
    correct: String(r.correct),
    total: String(r.total),
  }));
  const rows = domainRows(a.examCode, typed);
  const known = new Set(rows.map((r) => r.domainId));
  return {
    domainMode: 'count',
    examCode: a.examCode,
    date: a.date,
    source: a.source,
    totalQuestions: String(a.totalQuestions),
    correct: String(a.correct),
    minutesUsed: String(a.minutesUsed),
    domains: [...rows, ...typed.filter((r) => !known.has(r.domainId))],
  };
}

/**
 * The exam changed: its domains replace the rows, and the total follows the new exam's question count unless the
 * user had typed a total of their own.
 */
export function changeExam(values: AttemptFormValues, examCode: string, remembered: RememberedCounts = {}): AttemptFormValues {
  const oldDefault = String(questionCount(values.examCode) ?? '');
  const keepTotal = values.totalQuestions.trim() !== '' && values.totalQuestions.trim() !== oldDefault;
  return {
    ...values,
    examCode,
    totalQuestions: keepTotal ? values.totalQuestions : String(questionCount(examCode) ?? ''),
    domains: domainRows(examCode, values.domains, remembered[getExamDef(examCode)?.code ?? examCode]),
  };
}

const blank = (s: string) => s.trim() === '';

/** Whether the user scored any domain row (the section opens by itself then). */
export function hasDomainInput(values: AttemptFormValues): boolean {
  return values.domains.some((r) => !blank(r.correct));
}

const PERCENT = /^\s*(\d+(?:[.,]\d+)?)\s*%\s*$/;

/** `72%` of `total` as a whole count; the text unchanged when it is not a percent or the total is not a count. */
export function percentToCount(text: string, total: string): string {
  const m = PERCENT.exec(text);
  const n = Number(total.trim());
  if (!m || !(Number.isInteger(n) && n > 0)) return text;
  const pct = Number(m[1]!.replace(',', '.'));
  return pct > 100 ? String(n + 1) : String(Math.round((pct / 100) * n));
}

/**
 * Validates with `validateAttemptForm`. Rows without a score are optional and left out here (a remembered question
 * count alone says nothing), so the validator's row indices can be mapped back to domain ids. Percents become
 * counts first: the overall `72%` of the test's questions, and in percent mode each row's percent of its questions.
 */
export function checkAttemptForm(values: AttemptFormValues, today: IsoDate): AttemptFormCheck {
  const filled = values.domains.filter((r) => !blank(r.correct));
  const rowCorrect = (r: DomainRowValues) => {
    if (values.domainMode !== 'percent') return r.correct;
    const text = /%\s*$/.test(r.correct) ? r.correct : `${r.correct}%`;
    return percentToCount(text, r.total);
  };
  const result = validateAttemptForm(
    {
      examCode: values.examCode,
      date: values.date,
      source: values.source,
      totalQuestions: values.totalQuestions,
      correct: percentToCount(values.correct, values.totalQuestions),
      minutesUsed: values.minutesUsed,
      domainResults: filled.map((r) => ({ domainId: r.domainId, correct: rowCorrect(r), total: r.total })),
    },
    today,
  );
  if (result.ok) return result;
  const errors: AttemptFormErrors = { fields: {}, domains: {} };
  for (const [path, message] of Object.entries(result.errors)) {
    const [head, index, field] = path.split('.');
    if (head !== 'domainResults') {
      errors.fields[head ?? 'form'] = message;
    } else if (index === undefined) {
      errors.domainsTotal = message;
    } else {
      const row = filled[Number(index)];
      if (!row) continue;
      // A duplicated domain id cannot happen with one row per domain; show anything else on the correct column.
      const column = field === 'total' ? 'total' : 'correct';
      (errors.domains[row.domainId] ??= {})[column] ??= message;
    }
  }
  return { ok: false, errors };
}
