/**
 * Writing and reading CoderPath backup files (format described in docs/backup-format.md).
 *
 * `parseBackup` checks everything (shape, every value, certificate checksums, counts, links) before it returns a
 * snapshot, so a restore can apply the result all-or-nothing without meeting a surprise halfway.
 */
import type { Attachment } from '../model/entities';
import { base64ToBytes, bytesToBase64, sha256Hex } from './bytes';
import { backupFileSchema, backupSnapshotSchema, backupWriteMetaSchema, type AttachmentFileRecord } from './fileSchema';
import { checkCounts, checkLinks, countTables, jsonProblem } from './integrity';
import { describeValue, describeZodError } from './issues';
import { readJsonText } from './jsonText';
import { migrateBackup } from './migrate';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BackupValidationError,
  type BackupIssue,
  type BackupSnapshot,
  type BackupWriteMeta,
  type ParseBackupResult,
} from './types';

/** Every problem that would stop this snapshot from making a backup that restores to the same data. */
export function checkSnapshot(snapshot: BackupSnapshot): BackupIssue[] {
  const parsed = backupSnapshotSchema.safeParse(snapshot);
  if (!parsed.success) return describeZodError(parsed.error, snapshot);
  const issues: BackupIssue[] = [];
  snapshot.keyValues.forEach((kv, i) => {
    const problem = jsonProblem(kv.value);
    if (problem) issues.push({ path: `keyValues[${i}].value`, message: `keyValues[${i}].value (setting "${kv.key}"): ${problem}` });
  });
  return [...issues, ...checkLinks(snapshot)];
}

async function encodeAttachment(attachment: Attachment): Promise<AttachmentFileRecord> {
  const { data, ...fields } = attachment;
  const bytes = new Uint8Array(await data.arrayBuffer());
  return { ...fields, sha256: await sha256Hex(bytes), data: bytesToBase64(bytes) };
}

/**
 * The snapshot as backup-file text (pretty-printed JSON). Throws BackupValidationError, listing every problem,
 * when the data or meta would not read back (invalid records, duplicate ids, dangling links, non-JSON settings):
 * better to fail loudly now than to write a backup that cannot be restored.
 */
export async function serializeBackup(snapshot: BackupSnapshot, meta: BackupWriteMeta): Promise<string> {
  const metaResult = backupWriteMetaSchema.safeParse(meta);
  const issues = [...(metaResult.success ? [] : describeZodError(metaResult.error, meta)), ...checkSnapshot(snapshot)];
  if (issues.length > 0) throw new BackupValidationError(issues);

  const attachments: AttachmentFileRecord[] = [];
  // One certificate at a time keeps memory to one file's bytes beyond the output.
  for (const attachment of snapshot.attachments) attachments.push(await encodeAttachment(attachment));

  const file = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    createdAt: meta.createdAt,
    appVersion: meta.appVersion,
    schemaVersion: meta.schemaVersion,
    counts: countTables(snapshot),
    data: {
      profile: snapshot.profile,
      credentials: snapshot.credentials,
      ceuEntries: snapshot.ceuEntries,
      attachments,
      studyPlans: snapshot.studyPlans,
      studySessions: snapshot.studySessions,
      practiceAttempts: snapshot.practiceAttempts,
      milestones: snapshot.milestones,
      timer: snapshot.timer,
      keyValues: snapshot.keyValues,
      decks: snapshot.decks,
      cards: snapshot.cards,
      reviewLog: snapshot.reviewLog,
    },
  };
  return JSON.stringify(file, null, 2);
}

function failure(message: string, path = ''): ParseBackupResult {
  return { ok: false, errors: [{ path, message }] };
}

/**
 * Decodes each certificate and checks its size and checksum; returns the bytes or the problems (in file order).
 * The checksums are computed together: Web Crypto works off the main thread, so 200 certificates hash in about
 * the time of the largest few rather than one after another.
 */
async function decodeAttachments(records: readonly AttachmentFileRecord[]): Promise<{ bytes: Uint8Array<ArrayBuffer>[]; issues: BackupIssue[] }> {
  const checked = await Promise.all(records.map(async (record, i): Promise<Uint8Array<ArrayBuffer> | BackupIssue> => {
    const name = describeValue(record.fileName);
    const decoded = base64ToBytes(record.data);
    if (!decoded) {
      return { path: `attachments[${i}].data`, message: `attachments[${i}].data: the certificate file ${name} is damaged (its contents are not valid base64)` };
    }
    if (decoded.length !== record.size) {
      return { path: `attachments[${i}].size`, message: `attachments[${i}].size: says ${record.size} bytes but the certificate file ${name} holds ${decoded.length} – it is incomplete or changed` };
    }
    if ((await sha256Hex(decoded)) !== record.sha256.toLowerCase()) {
      return { path: `attachments[${i}].sha256`, message: `attachments[${i}].sha256: the certificate file ${name} does not match its checksum – it was changed or damaged` };
    }
    return decoded;
  }));
  const bytes: Uint8Array<ArrayBuffer>[] = [];
  const issues: BackupIssue[] = [];
  for (const result of checked) {
    if (result instanceof Uint8Array) bytes.push(result);
    else issues.push(result);
  }
  return { bytes, issues };
}

/**
 * The attachments with their bytes as Blobs: one Blob holds every certificate and each attachment gets its slice
 * (same bytes, size and type). Each Blob is handed to the browser's blob store when it is made, so one hand-over
 * instead of one per certificate: in Chromium 200 certificates (40 MB) take ~100 ms instead of ~200-250.
 */
function certificateBlobs(records: readonly AttachmentFileRecord[], bytes: Uint8Array<ArrayBuffer>[]): Attachment[] {
  const all = new Blob(bytes);
  let offset = 0;
  return records.map(({ sha256: _sha, data: _base64, ...fields }, i) => {
    const size = bytes[i]!.length;
    const data = all.slice(offset, offset + size, fields.mimeType);
    offset += size;
    return { ...fields, data };
  });
}

async function parseText(text: unknown): Promise<ParseBackupResult> {
  if (typeof text !== 'string') return failure('The backup could not be read: no text was given.');
  const json = readJsonText(text);
  if (!json.ok) return json;
  const raw = json.value;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return failure(`The file is not a CoderPath backup (it holds ${describeValue(raw)}, not a backup).`);
  }
  const record = raw as Record<string, unknown>;
  if (record.format !== BACKUP_FORMAT) {
    return record.format === undefined
      ? failure(`The file is not a CoderPath backup (it has no "format": "${BACKUP_FORMAT}" marker).`, 'format')
      : failure(`The file is not a CoderPath backup (its format is ${describeValue(record.format)}).`, 'format');
  }
  const migrated = migrateBackup(record);
  if (!migrated.ok) return migrated;

  const parsed = backupFileSchema.safeParse(migrated.value);
  if (!parsed.success) return { ok: false, errors: describeZodError(parsed.error, migrated.value) };
  const file = parsed.data;
  const { bytes, issues: byteIssues } = await decodeAttachments(file.data.attachments);
  const issues = [...checkCounts(file.counts, file.data), ...checkLinks(file.data), ...byteIssues];
  if (issues.length > 0) return { ok: false, errors: issues };

  const attachments = certificateBlobs(file.data.attachments, bytes);
  const { data } = file;
  const snapshot: BackupSnapshot = {
    profile: data.profile,
    credentials: data.credentials,
    ceuEntries: data.ceuEntries,
    attachments,
    studyPlans: data.studyPlans,
    studySessions: data.studySessions,
    practiceAttempts: data.practiceAttempts,
    milestones: data.milestones,
    timer: data.timer ?? null,
    keyValues: data.keyValues,
    decks: data.decks,
    cards: data.cards,
    reviewLog: data.reviewLog,
  };
  return {
    ok: true,
    snapshot,
    meta: {
      formatVersion: migrated.fromVersion,
      createdAt: file.createdAt,
      appVersion: file.appVersion,
      schemaVersion: file.schemaVersion,
      counts: countTables(snapshot),
    },
  };
}

/**
 * Reads backup-file text completely before returning: JSON, format marker and version (older versions are
 * upgraded, newer refused), every field, certificate bytes against their SHA-256, counts, unique ids and links.
 * Returns every problem found, each naming the place in plain words. Never throws, whatever the input.
 */
export async function parseBackup(text: string): Promise<ParseBackupResult> {
  try {
    return await parseText(text);
  } catch (error) {
    // A safety net only: every known problem is reported above. Still, a restore must never crash on a bad file.
    return failure(`The backup could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
}
