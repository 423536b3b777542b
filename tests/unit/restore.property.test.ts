/**
 * Property tests on the real restore and import paths against a real (fake-indexeddb) store: thousands of generated,
 * damaged and arbitrary backup files and CSV texts. Nothing throws; the store changes only when the input was valid,
 * and then it holds exactly the file's data; a restore that fails while writing leaves the store as it was.
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseBackup, serializeBackup, type BackupSnapshot } from '../../shared/backup';
import { comparable, snapshotArb } from '../../shared/backup/testArbitraries';
import { fakeMeta, fakeSnapshot, randomBytes } from '../../shared/backup/testFixture';
import { CSV_COLUMNS, parseCeuCsv } from '../../shared/ceu/csv';
import { ceuEntryFormSchema } from '../../shared/ceu/entryForm';
import { createBackupText, restoreFromText, takeSnapshot, writeSnapshot } from '../../renderer/src/db/backup';
import { addEntry } from '../../renderer/src/db/ceus';
import { CoderPathDb } from '../../renderer/src/db/db';
import { USER_TABLES } from '../../renderer/src/db/schema';

const baseline = fakeSnapshot([randomBytes(300), randomBytes(0)]);
let database: CoderPathDb;
let baselineComparable: unknown;

beforeAll(async () => {
  database = new CoderPathDb(`restore-property-${Math.random()}`);
  await writeSnapshot(database, baseline);
  baselineComparable = await same(baseline);
});
afterAll(async () => {
  await database.delete();
});

/** The store keeps records in key order, not the file's order: compare tables as sets of records. */
function byKey(snapshot: BackupSnapshot): BackupSnapshot {
  const sort = <T>(rows: T[], key: (row: T) => string) => [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  const byId = <T extends { id: string }>(rows: T[]) => sort(rows, (r) => r.id);
  return {
    ...snapshot,
    credentials: byId(snapshot.credentials), ceuEntries: byId(snapshot.ceuEntries), attachments: byId(snapshot.attachments),
    studyPlans: byId(snapshot.studyPlans), studySessions: byId(snapshot.studySessions), practiceAttempts: byId(snapshot.practiceAttempts),
    milestones: byId(snapshot.milestones), keyValues: sort(snapshot.keyValues, (kv) => kv.key),
    decks: byId(snapshot.decks), cards: byId(snapshot.cards), reviewLog: byId(snapshot.reviewLog),
  };
}
const same = (snapshot: BackupSnapshot) => comparable(byKey(snapshot));

/** Puts the baseline back if a run changed the store, so every run starts from the same data. */
let dirty = false;
async function resetIfDirty() {
  if (dirty) await writeSnapshot(database, baseline);
  dirty = false;
}

/** Restores `text`: a valid file must land exactly, anything else must leave the baseline untouched. */
async function restoreAndCheck(text: string): Promise<boolean> {
  await resetIfDirty();
  const expected = await parseBackup(text);
  const result = await restoreFromText(text, database);
  const stored = await same(await takeSnapshot(database));
  expect(result.ok).toBe(expected.ok);
  if (result.ok && expected.ok) {
    dirty = true;
    expect(stored).toStrictEqual(await same(expected.snapshot));
  } else {
    expect(!result.ok && result.errors.length).toBeGreaterThan(0);
    expect(stored).toStrictEqual(baselineComparable);
  }
  return result.ok;
}

type Path = (string | number)[];
function allPaths(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((v, i) => allPaths(v, [...path, i], out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) allPaths(v, [...path, k], out);
  return out;
}
/** Replaces (or, with `undefined`, removes) the value at `path`. */
function setAt(root: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const parent = path.slice(0, -1).reduce<any>((node, key) => node[key], root);
  const key = path[path.length - 1]!;
  if (value === undefined) {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key];
  } else parent[key] = structuredClone(value);
  return root;
}
const wrongValueArb = fc.oneof(
  fc.constant(undefined),
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom('', '2024-02-30', '2023-02-29', '2024-01-01T00:00:00', 'Zm9v!', -1, 0.5, 1e308, null, true, [], {}, '__proto__', 'ceu-1'),
);


describe('restore: generated and damaged backup files against a real store', () => {
  it('valid generated backups restore exactly (300 files)', async () => {
    await fc.assert(
      fc.asyncProperty(snapshotArb, async (snapshot) => {
        expect(await restoreAndCheck(await serializeBackup(snapshot, fakeMeta))).toBe(true);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('values removed, replaced or retyped anywhere: refused with nothing changed, or valid and restored exactly (1500 files)', async () => {
    await fc.assert(
      fc.asyncProperty(snapshotArb, fc.array(fc.tuple(fc.nat(), wrongValueArb), { minLength: 1, maxLength: 3 }), async (snapshot, edits) => {
        let file = JSON.parse(await serializeBackup(snapshot, fakeMeta)) as unknown;
        for (const [pick, value] of edits) {
          const paths = allPaths(file);
          file = setAt(file, paths[pick % paths.length]!, value);
        }
        await restoreAndCheck(JSON.stringify(file) ?? '');
      }),
      { numRuns: 1500 },
    );
  }, 90_000);

  it('text cut short or overwritten with random characters (1000 files)', async () => {
    await fc.assert(
      fc.asyncProperty(
        snapshotArb,
        fc.oneof(
          fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }).map((cut) => ({ cut, edits: [] as [number, string][] })),
          fc.array(fc.tuple(fc.nat(), fc.string({ unit: 'binary', minLength: 1, maxLength: 3 })), { minLength: 1, maxLength: 4 }).map((edits) => ({ cut: 1, edits })),
        ),
        async (snapshot, { cut, edits }) => {
          let text = await serializeBackup(snapshot, fakeMeta);
          text = text.slice(0, Math.floor(cut * text.length));
          for (const [at, chars] of edits) {
            const i = at % Math.max(text.length, 1);
            text = text.slice(0, i) + chars + text.slice(i + chars.length);
          }
          const ok = await restoreAndCheck(text);
          if (cut < 1) expect(ok).toBe(false);
        },
      ),
      { numRuns: 1000 },
    );
  }, 90_000);

  it('arbitrary text and JSON never throw and change nothing (1000 inputs)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ unit: 'binary' }), fc.json(), fc.anything().map((v) => JSON.stringify(v) ?? '')), async (text) => {
        expect(await restoreAndCheck(text)).toBe(false);
      }),
      { numRuns: 1000 },
    );
  }, 60_000);

  it('a valid restore that fails while writing any table leaves every table as it was (200 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(snapshotArb, fc.constantFrom(...USER_TABLES), async (snapshot, failing) => {
        await resetIfDirty();
        const text = await serializeBackup(snapshot, fakeMeta);
        const table = database.table(failing);
        const fail = () => {
          throw new Error('simulated write failure');
        };
        table.hook('creating', fail);
        try {
          const result = await restoreFromText(text, database);
          // A snapshot with no rows for that table never reaches the hook and restores normally.
          const rowsForTable = failing === 'profile' || failing === 'timer' ? (snapshot[failing] ? 1 : 0) : snapshot[failing].length;
          if (rowsForTable > 0) {
            expect(result).toMatchObject({ ok: false, stage: 'write' });
            expect(await same(await takeSnapshot(database))).toStrictEqual(baselineComparable);
          } else {
            expect(result.ok).toBe(true);
            dirty = true;
          }
        } finally {
          table.hook('creating').unsubscribe(fail);
        }
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});

describe('CSV import: generated and damaged spreadsheets', () => {
  const today = '2025-06-30';
  const held = baseline.credentials;
  const oddCellArb = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 20 }),
    fc.constantFrom('', ' ', '01/15/2025', '2025-02-30', '2099-01-01', '-1', '1e9', 'NaN', '0.125', 'XYZ', '=cmd|calc', '<img src=x onerror=alert(1)>', '"', '\r\n'),
  );
  // Mostly plausible cells, so many rows are accepted and reach the store; sometimes an odd one.
  const plausible: Record<(typeof CSV_COLUMNS)[number], fc.Arbitrary<string>> = {
    completed_on: fc.date({ min: new Date('2000-01-01'), max: new Date('2025-06-30'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
    title: fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }),
    provider: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }),
    ceus: fc.constantFrom('1', '0.5', '2.25', '1,5', '12'),
    category: fc.constantFrom('', 'general', 'Compliance', 'practice management', 'ethics'),
    specialty_code: fc.constantFrom('', 'CRC'),
    approval_code: fc.string({ maxLength: 12 }),
    credentials: fc.constantFrom('CPC', 'CRC', 'CPC;CRC', ' cpc '),
    notes: fc.string({ unit: 'binary', maxLength: 40 }),
  };
  const cellFor = (header: string) => {
    const column = CSV_COLUMNS.find((c) => c === header);
    return column ? fc.oneof({ arbitrary: plausible[column], weight: 12 }, { arbitrary: oddCellArb, weight: 1 }) : oddCellArb;
  };
  const headerArb = fc.oneof(fc.constantFrom(...CSV_COLUMNS), fc.constantFrom('Date', 'Course', 'CEUs', 'Credential', 'junk', ''), fc.string({ maxLength: 8 }));
  const headersArb = fc.oneof(
    fc.shuffledSubarray([...CSV_COLUMNS], { minLength: 5 }).map((cols) => [...new Set(['completed_on', 'title', 'provider', 'ceus', 'credentials', ...cols])]),
    fc.uniqueArray(headerArb, { minLength: 1, maxLength: 11 }),
  );
  const csvArb = fc.oneof(
    { weight: 4, arbitrary: fc.tuple(headersArb, fc.nat({ max: 6 }), fc.constantFrom(',', ';', '\t')).chain(([headers, rows, delimiter]) =>
      fc.array(fc.tuple(...headers.map(cellFor)), { minLength: rows, maxLength: rows })
        .map((data) => Papa.unparse({ fields: headers, data }, { delimiter, newline: '\r\n' }))) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  );
  const damageArb = fc.option(fc.tuple(fc.nat(), fc.string({ unit: 'binary', maxLength: 3 })), { nil: undefined });

  it('the import parser never throws; every row it accepts is a valid entry that stores and backs up (1500 files)', async () => {
    await fc.assert(
      fc.asyncProperty(csvArb, damageArb, async (csv, damage) => {
        let text = csv;
        if (damage) {
          const i = damage[0] % Math.max(text.length, 1);
          text = text.slice(0, i) + damage[1] + text.slice(i + 1);
        }
        const result = parseCeuCsv(text, { held, today });
        expect(result.rows).toHaveLength(result.rowNumbers.length);
        for (const error of result.errors) {
          expect(error.row).toBeGreaterThanOrEqual(1);
          expect(error.message.length).toBeGreaterThan(5);
        }
        for (const row of result.rows) expect(ceuEntryFormSchema(today).safeParse(row).success).toBe(true);
        if (result.rows.length === 0) return;
        // Through the real write path, accepted rows make a store that can still be backed up and restored.
        await resetIfDirty();
        dirty = true;
        await database.transaction('rw', database.ceuEntries, database.attachments, async () => {
          for (const row of result.rows) await addEntry(row, [], database);
        });
        const parsed = await parseBackup(await createBackupText(database, { appVersion: 'test' }));
        expect(parsed.ok && parsed.snapshot.ceuEntries.length).toBe(baseline.ceuEntries.length + result.rows.length);
      }),
      { numRuns: 1500 },
    );
  }, 90_000);
});
