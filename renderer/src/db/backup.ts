/**
 * Backup and restore of the whole store. A snapshot is read in one read transaction (a consistent picture, never
 * half of a concurrent write); a restore is validated completely before anything is touched and then written in
 * one read-write transaction over every table, so it lands all-or-nothing. See docs/backup-format.md.
 */
import { parseBackup, serializeBackup } from '../../../shared/backup';
import type { BackupIssue, BackupMeta, BackupSnapshot } from '../../../shared/backup';
import { countTables } from '../../../shared/backup/integrity';
import type { BackupCounts } from '../../../shared/backup/types';
import type { Deck, Flashcard, ReviewLogEntry } from '../../../shared/model/flashcards';
import { AUTO_BACKUP_KEEP_MAX, AUTO_BACKUP_KEEP_MIN, needsDailyBackup } from '../../../shared/backup/rotation';
import type { AutoBackups, BackupFileInfo } from '../platform/platform';
import { db as appDb, type CoderPathDb } from './db';
import { DEFAULT_AUTO_BACKUP_KEEP } from './profile';
import { USER_TABLES } from './schema';

/**
 * Everything in the store, read in one read transaction. A database opened at an older schema version (the
 * before-upgrade backup) lacks the tables later versions added: those read as empty.
 */
export async function takeSnapshot(database: CoderPathDb = appDb): Promise<BackupSnapshot> {
  const present = new Set(database.tables.map((t) => t.name));
  const rows = <T>(name: string): Promise<T[]> => (present.has(name) ? database.table<T>(name).toArray() : Promise.resolve([]));
  return database.transaction('r', USER_TABLES.filter((t) => present.has(t)).map((t) => database.table(t)), async () => {
    const [profile, credentials, ceuEntries, attachments, studyPlans, studySessions, practiceAttempts, milestones, timer, keyValues, decks, cards, reviewLog] =
      await Promise.all([
        database.profile.get('profile'),
        database.credentials.toArray(),
        database.ceuEntries.toArray(),
        database.attachments.toArray(),
        database.studyPlans.toArray(),
        database.studySessions.toArray(),
        database.practiceAttempts.toArray(),
        database.milestones.toArray(),
        database.timer.get('timer'),
        database.keyValues.toArray(),
        rows<Deck>('decks'),
        rows<Flashcard>('cards'),
        rows<ReviewLogEntry>('reviewLog'),
      ]);
    return {
      profile: profile ?? null, credentials, ceuEntries, attachments, studyPlans, studySessions, practiceAttempts, milestones,
      timer: timer ?? null, keyValues, decks, cards, reviewLog,
    };
  });
}

/** Records per table in the store now, counted as a backup counts them (to compare with a file before restoring). */
export async function countStored(database: CoderPathDb = appDb): Promise<BackupCounts> {
  return database.transaction('r', USER_TABLES.map((t) => database.table(t)), async () => {
    const counts = await Promise.all(USER_TABLES.map((t) => database.table(t).count()));
    return Object.fromEntries(USER_TABLES.map((t, i) => [t, counts[i]!])) as BackupCounts;
  });
}

export interface BackupTextOptions {
  /** The app version written into the file (`platform.appInfo().version`). */
  appVersion: string;
  now?: Date;
}

/**
 * The whole store as backup-file text. Throws BackupValidationError (listing every problem) if the stored data
 * would not read back, rather than writing a backup that cannot be restored.
 */
export async function createBackupText(database: CoderPathDb = appDb, options: BackupTextOptions): Promise<string> {
  if (!database.isOpen()) await database.open();
  const snapshot = await takeSnapshot(database);
  return serializeBackup(snapshot, { createdAt: (options.now ?? new Date()).toISOString(), appVersion: options.appVersion, schemaVersion: database.verno });
}

/**
 * Replaces every table with the snapshot's records, in one read-write transaction (all-or-nothing).
 *
 * Durability: the database default, "relaxed" in Chromium since version 121 (so in Electron): `complete` fires once
 * the OS has the data, before a disk flush. All-or-nothing holds either way (after a power cut the store is the old
 * data or the new, never a mix); "strict" would also mean a restore reported done has reached the disk, which
 * matters here because the user may then delete the file. Dexie 4 sets durability for a whole database
 * (`chromeTransactionDurability`, db.ts), not per transaction: left as a decision for db.ts.
 */
export async function writeSnapshot(database: CoderPathDb, snapshot: BackupSnapshot): Promise<void> {
  const rows: Record<(typeof USER_TABLES)[number], unknown[]> = {
    ...snapshot,
    profile: snapshot.profile ? [snapshot.profile] : [],
    timer: snapshot.timer ? [snapshot.timer] : [],
  };
  // An older schema (the before-upgrade copy) lacks later tables: fine while the snapshot has nothing for them.
  const present = new Set(database.tables.map((t) => t.name));
  const missing = USER_TABLES.filter((t) => !present.has(t) && rows[t].length > 0);
  if (missing.length > 0) throw new Error(`This database version has no table for ${missing.join(', ')}.`);
  const tables = USER_TABLES.filter((t) => present.has(t));
  await database.transaction('rw', tables.map((t) => database.table(t)), async () => {
    for (const table of tables) await database.table(table).clear();
    for (const table of tables) if (rows[table].length > 0) await database.table(table).bulkAdd(rows[table]);
  });
}

export type RestoreStage = 'validate' | 'before-restore' | 'write';

export type RestoreResult =
  | { ok: true; meta: BackupMeta; counts: BackupCounts }
  /** `stage` says how far it got; in every case the stored data is exactly as it was. */
  | { ok: false; stage: RestoreStage; errors: BackupIssue[] };

export interface RestoreOptions {
  /**
   * Called with the current data as backup text once the file is known to be valid and before anything is
   * replaced (desktop: an automatic 'before-restore' backup). If it throws, nothing is restored. Leave it out
   * (browser) and the current data is not serialised at all.
   */
  beforeRestore?: (currentText: string) => Promise<void>;
  /** The app version written into the safety backup. */
  appVersion?: string;
  /** Called just before the write transaction starts (for a "Replacing your data…" status). */
  onWriteStart?: () => void;
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Restores an already validated snapshot (from `parseBackup`): safety backup first, then one all-or-nothing write. */
export async function restoreSnapshot(
  snapshot: BackupSnapshot,
  meta: BackupMeta,
  database: CoderPathDb = appDb,
  options: RestoreOptions = {},
): Promise<RestoreResult> {
  if (options.beforeRestore) {
    try {
      const currentText = await createBackupText(database, { appVersion: options.appVersion ?? 'unknown' });
      await options.beforeRestore(currentText);
    } catch (error) {
      return {
        ok: false,
        stage: 'before-restore',
        errors: [{ path: '', message: `A safety backup of your current data could not be written, so nothing was restored: ${reason(error)}` }],
      };
    }
  }
  try {
    options.onWriteStart?.();
    await writeSnapshot(database, snapshot);
  } catch (error) {
    return { ok: false, stage: 'write', errors: [{ path: '', message: `The restore could not be written, so your data was left as it was: ${reason(error)}` }] };
  }
  return { ok: true, meta, counts: countTables(snapshot) };
}

/**
 * Restores backup-file text: parses and validates all of it first; on any problem returns the problems and
 * changes nothing. Then `beforeRestore(currentText)`, then one all-or-nothing write. Never throws.
 */
export async function restoreFromText(text: string, database: CoderPathDb = appDb, options: RestoreOptions = {}): Promise<RestoreResult> {
  const parsed = await parseBackup(text);
  if (!parsed.ok) return { ok: false, stage: 'validate', errors: parsed.errors };
  return restoreSnapshot(parsed.snapshot, parsed.meta, database, options);
}

/** The profile's "keep the last N automatic backups", or the default when there is no profile yet. */
export async function autoBackupKeep(database: CoderPathDb = appDb): Promise<number> {
  const keep = (await database.profile.get('profile'))?.autoBackupKeep;
  return typeof keep === 'number' && Number.isInteger(keep) && keep >= AUTO_BACKUP_KEEP_MIN && keep <= AUTO_BACKUP_KEEP_MAX ? keep : DEFAULT_AUTO_BACKUP_KEEP;
}

export interface DailyBackupOptions {
  autoBackups: AutoBackups | null;
  appVersion: string;
  now?: Date;
}

/**
 * Desktop: writes a 'daily' automatic backup when none was taken in the last 24 hours (decided by the shared
 * rotation rule on the folder's list). Returns the new backup, or null when none was due or there are no automatic
 * backups (browser).
 */
export async function takeDailyBackupIfDue(database: CoderPathDb = appDb, options: DailyBackupOptions): Promise<BackupFileInfo | null> {
  const { autoBackups } = options;
  if (!autoBackups) return null;
  const now = options.now ?? new Date();
  if (!needsDailyBackup(await autoBackups.list(), now)) return null;
  const text = await createBackupText(database, { appVersion: options.appVersion, now });
  return autoBackups.create(text, 'daily', await autoBackupKeep(database));
}
