/** The backup file's constants and the shapes that go in and come out of it. See docs/backup-format.md. */
import type { IsoDateTime, Profile, RunningTimer } from '../model/entities';
import { USER_TABLE_NAMES, type UserTable, type UserTableRows } from '../model/tables';

/** Value of the file's `format` field: how a CoderPath backup recognises itself. */
export const BACKUP_FORMAT = 'coderpath-backup';
/** The format version this code writes and reads natively. Older files are upgraded by `migrateBackup`. */
export const BACKUP_FORMAT_VERSION = 2;

/**
 * Everything a backup holds, as the stores hold it (attachments with their Blob bytes). The single-record tables
 * (`profile`, `timer`) are a record or null; the rest are arrays.
 */
export type BackupSnapshot = Omit<UserTableRows, 'profile' | 'timer'> & {
  profile: Profile | null;
  timer: RunningTimer | null;
};

export type BackupTable = UserTable;

/** Every table, in the order they are written to the file: the store's own list. */
export const BACKUP_TABLES = USER_TABLE_NAMES;

/** Records per table; `profile` and `timer` count 0 or 1. */
export type BackupCounts = Record<BackupTable, number>;

/** What the caller tells `serializeBackup` about the app writing the file. */
export interface BackupWriteMeta {
  /** When the backup was taken. */
  createdAt: IsoDateTime;
  /** The app's version, e.g. `0.1.0`. */
  appVersion: string;
  /** The IndexedDB (Dexie) schema version the data comes from. */
  schemaVersion: number;
}

/** What `parseBackup` reports about a file it accepted. */
export interface BackupMeta extends BackupWriteMeta {
  /** The format version the file was written in (before any upgrade). */
  formatVersion: number;
  counts: BackupCounts;
}

/** One problem found in a backup: where (`ceuEntries[12].completedOn`, or '' for the whole file) and what, in plain words. */
export interface BackupIssue {
  path: string;
  message: string;
}

export type ParseBackupResult =
  | { ok: true; snapshot: BackupSnapshot; meta: BackupMeta }
  | { ok: false; errors: BackupIssue[] };

/** Thrown by `serializeBackup` when the data would make a backup that cannot be restored. */
export class BackupValidationError extends Error {
  readonly issues: BackupIssue[];
  constructor(issues: BackupIssue[]) {
    super(`The data cannot be backed up as it is: ${issues.slice(0, 3).map((i) => i.message).join('; ')}${issues.length > 3 ? ` (and ${issues.length - 3} more)` : ''}`);
    this.name = 'BackupValidationError';
    this.issues = issues;
  }
}

/** Plain-word names of the tables, for messages. */
export const TABLE_LABELS: Record<BackupTable, string> = {
  profile: 'profile',
  credentials: 'credentials',
  ceuEntries: 'CEU entries',
  attachments: 'certificate files',
  studyPlans: 'study plans',
  studySessions: 'study sessions',
  practiceAttempts: 'practice attempts',
  milestones: 'milestones',
  timer: 'running timer',
  keyValues: 'app settings',
  decks: 'flashcard decks',
  cards: 'flashcards',
  reviewLog: 'flashcard reviews',
};
