/**
 * The submit half of every add/edit form: check the values, show the messages beside their fields, or save the
 * draft with the button disabled and show why it failed when it does.
 */
import { useContext, useRef, useState, type Dispatch, type FormEvent, type SetStateAction } from 'react';
import { EditConflictError, overwriteNext } from '../db/editGuard';
import { errorMessage } from '../lib/errors';
import { ReloadEditContext } from './EditSession';

/** The record was saved in another window after this form opened it: the user decides (FormActions shows it). */
export interface EditConflictChoice {
  message: string;
  /** Save this form's values over the stored version. */
  keepMine: () => Promise<void>;
  /** Show the stored version instead (only inside an EditSession). */
  reload?: () => void;
  /** Forget the conflict (a form that reloads by itself, without an EditSession). */
  dismiss: () => void;
}

/** What a form's check returns: the draft to save, or the messages to show. */
export type FormCheck<D, E> = { ok: true; value: D } | { ok: false; errors: E };

export interface FormSubmit<E> {
  /** The messages of the last check (`noErrors` before the first and after a valid one). */
  errors: E;
  /** For messages the check does not make, e.g. about a picked file. */
  setErrors: Dispatch<SetStateAction<E>>;
  /** Why the last save failed, in the error's own words; null when it did not. */
  failure: string | null;
  /** From a valid submit until its save is done or fails. */
  saving: boolean;
  /** The form's `onSubmit`. */
  submit: (event: FormEvent) => Promise<void>;
  /** Set when the save found the record changed elsewhere (db/editGuard.ts). */
  conflict: EditConflictChoice | null;
}

/**
 * `validate` runs at each submit (so it sees the values of that render); `save` gets the checked draft.
 * `noErrors` is the "no messages" value: `{}` unless the form's error shape has required parts.
 */
export function useFormSubmit<D, E>(
  validate: () => FormCheck<D, E>,
  save: (draft: D) => Promise<void>,
  ...rest: {} extends E ? [noErrors?: E] : [noErrors: E]
): FormSubmit<E> {
  const noErrors = rest[0] ?? ({} as E);
  const [errors, setErrors] = useState<E>(noErrors);
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [conflictError, setConflictError] = useState<EditConflictError | null>(null);
  const lastDraft = useRef<D | null>(null);
  const reload = useContext(ReloadEditContext);

  async function run(draft: D) {
    setSaving(true);
    setFailure(null);
    setConflictError(null);
    lastDraft.current = draft;
    try {
      await save(draft);
      setSaving(false); // for a form that stays open (Settings › Profile)
    } catch (error) {
      if (error instanceof EditConflictError) setConflictError(error);
      else setFailure(errorMessage(error));
      setSaving(false);
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = validate();
    setErrors(result.ok ? noErrors : result.errors);
    if (!result.ok) return;
    await run(result.value);
  }

  const conflict: EditConflictChoice | null = conflictError
    ? {
        message: conflictError.message,
        keepMine: async () => {
          overwriteNext(conflictError);
          if (lastDraft.current !== null) await run(lastDraft.current);
        },
        ...(reload ? { reload: () => reload(conflictError.current) } : {}),
        dismiss: () => setConflictError(null),
      }
    : null;

  return { errors, setErrors, failure, saving, submit, conflict };
}
