/** The zod schema of a version-1 backup file. Tables reuse the entity schemas, so a file holds exactly what the stores hold. */
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

export const backupCountsSchema = z.strictObject({
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

export const backupFileV1Schema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(1),
  createdAt: isoDateTimeSchema,
  appVersion: z.string().min(1, { error: 'is empty' }),
  schemaVersion: z.number().positive(),
  counts: backupCountsSchema,
  data: backupDataV1Schema,
});
export type BackupFileV1 = z.infer<typeof backupFileV1Schema>;

/** The envelope fields a caller must supply when writing; checked with the same rules as when reading. */
export const backupWriteMetaSchema = backupFileV1Schema.pick({ createdAt: true, appVersion: true, schemaVersion: true });

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
});
assertSame<Same<z.infer<typeof backupSnapshotSchema>, BackupSnapshot>>();
