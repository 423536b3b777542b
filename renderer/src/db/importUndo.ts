/**
 * Undo of the last import, in one step, until the next import. Every import (CEU CSV today; the flashcards' Anki
 * import and the code-set import can use the same calls) writes, inside its own transaction, which records it
 * added (`recordImport`); `undoLastImport` removes exactly those in one transaction. The record lives in
 * keyValues, so it needs no schema change and a restore replaces it with the backup's own.
 *
 * The browser build has no automatic backups, so it also keeps the whole store as it was before the last import
 * (`keepBeforeImportSnapshot`), in a database of its own that backups do not carry.
 */
import Dexie, { type EntityTable } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import type { IsoDateTime } from '../../../shared/model/entities';
import type { UserTable } from '../../../shared/model/tables';
import { db as appDb, type CoderPathDb } from './db';

export const LAST_IMPORT_KEY = 'lastImport';

export interface ImportRecord {
  /** What was imported, e.g. 'ceu-csv', 'anki', 'code-set'. */
  kind: string;
  /** For the user: "long.csv". */
  source: string;
  at: IsoDateTime;
  /** The ids each table gained. */
  added: Partial<Record<UserTable, string[]>>;
}

/** Call inside the import's own read-write transaction (which must include keyValues): replaces the last record. */
export async function recordImport(database: CoderPathDb, record: Omit<ImportRecord, 'at'>, now: Date = new Date()): Promise<void> {
  await database.keyValues.put({ key: LAST_IMPORT_KEY, value: { ...record, at: now.toISOString() } });
}

function asRecord(value: unknown): ImportRecord | null {
  const v = value as Partial<ImportRecord> | undefined;
  return v && typeof v.kind === 'string' && typeof v.source === 'string' && typeof v.at === 'string' && v.added && typeof v.added === 'object'
    ? (v as ImportRecord)
    : null;
}

export async function readLastImport(database: CoderPathDb = appDb): Promise<ImportRecord | null> {
  return asRecord((await database.keyValues.get(LAST_IMPORT_KEY))?.value);
}

/** How many records the last import added (over all tables). */
export function importedCount(record: ImportRecord): number {
  return Object.values(record.added).reduce((sum, ids) => sum + (ids?.length ?? 0), 0);
}

/**
 * Removes every record the last import added (those still there) and forgets the import, in one transaction.
 * Returns how many were removed, or null when there is no import to undo.
 */
export async function undoLastImport(database: CoderPathDb = appDb): Promise<number | null> {
  const record = await readLastImport(database);
  if (!record) return null;
  const tables = Object.keys(record.added) as UserTable[];
  return database.transaction('rw', [database.keyValues, ...tables.map((t) => database.table(t))], async () => {
    const current = await readLastImport(database);
    if (!current || current.at !== record.at) throw new Error('Another import happened meanwhile; nothing was undone.');
    let removed = 0;
    for (const table of tables) {
      const ids = record.added[table] ?? [];
      removed += (await database.table(table).bulkGet(ids)).filter(Boolean).length;
      await database.table(table).bulkDelete(ids);
    }
    await database.keyValues.delete(LAST_IMPORT_KEY);
    return removed;
  });
}

/** The last import, live; null when there is none to undo. */
export function useLastImport(): ImportRecord | null | undefined {
  return useLiveQuery(() => readLastImport(), []);
}

interface Snapshot {
  id: 'before-import';
  source: string;
  at: IsoDateTime;
  /** Backup-file text of the store before the import. */
  text: string;
}

class BeforeImportDb extends Dexie {
  snapshots!: EntityTable<Snapshot, 'id'>;
  constructor(name: string) {
    super(name);
    this.version(1).stores({ snapshots: 'id' });
  }
}

const snapshotDbs = new Map<string, BeforeImportDb>();
function snapshotDb(database: CoderPathDb): BeforeImportDb {
  const name = `${database.name}-before-import`;
  let found = snapshotDbs.get(name);
  if (!found) snapshotDbs.set(name, (found = new BeforeImportDb(name)));
  return found;
}

/** Browser build: keeps `backupText` (the store before this import) in place of the previous one. */
export async function keepBeforeImportSnapshot(backupText: string, source: string, database: CoderPathDb = appDb, now: Date = new Date()): Promise<void> {
  await snapshotDb(database).snapshots.put({ id: 'before-import', source, at: now.toISOString(), text: backupText });
}

/** The store as it was before the last import (browser build), as backup text to restore; null when none. */
export async function readBeforeImportSnapshot(database: CoderPathDb = appDb): Promise<Omit<Snapshot, 'id'> | null> {
  const found = await snapshotDb(database).snapshots.get('before-import');
  return found ? { source: found.source, at: found.at, text: found.text } : null;
}
