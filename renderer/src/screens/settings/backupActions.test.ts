import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { serializeBackup } from '../../../../shared/backup';
import { fakeMeta, fakeSnapshot, randomBytes } from '../../../../shared/backup/testFixture';
import { countStored, takeSnapshot, writeSnapshot } from '../../db/backup';
import { CoderPathDb } from '../../db/db';
import type { AutoBackups, Platform, SaveOptions } from '../../platform/platform';
import { applyRestore, formatSize, pickBackupFile, prepareRestore, saveBackupFile, suggestedBackupName } from './backupActions';

const made: CoderPathDb[] = [];
function fresh() {
  const database = new CoderPathDb(`actions-${Math.random()}`);
  made.push(database);
  return database;
}
afterEach(async () => {
  for (const database of made.splice(0)) await database.delete();
});

function fakePlatform(options: { desktop?: boolean; opened?: Uint8Array | null; failBackup?: boolean } = {}) {
  const saved: SaveOptions[] = [];
  const autoCreated: { contents: string; reason: string; keep: number }[] = [];
  const autoBackups: AutoBackups = {
    list: async () => [],
    create: async (contents, reason, keep) => {
      if (options.failBackup) throw new Error('disk full');
      autoCreated.push({ contents, reason, keep });
      return { fileName: 'f.json', createdAt: '2025-01-01T00:00:00.000Z', reason, size: contents.length, sequence: 1, clockBehindNewest: null };
    },
    read: async () => '',
  };
  const platform: Platform = {
    kind: options.desktop ? 'desktop' : 'browser',
    appInfo: async () => ({ name: 'CoderPath', version: '1.2.3', platform: 'test', dataPath: '', backupsPath: '' }),
    saveFile: async (o) => {
      saved.push(o);
      return { saved: true, where: o.suggestedName };
    },
    openFile: async () => (options.opened === undefined ? null : options.opened && { name: 'picked.json', bytes: options.opened }),
    notify: async () => false,
    pagePdf: async () => null,
    savePageAsPdf: async () => ({ saved: false }),
    openExternal: async () => false,
    autoBackups: options.desktop ? autoBackups : null,
    onMenuCommand: () => () => {},
  };
  return { platform, saved, autoCreated };
}

describe('Back up now', () => {
  it('suggests coderpath-backup-YYYY-MM-DD.json and saves the whole store with the app version', async () => {
    expect(suggestedBackupName(new Date(2025, 0, 31, 23, 59))).toBe('coderpath-backup-2025-01-31.json');
    const database = fresh();
    await writeSnapshot(database, fakeSnapshot());
    const { platform, saved } = fakePlatform();
    const now = new Date(2025, 4, 6, 10, 0);
    expect(await saveBackupFile(platform, database, now)).toEqual({ saved: true, where: 'coderpath-backup-2025-05-06.json' });
    expect(saved[0]).toMatchObject({ suggestedName: 'coderpath-backup-2025-05-06.json', mimeType: 'application/json', filters: [{ name: 'CoderPath backup', extensions: ['json'] }] });
    const file = JSON.parse(saved[0]!.contents as string);
    expect(file).toMatchObject({ format: 'coderpath-backup', appVersion: '1.2.3', counts: { ceuEntries: 3, attachments: 3 } });
  });
});

describe('Restore from a file', () => {
  it('a file that is not UTF-8 text is reported, and cancelling gives null', async () => {
    expect(await pickBackupFile(fakePlatform({ opened: new Uint8Array([0xff, 0xfe, 0x00, 0xd8]) }).platform)).toEqual({
      name: 'picked.json', errors: [{ path: '', message: 'The file is not text (it is not UTF-8), so it is not a CoderPath backup.' }],
    });
    expect(await pickBackupFile(fakePlatform().platform)).toBeNull();
  });

  it('prepare counts the file against the store and changes nothing', async () => {
    const database = fresh();
    await writeSnapshot(database, { ...fakeSnapshot([randomBytes(5)]), ceuEntries: [], attachments: [], credentials: [] });
    const before = await countStored(database);
    const text = await serializeBackup(fakeSnapshot(), fakeMeta);
    const prepared = await prepareRestore('backup.json', text, database);
    expect(prepared).toMatchObject({ ok: true, source: 'backup.json', fileCounts: { ceuEntries: 3, attachments: 3, credentials: 2 }, currentCounts: { ceuEntries: 0, attachments: 0, credentials: 0, profile: 1 } });
    expect(await countStored(database)).toEqual(before);
  });

  it('an invalid file is refused with located messages', async () => {
    const prepared = await prepareRestore('x.json', '{"format":"coderpath-backup","formatVersion":1', fresh());
    expect(prepared).toEqual({ ok: false, source: 'x.json', errors: [expect.objectContaining({ message: expect.stringContaining('ends early') })] });
  });

  it('desktop: writes a before-restore backup of the current data first, then replaces it', async () => {
    const database = fresh();
    await writeSnapshot(database, { ...fakeSnapshot([randomBytes(5)]), profile: { ...fakeSnapshot().profile!, autoBackupKeep: 3 } });
    const prepared = await prepareRestore('b.json', await serializeBackup({ ...fakeSnapshot(), keyValues: [] }, fakeMeta), database);
    if (!prepared.ok) throw new Error('fixture should be valid');
    const { platform, autoCreated } = fakePlatform({ desktop: true });
    let writeStarted = false;
    const result = await applyRestore(prepared, platform, database, () => { writeStarted = true; });
    expect(result.ok).toBe(true);
    expect(writeStarted).toBe(true);
    expect(autoCreated.map((c) => [c.reason, c.keep, JSON.parse(c.contents).counts.keyValues])).toEqual([['before-restore', 3, 2]]);
    expect(await database.keyValues.count()).toBe(0);
  });

  it('desktop: if the safety backup fails, nothing is replaced', async () => {
    const database = fresh();
    await writeSnapshot(database, fakeSnapshot([randomBytes(5)]));
    const before = await takeSnapshot(database);
    const prepared = await prepareRestore('b.json', await serializeBackup({ ...fakeSnapshot(), keyValues: [] }, fakeMeta), database);
    if (!prepared.ok) throw new Error('fixture should be valid');
    const result = await applyRestore(prepared, fakePlatform({ desktop: true, failBackup: true }).platform, database);
    expect(result).toMatchObject({ ok: false, stage: 'before-restore' });
    expect(await database.keyValues.count()).toBe(before.keyValues.length);
  });

  it('a backup without a profile gets a fresh default profile (the app needs one)', async () => {
    const database = fresh();
    const prepared = await prepareRestore('b.json', await serializeBackup({ ...fakeSnapshot(), profile: null }, fakeMeta), database);
    if (!prepared.ok) throw new Error('fixture should be valid');
    expect((await applyRestore(prepared, fakePlatform().platform, database)).ok).toBe(true);
    expect(await database.profile.get('profile')).toMatchObject({ name: '', autoBackupKeep: 10 });
  });
});

describe('formatSize', () => {
  it('bytes, KB and MB', () => {
    expect([formatSize(900), formatSize(1536), formatSize(5 * 1024 * 1024 + 100_000)]).toEqual(['900 bytes', '1.5 KB', '5.1 MB']);
  });
});
