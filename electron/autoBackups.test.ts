import { mkdir, mkdtemp, readdir, readFile, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  backupFileName,
  listBackups,
  needsDailyBackup,
  parseBackupFileName,
  readBackup,
  removeStaleTempFiles,
  rotateBackups,
  writeBackupAtomic,
  type BackupFileInfo,
} from './autoBackups';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'coderpath-backups-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const t0 = new Date('2024-05-01T13:45:30.123Z');
const plusHours = (h: number) => new Date(t0.getTime() + h * 3_600_000);

describe('file names', () => {
  it('carry the time and reason, without characters Windows refuses', () => {
    expect(backupFileName(t0, 'before-restore', 42)).toBe('coderpath-backup-000042-2024-05-01T13-45-30-123Z-before-restore.json');
    expect(parseBackupFileName('coderpath-backup-000042-2024-05-01T13-45-30-123Z-before-restore.json')).toEqual({ createdAt: '2024-05-01T13:45:30.123Z', reason: 'before-restore', sequence: 42 });
  });
  it('names from before write-order numbers are still ours, numbered 0', () => {
    expect(parseBackupFileName('coderpath-backup-2024-05-01T13-45-30-123Z-daily.json')).toEqual({ createdAt: '2024-05-01T13:45:30.123Z', reason: 'daily', sequence: 0 });
  });
  it('anything else is not ours', () => {
    const foreign = [
      'coderpath-backup-2024-05-01T13-45-30-123Z-whenever.json', 'coderpath-backup-2024-13-01T13-45-30-123Z-daily.json',
      'coderpath-backup-2024-05-01T13-45-30-123Z-daily.json.tmp', '../coderpath-backup-2024-05-01T13-45-30-123Z-daily.json',
      'notes.txt', '.coderpath-backup-123.tmp',
    ];
    expect(foreign.map(parseBackupFileName)).toEqual(foreign.map(() => null));
  });
});

describe('writeBackupAtomic', () => {
  it('writes the exact contents under the backup name and leaves no temp file', async () => {
    const contents = '{"format":"coderpath-backup","note":"é – ✓"}';
    const info = await writeBackupAtomic(dir, contents, { reason: 'daily', now: t0 });
    expect(info).toEqual({ fileName: 'coderpath-backup-000001-2024-05-01T13-45-30-123Z-daily.json', createdAt: t0.toISOString(), reason: 'daily', size: Buffer.byteLength(contents), sequence: 1 });
    expect(await readdir(dir)).toEqual([info.fileName]);
    expect(await readFile(join(dir, info.fileName), 'utf8')).toBe(contents);
  });
  it('never replaces an existing backup taken in the same millisecond', async () => {
    const a = await writeBackupAtomic(dir, 'first', { reason: 'manual', now: t0 });
    const b = await writeBackupAtomic(dir, 'second', { reason: 'manual', now: t0 });
    expect(b.fileName).not.toBe(a.fileName);
    expect([a.sequence, b.sequence]).toEqual([1, 2]);
    expect([await readBackup(dir, a.fileName), await readBackup(dir, b.fileName)]).toEqual(['first', 'second']);
  });
  it('creates the folder when it is missing', async () => {
    const nested = join(dir, 'a', 'backups');
    await writeBackupAtomic(nested, 'x', { reason: 'manual', now: t0 });
    expect(await listBackups(nested)).toHaveLength(1);
  });
  it('refuses an unknown reason or an invalid time, writing nothing', async () => {
    await expect(writeBackupAtomic(dir, 'x', { reason: 'whenever' as never, now: t0 })).rejects.toThrow('Unknown backup reason');
    await expect(writeBackupAtomic(dir, 'x', { reason: 'daily', now: new Date('nope') })).rejects.toThrow('not a valid date');
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('listBackups', () => {
  it('lists newest first, ignoring temp files left by a crash and foreign files', async () => {
    await writeBackupAtomic(dir, 'old', { reason: 'daily', now: plusHours(0) });
    await writeBackupAtomic(dir, 'newer', { reason: 'before-upgrade', now: plusHours(5) });
    // A crash between write and rename leaves only the temp file behind.
    await writeFile(join(dir, '.coderpath-backup-0b7c6a52.tmp'), '{"format":"coderpath-backup", "data": {');
    await writeFile(join(dir, 'notes.txt'), 'mine');
    await writeFile(join(dir, 'coderpath-backup-garbage.json'), '{}');
    await mkdir(join(dir, 'coderpath-backup-2030-01-01T00-00-00-000Z-daily.json'));
    const list = await listBackups(dir);
    expect(list.map((b) => [b.reason, b.createdAt, b.size])).toEqual([
      ['before-upgrade', '2024-05-01T18:45:30.123Z', 5],
      ['daily', '2024-05-01T13:45:30.123Z', 3],
    ]);
  });
  it('a folder that does not exist has no backups', async () => {
    expect(await listBackups(join(dir, 'missing'))).toEqual([]);
  });
});

describe('rotateBackups', () => {
  it('keeps exactly the newest N and leaves other files alone', async () => {
    for (let i = 0; i < 15; i++) await writeBackupAtomic(dir, `backup ${i}`, { reason: i % 2 ? 'daily' : 'manual', now: plusHours(i) });
    await writeFile(join(dir, 'notes.txt'), 'mine');
    const deleted = await rotateBackups(dir, 4);
    expect(deleted).toHaveLength(11);
    const kept = await listBackups(dir);
    expect(kept.map((b) => b.createdAt)).toEqual([14, 13, 12, 11].map((h) => plusHours(h).toISOString()));
    expect(await readFile(join(dir, 'notes.txt'), 'utf8')).toBe('mine');
  });
  it('keeps 10 by default, and does nothing when there are fewer', async () => {
    for (let i = 0; i < 12; i++) await writeBackupAtomic(dir, 'x', { reason: 'daily', now: plusHours(i) });
    expect(await rotateBackups(dir)).toEqual([backupFileName(plusHours(1), 'daily', 2), backupFileName(plusHours(0), 'daily', 1)]);
    expect(await listBackups(dir)).toHaveLength(10);
    expect(await rotateBackups(dir, 20)).toEqual([]);
  });
  it('refuses to keep fewer than one (that would delete every backup)', async () => {
    await writeBackupAtomic(dir, 'x', { reason: 'daily', now: t0 });
    await expect(rotateBackups(dir, 0)).rejects.toThrow(RangeError);
    await expect(rotateBackups(dir, 2.5)).rejects.toThrow(RangeError);
    expect(await listBackups(dir)).toHaveLength(1);
  });
});

describe('rotation by write order (the clock can be set back)', () => {
  const yearAgo = new Date(t0.getTime() - 365 * 86_400_000);
  it('keeps the backups written last, whatever their clock says, and never the one just written', async () => {
    for (let i = 0; i < 3; i++) await writeBackupAtomic(dir, `daily ${i}`, { reason: 'daily', now: plusHours(i) });
    // The clock is now a year behind: by the time in the name this backup is the oldest of all.
    const late = await writeBackupAtomic(dir, 'written last', { reason: 'daily', now: yearAgo });
    expect(await rotateBackups(dir, 2, late.fileName)).toEqual([backupFileName(plusHours(1), 'daily', 2), backupFileName(t0, 'daily', 1)]);
    expect((await listBackups(dir)).map((b) => b.fileName)).toEqual([late.fileName, backupFileName(plusHours(2), 'daily', 3)]);
    expect(await readBackup(dir, late.fileName)).toBe('written last');
  });
  it('backups from before numbering are older than every numbered one', async () => {
    await writeFile(join(dir, 'coderpath-backup-2030-01-01T00-00-00-000Z-daily.json'), 'legacy, dated ahead');
    const numbered = await writeBackupAtomic(dir, 'numbered', { reason: 'daily', now: t0 });
    expect(await rotateBackups(dir, 1)).toEqual(['coderpath-backup-2030-01-01T00-00-00-000Z-daily.json']);
    expect((await listBackups(dir)).map((b) => b.fileName)).toEqual([numbered.fileName]);
  });
  it('before-restore and before-upgrade backups are kept outside the daily budget, five of each', async () => {
    for (let i = 0; i < 7; i++) await writeBackupAtomic(dir, `restore ${i}`, { reason: 'before-restore', now: plusHours(i) });
    await writeBackupAtomic(dir, 'upgrade', { reason: 'before-upgrade', now: plusHours(7) });
    for (let i = 0; i < 12; i++) await writeBackupAtomic(dir, `daily ${i}`, { reason: 'daily', now: plusHours(8 + i) });
    await rotateBackups(dir, 3);
    const kept = await listBackups(dir);
    expect(kept.filter((b) => b.reason === 'daily').map((b) => b.sequence)).toEqual([20, 19, 18]);
    expect(kept.filter((b) => b.reason === 'before-upgrade')).toHaveLength(1);
    expect(kept.filter((b) => b.reason === 'before-restore').map((b) => b.sequence)).toEqual([7, 6, 5, 4, 3]);
  });
});

describe('needsDailyBackup', () => {
  const entry = (reason: BackupFileInfo['reason'], at: Date): BackupFileInfo => ({ fileName: backupFileName(at, reason, 1), createdAt: at.toISOString(), reason, size: 1, sequence: 1 });
  it('is needed with no backups, or when the last daily one is 24 hours old or more', () => {
    expect(needsDailyBackup([], t0)).toBe(true);
    expect(needsDailyBackup([entry('daily', t0)], plusHours(23.9))).toBe(false);
    expect(needsDailyBackup([entry('daily', t0)], plusHours(24))).toBe(true);
  });
  it('only daily backups count, and backups dated in the future (clock turned back) do not', () => {
    expect(needsDailyBackup([entry('manual', t0), entry('before-restore', t0)], plusHours(1))).toBe(true);
    expect(needsDailyBackup([entry('daily', plusHours(48))], t0)).toBe(true);
  });
});

describe('readBackup', () => {
  it('reads one of ours', async () => {
    const info = await writeBackupAtomic(dir, '{"a":1}', { reason: 'manual', now: t0 });
    expect(await readBackup(dir, info.fileName)).toBe('{"a":1}');
  });
  it('rejects path traversal, absolute paths and names that are not ours', async () => {
    const info = await writeBackupAtomic(dir, 'x', { reason: 'manual', now: t0 });
    await writeFile(join(dir, 'secret.json'), 'nope');
    const attempts = [
      '../secret.json', '/etc/passwd', join(dir, info.fileName), `../${info.fileName}`, `sub/${info.fileName}`,
      `..\\${info.fileName}`, `${info.fileName}/../../secret.json`, 'secret.json', '', `${info.fileName}\0`,
    ];
    for (const name of attempts) await expect(readBackup(dir, name), name).rejects.toThrow('Not a CoderPath backup file name');
  });
  it('rejects a link named like a backup that points elsewhere', async () => {
    const outside = join(dir, 'outside.txt');
    await writeFile(outside, 'private');
    const name = backupFileName(t0, 'daily', 1);
    await symlink(outside, join(dir, name));
    await expect(readBackup(dir, name)).rejects.toThrow('not a regular file');
    expect(await listBackups(dir)).toEqual([]);
  });
});

describe('removeStaleTempFiles', () => {
  it('removes temp files older than the limit and keeps recent ones and backups', async () => {
    const info = await writeBackupAtomic(dir, 'x', { reason: 'daily', now: t0 });
    await writeFile(join(dir, '.coderpath-backup-old.tmp'), 'partial');
    await writeFile(join(dir, '.coderpath-backup-new.tmp'), 'in progress');
    const now = new Date();
    const twoHoursAgo = new Date(now.getTime() - 2 * 3_600_000);
    await utimes(join(dir, '.coderpath-backup-old.tmp'), twoHoursAgo, twoHoursAgo);
    expect(await removeStaleTempFiles(dir, now)).toEqual(['.coderpath-backup-old.tmp']);
    expect((await readdir(dir)).sort()).toEqual(['.coderpath-backup-new.tmp', info.fileName].sort());
  });
});
