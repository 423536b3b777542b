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

/** Backups taken to undo something (a restore, an upgrade): kept apart from the daily budget, this many of each. */
export const SAFETY_BACKUP_KEEP = 5;
const SAFETY_REASONS: ReadonlySet<BackupFileInfo['reason']> = new Set(['before-restore', 'before-upgrade']);

type Rotatable = Pick<BackupFileInfo, 'createdAt' | 'fileName' | 'reason' | 'sequence'>;

/**
 * Write order, newest first: the sequence number each backup got when it was written, then (for backups written
 * before there were sequence numbers, all 0) the time in the name. Never the clock alone, which can be set back.
 */
export function byWriteOrderNewestFirst(a: Rotatable, b: Rotatable): number {
  return b.sequence - a.sequence || compareKeys(b.createdAt, a.createdAt) || compareKeys(b.fileName, a.fileName);
}

/**
 * The main process's own "keep the last N": the renderer's value is only a request, so anything that is not a
 * number becomes the default and anything else is brought into 1..100.
 */
export function decideKeep(requested: unknown, fallback: number): number {
  if (typeof requested !== 'number' || !Number.isFinite(requested)) return fallback;
  return Math.min(AUTO_BACKUP_KEEP_MAX, Math.max(AUTO_BACKUP_KEEP_MIN, Math.round(requested)));
}

/**
 * The backups rotation deletes. Daily and manual backups share the `keep` budget; before-restore and before-upgrade
 * backups have their own (SAFETY_BACKUP_KEEP of each), so a run of daily backups never pushes out the copy taken
 * before a restore. Decided by write order, and the backup just written (`justWritten`) is never among them.
 */
export function backupsToRotate<T extends Rotatable>(list: readonly T[], options: { keep: number; justWritten?: string }): T[] {
  const { keep, justWritten } = options;
  if (!Number.isInteger(keep) || keep < AUTO_BACKUP_KEEP_MIN) throw new RangeError(`keep must be a whole number of at least 1, not ${keep}`);
  const budgets = new Map<string, number>();
  const excess: T[] = [];
  for (const backup of [...list].sort(byWriteOrderNewestFirst)) {
    const group = SAFETY_REASONS.has(backup.reason) ? backup.reason : 'routine';
    const used = (budgets.get(group) ?? 0) + 1;
    budgets.set(group, used);
    const budget = group === 'routine' ? keep : SAFETY_BACKUP_KEEP;
    if (used > budget && backup.fileName !== justWritten) excess.push(backup);
  }
  return excess;
}

/**
 * When the computer's clock reads earlier than the newest backup's time (it was set back, or a backup came from a
 * clock set ahead), the newest backup's time; otherwise null. The app says so, since "the last 24 hours" and the
 * times shown are then misleading.
 */
export function clockBehindNewestBackup(list: readonly Pick<BackupFileInfo, 'createdAt'>[], now: Date): string | null {
  let newest: string | null = null;
  for (const b of list) if (newest === null || compareKeys(b.createdAt, newest) > 0) newest = b.createdAt;
  return newest !== null && Date.parse(newest) > now.getTime() ? newest : null;
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
