import { describe, expect, it } from 'vitest';
import { BACKUP_MIGRATIONS, migrateBackup, type BackupMigrations } from './migrate';
import { BACKUP_FORMAT_VERSION } from './types';

describe('migrateBackup (upgrade hook for older backup formats)', () => {
  it('version 1 is current: a v1 file passes through untouched', () => {
    const raw = { format: 'coderpath-backup', formatVersion: 1, data: { x: 1 } };
    expect(BACKUP_FORMAT_VERSION).toBe(1);
    expect(BACKUP_MIGRATIONS).toEqual({});
    expect(migrateBackup(raw)).toEqual({ ok: true, value: raw, fromVersion: 1 });
  });

  // A pretend future: format 3 is current, with steps 1→2 (rename a field) and 2→3 (add a table).
  const steps: BackupMigrations = {
    1: (raw) => ({ ...raw, formatVersion: 2, notes: raw.comment, comment: undefined }),
    2: (raw) => ({ ...raw, formatVersion: 3, extraTable: [] }),
  };

  it('dispatches each step in order from the file’s version up to the current one', () => {
    expect(migrateBackup({ formatVersion: 1, comment: 'hi' }, steps, 3)).toEqual({
      ok: true, value: { formatVersion: 3, notes: 'hi', comment: undefined, extraTable: [] }, fromVersion: 1,
    });
    expect(migrateBackup({ formatVersion: 2, notes: 'x' }, steps, 3)).toEqual({ ok: true, value: { formatVersion: 3, notes: 'x', extraTable: [] }, fromVersion: 2 });
  });

  it('refuses newer versions, nonsense versions, gaps and broken steps with a message', () => {
    const message = (raw: Record<string, unknown>, m: BackupMigrations = steps) => {
      const r = migrateBackup(raw, m, 3);
      return r.ok ? 'ok' : r.errors[0]!.message;
    };
    expect(message({ formatVersion: 4 })).toContain('made by a newer version of CoderPath (backup format 4; this version reads up to 3)');
    expect(message({})).toBe('formatVersion is missing');
    expect(message({ formatVersion: '1' })).toBe('formatVersion: "1" is not a format version (expected a whole number from 1)');
    expect(message({ formatVersion: 1.5 })).toContain('is not a format version');
    expect(message({ formatVersion: 0 })).toContain('is not a format version');
    expect(message({ formatVersion: 1 }, { 2: steps[2]! })).toBe('backup format 1 cannot be upgraded: this version of CoderPath has no upgrade step for it');
    expect(message({ formatVersion: 2 }, { 2: () => { throw new Error('boom'); } })).toBe('upgrading the backup from format 2 failed: boom');
    expect(message({ formatVersion: 2 }, { 2: (r) => r })).toBe('upgrading the backup from format 2 did not produce format 3');
  });
});
