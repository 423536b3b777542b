/** Backup format 2: the flashcard tables in the file, the upgrade of version-1 files, and their checks. */
import { describe, expect, it } from 'vitest';
import { parseBackup, serializeBackup } from './format';
import { fakeMeta, fakeSnapshot } from './testFixture';
import { comparable } from './testArbitraries';

type Json = Record<string, any>;

async function fileOf(): Promise<Json> {
  return JSON.parse(await serializeBackup(fakeSnapshot([]), fakeMeta)) as Json;
}

describe('flashcards in backups', () => {
  it('round-trips decks, cards with their schedules and the review log exactly', async () => {
    const snapshot = fakeSnapshot([]);
    const parsed = await parseBackup(await serializeBackup(snapshot, fakeMeta));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(await comparable(parsed.snapshot)).toEqual(await comparable(snapshot));
    expect(parsed.meta.counts).toMatchObject({ decks: 1, cards: 1, reviewLog: 1 });
  });

  it('reads a version-1 file (no flashcard tables) as version 2 with empty decks, cards and log', async () => {
    const file = await fileOf();
    delete file.data.decks;
    delete file.data.cards;
    delete file.data.reviewLog;
    delete file.counts.decks;
    delete file.counts.cards;
    delete file.counts.reviewLog;
    file.formatVersion = 1;
    const parsed = await parseBackup(JSON.stringify(file));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.meta.formatVersion).toBe(1);
    expect([parsed.snapshot.decks, parsed.snapshot.cards, parsed.snapshot.reviewLog]).toEqual([[], [], []]);
    expect(parsed.snapshot.ceuEntries).toHaveLength(3);
  });

  it('refuses, naming the place, a card whose deck is not in the file, a bad rating, a missing table', async () => {
    const noDeck = await fileOf();
    noDeck.data.cards[0].deckId = 'gone';
    expect(await parseBackup(JSON.stringify(noDeck))).toEqual({
      ok: false,
      errors: [{ path: 'cards[0].deckId', message: 'cards[0].deckId: "gone" does not match any flashcard deck in the backup' }],
    });
    const badRating = await fileOf();
    badRating.data.reviewLog[0].rating = 5;
    const bad = await parseBackup(JSON.stringify(badRating));
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.errors[0]!.path).toBe('reviewLog[0].rating');
    const missing = await fileOf();
    delete missing.data.cards;
    const gone = await parseBackup(JSON.stringify(missing));
    expect(!gone.ok && gone.errors.map((e) => e.path)).toContain('cards');
    const retention = await fileOf();
    retention.data.decks[0].desiredRetention = 1.5;
    const high = await parseBackup(JSON.stringify(retention));
    expect(!high.ok && high.errors[0]!.path).toBe('decks[0].desiredRetention');
  });

  it('refuses a count that does not match the flashcards in the file', async () => {
    const file = await fileOf();
    file.counts.reviewLog = 7;
    const parsed = await parseBackup(JSON.stringify(file));
    expect(!parsed.ok && parsed.errors[0]!.message).toContain('counts.reviewLog says 7 but the backup holds 1 flashcard reviews');
  });
});
