/** Backup files: write, read and validate. See docs/backup-format.md. */
export { serializeBackup, parseBackup, checkSnapshot } from './format';
export { migrateBackup, BACKUP_MIGRATIONS, type BackupMigration, type BackupMigrations, type MigrateResult, type RawBackup } from './migrate';
export {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BACKUP_TABLES,
  BackupValidationError,
  type BackupCounts,
  type BackupIssue,
  type BackupMeta,
  type BackupSnapshot,
  type BackupTable,
  type BackupWriteMeta,
  type ParseBackupResult,
} from './types';
