/**
 * Pure decisions about automatic backups: when a daily one is due, which ones rotation drops, and the limits of the
 * "keep the last N" setting. No file system here, so the renderer and the main process decide the same way.
 */
import type { BackupFileInfo } from '../ipc/contract';
import { compareKeys } from '../model/compareKeys';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The range of the profile's `autoBackupKeep` (the IPC contract refuses anything outside it too). */
export const AUTO_BACKUP_KEEP_MIN = 1;
export const AUTO_BACKUP_KEEP_MAX = 100;

/**
 * True when no daily backup was taken in the 24 hours up to `now`. Backups dated after `now` (the clock was
 * turned back) do not count, so a wrong clock cannot stop daily backups.
 */
export function needsDailyBackup(list: readonly Pick<BackupFileInfo, 'createdAt' | 'reason'>[], now: Date): boolean {
  const nowMs = now.getTime();
  return !list.some((b) => {
    const at = Date.parse(b.createdAt);
    return b.reason === 'daily' && at <= nowMs && nowMs - at < DAY_MS;
  });
}

/** The backups rotation deletes: all but the newest `keep` (newest decided by `createdAt`, then name). */
export function backupsBeyondKeep<T extends Pick<BackupFileInfo, 'createdAt' | 'fileName'>>(list: readonly T[], keep: number): T[] {
  if (!Number.isInteger(keep) || keep < AUTO_BACKUP_KEEP_MIN) throw new RangeError(`keep must be a whole number of at least 1, not ${keep}`);
  const newestFirst = [...list].sort((a, b) => compareKeys(b.createdAt, a.createdAt) || compareKeys(b.fileName, a.fileName));
  return newestFirst.slice(keep);
}

export type KeepFieldResult = { ok: true; value: number } | { ok: false; message: string };

/** Reads the "keep the last N automatic backups" field: a whole number from 1 to 100. */
export function parseAutoBackupKeep(text: string): KeepFieldResult {
  const trimmed = text.trim();
  const range = `from ${AUTO_BACKUP_KEEP_MIN} to ${AUTO_BACKUP_KEEP_MAX}`;
  if (trimmed === '') return { ok: false, message: `Enter how many backups to keep, ${range}.` };
  if (!/^\d+$/.test(trimmed)) return { ok: false, message: `Enter a whole number ${range}.` };
  const value = Number(trimmed);
  if (value < AUTO_BACKUP_KEEP_MIN || value > AUTO_BACKUP_KEEP_MAX) return { ok: false, message: `Keep ${range} backups (you entered ${trimmed}).` };
  return { ok: true, value };
}
