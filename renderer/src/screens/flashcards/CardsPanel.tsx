/**
 * One deck's cards: search, quick-add (keeps the deck and domain for the next card), edit, move to another deck,
 * suspend, and delete with Undo.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { format } from 'date-fns';
import { useMemo, useRef, useState, type FormEvent } from 'react';
import type { Deck, Flashcard, Id } from '../../../../shared/model/entities';
import { cardStatus, matchesSearch } from '../../../../shared/flashcards/cardSearch';
import { domainName } from '../../../../shared/flashcards/domains';
import { DraftError, parseTags } from '../../../../shared/flashcards/drafts';
import { Field } from '../../components/Field';
import { ShowMore } from '../../components/ShowMore';
import { useUndo } from '../../components/UndoToast';
import { usePagedRows } from '../../components/usePagedRows';
import { useWriteFailure } from '../../components/useWriteFailure';
import { readCards } from '../../db/flashcardReads';
import { addCard, deleteCards, moveCards, restoreCards, setSuspended } from '../../db/flashcards';
import { CardEditor } from './CardEditor';
import { DomainField } from './DomainField';

function QuickAdd({ deck, onAdded }: { deck: Deck; onAdded: (card: Flashcard) => void }) {
  const [front, setFront] = useState('');
  const [back, setBack] = useState('');
  const [tags, setTags] = useState('');
  const [domainId, setDomainId] = useState(deck.domainId ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const frontRef = useRef<HTMLTextAreaElement>(null);
  const { error, run } = useWriteFailure();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setErrors({});
    void run(async () => {
      try {
        const card = await addCard(deck.id, { front, back, tags: parseTags(tags), domainId });
        // The deck, domain and tags stay for the next card; only its text is cleared.
        setFront('');
        setBack('');
        onAdded(card);
        frontRef.current?.focus();
      } catch (e) {
        if (e instanceof DraftError) setErrors(Object.fromEntries(e.issues.map((i) => [i.field, i.message])));
        else throw e;
      }
    });
  };

  return (
    <form className="card quick-add" onSubmit={submit} aria-label={`Add a card to ${deck.name}`} noValidate>
      <h3>Add a card to “{deck.name}”</h3>
      <div className="form-row">
        <Field label="Front" error={errors.front}>
          {(control) => <textarea ref={frontRef} {...control} rows={2} value={front} onChange={(e) => setFront(e.target.value)} />}
        </Field>
        <Field label="Back" error={errors.back}>
          {(control) => (
            <textarea
              {...control}
              rows={2}
              value={back}
              onChange={(e) => setBack(e.target.value)}
              onKeyDown={(e) => e.key === 'Enter' && (e.ctrlKey || e.metaKey) && submit(e)}
            />
          )}
        </Field>
      </div>
      <div className="form-row">
        <Field label="Tags" hint="Kept for the next card.">
          {(control) => <input {...control} value={tags} onChange={(e) => setTags(e.target.value)} />}
        </Field>
        <DomainField value={domainId} onChange={setDomainId} hint="Kept for the next card." />
      </div>
      {error ? <p className="alert alert-danger" role="alert">{error}</p> : null}
      <div className="form-actions">
        <button type="submit" className="btn-primary">Add card</button>
        <span className="hint">Ctrl+Enter in Back adds it too.</span>
      </div>
    </form>
  );
}

export function CardsPanel({ deck, decks, onStatus }: { deck: Deck; decks: readonly Deck[]; onStatus: (message: string) => void }) {
  const cards = useLiveQuery(() => readCards(deck.id), [deck.id]);
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<Set<Id>>(new Set());
  const [editing, setEditing] = useState<Id | null>(null);
  const [moveTo, setMoveTo] = useState('');
  const offerUndo = useUndo();
  const { error, run } = useWriteFailure();
  const found = useMemo(() => (cards ?? []).filter((c) => matchesSearch(c, query)), [cards, query]);
  const paging = usePagedRows(found, (c) => c.id, `${deck.id}|${query}`);
  const others = decks.filter((d) => d.id !== deck.id);
  const chosen = found.filter((c) => selected.has(c.id));

  const toggle = (id: Id) => setSelected((s) => {
    const next = new Set(s);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    return next;
  });

  const remove = (ids: Id[]) =>
    void run(async () => {
      const removed = await deleteCards(ids);
      setSelected(new Set());
      const message = removed.length === 1 ? `Deleted the card “${removed[0]!.front}”.` : `Deleted ${removed.length} cards.`;
      offerUndo({ message, undo: () => restoreCards(removed) });
    });

  const move = () =>
    void run(async () => {
      const target = decks.find((d) => d.id === moveTo);
      if (!target || chosen.length === 0) return;
      const moved = await moveCards(chosen.map((c) => c.id), target.id);
      setSelected(new Set());
      onStatus(`Moved ${moved} card${moved === 1 ? '' : 's'} to “${target.name}”.`);
    });

  return (
    <section className="cards-panel" aria-labelledby="cards-title">
      <h2 id="cards-title">Cards in “{deck.name}”</h2>
      <QuickAdd deck={deck} onAdded={(card) => onStatus(`Added “${card.front}”.`)} />
      <div className="cards-toolbar">
        <Field label="Search cards">
          {(control) => <input {...control} type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Words in the front, back or tags" />}
        </Field>
        {others.length > 0 ? (
          <div className="move-cards">
            <Field label={`Move ${chosen.length} selected to`}>
              {(control) => (
                <select {...control} value={moveTo} onChange={(e) => setMoveTo(e.target.value)}>
                  <option value="">Choose a deck</option>
                  {others.map((d) => <option key={d.id} value={d.id}>{d.name}</option>)}
                </select>
              )}
            </Field>
            <button type="button" onClick={move} disabled={!moveTo || chosen.length === 0}>Move</button>
          </div>
        ) : null}
        <button type="button" className="btn-danger" onClick={() => remove(chosen.map((c) => c.id))} disabled={chosen.length === 0}>
          Delete {chosen.length || ''} selected
        </button>
      </div>
      {error ? <p className="alert alert-danger" role="alert">{error}</p> : null}
      {!cards ? <p className="loading" role="status">Loading cards…</p> : cards.length === 0 ? (
        <p className="muted">No cards yet: add one above, or import a file from Anki.</p>
      ) : found.length === 0 ? (
        <p className="muted" role="status">No card matches “{query}”.</p>
      ) : (
        <div className="table-scroll">
          <table className="cards-table">
            <caption className="visually-hidden">Cards in {deck.name}</caption>
            <thead>
              <tr><th scope="col">Select</th><th scope="col">Front</th><th scope="col">Back</th><th scope="col">Domain</th><th scope="col">Status</th><th scope="col">Actions</th></tr>
            </thead>
            <tbody ref={paging.bodyRef}>
              {paging.visible.map((card) =>
                editing === card.id ? (
                  <tr key={card.id}><td colSpan={6}><CardEditor card={card} onSaved={() => { setEditing(null); onStatus('Card saved.'); }} onCancel={() => setEditing(null)} /></td></tr>
                ) : (
                  <tr key={card.id}>
                    <td><input type="checkbox" aria-label={`Select “${card.front}”`} checked={selected.has(card.id)} onChange={() => toggle(card.id)} /></td>
                    <td className="wrap-anywhere">{card.front}</td>
                    <td className="wrap-anywhere">{card.back}</td>
                    <td>{domainName(card.domainId)}</td>
                    <td>{cardStatus(card)}{card.state !== 'new' && card.queue !== 'suspended' ? ` · due ${format(new Date(card.due), 'MMM d')}` : ''}</td>
                    <td className="row-actions">
                      <button type="button" className="btn-link" onClick={() => setEditing(card.id)} aria-label={`Edit “${card.front}”`}>Edit</button>
                      <button type="button" className="btn-link" onClick={() => void run(async () => { await setSuspended(card.id, card.queue !== 'suspended'); })} aria-label={`${card.queue === 'suspended' ? 'Unsuspend' : 'Suspend'} “${card.front}”`}>
                        {card.queue === 'suspended' ? 'Unsuspend' : 'Suspend'}
                      </button>
                      <button type="button" className="btn-link" onClick={() => remove([card.id])} aria-label={`Delete “${card.front}”`}>Delete</button>
                    </td>
                  </tr>
                ),
              )}
            </tbody>
          </table>
          <ShowMore paging={paging} noun={{ one: 'card', other: 'cards' }} />
        </div>
      )}
    </section>
  );
}
