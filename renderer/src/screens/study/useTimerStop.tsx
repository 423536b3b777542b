/**
 * Stopping the timer, shared by the Study screen's timer card and the indicator every screen shows: saves the
 * session, says what was saved, and for a timer that ran very long asks for the real minutes first.
 */
import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { validateSessionForm, type SessionDraft } from '../../../../shared/study/sessionForm';
import { Field } from '../../components/Field';
import { discardTimer, stopTimer } from '../../db/study';
import { formatDay, todayIso } from '../../lib/dates';
import { errorMessage } from '../../lib/errors';

interface Pending {
  message: string;
  draft: SessionDraft;
}

export function useTimerStop(describeTopic: (domainId: string | undefined) => string) {
  const [pending, setPending] = useState<Pending | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  async function finish(minutesOverride?: number) {
    try {
      const result = await stopTimer(minutesOverride === undefined ? {} : { minutesOverride });
      switch (result.kind) {
        case 'draft': {
          const { minutes, date, domainId } = result.session;
          setPending(null);
          setMessage(`Saved ${minutes} min of ${describeTopic(domainId)} on ${formatDay(date)}.`);
          break;
        }
        case 'confirm':
          setPending({ message: result.message, draft: result.draft });
          break;
        case 'too-short':
          setPending(null);
          setMessage(result.message);
          break;
        case 'not-running':
          setPending(null);
          setMessage('The timer was already stopped.');
          break;
      }
    } catch (error) {
      setMessage(`The session could not be saved: ${errorMessage(error)}`);
    }
  }

  async function discard() {
    await discardTimer();
    setPending(null);
    setMessage('Timer discarded; no session saved.');
  }

  const clearMessage = useCallback(() => setMessage(null), []);
  // Rendered only while asking, so no hidden form sits in the page the rest of the time.
  const dialog = pending ? (
    <LongTimerDialog
      pending={pending}
      onSave={(minutes) => void finish(minutes)}
      onDiscard={() => void discard()}
      onCancel={() => setPending(null)}
    />
  ) : null;
  return { stop: () => finish(), discard, message, clearMessage, dialog };
}

/** "Was it left running?": the user corrects the minutes, discards the timer, or keeps it running. */
function LongTimerDialog({
  pending,
  onSave,
  onDiscard,
  onCancel,
}: {
  pending: Pending;
  onSave: (minutes: number) => void;
  onDiscard: () => void;
  onCancel: () => void;
}) {
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const [minutes, setMinutes] = useState(String(pending.draft.minutes));
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  function submit(event: FormEvent) {
    event.preventDefault();
    const result = validateSessionForm({ ...pending.draft, minutes }, todayIso());
    if (!result.ok) {
      setError(result.errors.minutes ?? Object.values(result.errors)[0]);
      return;
    }
    onSave(result.value.minutes);
  }

  return (
    <dialog ref={ref} aria-labelledby={`${id}-title`} onCancel={(e) => { e.preventDefault(); onCancel(); }}>
      <form onSubmit={submit} noValidate>
        <h2 id={`${id}-title`}>Check the study time</h2>
        <p>{pending.message}</p>
        <Field label="Minutes to save" error={error}>
          {(control) => (
            <input {...control} inputMode="numeric" value={minutes} onChange={(e) => setMinutes(e.target.value)} />
          )}
        </Field>
        <div className="form-actions">
          <button type="button" onClick={onCancel}>Keep it running</button>
          <button type="button" className="btn-danger" onClick={onDiscard}>Discard timer</button>
          <button type="submit" className="btn-primary">Save session</button>
        </div>
      </form>
    </dialog>
  );
}
