/** The zod schemas of backup files (version 2, and version 1 for reference). Tables reuse the entity schemas, so a file holds exactly what the stores hold. */
import { z } from 'zod';
import {
  attachmentMetaShape,
  attachmentSchema,
  type Same,
  ceuEntrySchema,
  heldCredentialSchema,
  isoDateTimeSchema,
  keyValueSchema,
  milestoneSchema,
  practiceAttemptSchema,
  profileSchema,
  runningTimerSchema,
  studyPlanSchema,
  studySessionSchema,
} from '../model/schemas';
import { deckSchema, flashcardSchema, reviewLogEntrySchema } from '../model/flashcardSchemas';
import { BACKUP_FORMAT, type BackupSnapshot } from './types';

function assertSame<_T extends true>(): void {}

const count = () => z.number().int().min(0);

/** A certificate file inside the backup: the attachment's fields, its bytes as base64 and their SHA-256. */
export const attachmentFileSchema = z.strictObject({
  ...attachmentMetaShape,
  sha256: z.string().regex(/^[0-9a-fA-F]{64}$/, { error: 'is not a SHA-256 checksum (64 hexadecimal characters)' }),
  data: z.string(),
});
export type AttachmentFileRecord = z.infer<typeof attachmentFileSchema>;

export const backupCountsV1Schema = z.strictObject({
  profile: count(),
  credentials: count(),
  ceuEntries: count(),
  attachments: count(),
  studyPlans: count(),
  studySessions: count(),
  practiceAttempts: count(),
  milestones: count(),
  timer: count().optional(),
  keyValues: count(),
});

/** Version 2 adds the flashcard tables. */
export const backupCountsSchema = backupCountsV1Schema.extend({ decks: count(), cards: count(), reviewLog: count() });

export const backupDataV1Schema = z.strictObject({
  profile: profileSchema.nullable(),
  credentials: z.array(heldCredentialSchema),
  ceuEntries: z.array(ceuEntrySchema),
  attachments: z.array(attachmentFileSchema),
  studyPlans: z.array(studyPlanSchema),
  studySessions: z.array(studySessionSchema),
  practiceAttempts: z.array(practiceAttemptSchema),
  milestones: z.array(milestoneSchema),
  // Optional in the file: absent means no timer was running.
  timer: runningTimerSchema.nullable().optional(),
  keyValues: z.array(keyValueSchema),
});
export type BackupDataV1 = z.infer<typeof backupDataV1Schema>;

export const backupDataV2Schema = backupDataV1Schema.extend({
  decks: z.array(deckSchema),
  cards: z.array(flashcardSchema),
  reviewLog: z.array(reviewLogEntrySchema),
});

const envelope = {
  format: z.literal(BACKUP_FORMAT),
  createdAt: isoDateTimeSchema,
  appVersion: z.string().min(1, { error: 'is empty' }),
  schemaVersion: z.number().positive(),
};

export const backupFileV1Schema = z.strictObject({ ...envelope, formatVersion: z.literal(1), counts: backupCountsV1Schema, data: backupDataV1Schema });
export type BackupFileV1 = z.infer<typeof backupFileV1Schema>;

/** The format this code writes and reads (older files are upgraded to it first, migrate.ts). */
export const backupFileSchema = z.strictObject({ ...envelope, formatVersion: z.literal(2), counts: backupCountsSchema, data: backupDataV2Schema });
export type BackupFile = z.infer<typeof backupFileSchema>;

/** The envelope fields a caller must supply when writing; checked with the same rules as when reading. */
export const backupWriteMetaSchema = backupFileSchema.pick({ createdAt: true, appVersion: true, schemaVersion: true });

/** The snapshot as the stores hold it (attachments with Blob bytes); checked before anything is written. */
export const backupSnapshotSchema = z.strictObject({
  profile: profileSchema.nullable(),
  credentials: z.array(heldCredentialSchema),
  ceuEntries: z.array(ceuEntrySchema),
  attachments: z.array(attachmentSchema),
  studyPlans: z.array(studyPlanSchema),
  studySessions: z.array(studySessionSchema),
  practiceAttempts: z.array(practiceAttemptSchema),
  milestones: z.array(milestoneSchema),
  timer: runningTimerSchema.nullable(),
  keyValues: z.array(keyValueSchema),
  decks: z.array(deckSchema),
  cards: z.array(flashcardSchema),
  reviewLog: z.array(reviewLogEntrySchema),
});
assertSame<Same<z.infer<typeof backupSnapshotSchema>, BackupSnapshot>>();
