/** Adding or editing a deck: name, domain, FSRS desired retention and maximum interval, daily limits. */
import { useState, type FormEvent } from 'react';
import type { Deck } from '../../../../shared/model/entities';
import { DECK_DEFAULTS, DECK_LIMITS } from '../../../../shared/flashcards/deckSettings';
import { DraftError, type DeckDraft } from '../../../../shared/flashcards/drafts';
import { Field } from '../../components/Field';
import { errorMessage } from '../../lib/errors';
import { DomainField } from './DomainField';

const num = (value: string) => (value.trim() === '' ? Number.NaN : Number(value));

export function DeckForm({ deck, onSave, onCancel }: { deck?: Deck; onSave: (draft: DeckDraft) => Promise<void>; onCancel: () => void }) {
  const [name, setName] = useState(deck?.name ?? '');
  const [description, setDescription] = useState(deck?.description ?? '');
  const [domainId, setDomainId] = useState(deck?.domainId ?? '');
  const [retention, setRetention] = useState(String(deck?.desiredRetention ?? DECK_DEFAULTS.desiredRetention));
  const [maxInterval, setMaxInterval] = useState(String(deck?.maximumInterval ?? DECK_DEFAULTS.maximumInterval));
  const [newPerDay, setNewPerDay] = useState(String(deck?.newPerDay ?? DECK_DEFAULTS.newPerDay));
  const [reviewsPerDay, setReviewsPerDay] = useState(String(deck?.reviewsPerDay ?? DECK_DEFAULTS.reviewsPerDay));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors({});
    setFailure('');
    try {
      await onSave({
        name,
        description,
        domainId,
        desiredRetention: num(retention),
        maximumInterval: num(maxInterval),
        newPerDay: num(newPerDay),
        reviewsPerDay: num(reviewsPerDay),
      });
    } catch (e) {
      if (e instanceof DraftError) setErrors(Object.fromEntries(e.issues.map((i) => [i.field, i.message])));
      else setFailure(errorMessage(e));
    }
  };

  return (
    <form className="card deck-form" onSubmit={submit} aria-label={deck ? `Edit deck ${deck.name}` : 'New deck'} noValidate>
      <h2>{deck ? `Edit “${deck.name}”` : 'New deck'}</h2>
      <div className="form-row">
        <Field label="Deck name" error={errors.name}>
          {(control) => <input {...control} value={name} onChange={(e) => setName(e.target.value)} autoFocus />}
        </Field>
        <DomainField value={domainId} onChange={setDomainId} hint="New cards of this deck train it (mastery counts them there)." />
      </div>
      <Field label="Description">
        {(control) => <input {...control} value={description} onChange={(e) => setDescription(e.target.value)} />}
      </Field>
      <div className="form-row">
        <Field label="Desired retention" hint={`How likely you want to be to remember a card when it is due (${DECK_LIMITS.retention.min}–${DECK_LIMITS.retention.max}; FSRS default 0.9).`} error={errors.desiredRetention}>
          {(control) => <input {...control} type="number" step="0.01" min={DECK_LIMITS.retention.min} max={DECK_LIMITS.retention.max} value={retention} onChange={(e) => setRetention(e.target.value)} />}
        </Field>
        <Field label="Maximum interval (days)" error={errors.maximumInterval}>
          {(control) => <input {...control} type="number" min={1} max={DECK_LIMITS.maximumInterval.max} value={maxInterval} onChange={(e) => setMaxInterval(e.target.value)} />}
        </Field>
      </div>
      <div className="form-row">
        <Field label="New cards per day" error={errors.newPerDay}>
          {(control) => <input {...control} type="number" min={0} value={newPerDay} onChange={(e) => setNewPerDay(e.target.value)} />}
        </Field>
        <Field label="Reviews per day" error={errors.reviewsPerDay}>
          {(control) => <input {...control} type="number" min={0} value={reviewsPerDay} onChange={(e) => setReviewsPerDay(e.target.value)} />}
        </Field>
      </div>
      {failure ? <p className="alert alert-danger" role="alert">{failure}</p> : null}
      <div className="form-actions">
        <button type="submit" className="btn-primary">{deck ? 'Save deck' : 'Create deck'}</button>
        <button type="button" onClick={onCancel}>Cancel</button>
      </div>
    </form>
  );
}
