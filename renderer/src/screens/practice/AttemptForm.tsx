/** Record or edit a practice attempt; each validation message sits next to its field (or its domain row). */
import { useId, useState } from 'react';
import { getExamDef, listExamDefs } from '../../../../shared/study/exams';
import { Field } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { useFormSubmit } from '../../components/useFormSubmit';
import type { AttemptDraft } from '../../db/practice';
import { todayIso } from '../../lib/dates';
import {
  changeExam,
  checkAttemptForm,
  hasDomainInput,
  type AttemptFormValues,
  type DomainMode,
  type DomainRowValues,
  type RememberedCounts,
} from './attemptFormValues';

type TextField = 'date' | 'source' | 'totalQuestions' | 'correct' | 'minutesUsed';

export function AttemptForm({
  heading,
  initial,
  submitLabel,
  onSubmit,
  onCancel,
  remembered = {},
}: {
  heading: string;
  initial: AttemptFormValues;
  /** Per-domain question counts of each exam's last attempt, for the rows of a newly chosen exam. */
  remembered?: RememberedCounts;
  submitLabel: string;
  onSubmit: (draft: AttemptDraft) => Promise<void>;
  onCancel: () => void;
}) {
  const id = useId();
  const [values, setValues] = useState(initial);
  const [domainsOpen, setDomainsOpen] = useState(hasDomainInput(initial));
  const today = todayIso();
  const { errors, failure, saving, submit, conflict } = useFormSubmit(
    () => {
      const result = checkAttemptForm(values, today);
      // The domain table opens when a message is inside it.
      if (!result.ok && (result.errors.domainsTotal || Object.keys(result.errors.domains).length > 0)) setDomainsOpen(true);
      return result;
    },
    onSubmit,
    { fields: {}, domains: {} },
  );
  const exam = getExamDef(values.examCode);
  const set = (field: TextField) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [field]: e.target.value }));
  const setRow = (domainId: string, column: 'correct' | 'total', value: string) =>
    setValues((v) => ({ ...v, domains: v.domains.map((r) => (r.domainId === domainId ? { ...r, [column]: value } : r)) }));

  const fieldError = (name: string) => errors.fields[name];
  return (
    <form className="card practice-form" aria-labelledby={`${id}-title`} onSubmit={submit} noValidate>
      <h2 id={`${id}-title`}>{heading}</h2>
      {failure ? <p className="alert alert-danger" role="alert">Not saved: {failure}</p> : null}
      <div className="form-row">
        <Field label="Exam" error={fieldError('examCode')}>
          {(c) => (
            <select {...c} autoFocus value={values.examCode} onChange={(e) => setValues((v) => changeExam(v, e.target.value, remembered))}>
              {listExamDefs().map((e) => (
                <option key={e.code} value={e.code}>{e.code}: {e.name}</option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Date" error={fieldError('date')}>
          {(c) => <input {...c} type="date" max={today} value={values.date} onChange={set('date')} />}
        </Field>
        <Field label="Source" hint="Where the test came from, e.g. the vendor (optional)" error={fieldError('source')}>
          {(c) => <input {...c} type="text" value={values.source} onChange={set('source')} maxLength={200} />}
        </Field>
      </div>
      <div className="form-row">
        <Field
          label="Total questions"
          hint={exam ? `The real ${exam.code} exam has ${exam.questions.value}.` : undefined}
          error={fieldError('totalQuestions')}
        >
          {(c) => <input {...c} inputMode="numeric" value={values.totalQuestions} onChange={set('totalQuestions')} />}
        </Field>
        <Field label="Correct answers" hint="A count, or the overall percent such as 72%." error={fieldError('correct')}>
          {(c) => <input {...c} inputMode="numeric" value={values.correct} onChange={set('correct')} />}
        </Field>
        <Field
          label="Time used (minutes)"
          hint={exam ? `The real exam allows ${exam.minutes.value} minutes.` : undefined}
          error={fieldError('minutesUsed')}
        >
          {(c) => <input {...c} inputMode="decimal" value={values.minutesUsed} onChange={set('minutesUsed')} />}
        </Field>
      </div>
      <details open={domainsOpen} onToggle={(e) => setDomainsOpen(e.currentTarget.open)}>
        <summary>Scores per content domain (optional)</summary>
        <p className="muted">
          Fill in the domains your practice test reports; leave the others blank. Question counts are kept from your
          last attempt of this exam. Per-domain scores show your strongest and weakest areas and steer your plan.
        </p>
        <Field label="Domain scores as">
          {(c) => (
            <select {...c} value={values.domainMode} onChange={(e) => setValues((v) => ({ ...v, domainMode: e.target.value as DomainMode }))}>
              <option value="count">Correct answers</option>
              <option value="percent">Percent of the domain&apos;s questions</option>
            </select>
          )}
        </Field>
        {errors.domainsTotal ? <p className="field-error" role="alert">{errors.domainsTotal}</p> : null}
        <table className="data practice-domain-table">
          <thead>
            <tr>
              <th scope="col">Content domain</th>
              <th scope="col" className="num">{values.domainMode === 'percent' ? 'Percent' : 'Correct'}</th>
              <th scope="col" className="num">Questions</th>
            </tr>
          </thead>
          <tbody>
            {values.domains.map((row) => (
              <DomainRow key={row.domainId} idBase={`${id}-${row.domainId}`} row={row} mode={values.domainMode} errors={errors.domains[row.domainId]} onChange={setRow} />
            ))}
          </tbody>
        </table>
      </details>
      <FormActions conflict={conflict} saving={saving} submitLabel={submitLabel} onCancel={onCancel} />
    </form>
  );
}

function DomainRow({
  idBase,
  row,
  mode,
  errors,
  onChange,
}: {
  idBase: string;
  row: DomainRowValues;
  mode: DomainMode;
  errors: { correct?: string; total?: string } | undefined;
  onChange: (domainId: string, column: 'correct' | 'total', value: string) => void;
}) {
  const cell = (column: 'correct' | 'total', name: string) => {
    const error = errors?.[column];
    const errorId = `${idBase}-${column}-error`;
    return (
      <td className="num">
        <input
          className="practice-domain-input"
          inputMode="numeric"
          aria-label={`${row.label}: ${name}`}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          value={row[column]}
          onChange={(e) => onChange(row.domainId, column, e.target.value)}
        />
        {error ? <span id={errorId} className="field-error" role="alert">{error}</span> : null}
      </td>
    );
  };
  return (
    <tr>
      <th scope="row">{row.label}</th>
      {cell('correct', mode === 'percent' ? 'percent' : 'correct')}
      {cell('total', 'questions')}
    </tr>
  );
}
