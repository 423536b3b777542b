/**
 * Add or edit a CEU entry with its certificate files. Validation is shared/ceu/entryForm.ts, its messages sit
 * next to their fields; the renewal-month choice appears only when the AAPC rule allows it (one per AAPC period,
 * for all its credentials), the "AHIMA source" mark only for AHIMA credentials, and an unusually large amount is
 * confirmed before it is saved (docs/ceu-rules.md).
 */
import { useId, useRef, useState } from 'react';
import { AHIMA_SOURCE_PROVIDERS, isRecognisedAhimaSource } from '../../../../shared/ceu/ahimaProviders';
import { getCredentialDef } from '../../../../shared/ceu/catalog';
import { validateCeuEntryForm, CEU_ENTRY_LIMITS, type CeuEntryDraft, type CeuEntryFormErrors } from '../../../../shared/ceu/entryForm';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import type { Attachment, HeldCredential, IsoDate } from '../../../../shared/model/entities';
import { Field } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { useFormSubmit } from '../../components/useFormSubmit';
import type { NewAttachment } from '../../db/ceus';
import { codeOf } from './ceuView';
import {
  CATEGORY_OPTIONS, CERTIFICATE_LIMITS, certificateProblem, certificateType, entryFormInput, groupChoice, renewalChoiceGroups,
  specialtyOptions, type EntryFormValues,
} from './entryFormValues';

type TextField = 'completedOn' | 'title' | 'provider' | 'ceus' | 'specialtyCode' | 'approvalCode' | 'notes' | 'category';

export function EntryForm({
  heading,
  initial,
  credentials,
  providers,
  attachments = [],
  today,
  submitLabel,
  onSubmit,
  onCancel,
  onViewAttachment,
  onRemoveAttachment,
}: {
  heading: string;
  initial: EntryFormValues;
  /** The credentials the entry can apply to. */
  credentials: readonly HeldCredential[];
  /** Providers already used, offered as suggestions. */
  providers: readonly string[];
  /** Certificates already stored (when editing). */
  attachments?: readonly Attachment[];
  today: IsoDate;
  submitLabel: string;
  onSubmit: (draft: CeuEntryDraft, files: NewAttachment[]) => Promise<void>;
  onCancel: () => void;
  onViewAttachment?: (attachment: Attachment) => void;
  onRemoveAttachment?: (attachment: Attachment) => void;
}) {
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [values, setValues] = useState(initial);
  const [files, setFiles] = useState<File[]>([]);
  // An unusually large amount waits here for the user's confirmation before it is saved.
  const [pending, setPending] = useState<{ draft: CeuEntryDraft; resolve: (go: boolean) => void } | null>(null);
  const { errors, setErrors, failure, saving, submit, conflict } = useFormSubmit<CeuEntryDraft, CeuEntryFormErrors & { files?: string }>(
    () => validateCeuEntryForm(entryFormInput(values, credentials), today),
    async (draft) => {
      if (draft.ceus > CEU_ENTRY_LIMITS.confirmAbove && draft.ceus !== initialCeus) {
        const go = await new Promise<boolean>((resolve) => setPending({ draft, resolve }));
        setPending(null);
        if (!go) throw new Error('Not saved: check the CEUs.');
      }
      await onSubmit(draft, files.map((file) => ({ fileName: file.name, mimeType: certificateType(file), data: file })));
    },
  );
  const initialCeus = Number(initial.ceus);
  const set = (field: TextField) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [field]: e.target.value }));

  const toggleCredential = (credentialId: string, on: boolean) =>
    setValues((v) => ({
      ...v,
      credentialIds: on ? [...v.credentialIds, credentialId] : v.credentialIds.filter((x) => x !== credentialId),
    }));
  const choices = renewalChoiceGroups(values.completedOn, credentials.filter((credential) => values.credentialIds.includes(credential.id)));
  const forAhima = credentials.some((credential) => values.credentialIds.includes(credential.id) && getCredentialDef(credential.code)?.body === 'AHIMA');
  const recognised = forAhima && values.provider.trim() !== '' && isRecognisedAhimaSource(values.provider);

  function addFiles(list: FileList | null) {
    const picked = [...(list ?? [])];
    const problem = certificateProblem(picked);
    setErrors((e) => ({ ...e, files: problem }));
    if (!problem) setFiles((current) => [...current, ...picked]);
    if (fileInput.current) fileInput.current.value = ''; // so the same file can be chosen again
  }

  const credentialsError = errors.credentialIds;
  return (
    <form className="card ceu-form" aria-labelledby={`${id}-title`} onSubmit={submit} noValidate>
      <h2 id={`${id}-title`}>{heading}</h2>
      <div className="form-row">
        <Field label="Completed on" error={errors.completedOn}>
          {(c) => <input {...c} type="date" value={values.completedOn} max={today} onChange={set('completedOn')} autoFocus />}
        </Field>
        <Field label="CEUs" error={errors.ceus} hint="Decimals allowed, e.g. 0.5 or 1.25.">
          {(c) => <input {...c} inputMode="decimal" value={values.ceus} onChange={set('ceus')} />}
        </Field>
      </div>
      <Field label="Title" error={errors.title}>
        {(c) => <input {...c} value={values.title} onChange={set('title')} />}
      </Field>
      <div className="form-row">
        <Field label="Provider" error={errors.provider}>
          {(c) => <input {...c} list={`${id}-providers`} value={values.provider} onChange={set('provider')} />}
        </Field>
        <Field label="AAPC index number / approval code" error={errors.approvalCode} hint="As printed on the certificate.">
          {(c) => <input {...c} value={values.approvalCode} onChange={set('approvalCode')} />}
        </Field>
      </div>
      <datalist id={`${id}-providers`}>{providers.map((p) => <option key={p} value={p} />)}</datalist>
      <div className="form-row">
        <Field label="Category" error={errors.category}>
          {(c) => (
            <select {...c} value={values.category} onChange={set('category')}>
              {CATEGORY_OPTIONS.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
            </select>
          )}
        </Field>
        {values.category === 'specialty' ? (
          <Field label="Specialty credential" error={errors.specialtyCode}>
            {(c) => (
              <select {...c} value={values.specialtyCode} onChange={set('specialtyCode')}>
                <option value="">Choose…</option>
                {specialtyOptions(credentials).map((o) => (
                  <option key={o.code} value={o.code}>{`${o.code} — ${o.name}${o.held ? ' (held)' : ''}`}</option>
                ))}
              </select>
            )}
          </Field>
        ) : null}
      </div>

      <fieldset className="field ceu-applies" aria-describedby={credentialsError ? `${id}-cred-error` : undefined} aria-invalid={credentialsError ? true : undefined}>
        <legend>Applies to</legend>
        {credentials.length === 0 ? <p className="muted">Add a credential first.</p> : null}
        {credentials.map((credential) => (
          <label key={credential.id} className="checkbox">
            <input
              type="checkbox"
              checked={values.credentialIds.includes(credential.id)}
              onChange={(e) => toggleCredential(credential.id, e.target.checked)}
            />{' '}
            {codeOf(credentials, credential.id)}
          </label>
        ))}
        {credentialsError ? <span id={`${id}-cred-error`} className="field-error" role="alert">{credentialsError}</span> : null}
      </fieldset>

      {choices.map((group) => (
        <fieldset key={group.credentials[0]!.id} className="field ceu-renewal">
          <legend>{`${group.credentials.map((c) => codeOf(credentials, c.id)).join(', ')}: completed in a renewal month — count it toward`}</legend>
          {group.choice.options.map((option) => (
            <label key={option.cycleEnd} className="checkbox">
              <input
                type="radio"
                name={`${id}-renewal-${group.credentials[0]!.id}`}
                checked={groupChoice(values, group) === option.cycleEnd}
                onChange={() => setValues((v) => ({
                  ...v,
                  cycleChoice: { ...v.cycleChoice, ...Object.fromEntries(group.credentials.map((c) => [c.id, option.cycleEnd])) },
                }))}
              />{' '}
              {option.label}
            </label>
          ))}
          <span className="hint">
            AAPC: CEUs earned in the renewal month may apply to the current or the next period — one of them, for all your
            AAPC credentials.
          </span>
        </fieldset>
      ))}

      {forAhima ? (
        <div className="field">
          <label className="checkbox">
            <input
              type="checkbox"
              checked={values.ahimaSource || recognised}
              disabled={recognised}
              onChange={(e) => setValues((v) => ({ ...v, ahimaSource: e.target.checked }))}
            />{' '}
            From an AHIMA source (counts toward AHIMA&apos;s 40%)
          </label>
          <span className="hint">
            {recognised
              ? 'Recognised by the provider’s name.'
              : `Recognised by name: ${AHIMA_SOURCE_PROVIDERS.map((p) => p.name).join(', ')}. Tick it for another AHIMA resource.`}
          </span>
        </div>
      ) : null}

      <Field label="Notes" error={errors.notes}>
        {(c) => <textarea {...c} rows={2} value={values.notes} onChange={set('notes')} />}
      </Field>

      <Field label="Certificates" error={errors.files} hint="PDF or image files; kept with the entry for an audit.">
        {(c) => (
          <input {...c} ref={fileInput} type="file" multiple accept={CERTIFICATE_LIMITS.accept} onChange={(e) => addFiles(e.target.files)} />
        )}
      </Field>
      {attachments.length + files.length > 0 ? (
        <ul className="ceu-files" aria-label="Certificates of this entry">
          {attachments.map((attachment) => (
            <li key={attachment.id}>
              {attachment.fileName}{' '}
              {onViewAttachment ? <button type="button" onClick={() => onViewAttachment(attachment)} aria-label={`View ${attachment.fileName}`}>View</button> : null}{' '}
              {onRemoveAttachment ? (
                <button type="button" className="btn-danger" onClick={() => onRemoveAttachment(attachment)} aria-label={`Remove ${attachment.fileName}`}>Remove</button>
              ) : null}
            </li>
          ))}
          {files.map((file, index) => (
            <li key={`${file.name}-${index}`}>
              {file.name} <span className="muted">(to be saved)</span>{' '}
              <button type="button" onClick={() => setFiles((list) => list.filter((_, i) => i !== index))} aria-label={`Remove ${file.name}`}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : null}

      {errors.form ? <p className="alert alert-danger" role="alert">{errors.form}</p> : null}
      <FormActions conflict={conflict} failure={failure} saving={saving} submitLabel={submitLabel} onCancel={onCancel} />
      <ConfirmDialog
        open={pending !== null}
        title={pending ? `Save ${pending.draft.ceus} CEUs on one entry?` : 'Save?'}
        confirmLabel="Save it"
        onConfirm={() => pending?.resolve(true)}
        onCancel={() => pending?.resolve(false)}
      >
        <p>
          That is more than {CEU_ENTRY_LIMITS.confirmAbove} CEUs for a single activity, which is unusual: check the number on the
          certificate (a typo here could make a requirement look complete).
        </p>
      </ConfirmDialog>
    </form>
  );
}
