/** Create or edit a study plan; each validation message sits next to its field. */
import { useId, useState } from 'react';
import { getExamDef, listExamDefs } from '../../../../shared/study/exams';
import { PLAN_LIMITS, validatePlanForm, type PlanDraft } from '../../../../shared/study/planForm';
import { Field } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { useFormSubmit } from '../../components/useFormSubmit';
import { weightValuesFor, type PlanFormValues } from './studyView';

type TextField = Exclude<keyof PlanFormValues, 'weights'>;

export function PlanForm({
  heading,
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  heading: string;
  initial: PlanFormValues;
  submitLabel: string;
  onSubmit: (draft: PlanDraft) => Promise<void>;
  onCancel?: () => void;
}) {
  const id = useId();
  const [values, setValues] = useState(initial);
  const { errors, failure, saving, submit, conflict } = useFormSubmit(() => validatePlanForm(values), onSubmit);
  const exam = getExamDef(values.examCode);
  const weightErrors = Object.keys(errors).some((k) => k.startsWith('weights'));

  const set = (field: TextField) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [field]: e.target.value }));
  const setExam = (examCode: string) => setValues((v) => ({ ...v, examCode, weights: weightValuesFor(examCode) }));
  const setWeight = (domainId: string, weight: string) =>
    setValues((v) => ({ ...v, weights: v.weights.map((w) => (w.domainId === domainId ? { ...w, weight } : w)) }));

  return (
    <form className="card plan-form" aria-labelledby={`${id}-title`} onSubmit={submit} noValidate>
      <h2 id={`${id}-title`}>{heading}</h2>
      <Field label="Plan name" error={errors.name}>
        {(c) => <input {...c} value={values.name} onChange={set('name')} maxLength={100} autoFocus />}
      </Field>
      <div className="form-row">
        <Field label="Exam" error={errors.examCode} hint={exam ? `${exam.body}: ${exam.name}` : undefined}>
          {(c) => (
            <select {...c} value={values.examCode} onChange={(e) => setExam(e.target.value)}>
              {listExamDefs().map((x) => (
                <option key={x.code} value={x.code}>{x.code}: {x.name}</option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Exam date" error={errors.examDate}>
          {(c) => <input {...c} type="date" value={values.examDate} onChange={set('examDate')} />}
        </Field>
        <Field label="Start date" error={errors.startDate}>
          {(c) => <input {...c} type="date" value={values.startDate} onChange={set('startDate')} />}
        </Field>
        <Field
          label="Weekly hours goal"
          error={errors.weeklyHoursGoal}
          hint={`Hours a week, ${PLAN_LIMITS.minWeeklyHours} to ${PLAN_LIMITS.maxWeeklyHours}.`}
        >
          {(c) => <input {...c} inputMode="decimal" value={values.weeklyHoursGoal} onChange={set('weeklyHoursGoal')} />}
        </Field>
      </div>
      <details className="plan-weights" open={weightErrors || undefined}>
        <summary>Topic weights ({exam ? `${exam.code} content domains` : 'choose an exam'})</summary>
        <p className="muted">
          A higher weight gives a topic more of each week. They start at the exam&apos;s weights; those marked
          &ldquo;estimate&rdquo; are not published by the exam body, so confirm them if you can. Topics where your
          practice scores are weakest get more time automatically.
        </p>
        {errors.weights ? <p className="field-error" role="alert">{errors.weights}</p> : null}
        <div className="weights-grid">
          {values.weights.map((w, i) => {
            const domain = exam?.domains.find((d) => d.id === w.domainId);
            return (
              <Field
                key={w.domainId}
                label={domain?.label ?? w.domainId}
                hint={domain && !domain.verified ? 'estimate' : undefined}
                error={errors[`weights.${i}.weight`]}
              >
                {(c) => (
                  <input {...c} inputMode="decimal" value={w.weight} onChange={(e) => setWeight(w.domainId, e.target.value)} />
                )}
              </Field>
            );
          })}
        </div>
        <button type="button" className="btn-link" onClick={() => setValues((v) => ({ ...v, weights: weightValuesFor(v.examCode) }))}>
          Reset to the exam&apos;s weights
        </button>
      </details>
      <FormActions conflict={conflict} failure={failure} saving={saving} submitLabel={submitLabel} onCancel={onCancel} />
    </form>
  );
}
