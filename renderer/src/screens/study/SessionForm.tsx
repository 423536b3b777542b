/** Log a study session by hand, or edit one; messages sit next to their fields. */
import { useId, useState } from 'react';
import type { StudySession } from '../../../../shared/model/entities';
import type { ExamDef } from '../../../../shared/study/exams';
import { validateSessionForm, type SessionDraft } from '../../../../shared/study/sessionForm';
import { Field } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { useFormSubmit } from '../../components/useFormSubmit';
import { todayIso } from '../../lib/dates';
import { topicLabel } from './studyView';

export interface SessionFormValues {
  date: string;
  minutes: string;
  domainId: string;
  notes: string;
  planId: string;
}

export function sessionValues(session: StudySession): SessionFormValues {
  return {
    date: session.date,
    minutes: String(session.minutes),
    domainId: session.domainId ?? '',
    notes: session.notes,
    planId: session.planId ?? '',
  };
}

export function SessionForm({
  heading,
  initial,
  exam,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  heading: string;
  initial: SessionFormValues;
  exam: ExamDef | undefined;
  submitLabel: string;
  onSubmit: (draft: SessionDraft) => Promise<void>;
  onCancel: () => void;
}) {
  const id = useId();
  const [values, setValues] = useState(initial);
  const { errors, failure, saving, submit, conflict } = useFormSubmit(() => validateSessionForm(values, todayIso()), onSubmit);
  const set = (field: keyof SessionFormValues) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [field]: e.target.value }));
  // A session of another exam keeps its topic as an option, so editing it does not change the topic silently.
  const known = !values.domainId || exam?.domains.some((d) => d.id === values.domainId);

  return (
    <form className="card session-form" aria-labelledby={`${id}-title`} onSubmit={submit} noValidate>
      <h2 id={`${id}-title`}>{heading}</h2>
      <div className="form-row">
        <Field label="Date" error={errors.date}>
          {(c) => <input {...c} type="date" value={values.date} onChange={set('date')} autoFocus />}
        </Field>
        <Field label="Minutes" error={errors.minutes}>
          {(c) => <input {...c} inputMode="numeric" value={values.minutes} onChange={set('minutes')} />}
        </Field>
        <Field label="Topic" error={errors.domainId}>
          {(c) => (
            <select {...c} value={values.domainId} onChange={set('domainId')}>
              <option value="">General study</option>
              {exam?.domains.map((d) => (
                <option key={d.id} value={d.id}>{d.label}</option>
              ))}
              {known ? null : <option value={values.domainId}>{topicLabel(undefined, values.domainId)}</option>}
            </select>
          )}
        </Field>
      </div>
      <Field label="Notes" error={errors.notes}>
        {(c) => <textarea {...c} rows={2} value={values.notes} onChange={set('notes')} />}
      </Field>
      <FormActions conflict={conflict} failure={failure} saving={saving} submitLabel={submitLabel} onCancel={onCancel} />
    </form>
  );
}
