import { describe, expect, it } from 'vitest';
import type { BackupFileInfo, BackupReason } from '../ipc/contract';
import { backupsBeyondKeep, needsDailyBackup, parseAutoBackupKeep } from './rotation';

const t0 = new Date('2024-05-01T13:45:30.123Z');
const plusHours = (h: number) => new Date(t0.getTime() + h * 3_600_000);
const entry = (reason: BackupReason, at: Date, fileName = `${at.toISOString()}-${reason}`): BackupFileInfo => ({ fileName, createdAt: at.toISOString(), reason, size: 10 });

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

describe('backupsBeyondKeep', () => {
  it('drops all but the newest N, whatever order they come in', () => {
    const list = [entry('daily', plusHours(1)), entry('daily', plusHours(3)), entry('manual', plusHours(2)), entry('daily', t0)];
    expect(backupsBeyondKeep(list, 2).map((b) => b.createdAt)).toEqual([plusHours(1).toISOString(), t0.toISOString()]);
    expect(backupsBeyondKeep(list, 10)).toEqual([]);
  });
  it('refuses a keep below 1 or not whole', () => {
    expect(() => backupsBeyondKeep([], 0)).toThrow(RangeError);
    expect(() => backupsBeyondKeep([], 1.5)).toThrow(RangeError);
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
