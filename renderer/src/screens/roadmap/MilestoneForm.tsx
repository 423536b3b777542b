/** The add/edit form of a milestone, shown inline in its stage; messages sit next to their fields. */
import { useId, useState } from 'react';
import { ROADMAP_STAGE_INFO } from '../../../../shared/roadmap/seed';
import { Field } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { useFormSubmit } from '../../components/useFormSubmit';
import type { MilestoneDraft } from '../../db/roadmap';
import { todayIso } from '../../lib/dates';
import {
  NOTES_MAX,
  STATE_LABELS,
  TITLE_MAX,
  validateMilestoneForm,
  type MilestoneFormValues,
} from './milestoneValidation';

export function MilestoneForm({
  heading,
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  heading: string;
  initial: MilestoneFormValues;
  submitLabel: string;
  onSubmit: (draft: MilestoneDraft) => Promise<void>;
  onCancel: () => void;
}) {
  const id = useId();
  const [values, setValues] = useState(initial);
  const { errors, failure, saving, submit, conflict } = useFormSubmit(() => validateMilestoneForm(values, todayIso()), onSubmit);
  const set = (field: keyof MilestoneFormValues) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [field]: e.target.value }));

  return (
    <form className="milestone-form" onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{heading}</h3>
      {failure ? <p className="alert alert-danger" role="alert">Not saved: {failure}</p> : null}
      <div className="form-row">
        <Field label="Title" error={errors.title}>
          {(control) => (
            <input {...control} value={values.title} onChange={set('title')} maxLength={TITLE_MAX} autoFocus />
          )}
        </Field>
        <Field label="Stage" error={errors.stage}>
          {(control) => (
            <select {...control} value={values.stage} onChange={set('stage')}>
              {ROADMAP_STAGE_INFO.map((s) => (
                <option key={s.stage} value={s.stage}>{s.label}</option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="form-row">
        <Field label="Target date" error={errors.targetDate}>
          {(control) => <input {...control} type="date" value={values.targetDate} onChange={set('targetDate')} />}
        </Field>
        <Field label="State" error={errors.state}>
          {(control) => (
            <select
              {...control}
              value={values.state}
              // Marking it done usually means "done today": offer today, which the user can change.
              onChange={(e) => {
                const state = e.target.value;
                setValues((v) => ({ ...v, state, doneOn: state === 'done' && v.doneOn === '' ? todayIso() : v.doneOn }));
              }}
            >
              {Object.entries(STATE_LABELS).map(([value, label]) => (
                <option key={value} value={value}>{label}</option>
              ))}
            </select>
          )}
        </Field>
        {values.state === 'done' ? (
          <Field label="Done on" hint="The day you completed it; not in the future." error={errors.doneOn}>
            {(control) => <input {...control} type="date" value={values.doneOn} max={todayIso()} onChange={set('doneOn')} />}
          </Field>
        ) : null}
      </div>
      <Field label="Notes" error={errors.notes}>
        {(control) => <textarea {...control} rows={3} value={values.notes} onChange={set('notes')} maxLength={NOTES_MAX} />}
      </Field>
      <FormActions conflict={conflict} saving={saving} submitLabel={submitLabel} onCancel={onCancel} />
    </form>
  );
}
