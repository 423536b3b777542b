/**
 * The submit half of every add/edit form: check the values, show the messages beside their fields, or save the
 * draft with the button disabled and show why it failed when it does.
 */
import { useState, type Dispatch, type FormEvent, type SetStateAction } from 'react';
import { errorMessage } from '../lib/errors';

/** What a form's check returns: the draft to save, or the messages to show. */
export type FormCheck<D, E> = { ok: true; value: D } | { ok: false; errors: E };

export interface FormSubmit<E> {
  /** The messages of the last check (`noErrors` before the first and after a valid one). */
  errors: E;
  /** For messages the check does not make, e.g. about a picked file. */
  setErrors: Dispatch<SetStateAction<E>>;
  /** Why the last save failed, in the error's own words; null when it did not. */
  failure: string | null;
  /** From a valid submit until its save fails (a form that saved is closed by its parent). */
  saving: boolean;
  /** The form's `onSubmit`. */
  submit: (event: FormEvent) => Promise<void>;
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

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = validate();
    setErrors(result.ok ? noErrors : result.errors);
    if (!result.ok) return;
    setSaving(true);
    setFailure(null);
    try {
      await save(result.value);
    } catch (error) {
      setFailure(errorMessage(error));
      setSaving(false);
    }
  }

  return { errors, setErrors, failure, saving, submit };
}
