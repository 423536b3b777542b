/**
 * Add or edit a held credential: the credential from the catalog (grouped by body), the day it was earned, the
 * current cycle (defaulted from the body's rules, editable) and an optional own required total with a note.
 * Catalog facts that are not confirmed are shown as guidance to check with the body. For AAPC it also asks the
 * membership renewal month, once per member (saved to the profile by the screen): every AAPC period follows it.
 */
import { useId, useState } from 'react';
import { MONTH_NAMES } from '../../../../shared/ceu/aapcPeriod';
import { getCredentialDef, rulesInForce } from '../../../../shared/ceu/catalog';
import type { HeldCredential, Id, IsoDate } from '../../../../shared/model/entities';
import { Field } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { useFormSubmit } from '../../components/useFormSubmit';
import type { CredentialDraft } from '../../db/ceus';
import { formatDay } from '../../lib/dates';
import {
  credentialOptionGroups, renewalMonthOf, suggestedCycle, validateCredentialForm, withSuggestedCycle, type CredentialFormValues,
} from './credentialForm';

const GROUPS = credentialOptionGroups();

export function CredentialForm({
  heading,
  initial,
  held,
  editingId,
  today,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  heading: string;
  initial: CredentialFormValues;
  /** Every stored credential (for the default cycle and the duplicate check). */
  held: readonly HeldCredential[];
  editingId?: Id;
  today: IsoDate;
  submitLabel: string;
  /** `aapcRenewalMonth`: the membership month chosen (AAPC codes only; undefined when left blank). */
  onSubmit: (draft: CredentialDraft, membership: { aapcRenewalMonth?: number }) => Promise<void>;
  onCancel: () => void;
}) {
  const id = useId();
  const [values, setValues] = useState(initial);
  // A new credential's dates follow the catalog until the user types their own.
  const [datesTouched, setDatesTouched] = useState(editingId !== undefined);
  const def = getCredentialDef(values.code);
  const isAapc = def?.body === 'AAPC';
  const { errors, failure, saving, submit, conflict } = useFormSubmit(
    () => validateCredentialForm(values, today, held, editingId),
    (draft) => {
      const month = isAapc ? renewalMonthOf(values) : undefined;
      return onSubmit(draft, month ? { aapcRenewalMonth: month } : {});
    },
  );
  const suggestion = suggestedCycle(values, held, today, editingId);
  const guidance = def
    ? [
        ...(def.unverified ? [def.unverified] : []),
        ...rulesInForce(def.body, values.cycleStart || today).rules.flatMap((rule) => (rule.unverified ? [`${rule.title}: ${rule.unverified}`] : [])),
      ]
    : [];

  const setBasic = (field: 'code' | 'earnedOn' | 'aapcRenewalMonth') => (e: { target: { value: string } }) =>
    setValues((v) => {
      const next = { ...v, [field]: e.target.value };
      return datesTouched ? next : withSuggestedCycle(next, held, today, editingId);
    });
  const setDate = (field: 'cycleStart' | 'cycleEnd') => (e: { target: { value: string } }) => {
    setDatesTouched(true);
    setValues((v) => ({ ...v, [field]: e.target.value }));
  };
  const setText = (field: 'overrideTotal' | 'overrideNote') => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [field]: e.target.value }));

  return (
    <form className="card ceu-form" aria-labelledby={`${id}-title`} onSubmit={submit} noValidate>
      <h2 id={`${id}-title`}>{heading}</h2>
      <div className="form-row">
        <Field label="Credential" error={errors.code}>
          {(c) => (
            <select {...c} value={values.code} onChange={setBasic('code')} autoFocus>
              <option value="">Choose…</option>
              {GROUPS.map((group) => (
                <optgroup key={group.body} label={group.body}>
                  {group.defs.map((d) => (
                    <option key={d.code} value={d.code}>{`${d.code} — ${d.name}`}</option>
                  ))}
                </optgroup>
              ))}
            </select>
          )}
        </Field>
        <Field label="Date earned" error={errors.earnedOn} hint="The day you passed the exam.">
          {(c) => <input {...c} type="date" value={values.earnedOn} onChange={setBasic('earnedOn')} max={today} />}
        </Field>
      </div>
      {isAapc ? (
        <Field
          label="AAPC membership renewal month"
          error={errors.aapcRenewalMonth}
          hint="Once for all your AAPC credentials: each period ends on the last day of this month, every two years (even months in even years, odd months in odd years)."
        >
          {(c) => (
            <select {...c} value={values.aapcRenewalMonth} onChange={setBasic('aapcRenewalMonth')}>
              <option value="">Not set</option>
              {MONTH_NAMES.map((name, index) => <option key={name} value={String(index + 1)}>{name}</option>)}
            </select>
          )}
        </Field>
      ) : null}
      <div className="form-row">
        <Field label="Cycle start" error={errors.cycleStart}>
          {(c) => <input {...c} type="date" value={values.cycleStart} onChange={setDate('cycleStart')} />}
        </Field>
        <Field label="Cycle end" error={errors.cycleEnd}>
          {(c) => <input {...c} type="date" value={values.cycleEnd} onChange={setDate('cycleEnd')} />}
        </Field>
      </div>
      {suggestion ? (
        <p className="muted ceu-basis">
          Suggested cycle: {formatDay(suggestion.cycleStart)} to {formatDay(suggestion.cycleEnd)}. {suggestion.basis}{' '}
          {datesTouched && (suggestion.cycleStart !== values.cycleStart || suggestion.cycleEnd !== values.cycleEnd) ? (
            <button type="button" className="btn-link" onClick={() => { setDatesTouched(false); setValues((v) => withSuggestedCycle(v, held, today, editingId)); }}>
              Use the suggested dates
            </button>
          ) : null}
        </p>
      ) : null}

      <div className="field">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={values.overrideOn}
            onChange={(e) => setValues((v) => ({ ...v, overrideOn: e.target.checked }))}
          />{' '}
          The body told me a different required total
        </label>
      </div>
      {values.overrideOn ? (
        <div className="form-row">
          <Field label="Required CEUs this cycle" error={errors.overrideTotal}>
            {(c) => <input {...c} inputMode="decimal" value={values.overrideTotal} onChange={setText('overrideTotal')} />}
          </Field>
          <Field label="Where this number comes from" error={errors.overrideNote} hint="E.g. “AAPC renewal notice, Jan 2026”.">
            {(c) => <input {...c} value={values.overrideNote} onChange={setText('overrideNote')} />}
          </Field>
        </div>
      ) : null}

      {guidance.length > 0 ? (
        <div className="alert ceu-guidance" role="note">
          <strong>To confirm with {def?.body}:</strong>
          <ul>{guidance.map((text) => <li key={text}>{text}</li>)}</ul>
        </div>
      ) : null}
      <FormActions conflict={conflict} failure={failure} saving={saving} submitLabel={submitLabel} onCancel={onCancel} />
    </form>
  );
}
