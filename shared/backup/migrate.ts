/**
 * Upgrades backup files written in an older format version to the current one, one version at a time, before
 * they are validated. Only version 1 exists so far, so there are no steps yet.
 *
 * To introduce version 2: bump BACKUP_FORMAT_VERSION to 2, make fileSchema.ts describe v2, and add
 * `1: upgradeV1ToV2` to BACKUP_MIGRATIONS, a pure function taking the parsed v1 JSON object and returning the
 * same data as a v2 object (with `formatVersion: 2`). Never drop data in a step: move or convert it.
 */
import { describeValue } from './issues';
import { BACKUP_FORMAT_VERSION, type BackupIssue } from './types';

/** A raw (parsed but not yet validated) backup object. */
export type RawBackup = Record<string, unknown>;
/** Turns a raw backup of version N into one of version N + 1. */
export type BackupMigration = (raw: RawBackup) => RawBackup;
/** Steps keyed by the version they upgrade FROM. */
export type BackupMigrations = Readonly<Record<number, BackupMigration>>;

export const BACKUP_MIGRATIONS: BackupMigrations = {};

export type MigrateResult = { ok: true; value: RawBackup; fromVersion: number } | { ok: false; errors: BackupIssue[] };

function fail(path: string, message: string): MigrateResult {
  return { ok: false, errors: [{ path, message }] };
}

/**
 * Reads `raw.formatVersion` and applies the upgrade steps until `currentVersion`. Refuses files from a newer
 * version (their meaning is unknown here), versions that are not whole numbers ≥ 1, and gaps in the steps.
 * Never throws: a step that throws or returns the wrong version becomes an error.
 */
export function migrateBackup(
  raw: RawBackup,
  migrations: BackupMigrations = BACKUP_MIGRATIONS,
  currentVersion: number = BACKUP_FORMAT_VERSION,
): MigrateResult {
  const version = raw.formatVersion;
  if (version === undefined) return fail('formatVersion', 'formatVersion is missing');
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('formatVersion', `formatVersion: ${describeValue(version)} is not a format version (expected a whole number from 1)`);
  }
  if (version > currentVersion) {
    return fail(
      'formatVersion',
      `This backup was made by a newer version of CoderPath (backup format ${version}; this version reads up to ${currentVersion}). Update CoderPath, then restore it again.`,
    );
  }
  let value = raw;
  for (let from = version; from < currentVersion; from++) {
    const step = Object.prototype.hasOwnProperty.call(migrations, from) ? migrations[from] : undefined;
    if (!step) return fail('formatVersion', `backup format ${from} cannot be upgraded: this version of CoderPath has no upgrade step for it`);
    try {
      value = step(value);
    } catch (error) {
      return fail('formatVersion', `upgrading the backup from format ${from} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (value === null || typeof value !== 'object' || value.formatVersion !== from + 1) {
      return fail('formatVersion', `upgrading the backup from format ${from} did not produce format ${from + 1}`);
    }
  }
  return { ok: true, value, fromVersion: version };
}
