/**
 * Add or edit a CEU entry with its certificate files. Validation is shared/ceu/entryForm.ts, its messages sit
 * next to their fields; the renewal-month choice appears only when the AAPC rule allows it.
 */
import { useId, useRef, useState } from 'react';
import { validateCeuEntryForm, type CeuEntryDraft, type CeuEntryFormErrors } from '../../../../shared/ceu/entryForm';
import type { Attachment, HeldCredential, IsoDate } from '../../../../shared/model/entities';
import { Field } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { useFormSubmit } from '../../components/useFormSubmit';
import type { NewAttachment } from '../../db/ceus';
import { codeOf } from './ceuView';
import {
  CATEGORY_OPTIONS, CERTIFICATE_LIMITS, certificateProblem, certificateType, entryFormInput, renewalChoice, specialtyOptions,
  type EntryFormValues,
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
  const { errors, setErrors, failure, saving, submit, conflict } = useFormSubmit<CeuEntryDraft, CeuEntryFormErrors & { files?: string }>(
    () => validateCeuEntryForm(entryFormInput(values, credentials), today),
    (draft) => onSubmit(draft, files.map((file) => ({ fileName: file.name, mimeType: certificateType(file), data: file }))),
  );
  const set = (field: TextField) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [field]: e.target.value }));

  const toggleCredential = (credentialId: string, on: boolean) =>
    setValues((v) => ({
      ...v,
      credentialIds: on ? [...v.credentialIds, credentialId] : v.credentialIds.filter((x) => x !== credentialId),
    }));
  const choices = credentials.flatMap((credential) => {
    if (!values.credentialIds.includes(credential.id)) return [];
    const choice = renewalChoice(values.completedOn, credential);
    return choice ? [{ credential, choice }] : [];
  });

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

      {choices.map(({ credential, choice }) => (
        <fieldset key={credential.id} className="field ceu-renewal">
          <legend>{`${codeOf(credentials, credential.id)}: completed in a renewal month — count it toward`}</legend>
          {choice.options.map((option) => (
            <label key={option.cycleEnd} className="checkbox">
              <input
                type="radio"
                name={`${id}-renewal-${credential.id}`}
                checked={(values.cycleChoice[credential.id] ?? choice.defaultEnd) === option.cycleEnd}
                onChange={() => setValues((v) => ({ ...v, cycleChoice: { ...v.cycleChoice, [credential.id]: option.cycleEnd } }))}
              />{' '}
              {option.label}
            </label>
          ))}
          <span className="hint">AAPC: CEUs earned in the renewal month may apply to the current or the next period.</span>
        </fieldset>
      ))}

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
    </form>
  );
}
