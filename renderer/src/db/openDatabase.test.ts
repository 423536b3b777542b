import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { parseBackup } from '../../../shared/backup';
import { comparable } from '../../../shared/backup/testArbitraries';
import { fakeSnapshot } from '../../../shared/backup/testFixture';
import type { AutoBackups, BackupReason } from '../platform/platform';
import { takeSnapshot, writeSnapshot } from './backup';
import { CoderPathDb } from './db';
import { v1Fixture, type FixtureData } from './fixtures';
import { NewerDatabaseError, openDatabase, storedSchemaVersion, UpgradeBackupFailedError } from './openDatabase';
import { LATEST_SCHEMA_VERSION, USER_TABLES } from './schema';

let counter = 0;
const made: CoderPathDb[] = [];
function fresh(name = `open-test-${++counter}-${Math.random()}`) {
  const database = new CoderPathDb(name);
  made.push(database);
  return database;
}
afterEach(async () => {
  for (const database of made.splice(0)) await database.delete();
});

const now = new Date('2025-07-01T08:00:00.000Z');

function fakeAutoBackups(fail?: string) {
  const created: { contents: string; reason: BackupReason; keep: number }[] = [];
  const autoBackups: AutoBackups = {
    list: async () => [],
    create: async (contents, reason, keep) => {
      if (fail) throw new Error(fail);
      created.push({ contents, reason, keep });
      return { fileName: `f-${created.length}.json`, createdAt: now.toISOString(), reason, size: contents.length, sequence: created.length, clockBehindNewest: null };
    },
    read: async () => '',
  };
  return { autoBackups, created, options: { autoBackups, appVersion: async () => '0.2.0', now: () => now } };
}

async function writeV1(name: string, data = v1Fixture()) {
  const old = new CoderPathDb(name, { upTo: 1 });
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    // Only the tables that version had (later tables are empty in its fixture).
    for (const table of old.tables) await table.bulkAdd(data[table.name as keyof FixtureData]);
  });
  old.close();
  return data;
}

describe('storedSchemaVersion', () => {
  it('reads the Dexie version from the IndexedDB version (verno × 10), null when there is no database', async () => {
    const database = fresh();
    expect(await storedSchemaVersion(database.name)).toBeNull();
    await writeV1(database.name);
    expect(await storedSchemaVersion(database.name)).toBe(1);
  });
});

describe('openDatabase', () => {
  it('a database from version 1 with data: a before-upgrade backup first, holding the data as it was, then the upgrade', async () => {
    const database = fresh();
    const fixture = await writeV1(database.name);
    const { created, options } = fakeAutoBackups();

    const result = await openDatabase(database, options);

    expect(result).toMatchObject({ fromVersion: 1, version: LATEST_SCHEMA_VERSION, upgradeBackup: { status: 'written', upgradedCopy: true, file: { reason: 'before-upgrade' } } });
    expect(await storedSchemaVersion(`${database.name}-before-upgrade-copy`)).toBeNull(); // the trial copy is gone
    expect(created.map((c) => [c.reason, c.keep])).toEqual([['before-upgrade', 10]]);
    const parsed = await parseBackup(created[0]!.contents);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.meta).toMatchObject({ appVersion: '0.2.0', createdAt: now.toISOString() });
    // Every v1 record is in the backup (the v1 session without notes as the upgrade fills it: notes '').
    expect(parsed.snapshot.ceuEntries).toEqual(fixture.ceuEntries);
    expect(parsed.snapshot.studySessions).toEqual([{ ...fixture.studySessions[0], notes: '' }]);
    expect(new Uint8Array(await parsed.snapshot.attachments[0]!.data.arrayBuffer())).toEqual(new Uint8Array(await fixture.attachments[0]!.data.arrayBuffer()));
    // And the app's database is open at the latest version with the upgraded data.
    expect(database.isOpen()).toBe(true);
    expect(await comparable(await takeSnapshot(database))).toStrictEqual(await comparable(parsed.snapshot));
  });

  it('old records that already fit the backup format are backed up exactly as stored, with their old schema version', async () => {
    const database = fresh();
    const data = v1Fixture();
    data.studySessions = [{ ...data.studySessions[0]!, notes: 'had notes' }];
    data.profile[0]!.autoBackupKeep = 4;
    await writeV1(database.name, data);
    const { created, options } = fakeAutoBackups();
    expect((await openDatabase(database, options)).upgradeBackup).toMatchObject({ status: 'written', upgradedCopy: false });
    const parsed = await parseBackup(created[0]!.contents);
    expect(parsed.ok && parsed.meta.schemaVersion).toBe(1);
    expect(parsed.ok && parsed.snapshot.studySessions).toEqual(data.studySessions);
    expect(created[0]!.keep).toBe(4);
  });

  it('no backup for a new database, an empty old one, one already current, or in the browser', async () => {
    const brandNew = fresh();
    const a = fakeAutoBackups();
    expect(await openDatabase(brandNew, a.options)).toEqual({ fromVersion: null, version: LATEST_SCHEMA_VERSION, upgradeBackup: { status: 'not-needed' } });

    const emptyOld = fresh();
    await new CoderPathDb(emptyOld.name, { upTo: 1 }).open().then((d) => d.close());
    expect((await openDatabase(emptyOld, a.options)).upgradeBackup).toEqual({ status: 'not-needed' });

    const current = fresh();
    await writeSnapshot(current, fakeSnapshot());
    current.close();
    const again = fresh(current.name);
    expect(await openDatabase(again, a.options)).toMatchObject({ fromVersion: LATEST_SCHEMA_VERSION, upgradeBackup: { status: 'not-needed' } });

    const browser = fresh();
    await writeV1(browser.name);
    expect(await openDatabase(browser, { ...a.options, autoBackups: null })).toMatchObject({ fromVersion: 1, version: LATEST_SCHEMA_VERSION, upgradeBackup: { status: 'not-needed' } });
    expect(a.created).toEqual([]);
  });

  it('a backup that cannot be written stops the upgrade (nothing changes) until the user agrees to go on without it', async () => {
    const database = fresh();
    await writeV1(database.name);
    const { options } = fakeAutoBackups('No space left on device');
    const refused = await openDatabase(database, options).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(UpgradeBackupFailedError);
    expect((refused as Error).message).toBe('The backup CoderPath takes before upgrading your data could not be written: No space left on device');
    expect(database.isOpen()).toBe(false);
    expect(await storedSchemaVersion(database.name)).toBe(1); // not upgraded

    const result = await openDatabase(database, { ...options, upgradeWithoutBackup: true });
    expect(result.upgradeBackup).toEqual({ status: 'skipped', message: 'No space left on device' });
    expect(result.version).toBe(LATEST_SCHEMA_VERSION);
    expect(await database.ceuEntries.count()).toBe(1);
  });

  it('data written by a newer CoderPath is not opened, with or without the browser listing databases', async () => {
    const database = fresh();
    const newer = new Dexie(database.name);
    newer.version(LATEST_SCHEMA_VERSION + 1).stores({ profile: 'id', somethingNew: 'id' });
    await newer.open();
    await newer.table('profile').put({ id: 'profile', name: 'from the future' });
    newer.close();
    const { options } = fakeAutoBackups();

    const listed = await openDatabase(database, options).catch((error: unknown) => error);
    expect(listed).toBeInstanceOf(NewerDatabaseError);
    expect((listed as NewerDatabaseError).storedVersion).toBe(LATEST_SCHEMA_VERSION + 1);
    expect(database.isOpen()).toBe(false);
    await expect(database.profile.get('profile')).rejects.toThrow(); // and no read opens it behind the app's back

    // Without indexedDB.databases() the version shows only once open: closed again at once, nothing written.
    const unlisted = fresh(database.name);
    const factory = Object.assign(Object.create(indexedDB) as IDBFactory, { databases: undefined });
    const opened = await openDatabase(unlisted, { ...options, indexedDB: factory }).catch((error: unknown) => error);
    expect(opened).toBeInstanceOf(NewerDatabaseError);
    expect(unlisted.isOpen()).toBe(false);
    await expect(unlisted.profile.get('profile')).rejects.toThrow();
    expect(await storedSchemaVersion(database.name)).toBe(LATEST_SCHEMA_VERSION + 1);
  });

  it('called twice (React StrictMode), it opens once and backs up once', async () => {
    const database = fresh();
    await writeV1(database.name);
    const { created, options } = fakeAutoBackups();
    const [first, second] = await Promise.all([openDatabase(database, options), openDatabase(database, options)]);
    expect(second).toBe(first);
    expect(created).toHaveLength(1);
  });
});
