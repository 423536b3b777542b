/**
 * The practice-attempt form's values (what the inputs hold: strings) and the bridge to `validateAttemptForm`:
 * one row per content domain of the exam, and the validator's messages mapped back to the row they belong to.
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

export interface AttemptFormValues {
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

/** Empty rows for the exam's domains, keeping what was typed in rows the new exam shares (same domain id). */
function domainRows(examCode: string, previous: DomainRowValues[] = []): DomainRowValues[] {
  const exam = getExamDef(examCode);
  const typed = new Map(previous.map((r) => [r.domainId, r]));
  return (exam?.domains ?? []).map((d) => ({
    domainId: d.id,
    label: d.label,
    correct: typed.get(d.id)?.correct ?? '',
    total: typed.get(d.id)?.total ?? '',
  }));
}

/** A new attempt: today, the exam's question count as the total. */
export function newAttemptValues(examCode: string, today: IsoDate): AttemptFormValues {
  return {
    examCode,
    date: today,
    source: '',
    totalQuestions: String(questionCount(examCode) ?? ''),
    correct: '',
    minutesUsed: '',
    domains: domainRows(examCode),
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
export function changeExam(values: AttemptFormValues, examCode: string): AttemptFormValues {
  const oldDefault = String(questionCount(values.examCode) ?? '');
  const keepTotal = values.totalQuestions.trim() !== '' && values.totalQuestions.trim() !== oldDefault;
  return {
    ...values,
    examCode,
    totalQuestions: keepTotal ? values.totalQuestions : String(questionCount(examCode) ?? ''),
    domains: domainRows(examCode, values.domains),
  };
}

const blank = (s: string) => s.trim() === '';

/** Whether the user filled any domain row (the section opens by itself then). */
export function hasDomainInput(values: AttemptFormValues): boolean {
  return values.domains.some((r) => !blank(r.correct) || !blank(r.total));
}

/**
 * Validates with `validateAttemptForm`. Rows left entirely blank are optional and left out here (as the validator
 * would), so the validator's row indices can be mapped back to domain ids.
 */
export function checkAttemptForm(values: AttemptFormValues, today: IsoDate): AttemptFormCheck {
  const filled = values.domains.filter((r) => !blank(r.correct) || !blank(r.total));
  const result = validateAttemptForm(
    {
      examCode: values.examCode,
      date: values.date,
      source: values.source,
      totalQuestions: values.totalQuestions,
      correct: values.correct,
      minutesUsed: values.minutesUsed,
      domainResults: filled.map((r) => ({ domainId: r.domainId, correct: r.correct, total: r.total })),
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
