/**
 * The backup and restore flows behind Settings › Backups and the File menu, with the platform passed in so they are
 * tested with a fake one. Restoring is two steps: `prepareRestore` checks the whole file and counts what it holds
 * (nothing is touched), the user confirms, then `applyRestore` replaces the data all-or-nothing.
 */
import { format } from 'date-fns';
import { parseBackup, type BackupIssue, type BackupMeta, type BackupSnapshot } from '../../../../shared/backup';
import { countTables } from '../../../../shared/backup/integrity';
import type { BackupCounts } from '../../../../shared/backup/types';
import { autoBackupKeep, countStored, createBackupText, restoreSnapshot, type RestoreResult } from '../../db/backup';
import { db as appDb, type CoderPathDb } from '../../db/db';
import { ensureProfile } from '../../db/profile';
import type { FileFilter, Platform, SaveOutcome } from '../../platform/platform';

export const BACKUP_FILTERS: FileFilter[] = [{ name: 'CoderPath backup', extensions: ['json'] }];

/** `coderpath-backup-2025-01-31.json`, dated in the user's own time zone. */
export function suggestedBackupName(now: Date = new Date()): string {
  return `coderpath-backup-${format(now, 'yyyy-MM-dd')}.json`;
}

/** The running app's version, for the backup file; 'unknown' if the platform cannot say. */
export async function currentAppVersion(platform: Pick<Platform, 'appInfo'>): Promise<string> {
  try {
    return (await platform.appInfo()).version || 'unknown';
  } catch {
    return 'unknown';
  }
}

/** Writes a backup of everything to a file the user picks (desktop) or to Downloads (browser). */
export async function saveBackupFile(platform: Platform, database: CoderPathDb = appDb, now: Date = new Date()): Promise<SaveOutcome> {
  const text = await createBackupText(database, { appVersion: await currentAppVersion(platform), now });
  return platform.saveFile({ suggestedName: suggestedBackupName(now), mimeType: 'application/json', filters: BACKUP_FILTERS, contents: text });
}

export type PickedFile = { name: string; text: string } | { name: string; errors: BackupIssue[] };

/** Asks for a backup file; null when the user cancels. Bytes that are not UTF-8 text are reported, not guessed at. */
export async function pickBackupFile(platform: Platform): Promise<PickedFile | null> {
  const file = await platform.openFile(BACKUP_FILTERS);
  if (!file) return null;
  try {
    return { name: file.name, text: new TextDecoder('utf-8', { fatal: true }).decode(file.bytes) };
  } catch {
    return { name: file.name, errors: [{ path: '', message: 'The file is not text (it is not UTF-8), so it is not a CoderPath backup.' }] };
  }
}

export type PreparedRestore =
  | { ok: true; source: string; snapshot: BackupSnapshot; meta: BackupMeta; fileCounts: BackupCounts; currentCounts: BackupCounts }
  | { ok: false; source: string; errors: BackupIssue[] };

/** Checks the whole file and counts what it holds against what is stored now. Changes nothing. */
export async function prepareRestore(source: string, text: string, database: CoderPathDb = appDb): Promise<PreparedRestore> {
  const parsed = await parseBackup(text);
  if (!parsed.ok) return { ok: false, source, errors: parsed.errors };
  return { ok: true, source, snapshot: parsed.snapshot, meta: parsed.meta, fileCounts: countTables(parsed.snapshot), currentCounts: await countStored(database) };
}

/**
 * Replaces the stored data with a prepared backup: on the desktop a 'before-restore' automatic backup of the
 * current data is written first (if that fails, nothing is restored), then one all-or-nothing write.
 */
export async function applyRestore(
  prepared: Extract<PreparedRestore, { ok: true }>,
  platform: Platform,
  database: CoderPathDb = appDb,
  onWriteStart?: () => void,
): Promise<RestoreResult> {
  const { autoBackups } = platform;
  const appVersion = await currentAppVersion(platform);
  const keep = await autoBackupKeep(database);
  const result = await restoreSnapshot(prepared.snapshot, prepared.meta, database, {
    appVersion,
    ...(onWriteStart ? { onWriteStart } : {}),
    ...(autoBackups ? { beforeRestore: async (currentText: string) => void (await autoBackups.create(currentText, 'before-restore', keep)) } : {}),
  });
  // A backup made before the profile existed has none; the app always needs one.
  if (result.ok) await ensureProfile(database);
  return result;
}

const REASON_LABELS = { daily: 'Daily', 'before-restore': 'Before a restore', 'before-upgrade': 'Before an app update', manual: 'Manual' } as const;

export function reasonLabel(reason: keyof typeof REASON_LABELS): string {
  return REASON_LABELS[reason] ?? reason;
}

/** 1 234 567 bytes → "1.2 MB". */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
