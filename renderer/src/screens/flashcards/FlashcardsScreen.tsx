/**
 * Flashcards (`#/flashcards`): the decks with what is due today, new and learning; review, add and edit decks and
 * cards, export a deck for Anki, import from Anki, add a starter deck, and the statistics.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Deck, Id } from '../../../../shared/model/entities';
import { exportAnkiText } from '../../../../shared/flashcards/ankiText';
import { domainName } from '../../../../shared/flashcards/domains';
import { EmptyState } from '../../components/EmptyState';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useUndo } from '../../components/UndoToast';
import { useWriteFailure } from '../../components/useWriteFailure';
import { readCards, readDeckSummaries, type DeckSummary } from '../../db/flashcardReads';
import { createDeck, deleteDeck, restoreDeck, updateDeck } from '../../db/flashcards';
import { platform } from '../../platform';
import { CardsPanel } from './CardsPanel';
import { DeckForm } from './DeckForm';
import { StarterDecks } from './StarterDecks';
import { StatsPanel } from './StatsPanel';
import './flashcards.css';

type Editing = null | { mode: 'new' } | { mode: 'edit'; deck: Deck };

function fileNameFor(deck: Deck): string {
  return `${deck.name.replace(/[^\p{L}\p{N} _-]+/gu, '').trim() || 'deck'}.txt`;
}

export default function FlashcardsScreen() {
  const summaries = useLiveQuery(() => readDeckSummaries(), []);
  const [editing, setEditing] = useState<Editing>(null);
  const [openDeck, setOpenDeck] = useState<Id | null>(null);
  const [status, setStatus] = useState('');
  const offerUndo = useUndo();
  const { error, run } = useWriteFailure();

  const header = (
    <ScreenHeader
      title="Flashcards"
      description="Drill terminology, guidelines and code ranges every day, scheduled by FSRS so you review each card just before you would forget it."
      actions={
        <>
          <Link className="button-link btn-primary" to="/flashcards/review">Review all due cards</Link>
          <button type="button" onClick={() => setEditing({ mode: 'new' })}>New deck</button>
          <Link className="button-link" to="/flashcards/import">Import from Anki</Link>
        </>
      }
    />
  );
  if (!summaries) return <>{header}<p className="loading" role="status">Loading decks…</p></>;

  const decks = summaries.map((s) => s.deck);
  const shownDeck = decks.find((d) => d.id === openDeck);

  const remove = (summary: DeckSummary) =>
    void run(async () => {
      const deleted = await deleteDeck(summary.deck.id);
      if (openDeck === summary.deck.id) setOpenDeck(null);
      offerUndo({ message: `Deleted the deck “${deleted.deck.name}” and its ${deleted.cards.length} cards.`, undo: () => restoreDeck(deleted) });
    });

  const exportDeck = (deck: Deck) =>
    void run(async () => {
      const cards = await readCards(deck.id);
      const outcome = await platform.saveFile({
        suggestedName: fileNameFor(deck),
        mimeType: 'text/plain',
        filters: [{ name: 'Anki notes in plain text', extensions: ['txt'] }],
        contents: exportAnkiText(deck.name, [...cards].reverse()),
      });
      if (outcome.saved) setStatus(`Exported ${cards.length} cards of “${deck.name}” for Anki (File › Import in Anki opens it).`);
    });

  return (
    <div className="flashcards-screen">
      {header}
      <p role="status" className="global-status">{status}</p>
      {error ? <p className="alert alert-danger" role="alert">{error}</p> : null}
      {editing ? (
        <DeckForm
          deck={editing.mode === 'edit' ? editing.deck : undefined}
          onCancel={() => setEditing(null)}
          onSave={async (draft) => {
            if (editing.mode === 'edit') {
              await updateDeck(editing.deck.id, draft);
              setStatus(`Saved the deck “${draft.name.trim()}”.`);
            } else {
              const deck = await createDeck(draft);
              setOpenDeck(deck.id);
              setStatus(`Created the deck “${deck.name}”: add its first cards below.`);
            }
            setEditing(null);
          }}
        />
      ) : null}
      {summaries.length === 0 ? (
        <EmptyState title="No decks yet" action={<button type="button" className="btn-primary" onClick={() => setEditing({ mode: 'new' })}>Create a deck</button>}>
          <p>Create a deck and add cards, import a text file exported from Anki, or start with one of the starter decks below.</p>
        </EmptyState>
      ) : (
        <div className="table-scroll">
          <table className="decks-table">
            <caption className="visually-hidden">Your decks and what is due today</caption>
            <thead>
              <tr>
                <th scope="col">Deck</th><th scope="col">Due today</th><th scope="col">New</th><th scope="col">Learning</th><th scope="col">Cards</th><th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {summaries.map((s) => (
                <tr key={s.deck.id}>
                  <th scope="row">
                    <span className="deck-name">{s.deck.name}</span>
                    <span className="muted deck-domain">{domainName(s.deck.domainId)} · retention {s.deck.desiredRetention}</span>
                  </th>
                  <td>{s.due}</td>
                  <td>{s.fresh}</td>
                  <td>{s.learning}</td>
                  <td>{s.total}{s.suspended ? <span className="muted"> ({s.suspended} suspended)</span> : null}</td>
                  <td className="row-actions">
                    <Link to={`/flashcards/review?deck=${encodeURIComponent(s.deck.id)}`} aria-label={`Review ${s.deck.name}`}>Review</Link>
                    <button type="button" className="btn-link" onClick={() => setOpenDeck(openDeck === s.deck.id ? null : s.deck.id)} aria-expanded={openDeck === s.deck.id} aria-label={`Cards of ${s.deck.name}`}>Cards</button>
                    <button type="button" className="btn-link" onClick={() => setEditing({ mode: 'edit', deck: s.deck })} aria-label={`Edit ${s.deck.name}`}>Edit</button>
                    <button type="button" className="btn-link" onClick={() => exportDeck(s.deck)} aria-label={`Export ${s.deck.name} for Anki`}>Export</button>
                    <button type="button" className="btn-link" onClick={() => remove(s)} aria-label={`Delete ${s.deck.name}`}>Delete</button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {shownDeck ? <CardsPanel deck={shownDeck} decks={decks} onStatus={setStatus} /> : null}
      <StarterDecks installed={decks} onStatus={setStatus} />
      {summaries.length > 0 ? <StatsPanel /> : null}
    </div>
  );
}
