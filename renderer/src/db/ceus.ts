/**
 * CEU writes, one function per user action, each one transaction: held credentials (add, edit, retire, cycle
 * rollover), CEU entries with their certificate files, the user's choices for editable CEU rules, and the day a
 * deadline was last notified. Validation happens before (the forms run shared/ceu/entryForm.ts and the screen's
 * credential form); every rule is computed in shared/ceu.
 */
import { ceuEntriesToCsv } from '../../../shared/ceu/csv';
import { rollOverDue } from '../../../shared/ceu/cycles';
import { entryDraftFields, type CeuEntryDraft } from '../../../shared/ceu/entryForm';
import { shouldNotify } from '../../../shared/ceu/warnings';
import type { Attachment, CeuEntry, HeldCredential, Id, IsoDate } from '../../../shared/model/entities';
import { todayIso } from '../lib/dates';
import { guardEdit, type EditOptions } from './editGuard';
import { db, newId, nowIso, takeRecord, type CoderPathDb } from './db';
import { syncRoadmapFromData } from './progressSync';
import { readRuleSettings } from './ruleSettings';

export type { CeuEntryDraft } from '../../../shared/ceu/entryForm';

/** What the credential form gives: catalog code, earned day, the current cycle, and an optional own total. */
export type CredentialDraft = Pick<HeldCredential, 'code' | 'earnedOn' | 'cycleStart' | 'cycleEnd' | 'requiredOverride'>;

/** A certificate file to store with an entry (a File from <input type=file> fits). */
export interface NewAttachment {
  fileName: string;
  mimeType: string;
  data: Blob;
}

/** Everything a delete removed, so Undo puts the entry back with its certificates. */
export interface DeletedEntry {
  entry: CeuEntry;
  attachments: Attachment[];
}

export interface RolloverOutcome {
  /** Credentials as written, each with its closed cycle(s) in `history`. */
  rolled: HeldCredential[];
  /** The same credentials as they were, for Undo. */
  previous: HeldCredential[];
}

/** keyValues keys. */
export const CEU_NOTIFIED_PREFIX = 'ceuNotified:';

function credentialFields(draft: CredentialDraft) {
  return {
    code: draft.code.trim().toUpperCase(),
    earnedOn: draft.earnedOn,
    cycleStart: draft.cycleStart,
    cycleEnd: draft.cycleEnd,
    ...(draft.requiredOverride
      ? { requiredOverride: { total: draft.requiredOverride.total, note: draft.requiredOverride.note.trim() } }
      : {}),
  };
}


function attachmentRecords(entryId: Id, files: readonly NewAttachment[]): Attachment[] {
  const addedAt = nowIso();
  return files.map((file) => ({
    id: newId(),
    entryId,
    fileName: file.fileName,
    mimeType: file.mimeType || 'application/octet-stream',
    size: file.data.size,
    data: file.data,
    addedAt,
  }));
}

/** Adds a held credential with an empty history, then lets the roadmap follow (a credential completes a milestone). */
export async function addCredential(draft: CredentialDraft, database: CoderPathDb = db): Promise<HeldCredential> {
  const created = await database.transaction('rw', database.credentials, async () => {
    const now = nowIso();
    const credential: HeldCredential = { id: newId(), ...credentialFields(draft), history: [], createdAt: now, updatedAt: now };
    await database.credentials.add(credential);
    return credential;
  });
  await syncRoadmapFromData(database, todayIso());
  return created;
}

/**
 * Saves an edit of code, dates and own total; history, retirement, creation and the sample flag stay. Removing the
 * own total is done by a draft without one. Throws when the credential no longer exists.
 */
export async function updateCredential(
  id: Id,
  draft: CredentialDraft,
  database: CoderPathDb = db,
  { base }: EditOptions<HeldCredential> = {},
): Promise<HeldCredential> {
  const next = await database.transaction('rw', database.credentials, async () => {
    const current = await database.credentials.get(id);
    if (!current) throw new Error('This credential no longer exists.');
    guardEdit('credential', current, base);
    const { requiredOverride: _old, ...kept } = current;
    const updated: HeldCredential = { ...kept, ...credentialFields(draft), updatedAt: nowIso() };
    await database.credentials.put(updated);
    return updated;
  });
  await syncRoadmapFromData(database, todayIso());
  return next;
}

/** Stops tracking a credential from `retiredOn` on (its entries and history stay). */
export async function retireCredential(id: Id, retiredOn: IsoDate, database: CoderPathDb = db): Promise<void> {
  await database.transaction('rw', database.credentials, async () => {
    const current = await database.credentials.get(id);
    if (!current) throw new Error('This credential no longer exists.');
    await database.credentials.put({ ...current, retiredOn, updatedAt: nowIso() });
  });
}

/** Undo of a retirement: the credential is held again. */
export async function reinstateCredential(id: Id, database: CoderPathDb = db): Promise<void> {
  await database.transaction('rw', database.credentials, async () => {
    const current = await database.credentials.get(id);
    if (!current) throw new Error('This credential no longer exists.');
    const { retiredOn: _retired, ...rest } = current;
    await database.credentials.put({ ...rest, updatedAt: nowIso() });
  });
  await syncRoadmapFromData(database, todayIso());
}

/**
 * Closes every cycle that ended before `today` into the credential's history with its final result, and starts
 * the next cycle (shared/ceu/cycles.ts `rollOverDue`, judged with the user's rule settings).
 */
export async function rollOverCycles(today: IsoDate, database: CoderPathDb = db): Promise<RolloverOutcome> {
  return database.transaction('rw', database.credentials, database.ceuEntries, database.keyValues, async () => {
    const [held, entries, ruleSettings] = await Promise.all([
      database.credentials.toArray(),
      database.ceuEntries.toArray(),
      readRuleSettings(database),
    ]);
    const rolled = rollOverDue({ held, entries, today, closedAt: nowIso(), ruleSettings });
    const ids = new Set(rolled.map((credential) => credential.id));
    await database.credentials.bulkPut(rolled);
    return { rolled, previous: held.filter((credential) => ids.has(credential.id)) };
  });
}

/** Undo of a rollover: puts the credentials back exactly as they were. */
export async function restoreCredentials(previous: readonly HeldCredential[], database: CoderPathDb = db): Promise<void> {
  await database.transaction('rw', database.credentials, async () => {
    await database.credentials.bulkPut([...previous]);
  });
}

/** Stores a new entry and its certificate files together. */
export async function addEntry(
  draft: CeuEntryDraft,
  files: readonly NewAttachment[] = [],
  database: CoderPathDb = db,
): Promise<CeuEntry> {
  return database.transaction('rw', database.ceuEntries, database.attachments, async () => {
    const now = nowIso();
    const entry: CeuEntry = { id: newId(), ...entryDraftFields(draft), createdAt: now, updatedAt: now };
    await database.ceuEntries.add(entry);
    await database.attachments.bulkAdd(attachmentRecords(entry.id, files));
    return entry;
  });
}

/**
 * Replaces an entry's fields with the draft and adds `files` to its certificates (existing ones are removed with
 * `removeAttachment`). Id, createdAt and the sample flag stay. Throws when the entry no longer exists.
 */
export async function updateEntry(
  id: Id,
  draft: CeuEntryDraft,
  files: readonly NewAttachment[] = [],
  database: CoderPathDb = db,
  { base }: EditOptions<CeuEntry> = {},
): Promise<CeuEntry> {
  return database.transaction('rw', database.ceuEntries, database.attachments, async () => {
    const current = await database.ceuEntries.get(id);
    if (!current) throw new Error('This CEU entry no longer exists.');
    guardEdit('CEU entry', current, base);
    const next: CeuEntry = {
      id: current.id,
      ...entryDraftFields(draft),
      createdAt: current.createdAt,
      updatedAt: nowIso(),
      ...(current.sample ? { sample: current.sample } : {}),
    };
    await database.ceuEntries.put(next);
    await database.attachments.bulkAdd(attachmentRecords(id, files));
    return next;
  });
}

/** Deletes an entry with its certificates; returns both for `restoreEntry`, undefined if it was not there. */
export async function deleteEntry(id: Id, database: CoderPathDb = db): Promise<DeletedEntry | undefined> {
  return database.transaction('rw', database.ceuEntries, database.attachments, async () => {
    const entry = await database.ceuEntries.get(id);
    if (!entry) return undefined;
    const attachments = await database.attachments.where('entryId').equals(id).toArray();
    await database.attachments.bulkDelete(attachments.map((attachment) => attachment.id));
    await database.ceuEntries.delete(id);
    return { entry, attachments };
  });
}

/** Undo of a delete: the entry and its certificates come back unchanged (same ids and files). */
export async function restoreEntry(deleted: DeletedEntry, database: CoderPathDb = db): Promise<void> {
  await database.transaction('rw', database.ceuEntries, database.attachments, async () => {
    await database.ceuEntries.put(deleted.entry);
    await database.attachments.bulkPut(deleted.attachments);
  });
}

/** Removes one certificate; returns it for `restoreAttachment`. */
export async function removeAttachment(id: Id, database: CoderPathDb = db): Promise<Attachment | undefined> {
  return takeRecord(database, database.attachments, id);
}

export async function restoreAttachment(attachment: Attachment, database: CoderPathDb = db): Promise<void> {
  await database.transaction('rw', database.ceuEntries, database.attachments, async () => {
    // Its entry may have been deleted meanwhile: a certificate without an entry would be invisible.
    if (!(await database.ceuEntries.get(attachment.entryId))) throw new Error('The CEU entry of this certificate no longer exists.');
    await database.attachments.put(attachment);
  });
}

/** The day a deadline warning (by its key) was last shown as a notification. */
export async function readLastNotified(warningKey: string, database: CoderPathDb = db): Promise<IsoDate | undefined> {
  const row = await database.keyValues.get(CEU_NOTIFIED_PREFIX + warningKey);
  return typeof row?.value === 'string' ? row.value : undefined;
}

export async function markNotified(warningKey: string, day: IsoDate, database: CoderPathDb = db): Promise<void> {
  await database.transaction('rw', database.keyValues, async () => {
    await database.keyValues.put({ key: CEU_NOTIFIED_PREFIX + warningKey, value: day });
  });
}

/**
 * Read, decide (shared/ceu/warnings.ts `shouldNotify`: once a week while a warning lasts) and record in one
 * transaction, so two screens asking at once notify once. True when the caller should show the notification now.
 */
export async function claimDeadlineNotification(warningKey: string, today: IsoDate, database: CoderPathDb = db): Promise<boolean> {
  return database.transaction('rw', database.keyValues, async () => {
    const row = await database.keyValues.get(CEU_NOTIFIED_PREFIX + warningKey);
    const last = typeof row?.value === 'string' ? row.value : undefined;
    if (!shouldNotify(last, today)) return false;
    await database.keyValues.put({ key: CEU_NOTIFIED_PREFIX + warningKey, value: today });
    return true;
  });
}

/** Every CEU entry as CSV text (shared/ceu/csv.ts), credentials written as their codes. */
export async function exportCeuCsv(database: CoderPathDb = db): Promise<string> {
  return database.transaction('r', database.ceuEntries, database.credentials, async () => {
    const [entries, held] = await Promise.all([database.ceuEntries.toArray(), database.credentials.toArray()]);
    return ceuEntriesToCsv(entries, held);
  });
}
