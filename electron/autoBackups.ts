/**
 * Automatic backups on the desktop: backup files in one folder, written atomically, listed newest first and
 * rotated. The folder is passed in (no Electron import), so all of this is tested on real temporary folders.
 *
 * A backup is first written to a temp file in the same folder, flushed to disk, then renamed into place: a crash
 * or a full disk leaves at worst a temp file, never a half-written backup under a backup's name.
 */
import { randomUUID } from 'node:crypto';
import { lstat, mkdir, open, readdir, readFile, rename, stat, unlink } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { BACKUP_REASONS, type BackupFileInfo, type BackupReason } from '../shared/ipc/contract';
import { backupsToRotate, byWriteOrderNewestFirst, needsDailyBackup } from '../shared/backup/rotation';

export type { BackupFileInfo, BackupReason };
// The daily-backup decision is pure and shared with the renderer.
export { needsDailyBackup };

/** How many automatic backups are kept when nothing else is said. */
export const DEFAULT_BACKUP_KEEP = 10;
const TEMP_PREFIX = '.coderpath-backup-';
const TEMP_SUFFIX = '.tmp';
// coderpath-backup-000042-2024-05-01T13-45-30-123Z-daily.json: the write-order number first (so a file manager
// lists them in that order too), no ':' so the name is valid on Windows. Names from before the number (no
// `000042-`) are still ours, with sequence 0.
const NAME_PATTERN = new RegExp(
  `^coderpath-backup-(?:(\\d{6,9})-)?(\\d{4}-\\d{2}-\\d{2})T(\\d{2})-(\\d{2})-(\\d{2})-(\\d{3})Z-(${BACKUP_REASONS.join('|')})\\.json$`,
);

/** The file name the backup number `sequence`, taken at `now` for `reason`, gets. */
export function backupFileName(now: Date, reason: BackupReason, sequence: number): string {
  const stamp = now.toISOString().replace(/:/g, '-').replace('.', '-');
  return `coderpath-backup-${String(sequence).padStart(6, '0')}-${stamp}-${reason}.json`;
}

/** When, why and in which order a backup was written, read from its file name; null for a name that is not ours. */
export function parseBackupFileName(fileName: string): { createdAt: string; reason: BackupReason; sequence: number } | null {
  const m = NAME_PATTERN.exec(fileName);
  if (!m) return null;
  const createdAt = `${m[2]}T${m[3]}:${m[4]}:${m[5]}.${m[6]}Z`;
  const time = new Date(createdAt);
  // Reject names whose stamp is not a real instant (e.g. month 13), which Date would roll over.
  if (Number.isNaN(time.getTime()) || time.toISOString() !== createdAt) return null;
  return { createdAt, reason: m[7] as BackupReason, sequence: m[1] === undefined ? 0 : Number(m[1]) };
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === 'ENOENT';
}

async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
}

/** Flushes the folder entry itself so the rename survives a power cut (POSIX); not possible on Windows, so skipped. */
async function syncFolder(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Windows cannot open or flush a folder; the file itself was already flushed.
  }
}

/**
 * Writes `contents` as a new backup in `dir` (created if missing): temp file in the same folder, fsync, rename to
 * `coderpath-backup-<sequence>-<timestamp>-<reason>.json`, the sequence one more than the highest in the folder.
 * Never replaces an existing backup. Callers serialise writes to one folder (createHandlers does) so two writes
 * cannot take the same number. Returns the new backup's entry as `listBackups` would show it.
 */
export async function writeBackupAtomic(
  dir: string,
  contents: string,
  options: { reason: BackupReason; now: Date },
): Promise<BackupFileInfo> {
  const { reason, now } = options;
  if (!(BACKUP_REASONS as readonly string[]).includes(reason)) throw new Error(`Unknown backup reason: ${String(reason)}`);
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) throw new Error('The backup time is not a valid date.');
  if (typeof contents !== 'string') throw new Error('Backup contents must be text.');

  await mkdir(dir, { recursive: true });
  const tempPath = join(dir, `${TEMP_PREFIX}${randomUUID()}${TEMP_SUFFIX}`);
  try {
    // 0o600: backups hold personal records; only the user may read them (ignored on Windows).
    const handle = await open(tempPath, 'wx', 0o600);
    try {
      await handle.writeFile(contents, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    let sequence = Math.max(0, ...(await listBackups(dir)).map((b) => b.sequence)) + 1;
    let fileName = backupFileName(now, reason, sequence);
    while (await exists(join(dir, fileName))) fileName = backupFileName(now, reason, ++sequence);
    await rename(tempPath, join(dir, fileName));
    await syncFolder(dir);
    const { size } = await stat(join(dir, fileName));
    return { fileName, createdAt: now.toISOString(), reason, size, sequence };
  } catch (error) {
    await unlink(tempPath).catch(() => undefined);
    throw error;
  }
}

/** The backups in `dir`, last written first. Temp files, other files, folders and links are ignored; a missing folder has none. */
export async function listBackups(dir: string): Promise<BackupFileInfo[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    if (isMissing(error)) return [];
    throw error;
  }
  const found: BackupFileInfo[] = [];
  for (const entry of entries) {
    const parsed = entry.isFile() ? parseBackupFileName(entry.name) : null;
    if (!parsed) continue;
    try {
      const { size } = await stat(join(dir, entry.name));
      found.push({ fileName: entry.name, ...parsed, size });
    } catch (error) {
      if (!isMissing(error)) throw error; // Deleted meanwhile: simply not listed.
    }
  }
  return found.sort(byWriteOrderNewestFirst);
}

/**
 * Deletes what rotation drops (backupsToRotate: by write order, daily/manual beyond `keep`, each kind of safety
 * backup beyond its own budget), never `justWritten`. Returns the deleted file names.
 */
export async function rotateBackups(dir: string, keep: number = DEFAULT_BACKUP_KEEP, justWritten?: string): Promise<string[]> {
  const excess = backupsToRotate(await listBackups(dir), { keep, ...(justWritten ? { justWritten } : {}) });
  for (const backup of excess) {
    await unlink(join(dir, backup.fileName)).catch((error: unknown) => {
      if (!isMissing(error)) throw error;
    });
  }
  return excess.map((b) => b.fileName);
}

/**
 * The text of one backup in `dir`. Refuses any name that is not exactly one of ours (so no folders, `..`,
 * absolute paths or other files) and anything that is not a regular file (e.g. a link pointing elsewhere).
 */
export async function readBackup(dir: string, fileName: string): Promise<string> {
  if (typeof fileName !== 'string' || !parseBackupFileName(fileName)) {
    throw new Error(`Not a CoderPath backup file name: ${JSON.stringify(String(fileName)).slice(0, 120)}`);
  }
  const folder = resolve(dir);
  const path = resolve(folder, fileName);
  if (dirname(path) !== folder) throw new Error('Backup files can only be read from the backups folder.');
  const info = await lstat(path);
  if (!info.isFile()) throw new Error(`${fileName} is not a regular file.`);
  return readFile(path, 'utf8');
}

/**
 * Removes temp files left by a write that was interrupted (crash, power cut) more than `olderThanMs` before `now`,
 * so they do not pile up. Recent ones are left alone: a write may still be in progress. Returns the removed names.
 */
export async function removeStaleTempFiles(dir: string, now: Date, olderThanMs: number = 60 * 60 * 1000): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if (isMissing(error)) return [];
    throw error;
  }
  const removed: string[] = [];
  for (const name of names) {
    if (!name.startsWith(TEMP_PREFIX) || !name.endsWith(TEMP_SUFFIX)) continue;
    const path = join(dir, name);
    try {
      const info = await lstat(path);
      if (!info.isFile() || now.getTime() - info.mtimeMs < olderThanMs) continue;
      await unlink(path);
      removed.push(name);
    } catch (error) {
      if (!isMissing(error)) throw error;
    }
  }
  return removed;
}
