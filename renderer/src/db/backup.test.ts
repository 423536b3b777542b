import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { parseBackup } from '../../../shared/backup';
import { comparable } from '../../../shared/backup/testArbitraries';
import { fakeSnapshot, randomBytes } from '../../../shared/backup/testFixture';
import type { AutoBackups, BackupFileInfo } from '../platform/platform';
import { createBackupText, countStored, restoreFromText, takeDailyBackupIfDue, takeSnapshot, writeSnapshot } from './backup';
import { CoderPathDb } from './db';
import { LATEST_SCHEMA_VERSION } from './schema';

let counter = 0;
const opened: CoderPathDb[] = [];
function freshDb(): CoderPathDb {
  const database = new CoderPathDb(`backup-test-${++counter}-${Math.random()}`);
  opened.push(database);
  return database;
}
afterEach(async () => {
  for (const database of opened.splice(0)) await database.delete();
});

const appVersion = '0.1.0';
const now = new Date('2025-01-02T03:04:05.006Z');

async function filled(certificates?: Uint8Array<ArrayBuffer>[]) {
  const database = freshDb();
  const snapshot = fakeSnapshot(certificates);
  await writeSnapshot(database, snapshot);
  return { database, snapshot };
}

describe('backup → restore', () => {
  it('gives back exactly the same data, certificate bytes byte for byte', async () => {
    const certificates = [randomBytes(1500), randomBytes(0), randomBytes(300_001)];
    const { database: source, snapshot } = await filled(certificates);
    const text = await createBackupText(source, { appVersion, now });

    const target = freshDb();
    await writeSnapshot(target, { ...fakeSnapshot([randomBytes(10)]), ceuEntries: [], attachments: [], credentials: [] });
    const result = await restoreFromText(text, target);
    expect(result).toMatchObject({ ok: true, counts: { credentials: 2, ceuEntries: 3, attachments: 3, profile: 1, timer: 1, keyValues: 2 } });

    const restored = await takeSnapshot(target);
    expect(await comparable(restored)).toStrictEqual(await comparable(snapshot));
    for (const [i, bytes] of certificates.entries()) {
      const stored = await target.attachments.get(`att-${i}`);
      expect(new Uint8Array(await stored!.data.arrayBuffer())).toEqual(bytes);
    }
  });

  it('writes app version, schema version and time into the file', async () => {
    const { database } = await filled();
    const parsed = await parseBackup(await createBackupText(database, { appVersion: '9.8.7', now }));
    expect(parsed.ok && parsed.meta).toMatchObject({ appVersion: '9.8.7', schemaVersion: LATEST_SCHEMA_VERSION, createdAt: now.toISOString(), formatVersion: 2 });
  });

  it('an empty store backs up and restores to an empty store', async () => {
    const empty = freshDb();
    const { database: target } = await filled();
    expect(await restoreFromText(await createBackupText(empty, { appVersion }), target)).toMatchObject({ ok: true });
    expect(Object.values(await countStored(target)).every((n) => n === 0)).toBe(true);
  });

  it('hands the current data to beforeRestore before replacing it', async () => {
    const { database: source } = await filled();
    const text = await createBackupText(source, { appVersion });
    const { database: target } = await filled([randomBytes(42)]);
    const before = await comparable(await takeSnapshot(target));
    let safety = '';
    const result = await restoreFromText(text, target, { appVersion, beforeRestore: async (current) => { safety = current; } });
    expect(result.ok).toBe(true);
    const parsed = await parseBackup(safety);
    expect(parsed.ok && (await comparable(parsed.snapshot))).toStrictEqual(before);
  });
});

describe('a restore that cannot complete changes nothing', () => {
  async function expectUnchanged(database: CoderPathDb, before: unknown) {
    expect(await comparable(await takeSnapshot(database))).toStrictEqual(before);
  }

  it('an invalid file: the problems are returned with where, and the data is untouched', async () => {
    const { database, snapshot } = await filled();
    const before = await comparable(snapshot);
    const good = JSON.parse(await createBackupText(database, { appVersion }));
    good.data.ceuEntries[1].completedOn = '2024-02-30';
    let called = false;
    const result = await restoreFromText(JSON.stringify(good), database, { beforeRestore: async () => { called = true; } });
    expect(result).toEqual({ ok: false, stage: 'validate', errors: [expect.objectContaining({ path: 'ceuEntries[1].completedOn', message: expect.stringContaining('"2024-02-30" is not a real date') })] });
    expect(called).toBe(false);
    await expectUnchanged(database, before);
  });

  it('truncated, foreign and newer-version files are refused with plain messages', async () => {
    const { database, snapshot } = await filled();
    const before = await comparable(snapshot);
    const text = await createBackupText(database, { appVersion });
    const newer = JSON.stringify({ ...JSON.parse(text), formatVersion: 99 });
    const cases: [string, string][] = [
      [text.slice(0, text.length / 2), 'ends early'],
      ['{"hello": "world"}', 'not a CoderPath backup'],
      [newer, 'newer version of CoderPath'],
      ['', 'empty'],
    ];
    for (const [input, expected] of cases) {
      const result = await restoreFromText(input, database);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.errors.map((e) => e.message).join(' ')).toContain(expected);
    }
    await expectUnchanged(database, before);
  });

  it('a failure halfway through the write leaves the old data intact (one transaction)', async () => {
    const { database: source } = await filled([randomBytes(5000), randomBytes(7)]);
    const text = await createBackupText(source, { appVersion });
    const { database: target, snapshot } = await filled([randomBytes(99)]);
    const before = await comparable(snapshot);
    // The last table written: by then every table was cleared and most were rewritten.
    target.keyValues.hook('creating', () => {
      throw new Error('disk full (simulated)');
    });
    const result = await restoreFromText(text, target);
    expect(result).toMatchObject({ ok: false, stage: 'write' });
    expect(!result.ok && result.errors[0]!.message).toContain('your data was left as it was');
    await expectUnchanged(target, before);
  });

  it('a safety backup that fails stops the restore before anything is replaced', async () => {
    const { database: source } = await filled();
    const text = await createBackupText(source, { appVersion });
    const { database: target, snapshot } = await filled([randomBytes(3)]);
    const before = await comparable(snapshot);
    const result = await restoreFromText(text, target, { beforeRestore: async () => { throw new Error('No space left on device'); } });
    expect(result).toMatchObject({ ok: false, stage: 'before-restore' });
    expect(!result.ok && result.errors[0]!.message).toBe('A safety backup of your current data could not be written, so nothing was restored: No space left on device');
    await expectUnchanged(target, before);
  });
});

describe('takeDailyBackupIfDue (desktop automatic backups)', () => {
  function fakeAutoBackups(existing: BackupFileInfo[] = []) {
    const created: { contents: string; reason: string; keep: number }[] = [];
    const autoBackups: AutoBackups = {
      list: async () => existing,
      create: async (contents, reason, keep) => {
        created.push({ contents, reason, keep });
        return { fileName: `x-${reason}.json`, createdAt: now.toISOString(), reason, size: contents.length, sequence: 1, clockBehindNewest: null };
      },
      read: async () => '',
    };
    return { autoBackups, created };
  }

  it('writes a daily backup of the whole store, keeping the profile’s number of backups', async () => {
    const { database } = await filled();
    await database.profile.update('profile', { autoBackupKeep: 7 });
    const stored = await takeSnapshot(database);
    const { autoBackups, created } = fakeAutoBackups([{ fileName: 'a', createdAt: '2025-01-01T03:04:05.006Z', reason: 'daily', size: 1, sequence: 1 }]);
    expect(await takeDailyBackupIfDue(database, { autoBackups, appVersion, now })).toMatchObject({ reason: 'daily' });
    expect(created.map((c) => [c.reason, c.keep])).toEqual([['daily', 7]]);
    const parsed = await parseBackup(created[0]!.contents);
    expect(parsed.ok && (await comparable(parsed.snapshot))).toStrictEqual(await comparable(stored));
  });

  it('writes nothing when a daily backup is less than 24 hours old, or in the browser', async () => {
    const { database } = await filled();
    const { autoBackups, created } = fakeAutoBackups([{ fileName: 'a', createdAt: '2025-01-01T12:00:00.000Z', reason: 'daily', size: 1, sequence: 1 }]);
    expect(await takeDailyBackupIfDue(database, { autoBackups, appVersion, now })).toBeNull();
    expect(await takeDailyBackupIfDue(database, { autoBackups: null, appVersion, now })).toBeNull();
    expect(created).toEqual([]);
  });
});
