import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { CoderPathDb } from './db';
import { v1Fixture, type FixtureData } from './fixtures';
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
    for (const table of USER_TABLES) await old.table(table).bulkAdd(data[table]);
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

  it('every version declares every user table', () => {
    for (const step of SCHEMA_VERSIONS) expect(Object.keys(step.stores).sort()).toEqual([...USER_TABLES].sort());
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
