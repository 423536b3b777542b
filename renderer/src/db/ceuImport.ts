/**
 * Import of CEU entries read from a spreadsheet (shared/ceu/csv.ts parses and validates the rows first): all rows
 * are written in one transaction, so an import either adds every row or nothing.
 */
import { entryFromDraft, type CeuEntryDraft } from '../../../shared/ceu/entryForm';
import type { CeuEntry, Id } from '../../../shared/model/entities';
import { db, newId, nowIso, type CoderPathDb } from './db';
import { recordImport } from './importUndo';

/** Thrown when a row names a credential that is no longer stored; nothing was written. */
export class ImportCredentialMissingError extends Error {
  constructor(readonly row: number, readonly credentialId: Id) {
    super(`Row ${row} is for a credential that is no longer in your list; nothing was imported. Check the file again.`);
    this.name = 'ImportCredentialMissingError';
  }
}

/**
 * Adds every draft as a new CEU entry, in one transaction: if any write fails (or a row names a credential deleted
 * since the file was checked) the whole import is rolled back and the error is thrown. `rowNumbers[i]` is the
 * spreadsheet row of `drafts[i]`, for the message; without it the position (1-based) is used.
 */
export async function importCeuRows(
  drafts: readonly CeuEntryDraft[],
  database: CoderPathDb = db,
  rowNumbers: readonly number[] = [],
  /** The file's name, for "Undo the import of …" (db/importUndo.ts). */
  source = 'a CSV file',
): Promise<CeuEntry[]> {
  if (drafts.length === 0) return [];
  return database.transaction('rw', database.credentials, database.ceuEntries, database.keyValues, async () => {
    // The credentials may have changed between the check on screen and the confirmation.
    const stored = new Set((await database.credentials.toCollection().primaryKeys()) as Id[]);
    drafts.forEach((draft, index) => {
      const missing = draft.credentialIds.find((id) => !stored.has(id));
      if (missing) throw new ImportCredentialMissingError(rowNumbers[index] ?? index + 1, missing);
    });
    const now = nowIso();
    const entries = drafts.map((draft) => entryFromDraft(draft, newId(), now));
    // A failed row rejects bulkAdd; the rejection leaves the transaction scope and Dexie aborts all of it.
    // Nearly all of the time is IndexedDB's own (measured in Chromium: a plain IDB add loop costs the same, ~80%
    // of the CPU in the browser process): each entry is a record plus one index entry, completedOn. Schema v3
    // dropped provider, category and the multi-entry credentialIds (50,000 of the bench file's 60,000 index writes).
    // Durability is the database default, which Chromium (so Electron) has made
    // "relaxed" since version 121: `complete` fires when the OS has the data, not after a disk flush. That is
    // right for an import: it stays all-or-nothing (a power cut in the next seconds loses the whole import, never
    // part of it) and the file is still there to import again; "strict" would only add the flush.
    await database.ceuEntries.bulkAdd(entries);
    await recordImport(database, { kind: 'ceu-csv', source, added: { ceuEntries: entries.map((entry) => entry.id) } });
    return entries;
  });
}
