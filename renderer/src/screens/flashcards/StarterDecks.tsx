/** The starter decks (shared/flashcards/starter), each added in one step; one already added says so. */
import type { Deck } from '../../../../shared/model/entities';
import { STARTER_DECKS } from '../../../../shared/flashcards/starter';
import { useWriteFailure } from '../../components/useWriteFailure';
import { addDeckWithCards } from '../../db/flashcards';

export function StarterDecks({ installed, onStatus }: { installed: readonly Deck[]; onStatus: (message: string) => void }) {
  const { error, run } = useWriteFailure();
  const have = new Set(installed.map((d) => d.starterId).filter(Boolean));
  return (
    <section className="starter-decks" aria-labelledby="starter-title">
      <h2 id="starter-title">Starter decks</h2>
      <p className="muted">Written by the CoderPath team from public sources; each card names its source.</p>
      {error ? <p className="alert alert-danger" role="alert">{error}</p> : null}
      <ul className="starter-list">
        {STARTER_DECKS.map((starter) => (
          <li key={starter.id} className="card">
            <h3>{starter.deck.name}</h3>
            <p className="muted">{starter.deck.description} {starter.cards().length} cards.</p>
            {have.has(starter.id) ? (
              <p className="badge">Added</p>
            ) : (
              <button
                type="button"
                aria-label={`Add the starter deck ${starter.deck.name}`}
                onClick={() =>
                  void run(async () => {
                    const { deck, cards } = await addDeckWithCards(starter.deck, starter.cards());
                    onStatus(`Added the deck “${deck.name}” with ${cards.length} cards.`);
                  })
                }
              >
                Add deck
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
