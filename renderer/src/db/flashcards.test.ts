import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { CoderPathDb } from './db';
import { addCards, addDeckWithCards, buryCard, deleteCards, deleteDeck, moveCards, restoreCards, restoreDeck, setSuspended, updateCard } from './flashcards';
import { readMasteryForExam, readDeckSummaries, readTodayNumbers, readFlashcardStats } from './flashcardReads';
import { flashcardSessionId, readTodayQueue, recordAnswer, undoAnswer } from './flashcardReviews';
import { nextCard } from '../../../shared/flashcards/session';
import { DraftError } from '../../../shared/flashcards/drafts';

let n = 0;
const opened: CoderPathDb[] = [];
function fresh() {
  const database = new CoderPathDb(`flashcards-test-${++n}`);
  opened.push(database);
  return database;
}
afterEach(async () => {
  for (const database of opened.splice(0)) await database.delete();
});

const now = new Date('2026-03-10T09:00:00');
const drafts = (count: number) => Array.from({ length: count }, (_, i) => ({ front: `front ${i}`, back: `back ${i}` }));

describe('decks and cards', () => {
  it('adds a deck with all its cards in one step, new cards in the given order with the deck’s domain', async () => {
    const database = fresh();
    const { deck, cards } = await addDeckWithCards({ name: 'Word parts', domainId: 'medical-terminology' }, drafts(3), database);
    expect(deck).toMatchObject({ desiredRetention: 0.9, maximumInterval: 36500, newPerDay: 20, reviewsPerDay: 200 });
    const stored = await database.cards.toArray();
    expect(stored).toHaveLength(3);
    expect(stored.every((c) => c.domainId === 'medical-terminology' && c.queue === 'new' && c.state === 'new')).toBe(true);
    const { queue } = await readTodayQueue(now, undefined, database);
    expect(queue.fresh.map((c) => c.front)).toEqual(cards.map((c) => c.front));
  });

  it('refuses a bad card and stores nothing (all or nothing)', async () => {
    const database = fresh();
    await expect(addDeckWithCards({ name: 'D' }, [...drafts(2), { front: ' ', back: 'x' }], database)).rejects.toBeInstanceOf(DraftError);
    expect(await database.decks.count()).toBe(0);
    expect(await database.cards.count()).toBe(0);
  });

  it('does not add the same starter deck twice', async () => {
    const database = fresh();
    await addDeckWithCards({ name: 'HIPAA', starterId: 'hipaa' }, drafts(1), database);
    await expect(addDeckWithCards({ name: 'HIPAA', starterId: 'hipaa' }, drafts(1), database)).rejects.toThrow('already in your decks');
    expect(await database.cards.count()).toBe(1);
  });

  it('edits, moves, deletes with undo, and deletes a deck with undo', async () => {
    const database = fresh();
    const a = await addDeckWithCards({ name: 'A' }, drafts(2), database);
    const b = await addDeckWithCards({ name: 'B' }, [], database);
    const edited = await updateCard(a.cards[0]!.id, { front: 'new front', back: 'new back', tags: ['x'] }, database);
    expect(edited).toMatchObject({ front: 'new front', tags: ['x'], due: a.cards[0]!.due });
    expect(await moveCards([a.cards[1]!.id], b.deck.id, database)).toBe(1);
    expect((await database.cards.get(a.cards[1]!.id))!.deckId).toBe(b.deck.id);
    const removed = await deleteCards([edited.id], database);
    expect(await database.cards.get(edited.id)).toBeUndefined();
    await restoreCards(removed, database);
    expect(await database.cards.get(edited.id)).toEqual(edited);
    const deleted = await deleteDeck(a.deck.id, database);
    expect(deleted.cards).toHaveLength(1);
    expect(await database.cards.count()).toBe(1);
    await restoreDeck(deleted, database);
    expect(await database.cards.count()).toBe(2);
  });
});

describe('reviewing', () => {
  it('an answer stores the schedule, a log row with the state before and after, and study time for the domain; undo puts all back', async () => {
    const database = fresh();
    await database.studyPlans.add({ id: 'plan', name: 'CPC', examCode: 'CPC', examDate: '2026-06-01', startDate: '2026-01-01', weeklyHoursGoal: 5, weights: [], active: true, createdAt: now.toISOString(), updatedAt: now.toISOString() });
    const { cards } = await addDeckWithCards({ name: 'Terms', domainId: 'medical-terminology' }, drafts(1), database);
    const before = (await database.cards.get(cards[0]!.id))!;
    const { card, log } = await recordAnswer(before.id, 3, { now, durationMs: 30_000 }, database);
    expect(card).toMatchObject({ state: 'learning', queue: 'learning', reps: 1 });
    expect(log).toMatchObject({ cardId: before.id, rating: 3, day: '2026-03-10', domainId: 'medical-terminology', durationMs: 30_000 });
    expect(log.before.state).toBe('new');
    expect(log.after).toMatchObject({ state: 'learning', due: card.due });
    const session = await database.studySessions.get(flashcardSessionId('2026-03-10', 'medical-terminology'));
    expect(session).toMatchObject({ date: '2026-03-10', minutes: 0.5, domainId: 'medical-terminology', planId: 'plan' });
    // A long pause counts at most 60 seconds (Anki's maximum answer time).
    const second = await recordAnswer(before.id, 3, { now: new Date(card.due), durationMs: 600_000 }, database);
    expect((await database.studySessions.get(session!.id))!.minutes).toBe(1.5);

    await undoAnswer(second.log.id, database);
    const restored = await undoAnswer(log.id, database);
    expect({ ...restored, updatedAt: before.updatedAt }).toEqual(before);
    expect(await database.reviewLog.count()).toBe(0);
    expect(await database.studySessions.count()).toBe(0);
  });

  it('today’s queue keeps each deck’s daily new-card limit, counting what was done today', async () => {
    const database = fresh();
    const { deck } = await addDeckWithCards({ name: 'Terms', newPerDay: 2 }, drafts(5), database);
    let { queue } = await readTodayQueue(now, deck.id, database);
    expect(queue.fresh).toHaveLength(2);
    await recordAnswer(queue.fresh[0]!.id, 4, { now }, database);
    ({ queue } = await readTodayQueue(now, deck.id, database));
    expect(queue.fresh).toHaveLength(1);
    const [summary] = await readDeckSummaries(now, database);
    expect(summary).toMatchObject({ total: 5, fresh: 1, learning: 0 });
  });

  it('suspended and buried cards are not drawn; a buried card is back the next day', async () => {
    const database = fresh();
    const { cards } = await addDeckWithCards({ name: 'Terms' }, drafts(3), database);
    await setSuspended(cards[0]!.id, true, database);
    await buryCard(cards[1]!.id, '2026-03-11', database);
    let { queue } = await readTodayQueue(now, undefined, database);
    expect(queue.fresh.map((c) => c.id)).toEqual([cards[2]!.id]);
    ({ queue } = await readTodayQueue(new Date('2026-03-11T09:00:00'), undefined, database));
    expect(queue.fresh.map((c) => c.id).sort()).toEqual([cards[1]!.id, cards[2]!.id].sort());
    expect((await readDeckSummaries(new Date('2026-03-11T09:00:00'), database))[0]).toMatchObject({ fresh: 2, suspended: 1 });
    await setSuspended(cards[0]!.id, false, database);
    expect((await database.cards.get(cards[0]!.id))!.queue).toBe('new');
  });

  it('a card answered Good twice is due in days; the forecast, reviews per day, dashboard numbers follow', async () => {
    const database = fresh();
    const { cards } = await addDeckWithCards({ name: 'Terms', domainId: 'medical-terminology' }, drafts(2), database);
    const first = await recordAnswer(cards[0]!.id, 3, { now }, database);
    const second = await recordAnswer(cards[0]!.id, 3, { now: new Date(first.card.due) }, database);
    expect(second.card.state).toBe('review');
    const { queue } = await readTodayQueue(new Date(first.card.due), undefined, database);
    expect(nextCard(queue, new Date(first.card.due))).toMatchObject({ kind: 'card', card: { id: cards[1]!.id } });
    const stats = await readFlashcardStats(now, database);
    expect(stats.perDay.at(-1)).toEqual({ day: '2026-03-10', count: 2 });
    expect(stats.forecast.reduce((s, d) => s + d.count, 0)).toBe(1);
    expect(stats.target).toBe(0.9);
    const numbers = await readTodayNumbers(now, database);
    expect(numbers).toMatchObject({ doneToday: 2, streak: 1, due: 1, dueReviews: 0 });
  });
});

describe('mastery for an exam', () => {
  it('counts per exam domain the cards with stability of 21 days or more', async () => {
    const database = fresh();
    const { cards } = await addDeckWithCards({ name: 'Terms', domainId: 'medical-terminology' }, drafts(4), database);
    await addCards((await database.decks.toArray())[0]!.id, [{ front: 'I10', back: 'Essential hypertension', domainId: 'icd-10-cm' }], database);
    await database.cards.update(cards[0]!.id, { stability: 40 });
    const rows = await readMasteryForExam('CPC', database);
    expect(rows.find((r) => r.domainId === 'medical-terminology')).toEqual({ domainId: 'medical-terminology', cards: 4, mastered: 1, share: 0.25 });
    expect(rows.find((r) => r.domainId === 'icd-10-cm')).toMatchObject({ cards: 1, mastered: 0 });
    expect(rows.find((r) => r.domainId === 'anesthesia')).toMatchObject({ cards: 0, share: null });
    expect(await readMasteryForExam('NOPE', database)).toEqual([]);
  });
});
