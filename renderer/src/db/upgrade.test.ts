import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { CoderPathDb } from './db';
import { v1Fixture, v2Fixture, v3Fixture, type FixtureData } from './fixtures';
import { LATEST_SCHEMA_VERSION, SCHEMA_VERSIONS, USER_TABLES } from './schema';

let counter = 0;
const opened: CoderPathDb[] = [];
function freshName() {
  counter += 1;
  return `upgrade-test-${counter}`;
}

async function writeWithVersion(name: string, version: number, data: FixtureData) {
  const old = new CoderPathDb(name, { upTo: version });
  await old.open();
  expect(old.verno).toBe(version);
  await old.transaction('rw', old.tables, async () => {
    // Only the tables that version had (later tables are empty in its fixture).
    for (const table of old.tables) await table.bulkAdd(data[table.name as keyof FixtureData]);
  });
  old.close();
}

async function blobBytes(blob: Blob) {
  return Array.from(new Uint8Array(await blob.arrayBuffer()));
}

afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

describe('schema versions', () => {
  it('are numbered 1, 2, … without gaps, each with a note', () => {
    SCHEMA_VERSIONS.forEach((step, index) => {
      expect(step.version).toBe(index + 1);
      expect(step.note.length).toBeGreaterThan(10);
    });
  });

  it('the newest version declares every user table, and no version drops a table an older one had', () => {
    expect(Object.keys(SCHEMA_VERSIONS.at(-1)!.stores).sort()).toEqual([...USER_TABLES].sort());
    SCHEMA_VERSIONS.slice(1).forEach((step, i) => {
      for (const table of Object.keys(SCHEMA_VERSIONS[i]!.stores)) expect(Object.keys(step.stores), `v${step.version}`).toContain(table);
    });
  });
});

describe('upgrading a database written by version 1', () => {
  it('keeps every record and every field, and fills what version 2 added', async () => {
    const name = freshName();
    const fixture = v1Fixture();
    await writeWithVersion(name, 1, fixture);

    const db = new CoderPathDb(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);

    for (const table of USER_TABLES) {
      const rows = await db.table(table).toArray();
      expect(rows, table).toHaveLength(fixture[table].length);
    }
    expect(await db.profile.get('profile')).toEqual(fixture.profile[0]);
    expect(await db.credentials.get('cred-cpc')).toEqual(fixture.credentials[0]);
    expect(await db.ceuEntries.get('ceu-1')).toEqual(fixture.ceuEntries[0]);
    expect(await db.studyPlans.get('plan-1')).toEqual(fixture.studyPlans[0]);
    expect(await db.practiceAttempts.get('attempt-1')).toEqual(fixture.practiceAttempts[0]);
    expect(await db.milestones.get('ms-1')).toEqual(fixture.milestones[0]);
    expect(await db.timer.get('timer')).toEqual(fixture.timer[0]);
    expect(await db.keyValues.get('lastDeadlineNotice')).toEqual(fixture.keyValues[0]);
    expect(await db.studySessions.get('session-1')).toEqual({ ...fixture.studySessions[0], notes: '' });

    const attachment = await db.attachments.get('att-1');
    expect(attachment).toMatchObject({ ...fixture.attachments[0], data: expect.anything() });
    expect(await blobBytes(attachment!.data)).toEqual(await blobBytes(fixture.attachments[0]!.data));
  });

  it('answers the queries version 2 indexes: attempts by exam and date, records by sample flag', async () => {
    const name = freshName();
    const fixture = v1Fixture();
    fixture.practiceAttempts.push({ ...fixture.practiceAttempts[0]!, id: 'attempt-2', date: '2025-03-01', correct: 71 });
    fixture.ceuEntries.push({ ...fixture.ceuEntries[0]!, id: 'ceu-sample', sample: 1 });
    await writeWithVersion(name, 1, fixture);

    const db = new CoderPathDb(name);
    opened.push(db);
    const attempts = await db.practiceAttempts
      .where('[examCode+date]')
      .between(['CPC', '2025-02-15'], ['CPC', '2025-12-31'])
      .toArray();
    expect(attempts.map((a) => a.id)).toEqual(['attempt-2']);
    expect((await db.ceuEntries.where('sample').equals(1).toArray()).map((e) => e.id)).toEqual(['ceu-sample']);
  });
});

/** The index names IndexedDB itself holds for each store, after Dexie opened the database. */
function storedIndexes(db: CoderPathDb): Record<string, string[]> {
  const idb = db.backendDB();
  const names = [...idb.objectStoreNames];
  const tx = idb.transaction(names, 'readonly');
  return Object.fromEntries(names.map((name) => [name, [...tx.objectStore(name).indexNames].sort()]));
}

function primaryKey(row: object): string {
  return String('id' in row ? row.id : 'key' in row ? row.key : '');
}

describe('upgrading a database written by version 2', () => {
  async function openV2(fixture: FixtureData) {
    const name = freshName();
    await writeWithVersion(name, 2, fixture);
    const db = new CoderPathDb(name);
    opened.push(db);
    await db.open();
    return db;
  }

  it('keeps every record and every field', async () => {
    const fixture = v2Fixture();
    const db = await openV2(fixture);
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    // IndexedDB returns rows in primary-key order; Blobs are compared by their bytes below.
    const byKey = (rows: readonly object[]) => [...rows].sort((a, b) => primaryKey(a).localeCompare(primaryKey(b)));
    for (const table of USER_TABLES) {
      if (table === 'attachments') continue;
      expect(await db.table(table).toArray(), table).toEqual(byKey(fixture[table]));
    }
    const attachment = await db.attachments.get('att-1');
    expect(attachment).toMatchObject({ ...fixture.attachments[0], data: expect.anything() });
    expect(await blobBytes(attachment!.data)).toEqual(await blobBytes(fixture.attachments[0]!.data));
  });

  it('drops the indexes nothing queries (CEU provider and category, credential cycleEnd, plan examCode and examDate, milestone targetDate) and keeps the rest', async () => {
    const db = await openV2(v2Fixture());
    expect(storedIndexes(db)).toMatchObject({
      attachments: ['entryId', 'sample'],
      ceuEntries: ['completedOn', 'sample'],
      credentials: ['code', 'sample'],
      keyValues: [],
      milestones: ['sample', 'stage'],
      practiceAttempts: ['[examCode+date]', 'date', 'examCode', 'sample'],
      profile: [],
      studyPlans: ['sample'],
      studySessions: ['date', 'planId', 'sample'],
      timer: [],
    });
  });

  it('still answers every query the app makes through an index', async () => {
    const db = await openV2(v2Fixture());
    expect((await db.ceuEntries.where('completedOn').aboveOrEqual('2024-01-01').primaryKeys()).sort()).toEqual(['ceu-1', 'ceu-sample']);
    for (const table of ['credentials', 'ceuEntries', 'studyPlans', 'milestones'] as const) {
      expect(await db.table(table).where('sample').equals(1).count(), table).toBe(1);
    }
    expect(await db.attachments.where('entryId').equals('ceu-1').primaryKeys()).toEqual(['att-1']);
    expect(await db.milestones.where('stage').equals('certification').count()).toBe(2);
    expect(await db.studySessions.where('planId').anyOf(['plan-1']).primaryKeys()).toEqual(['session-1']);
    expect(await db.studySessions.where('date').aboveOrEqual('2025-01-01').primaryKeys()).toEqual(['session-1']);
    expect((await db.practiceAttempts.orderBy('date').last())?.id).toBe('attempt-1');
    expect(await db.practiceAttempts.where('examCode').equals('CPC').primaryKeys()).toEqual(['attempt-1']);
  });
});

describe('upgrading a database written by version 3', () => {
  async function openV3(fixture: FixtureData) {
    const name = freshName();
    await writeWithVersion(name, 3, fixture);
    const db = new CoderPathDb(name);
    opened.push(db);
    await db.open();
    return db;
  }

  it('keeps every record and every field, and adds empty flashcard tables', async () => {
    const fixture = v3Fixture();
    const db = await openV3(fixture);
    expect(db.verno).toBe(4);
    const byKey = (rows: readonly object[]) => [...rows].sort((a, b) => primaryKey(a).localeCompare(primaryKey(b)));
    for (const table of USER_TABLES) {
      if (table === 'attachments') continue;
      expect(await db.table(table).toArray(), table).toEqual(byKey(fixture[table]));
    }
    const attachment = await db.attachments.get('att-1');
    expect(await blobBytes(attachment!.data)).toEqual(await blobBytes(fixture.attachments[0]!.data));
    expect(await db.decks.count()).toBe(0);
    expect(await db.cards.count()).toBe(0);
    expect(await db.reviewLog.count()).toBe(0);
  });

  it('creates the flashcard indexes the queue, counts, mastery and statistics read, and leaves the others as they were', async () => {
    const db = await openV3(v3Fixture());
    expect(storedIndexes(db)).toEqual({
      attachments: ['entryId', 'sample'],
      ceuEntries: ['completedOn', 'sample'],
      credentials: ['code', 'sample'],
      keyValues: [],
      milestones: ['sample', 'stage'],
      practiceAttempts: ['[examCode+date]', 'date', 'examCode', 'sample'],
      profile: [],
      studyPlans: ['sample'],
      studySessions: ['date', 'planId', 'sample'],
      timer: [],
      decks: ['sample'],
      cards: ['[deckId+queue+due]', '[domainId+stability]', 'sample'],
      reviewLog: ['[deckId+day]', 'cardId', 'day', 'sample'],
    });
  });

  it('stores and finds flashcards through the new indexes after the upgrade', async () => {
    const db = await openV3(v3Fixture());
    const at = '2025-06-01T12:00:00.000Z';
    await db.decks.add({ id: 'deck-1', name: 'Word parts', description: '', desiredRetention: 0.9, maximumInterval: 36500, newPerDay: 20, reviewsPerDay: 200, createdAt: at, updatedAt: at });
    await db.cards.add({
      id: 'card-1', deckId: 'deck-1', front: 'cardi/o', back: 'heart', extra: '', tags: [], domainId: 'medical-terminology', source: '', queue: 'review',
      state: 'review', due: '2025-06-03T12:00:00.000Z', stability: 30, difficulty: 5, elapsedDays: 2, scheduledDays: 30, learningSteps: 0, reps: 3, lapses: 0,
      createdAt: at, updatedAt: at,
    });
    const due = await db.cards.where('[deckId+queue+due]').between(['deck-1', 'review', ''], ['deck-1', 'review', '2025-06-04']).primaryKeys();
    expect(due).toEqual(['card-1']);
    expect(await db.cards.where('[domainId+stability]').between(['medical-terminology', 21], ['medical-terminology', Infinity]).count()).toBe(1);
  });
});
