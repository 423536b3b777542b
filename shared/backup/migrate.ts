/**
 * Upgrades backup files written in an older format version to the current one, one version at a time, before
 * they are validated: one pure step per version, taking the parsed object of version N and returning the same data
 * as version N + 1. Never drop data in a step: move or convert it.
 */
import { describeValue } from './issues';
import { BACKUP_FORMAT_VERSION, type BackupIssue } from './types';

/** A raw (parsed but not yet validated) backup object. */
export type RawBackup = Record<string, unknown>;
/** Turns a raw backup of version N into one of version N + 1. */
export type BackupMigration = (raw: RawBackup) => RawBackup;
/** Steps keyed by the version they upgrade FROM. */
export type BackupMigrations = Readonly<Record<number, BackupMigration>>;

function isRecord(value: unknown): value is RawBackup {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Version 1 → 2: version 2 adds the flashcard tables (decks, cards, review log); a version-1 file had none, so
 * they start empty. Anything else in the file is passed on untouched, for validation to judge.
 */
export function upgradeV1ToV2(raw: RawBackup): RawBackup {
  const empty = { decks: [], cards: [], reviewLog: [] };
  return {
    ...raw,
    formatVersion: 2,
    // Spread last: a table the file somehow already holds is kept and validated, never overwritten.
    counts: isRecord(raw.counts) ? { decks: 0, cards: 0, reviewLog: 0, ...raw.counts } : raw.counts,
    data: isRecord(raw.data) ? { ...empty, ...raw.data } : raw.data,
  };
}

export const BACKUP_MIGRATIONS: BackupMigrations = { 1: upgradeV1ToV2 };

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
