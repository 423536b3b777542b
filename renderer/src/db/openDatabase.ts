/**
 * Opens the app's database, taking a 'before-upgrade' automatic backup first when the copy on disk was written by
 * an older schema version and holds data (desktop). Dexie runs schema upgrades as it opens, so this must run before
 * anything else touches the database.
 *
 * Two cases stop instead of opening: data written by a newer CoderPath (Dexie 4 would quietly open it at its own
 * version and this app would then write records the newer one does not expect), and an upgrade whose backup could
 * not be written (unless the user said to go on without it).
 */
import Dexie from 'dexie';
import type { BackupSnapshot } from '../../../shared/backup';
import type { AutoBackups, BackupFileInfo } from '../platform/platform';
import { db as appDb, CoderPathDb } from './db';
import { LATEST_SCHEMA_VERSION, SCHEMA_VERSIONS } from './schema';

/** Dexie stores its version times ten as the IndexedDB version (so it can have versions like 2.1). */
const DEXIE_VERSION_FACTOR = 10;

export type UpgradeBackupOutcome =
  /** New database, already current, empty, or no automatic backups here (browser). */
  | { status: 'not-needed' }
  /** `upgradedCopy`: the old records did not fit today's backup format, so the backup holds them as upgraded in a trial copy. */
  | { status: 'written'; file: BackupFileInfo; upgradedCopy: boolean }
  /** The backup could not be written and the user chose to upgrade without it (`upgradeWithoutBackup`). */
  | { status: 'skipped'; message: string };

export interface OpenDatabaseResult {
  /** The schema version on disk before opening; null for a new database or when the browser cannot tell. */
  fromVersion: number | null;
  /** The version now open. */
  version: number;
  upgradeBackup: UpgradeBackupOutcome;
}

export interface OpenDatabaseOptions {
  /** `platform.autoBackups` (null in the browser build: no backup is written). */
  autoBackups: AutoBackups | null;
  /** The app version for the backup file, e.g. from `platform.appInfo()`. */
  appVersion: () => Promise<string>;
  /** Default: the global `indexedDB`. */
  indexedDB?: IDBFactory;
  now?: () => Date;
  /** The user agreed to upgrade although the before-upgrade backup failed (UpgradeBackupFailedError). */
  upgradeWithoutBackup?: boolean;
}

/** The data on disk was written by a newer CoderPath: nothing was opened or written. */
export class NewerDatabaseError extends Error {
  constructor(readonly storedVersion: number) {
    super(
      `Your data was last saved by a newer version of CoderPath (database version ${storedVersion}; this one knows up to ` +
        `${LATEST_SCHEMA_VERSION}). To keep it safe, this window does not open it. Use the newer CoderPath, or close ` +
        'this window if another one runs the newer version.',
    );
    this.name = 'NewerDatabaseError';
  }
}

/** The before-upgrade backup could not be written, so the upgrade did not run; nothing was changed. */
export class UpgradeBackupFailedError extends Error {
  constructor(readonly fromVersion: number, readonly reason: string) {
    super(`The backup CoderPath takes before upgrading your data could not be written: ${reason}`);
    this.name = 'UpgradeBackupFailedError';
  }
}

/**
 * The Dexie version of the database `name` on disk, or null when there is none. Read from the browser's list of
 * databases, or where there is no list by opening it without a version (which never upgrades; a database that does
 * not exist is not created: the probe's creation is aborted).
 */
export async function storedSchemaVersion(name: string, factory: IDBFactory = globalThis.indexedDB): Promise<number | null> {
  if (typeof factory?.databases === 'function') {
    const found = (await factory.databases()).find((info) => info.name === name);
    return found?.version ? found.version / DEXIE_VERSION_FACTOR : null;
  }
  if (typeof factory?.open !== 'function') return null;
  return new Promise((resolve) => {
    const request = factory.open(name);
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onsuccess = () => {
      const version = request.result.version;
      request.result.close();
      resolve(version / DEXIE_VERSION_FACTOR);
    };
    request.onerror = (event) => {
      event.preventDefault();
      resolve(null);
    };
  });
}

function dbOptions(factory: IDBFactory | undefined, upTo?: number) {
  return { ...(factory ? { indexedDB: factory } : {}), ...(upTo !== undefined ? { upTo } : {}) };
}

async function hasData(database: CoderPathDb): Promise<boolean> {
  for (const table of database.tables) if ((await table.count()) > 0) return true;
  return false;
}

/**
 * The old records as today's schema would hold them, by running the real upgrade steps on a throw-away copy.
 * Used only when the old records do not pass today's backup format (e.g. a v1 session without notes).
 */
async function upgradedCopy(name: string, fromVersion: number, snapshot: BackupSnapshot, factory?: IDBFactory): Promise<BackupSnapshot> {
  const { takeSnapshot, writeSnapshot } = await import('./backup');
  const copyName = `${name}-before-upgrade-copy`;
  await new Dexie(copyName, dbOptions(factory)).delete(); // left over from an interrupted earlier attempt
  const old = new CoderPathDb(copyName, dbOptions(factory, fromVersion));
  try {
    await writeSnapshot(old, snapshot);
  } finally {
    old.close();
  }
  const current = new CoderPathDb(copyName, dbOptions(factory));
  try {
    return await takeSnapshot(current);
  } finally {
    await current.delete();
  }
}

async function backUpBeforeUpgrade(name: string, fromVersion: number, options: OpenDatabaseOptions & { autoBackups: AutoBackups }): Promise<UpgradeBackupOutcome> {
  if (!SCHEMA_VERSIONS.some((step) => step.version === fromVersion)) {
    throw new Error(`the data on disk has schema version ${fromVersion}, which this CoderPath does not know.`);
  }
  // The backup code (and its file validation) loads only here, when a backup is due: not on every start.
  const [{ autoBackupKeep, takeSnapshot }, { serializeBackup }] = await Promise.all([import('./backup'), import('../../../shared/backup')]);
  const old = new CoderPathDb(name, dbOptions(options.indexedDB, fromVersion));
  let snapshot: BackupSnapshot;
  let keep: number;
  try {
    await old.open();
    if (!(await hasData(old))) return { status: 'not-needed' };
    snapshot = await takeSnapshot(old);
    keep = await autoBackupKeep(old);
  } finally {
    old.close();
  }
  const appVersion = await options.appVersion();
  const createdAt = (options.now?.() ?? new Date()).toISOString();
  let text: string;
  let copied = false;
  try {
    text = await serializeBackup(snapshot, { createdAt, appVersion, schemaVersion: fromVersion });
  } catch {
    copied = true;
    text = await serializeBackup(await upgradedCopy(name, fromVersion, snapshot, options.indexedDB), { createdAt, appVersion, schemaVersion: LATEST_SCHEMA_VERSION });
  }
  const file = await options.autoBackups.create(text, 'before-upgrade', keep);
  return { status: 'written', file, upgradedCopy: copied };
}

async function openWithBackup(database: CoderPathDb, options: OpenDatabaseOptions): Promise<OpenDatabaseResult> {
  if (database.isOpen()) return { fromVersion: database.verno, version: database.verno, upgradeBackup: { status: 'not-needed' } };
  const fromVersion = await storedSchemaVersion(database.name, options.indexedDB ?? globalThis.indexedDB);
  if (fromVersion !== null && fromVersion > LATEST_SCHEMA_VERSION) {
    database.close({ disableAutoOpen: true }); // no read or write may open it by itself either
    throw new NewerDatabaseError(fromVersion);
  }
  let upgradeBackup: UpgradeBackupOutcome = { status: 'not-needed' };
  if (options.autoBackups && fromVersion !== null && fromVersion < LATEST_SCHEMA_VERSION) {
    try {
      upgradeBackup = await backUpBeforeUpgrade(database.name, fromVersion, { ...options, autoBackups: options.autoBackups });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (!options.upgradeWithoutBackup) throw new UpgradeBackupFailedError(fromVersion, message);
      upgradeBackup = { status: 'skipped', message };
    }
  }
  await database.open();
  // Where the browser cannot list databases, the version is known only now: Dexie opened a newer one as it is.
  const onDisk = database.backendDB().version / DEXIE_VERSION_FACTOR;
  if (onDisk > LATEST_SCHEMA_VERSION) {
    database.close({ disableAutoOpen: true });
    throw new NewerDatabaseError(onDisk);
  }
  return { fromVersion, version: database.verno, upgradeBackup };
}

const opening = new WeakMap<CoderPathDb, Promise<OpenDatabaseResult>>();

/**
 * Opens `database` (the app's db by default) at the latest schema version, after a 'before-upgrade' automatic
 * backup when the data on disk is older (desktop). Safe to call more than once: every call shares the first one's
 * work (and its options). Rejects with NewerDatabaseError, UpgradeBackupFailedError, or when the database itself
 * cannot be opened; a later call then tries again (with its own options). The app calls it through
 * `startDatabase()` (app/useBackupCommands.ts), which passes the platform.
 */
export function openDatabase(database: CoderPathDb = appDb, options: OpenDatabaseOptions): Promise<OpenDatabaseResult> {
  let pending = opening.get(database);
  if (!pending) {
    pending = openWithBackup(database, options);
    opening.set(database, pending);
    pending.catch(() => opening.delete(database)); // let a later call try again
  }
  return pending;
}
