/**
 * Writes an Anki text import (parsed and checked by shared/flashcards/ankiText.ts): into an existing deck or a new
 * one, every card in one transaction, so either all of them are stored or none.
 */
import type { Deck, Flashcard, Id } from '../../../shared/model/entities';
import type { ImportedNote } from '../../../shared/flashcards/ankiText';
import type { CardDraft, DeckDraft } from '../../../shared/flashcards/drafts';
import { db, type CoderPathDb } from './db';
import { addCards, addDeckWithCards, deleteCards, deleteDeck } from './flashcards';

export type ImportTarget = { deckId: Id } | { newDeck: DeckDraft };

export interface ImportedCards {
  deck: Deck;
  cards: Flashcard[];
  /** True when the import made the deck (undo then removes the deck too). */
  createdDeck: boolean;
}

function drafts(notes: readonly ImportedNote[], domainId: string | undefined, source: string): CardDraft[] {
  return notes.map((n) => ({ front: n.front, back: n.back, extra: n.extra, tags: n.tags, source, ...(domainId ? { domainId } : {}) }));
}

export async function importNotes(
  target: ImportTarget,
  notes: readonly ImportedNote[],
  options: { domainId?: string; source: string },
  database: CoderPathDb = db,
): Promise<ImportedCards> {
  if (notes.length === 0) throw new Error('There are no cards to import.');
  if ('newDeck' in target) {
    const { deck, cards } = await addDeckWithCards({ ...target.newDeck, domainId: options.domainId ?? target.newDeck.domainId }, drafts(notes, options.domainId, options.source), database);
    return { deck, cards, createdDeck: true };
  }
  const deck = await database.decks.get(target.deckId);
  if (!deck) throw new Error('The deck to import into no longer exists.');
  const cards = await addCards(deck.id, drafts(notes, options.domainId, options.source), database);
  return { deck, cards, createdDeck: false };
}

/** Takes an import back: its cards (and the deck, when the import made it). */
export async function undoImport(imported: ImportedCards, database: CoderPathDb = db): Promise<void> {
  if (imported.createdDeck) await deleteDeck(imported.deck.id, database);
  else await deleteCards(imported.cards.map((c) => c.id), database);
}

/** The fronts already in a deck, for the duplicate check. */
export async function deckFronts(deckId: Id, database: CoderPathDb = db): Promise<Set<string>> {
  const cards = await database.cards.where('[deckId+queue+due]').between([deckId, '', ''], [deckId, '\uffff', '\uffff']).toArray();
  return new Set(cards.map((c) => c.front));
}
