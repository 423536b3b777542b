/** Editing a card's text, tags and domain: in place on the review screen and in the decks screen's card list. */
import { useState, type FormEvent } from 'react';
import type { Flashcard } from '../../../../shared/model/entities';
import { DraftError, parseTags } from '../../../../shared/flashcards/drafts';
import { Field } from '../../components/Field';
import { updateCard } from '../../db/flashcards';
import { errorMessage } from '../../lib/errors';
import { DomainField } from './DomainField';

export function CardEditor({ card, onSaved, onCancel }: { card: Flashcard; onSaved: (card: Flashcard) => void; onCancel: () => void }) {
  const [front, setFront] = useState(card.front);
  const [back, setBack] = useState(card.back);
  const [extra, setExtra] = useState(card.extra);
  const [tags, setTags] = useState(card.tags.join(' '));
  const [domainId, setDomainId] = useState(card.domainId ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure('');
    try {
      onSaved(await updateCard(card.id, { front, back, extra, tags: parseTags(tags), domainId, source: card.source }));
    } catch (e) {
      if (e instanceof DraftError) setErrors(Object.fromEntries(e.issues.map((i) => [i.field, i.message])));
      else setFailure(errorMessage(e));
    }
  };

  return (
    <form className="card card-editor" onSubmit={submit} aria-label="Edit card" onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      <Field label="Front" error={errors.front}>
        {(control) => <textarea {...control} value={front} onChange={(e) => setFront(e.target.value)} rows={2} autoFocus />}
      </Field>
      <Field label="Back" error={errors.back}>
        {(control) => <textarea {...control} value={back} onChange={(e) => setBack(e.target.value)} rows={2} />}
      </Field>
      <Field label="Extra" hint="Shown under the answer (optional).">
        {(control) => <textarea {...control} value={extra} onChange={(e) => setExtra(e.target.value)} rows={2} />}
      </Field>
      <div className="form-row">
        <Field label="Tags" hint="Separated by spaces.">
          {(control) => <input {...control} value={tags} onChange={(e) => setTags(e.target.value)} />}
        </Field>
        <DomainField value={domainId} onChange={setDomainId} />
      </div>
      {failure ? <p className="alert alert-danger" role="alert">{failure}</p> : null}
      <div className="form-actions">
        <button type="submit" className="btn-primary">Save card</button>
        <button type="button" onClick={onCancel}>Cancel</button>
      </div>
    </form>
  );
}
