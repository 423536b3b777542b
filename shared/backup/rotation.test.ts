import { describe, expect, it } from 'vitest';
import type { BackupFileInfo, BackupReason } from '../ipc/contract';
import { backupsToRotate, clockBehindNewestBackup, decideKeep, needsDailyBackup, parseAutoBackupKeep, SAFETY_BACKUP_KEEP } from './rotation';

const t0 = new Date('2024-05-01T13:45:30.123Z');
const plusHours = (h: number) => new Date(t0.getTime() + h * 3_600_000);
const entry = (reason: BackupReason, at: Date, sequence = 1, fileName = `${sequence}-${at.toISOString()}-${reason}`): BackupFileInfo => ({ fileName, createdAt: at.toISOString(), reason, size: 10, sequence });

describe('needsDailyBackup (docs/backup-format.md: a daily backup is due when none was taken in the last 24 hours)', () => {
  it('is due with no backups, not due within 24 hours of a daily one, due again at 24 hours', () => {
    expect(needsDailyBackup([], t0)).toBe(true);
    expect(needsDailyBackup([entry('daily', t0)], plusHours(23.9))).toBe(false);
    expect(needsDailyBackup([entry('daily', t0)], plusHours(24))).toBe(true);
  });
  it('only daily backups count, and one dated in the future (clock turned back) does not', () => {
    expect(needsDailyBackup([entry('manual', t0), entry('before-restore', t0), entry('before-upgrade', t0)], plusHours(1))).toBe(true);
    expect(needsDailyBackup([entry('daily', plusHours(48))], t0)).toBe(true);
  });
});

describe('backupsToRotate (docs/backup-format.md: rotation by write order)', () => {
  it('drops all but the last N written, whatever order they come in and whatever their clock said', () => {
    const list = [entry('daily', plusHours(1), 2), entry('daily', plusHours(-100), 4), entry('manual', plusHours(2), 3), entry('daily', t0, 1)];
    expect(backupsToRotate(list, { keep: 2 }).map((b) => b.sequence)).toEqual([2, 1]);
    expect(backupsToRotate(list, { keep: 10 })).toEqual([]);
  });
  it('never drops the backup just written', () => {
    const list = [entry('daily', t0, 0, 'legacy-newer'), entry('daily', plusHours(-1), 0, 'just-written')];
    expect(backupsToRotate(list, { keep: 1, justWritten: 'just-written' })).toEqual([]);
  });
  it('keeps safety backups on their own budget', () => {
    const list = [
      ...Array.from({ length: SAFETY_BACKUP_KEEP + 2 }, (_, i) => entry('before-upgrade', t0, i + 1)),
      ...Array.from({ length: 5 }, (_, i) => entry('daily', t0, i + 20)),
    ];
    expect(backupsToRotate(list, { keep: 1 }).map((b) => [b.reason, b.sequence])).toEqual([
      ['daily', 23], ['daily', 22], ['daily', 21], ['daily', 20], ['before-upgrade', 2], ['before-upgrade', 1],
    ]);
  });
  it('refuses a keep below 1 or not whole', () => {
    expect(() => backupsToRotate([], { keep: 0 })).toThrow(RangeError);
    expect(() => backupsToRotate([], { keep: 1.5 })).toThrow(RangeError);
  });
});

describe('decideKeep (the renderer asks, the main process decides)', () => {
  it('brings any number into 1..100 and uses the default for anything else', () => {
    expect([decideKeep(7, 10), decideKeep(0, 10), decideKeep(-5, 10), decideKeep(1e9, 10), decideKeep(2.6, 10)]).toEqual([7, 1, 1, 100, 3]);
    expect([decideKeep(undefined, 10), decideKeep(Number.NaN, 10), decideKeep('3', 10)]).toEqual([10, 10, 10]);
  });
});

describe('clockBehindNewestBackup', () => {
  it('gives the newest backup time when the clock reads earlier, null otherwise', () => {
    const list = [entry('daily', t0, 2), entry('daily', plusHours(5), 1)];
    expect(clockBehindNewestBackup(list, plusHours(4))).toBe(plusHours(5).toISOString());
    expect(clockBehindNewestBackup(list, plusHours(5))).toBeNull();
    expect(clockBehindNewestBackup([], t0)).toBeNull();
  });
});

describe('parseAutoBackupKeep (the keep-last-N field: 1 to 100)', () => {
  it('accepts whole numbers 1..100', () => {
    expect(parseAutoBackupKeep('1')).toEqual({ ok: true, value: 1 });
    expect(parseAutoBackupKeep(' 100 ')).toEqual({ ok: true, value: 100 });
  });
  it('says what is wrong next to the field', () => {
    expect(parseAutoBackupKeep('')).toEqual({ ok: false, message: 'Enter how many backups to keep, from 1 to 100.' });
    expect(parseAutoBackupKeep('2.5')).toEqual({ ok: false, message: 'Enter a whole number from 1 to 100.' });
    expect(parseAutoBackupKeep('-3')).toEqual({ ok: false, message: 'Enter a whole number from 1 to 100.' });
    expect(parseAutoBackupKeep('0')).toEqual({ ok: false, message: 'Keep from 1 to 100 backups (you entered 0).' });
    expect(parseAutoBackupKeep('101')).toEqual({ ok: false, message: 'Keep from 1 to 100 backups (you entered 101).' });
  });
});
