import { describe, expect, it } from 'vitest';
import { BACKUP_MIGRATIONS, migrateBackup, type BackupMigrations } from './migrate';
import { BACKUP_FORMAT_VERSION } from './types';

describe('migrateBackup (upgrade hook for older backup formats)', () => {
  it('version 2 is current: a v2 file passes through untouched', () => {
    const raw = { format: 'coderpath-backup', formatVersion: 2, data: { x: 1 } };
    expect(BACKUP_FORMAT_VERSION).toBe(2);
    expect(migrateBackup(raw)).toEqual({ ok: true, value: raw, fromVersion: 2 });
  });

  it('a version-1 file gains empty flashcard tables and zero counts, everything else untouched', () => {
    const raw = { format: 'coderpath-backup', formatVersion: 1, counts: { profile: 0 }, data: { profile: null } };
    expect(Object.keys(BACKUP_MIGRATIONS)).toEqual(['1']);
    expect(migrateBackup(raw)).toEqual({
      ok: true,
      fromVersion: 1,
      value: {
        format: 'coderpath-backup', formatVersion: 2,
        counts: { profile: 0, decks: 0, cards: 0, reviewLog: 0 },
        data: { profile: null, decks: [], cards: [], reviewLog: [] },
      },
    });
    // A table the file already holds is kept (validation then judges it), never replaced by an empty one.
    const odd = { formatVersion: 1, counts: { decks: 1 }, data: { decks: [{ id: 'd' }] } };
    expect(migrateBackup(odd)).toMatchObject({ ok: true, value: { counts: { decks: 1 }, data: { decks: [{ id: 'd' }] } } });
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
