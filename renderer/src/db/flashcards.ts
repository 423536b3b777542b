/**
 * Flashcard writes, one function per user action, each one transaction: decks, cards, moving, suspending, burying,
 * deleting with undo. Scheduling lives in shared/flashcards/scheduler.ts; answers in flashcardReviews.ts.
 */
import type { Deck, Flashcard, Id, IsoDate } from '../../../shared/model/entities';
import { checkCardDraft, checkDeckDraft, type CardDraft, type DeckDraft } from '../../../shared/flashcards/drafts';
import { newSrsState, queueFor } from '../../../shared/flashcards/scheduler';
import { db, newId, nowIso, type CoderPathDb } from './db';

function deckRecord(draft: DeckDraft, base: Pick<Deck, 'id' | 'createdAt'> & Partial<Deck>, now: string): Deck {
  const fields = checkDeckDraft(draft);
  const deck: Deck = {
    id: base.id,
    name: fields.name,
    description: fields.description,
    desiredRetention: fields.desiredRetention,
    maximumInterval: fields.maximumInterval,
    newPerDay: fields.newPerDay,
    reviewsPerDay: fields.reviewsPerDay,
    createdAt: base.createdAt,
    updatedAt: now,
  };
  if (fields.domainId) deck.domainId = fields.domainId;
  const starterId = fields.starterId ?? base.starterId;
  if (starterId) deck.starterId = starterId;
  if (base.sample) deck.sample = base.sample;
  return deck;
}

/**
 * New cards from drafts (checked; throws DraftError naming the first bad one), due in the given order: new cards
 * are drawn by `due`, so a milliseconds step keeps an import's order.
 */
export function newCards(deck: Pick<Deck, 'id' | 'domainId'>, drafts: readonly CardDraft[], now: Date = new Date()): Flashcard[] {
  const at = now.toISOString();
  return drafts.map((draft, i) => {
    const fields = checkCardDraft(draft);
    const srs = newSrsState(new Date(now.getTime() + i));
    const domainId = fields.domainId ?? deck.domainId;
    return {
      id: newId(),
      deckId: deck.id,
      front: fields.front,
      back: fields.back,
      extra: fields.extra,
      tags: fields.tags,
      ...(domainId ? { domainId } : {}),
      source: fields.source,
      queue: queueFor(srs.state),
      ...srs,
      createdAt: at,
      updatedAt: at,
    };
  });
}

export async function createDeck(draft: DeckDraft, database: CoderPathDb = db): Promise<Deck> {
  const now = nowIso();
  const deck = deckRecord(draft, { id: newId(), createdAt: now }, now);
  await database.decks.add(deck);
  return deck;
}

/** Saves an edit of a deck's name, description, domain or settings. Throws when the deck no longer exists. */
export async function updateDeck(id: Id, draft: DeckDraft, database: CoderPathDb = db): Promise<Deck> {
  return database.transaction('rw', database.decks, async () => {
    const existing = await database.decks.get(id);
    if (!existing) throw new Error('This deck no longer exists.');
    const deck = deckRecord(draft, existing, nowIso());
    await database.decks.put(deck);
    return deck;
  });
}

/**
 * Creates a deck with all its cards in one transaction (starter decks, imports, the code-set drill decks): either
 * the deck and every card are stored, or nothing is.
 */
export async function addDeckWithCards(
  deckDraft: DeckDraft,
  cardDrafts: readonly CardDraft[],
  database: CoderPathDb = db,
): Promise<{ deck: Deck; cards: Flashcard[] }> {
  const now = new Date();
  const deck = deckRecord(deckDraft, { id: newId(), createdAt: now.toISOString() }, now.toISOString());
  const cards = newCards(deck, cardDrafts, now);
  await database.transaction('rw', database.decks, database.cards, async () => {
    if (deck.starterId && (await database.decks.filter((d) => d.starterId === deck.starterId).count()) > 0) {
      throw new Error(`The deck “${deck.name}” is already in your decks.`);
    }
    await database.decks.add(deck);
    await database.cards.bulkAdd(cards);
  });
  return { deck, cards };
}

/** Adds cards to an existing deck in one transaction; they take the deck's domain unless a draft names one. */
export async function addCards(deckId: Id, drafts: readonly CardDraft[], database: CoderPathDb = db): Promise<Flashcard[]> {
  return database.transaction('rw', database.decks, database.cards, async () => {
    const deck = await database.decks.get(deckId);
    if (!deck) throw new Error('This deck no longer exists.');
    const cards = newCards(deck, drafts);
    await database.cards.bulkAdd(cards);
    return cards;
  });
}

export async function addCard(deckId: Id, draft: CardDraft, database: CoderPathDb = db): Promise<Flashcard> {
  return (await addCards(deckId, [draft], database))[0]!;
}

/** Saves an edit of a card's text, tags or domain; its schedule stays. */
export async function updateCard(id: Id, draft: CardDraft, database: CoderPathDb = db): Promise<Flashcard> {
  const fields = checkCardDraft(draft);
  return database.transaction('rw', database.cards, async () => {
    const existing = await database.cards.get(id);
    if (!existing) throw new Error('This card no longer exists.');
    const { domainId: _old, ...rest } = existing;
    const card: Flashcard = {
      ...rest,
      front: fields.front,
      back: fields.back,
      extra: fields.extra,
      tags: fields.tags,
      source: fields.source || existing.source,
      ...(fields.domainId ? { domainId: fields.domainId } : {}),
      updatedAt: nowIso(),
    };
    await database.cards.put(card);
    return card;
  });
}

/** Moves cards to another deck (schedules stay); returns how many moved. */
export async function moveCards(ids: readonly Id[], deckId: Id, database: CoderPathDb = db): Promise<number> {
  return database.transaction('rw', database.decks, database.cards, async () => {
    if (!(await database.decks.get(deckId))) throw new Error('The deck to move to no longer exists.');
    return database.cards.where('id').anyOf([...ids]).modify({ deckId, updatedAt: nowIso() });
  });
}

/** Deletes cards and returns them exactly as they were, for Undo. Their review history stays in the log. */
export async function deleteCards(ids: readonly Id[], database: CoderPathDb = db): Promise<Flashcard[]> {
  return database.transaction('rw', database.cards, async () => {
    const cards = (await database.cards.bulkGet([...ids])).filter((c): c is Flashcard => c !== undefined);
    await database.cards.bulkDelete(cards.map((c) => c.id));
    return cards;
  });
}

/** Puts deleted cards back (Undo); fails if their deck is gone. */
export async function restoreCards(cards: readonly Flashcard[], database: CoderPathDb = db): Promise<void> {
  await database.transaction('rw', database.decks, database.cards, async () => {
    const deckIds = new Set((await database.decks.bulkGet([...new Set(cards.map((c) => c.deckId))])).filter(Boolean).map((d) => d!.id));
    if (cards.some((c) => !deckIds.has(c.deckId))) throw new Error('The deck of these cards no longer exists.');
    await database.cards.bulkPut([...cards]);
  });
}

export interface DeletedDeck {
  deck: Deck;
  cards: Flashcard[];
}

/** Deletes a deck and its cards, returning both for Undo. The review log keeps their history. */
export async function deleteDeck(id: Id, database: CoderPathDb = db): Promise<DeletedDeck> {
  return database.transaction('rw', database.decks, database.cards, async () => {
    const deck = await database.decks.get(id);
    if (!deck) throw new Error('This deck no longer exists.');
    const range = database.cards.where('[deckId+queue+due]').between([id, '', ''], [id, '\uffff', '\uffff']);
    const cards = await range.toArray();
    await range.delete();
    await database.decks.delete(id);
    return { deck, cards };
  });
}

export async function restoreDeck(deleted: DeletedDeck, database: CoderPathDb = db): Promise<void> {
  await database.transaction('rw', database.decks, database.cards, async () => {
    await database.decks.put(deleted.deck);
    await database.cards.bulkPut(deleted.cards);
  });
}

/** Suspends (or unsuspends) a card: it keeps its schedule and is not shown while suspended. */
export async function setSuspended(id: Id, suspended: boolean, database: CoderPathDb = db): Promise<Flashcard> {
  return database.transaction('rw', database.cards, async () => {
    const card = await database.cards.get(id);
    if (!card) throw new Error('This card no longer exists.');
    const { buriedUntil: _b, ...rest } = card;
    const next: Flashcard = { ...rest, queue: suspended ? 'suspended' : queueFor(card.state), updatedAt: nowIso() };
    await database.cards.put(next);
    return next;
  });
}

/** Buries a card until `until` (tomorrow): it is not shown today and comes back by itself. */
export async function buryCard(id: Id, until: IsoDate, database: CoderPathDb = db): Promise<Flashcard> {
  return database.transaction('rw', database.cards, async () => {
    const card = await database.cards.get(id);
    if (!card) throw new Error('This card no longer exists.');
    const next: Flashcard = { ...card, queue: 'buried', buriedUntil: until, updatedAt: nowIso() };
    await database.cards.put(next);
    return next;
  });
}

/** Puts a card back exactly as it was (undo of suspend / bury / edit). */
export async function putCardBack(card: Flashcard, database: CoderPathDb = db): Promise<void> {
  await database.cards.put(card);
}
