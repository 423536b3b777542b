/**
 * The first-run welcome (product.md, "First run"): what brings the user here (an exam, credentials held, or both),
 * then just enough to create the first plan, the held credentials and the roadmap. Shown as a panel on the
 * dashboard, never as a modal over other screens; "Skip for now" closes it until Settings reopens it.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { listCredentialDefs } from '../../../../shared/ceu/catalog';
import { getExamDef, listExamDefs } from '../../../../shared/study/exams';
import { Field } from '../../components/Field';
import { completeOnboarding, skipOnboarding } from '../../db/onboarding';
import { todayIso } from '../../lib/dates';
import { errorMessage } from '../../lib/errors';
import type { AutoBackups } from '../../platform/platform';
import { EarlierDataNotice } from './EarlierDataNotice';
import { ExploreSampleButton } from './SampleDataControls';
import { initialWelcomeValues, setupSummary, validateRoles, validateWelcome, type WelcomeValues } from './welcomeModel';
import './welcome.css';

type Step = 'roles' | 'details' | 'done';

const CREDENTIAL_GROUPS = (['AAPC', 'AHIMA'] as const).map((body) => ({ body, defs: listCredentialDefs({ body }) }));

export function WelcomePanel({ careerStart, storeCreatedAt, autoBackups, onKeepOpen }: {
  careerStart: string;
  /** When this data store was created (the profile's createdAt): older automatic backups hold earlier data. */
  storeCreatedAt: string;
  autoBackups: AutoBackups | null;
  /** True while the panel must stay although the profile no longer needs it (the "all set" step). */
  onKeepOpen: (keep: boolean) => void;
}) {
  const id = useId();
  const [step, setStep] = useState<Step>('roles');
  const [values, setValues] = useState<WelcomeValues>(() => initialWelcomeValues(careerStart));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [summary, setSummary] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const firstStep = useRef(true);

  // Each step's heading takes focus so keyboard and screen-reader users follow along (not on first show).
  useEffect(() => {
    if (firstStep.current) {
      firstStep.current = false;
      return;
    }
    heading.current?.focus();
  }, [step]);

  const set = <K extends keyof WelcomeValues>(key: K, value: WelcomeValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const setRow = (i: number, key: 'code' | 'earnedOn', value: string) =>
    setValues((v) => ({ ...v, credentials: v.credentials.map((r, j) => (j === i ? { ...r, [key]: value } : r)) }));

  const skip = async () => {
    setFailure(null);
    try {
      await skipOnboarding();
    } catch (e) {
      setFailure(errorMessage(e));
    }
  };

  const toDetails = () => {
    const roleError = validateRoles(values);
    setErrors(roleError ? { roles: roleError } : {});
    if (!roleError) setStep('details');
  };

  async function finish(event: FormEvent) {
    event.preventDefault();
    const today = todayIso();
    const result = validateWelcome(values, today);
    setErrors(result.ok ? {} : result.errors);
    if (!result.ok) return;
    setBusy(true);
    setFailure(null);
    onKeepOpen(true);
    try {
      const done = await completeOnboarding(result.value, today);
      setSummary(setupSummary(done));
      setStep('done');
    } catch (e) {
      onKeepOpen(false);
      setFailure(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  const title = step === 'roles' ? 'Welcome to CoderPath' : step === 'details' ? 'A few details' : 'You are set up';
  const exam = getExamDef(values.examCode);

  return (
    <section className="card welcome" aria-labelledby={`${id}-title`} data-testid="welcome">
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>{title}</h2>
      {failure ? <p className="alert alert-danger" role="alert">Not saved: {failure}</p> : null}

      {step === 'roles' ? (
        <>
          <EarlierDataNotice autoBackups={autoBackups} storeCreatedAt={storeCreatedAt} />
          <p>Tell CoderPath what you are here for and it sets up your first study plan, credentials and roadmap.</p>
          <fieldset className="welcome-roles" aria-describedby={errors.roles ? `${id}-roles-error` : undefined}>
            <legend>What brings you here? Choose one or both.</legend>
            <label>
              <input type="checkbox" checked={values.preparing} onChange={(e) => set('preparing', e.target.checked)} />
              I’m preparing for an exam
            </label>
            <label>
              <input type="checkbox" checked={values.holding} onChange={(e) => set('holding', e.target.checked)} />
              I hold credentials
            </label>
            {errors.roles ? <p id={`${id}-roles-error`} className="field-error" role="alert">{errors.roles}</p> : null}
          </fieldset>
          <div className="form-actions welcome-actions">
            <ExploreSampleButton />
            <button type="button" onClick={() => void skip()}>Skip for now</button>
            <button type="button" className="btn-primary" onClick={toDetails}>Continue</button>
          </div>
        </>
      ) : null}

      {step === 'details' ? (
        <form onSubmit={finish} noValidate>
          {values.preparing ? (
            <fieldset className="welcome-group">
              <legend>Your exam</legend>
              <div className="form-row">
                <Field label="Exam" error={errors.examCode} hint={exam ? `${exam.body}: ${exam.name}` : undefined}>
                  {(c) => (
                    <select {...c} value={values.examCode} onChange={(e) => set('examCode', e.target.value)}>
                      {listExamDefs().map((x) => <option key={x.code} value={x.code}>{x.code}: {x.name}</option>)}
                    </select>
                  )}
                </Field>
                <Field label="Exam date" error={errors.examDate}>
                  {(c) => <input {...c} type="date" value={values.examDate} onChange={(e) => set('examDate', e.target.value)} />}
                </Field>
                <Field label="Weekly hours goal" error={errors.weeklyHours} hint="Hours you can study in a typical week.">
                  {(c) => <input {...c} inputMode="decimal" value={values.weeklyHours} onChange={(e) => set('weeklyHours', e.target.value)} />}
                </Field>
              </div>
            </fieldset>
          ) : null}

          {values.holding ? (
            <fieldset className="welcome-group">
              <legend>Credentials you hold</legend>
              <p className="hint muted">Each renewal cycle starts from the catalog’s default; you can adjust it on the CEUs screen.</p>
              {values.credentials.map((row, i) => (
                <div key={i} role="group" aria-label={`Credential ${i + 1}`} className="form-row welcome-credential">
                  <Field label="Credential" error={errors[`credentials.${i}.code`]}>
                    {(c) => (
                      <select {...c} value={row.code} onChange={(e) => setRow(i, 'code', e.target.value)}>
                        <option value="">Choose…</option>
                        {CREDENTIAL_GROUPS.map((g) => (
                          <optgroup key={g.body} label={g.body}>
                            {g.defs.map((d) => <option key={d.code} value={d.code}>{d.code}: {d.name}</option>)}
                          </optgroup>
                        ))}
                      </select>
                    )}
                  </Field>
                  <Field label="Earned on" error={errors[`credentials.${i}.earnedOn`]}>
                    {(c) => <input {...c} type="date" value={row.earnedOn} onChange={(e) => setRow(i, 'earnedOn', e.target.value)} />}
                  </Field>
                  {values.credentials.length > 1 ? (
                    <div className="welcome-remove">
                      <button type="button" aria-label={`Remove credential ${i + 1}`}
                        onClick={() => set('credentials', values.credentials.filter((_, j) => j !== i))}>Remove</button>
                    </div>
                  ) : null}
                </div>
              ))}
              <button type="button" onClick={() => set('credentials', [...values.credentials, { code: '', earnedOn: '' }])}>
                Add another credential
              </button>
            </fieldset>
          ) : null}

          <fieldset className="welcome-group">
            <legend>Your roadmap</legend>
            <Field label="Career start date" error={errors.careerStart} hint="Roadmap target dates count from here: when you started (or start) training as a coder.">
              {(c) => <input {...c} type="date" value={values.careerStart} onChange={(e) => set('careerStart', e.target.value)} />}
            </Field>
          </fieldset>

          <div className="form-actions welcome-actions">
            <button type="button" onClick={() => setStep('roles')}>Back</button>
            <button type="button" onClick={() => void skip()}>Skip for now</button>
            <button type="submit" className="btn-primary" disabled={busy}>Set up CoderPath</button>
          </div>
        </form>
      ) : null}

      {step === 'done' ? (
        <>
          <p role="status">{summary}</p>
          <ul className="welcome-next">
            {values.preparing ? <li><Link to="/study">See your study plan</Link></li> : null}
            {values.holding ? <li><Link to="/ceus">Log CEUs for your credentials</Link></li> : null}
            <li><Link to="/roadmap">See your roadmap</Link></li>
          </ul>
          <div className="form-actions welcome-actions">
            <button type="button" className="btn-primary" onClick={() => onKeepOpen(false)}>Close</button>
          </div>
        </>
      ) : null}
    </section>
  );
}
