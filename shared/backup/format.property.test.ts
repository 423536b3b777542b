/**
 * Property tests: thousands of generated valid backups round-trip exactly, and thousands of damaged variants
 * never make parseBackup throw: they are either refused with located messages, or (when the damage happened to
 * leave a valid backup) parse to data that passes every schema and link rule.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSnapshot, parseBackup, serializeBackup } from './format';
import { backupSnapshotSchema } from './fileSchema';
import { fakeMeta } from './testFixture';
import { snapshotArb, comparable } from './testArbitraries';
import type { ParseBackupResult } from './types';

const metaArb = fc.record({
  createdAt: fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString()),
  appVersion: fc.string({ minLength: 1, maxLength: 12 }),
  schemaVersion: fc.integer({ min: 1, max: 50 }),
});

function expectWellFormed(result: ParseBackupResult): void {
  if (result.ok) {
    expect(backupSnapshotSchema.safeParse(result.snapshot).success).toBe(true);
    expect(checkSnapshot(result.snapshot)).toEqual([]);
  } else {
    expect(result.errors.length).toBeGreaterThan(0);
    for (const error of result.errors) {
      expect(typeof error.path).toBe('string');
      expect(error.message.length).toBeGreaterThan(5);
    }
  }
}

type Path = (string | number)[];

/** Every place in a JSON tree, so a mutation can be aimed at any of them. */
function allPaths(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((v, i) => allPaths(v, [...path, i], out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) allPaths(v, [...path, k], out);
  return out;
}

type Mutation = { kind: 'remove' } | { kind: 'replace'; value: unknown } | { kind: 'tweak' };

function mutate(root: unknown, path: Path, mutation: Mutation): unknown {
  if (path.length === 0) return mutation.kind === 'replace' ? structuredClone(mutation.value) : undefined;
  const parent = path.slice(0, -1).reduce<any>((node, key) => node[key], root);
  const key = path[path.length - 1]!;
  const current = parent[key] as unknown;
  if (mutation.kind === 'remove') {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key];
  } else if (mutation.kind === 'replace') {
    parent[key] = structuredClone(mutation.value); // a fresh copy each time, or a second round could nest it in itself
  } else if (typeof current === 'string') {
    parent[key] = current.slice(0, Math.floor(current.length / 2)) + (current.length % 2 ? 'x' : '');
  } else if (typeof current === 'number') {
    parent[key] = current === 0 ? -1 : -current * 1.5;
  } else if (typeof current === 'boolean') {
    parent[key] = String(current);
  } else {
    parent[key] = Array.isArray(current) ? {} : [];
  }
  return root;
}

const wrongValueArb = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom('', '2024-02-30', '2024-13-01T00:00:00Z', 'not base64!', -1, 1.5, 1e308, null, true, [], {}),
);
const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constant({ kind: 'remove' as const }),
  wrongValueArb.map((value) => ({ kind: 'replace' as const, value })),
  fc.constant({ kind: 'tweak' as const }),
);

describe('backup properties', () => {
  it('any valid snapshot round-trips exactly (2000 generated backups)', async () => {
    await fc.assert(
      fc.asyncProperty(snapshotArb, metaArb, async (snapshot, meta) => {
        const result = await parseBackup(await serializeBackup(snapshot, meta));
        if (!result.ok) throw new Error(JSON.stringify(result.errors));
        expect(await comparable(result.snapshot)).toStrictEqual(await comparable(snapshot));
        expect(result.meta).toMatchObject({ ...meta, formatVersion: 2 });
      }),
      { numRuns: 2000 },
    );
  }, 120_000);

  it('a file cut at any byte is refused as ending early, never thrown (2000 cuts)', async () => {
    await fc.assert(
      fc.asyncProperty(snapshotArb, fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), async (snapshot, where) => {
        const bytes = new TextEncoder().encode(await serializeBackup(snapshot, fakeMeta));
        // Cutting bytes may split a multi-byte character; decode leniently the way a reader of a damaged file would.
        const cut = new TextDecoder().decode(bytes.subarray(0, Math.floor(where * bytes.length)));
        const result = await parseBackup(cut);
        expect(result.ok).toBe(false);
        if (!result.ok && cut.trim() !== '') expect(result.errors[0]!.message).toContain('ends early');
      }),
      { numRuns: 2000 },
    );
  }, 120_000);

  it('mutated, removed or retyped values never throw and never let invalid data through (4000 variants)', async () => {
    await fc.assert(
      fc.asyncProperty(snapshotArb, fc.nat(), mutationArb, fc.nat({ max: 2 }), async (snapshot, pick, mutation, extra) => {
        let file = JSON.parse(await serializeBackup(snapshot, fakeMeta)) as unknown;
        // Sometimes hit the same file several times.
        for (let round = 0; round <= extra; round++) {
          const paths = allPaths(file);
          file = mutate(file, paths[(pick + round * 7919) % paths.length]!, mutation);
        }
        expectWellFormed(await parseBackup(JSON.stringify(file) ?? ''));
      }),
      { numRuns: 4000 },
    );
  }, 180_000);

  it('random characters written over the text never throw (2000 variants)', async () => {
    await fc.assert(
      fc.asyncProperty(snapshotArb, fc.array(fc.tuple(fc.nat(), fc.string({ minLength: 1, maxLength: 3 })), { minLength: 1, maxLength: 4 }), async (snapshot, edits) => {
        let text = await serializeBackup(snapshot, fakeMeta);
        for (const [at, chars] of edits) {
          const i = at % text.length;
          text = text.slice(0, i) + chars + text.slice(i + chars.length);
        }
        expectWellFormed(await parseBackup(text));
      }),
      { numRuns: 2000 },
    );
  }, 120_000);

  it('arbitrary input never throws', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.json(), fc.anything().map((v) => JSON.stringify(v) ?? '')), async (text) => {
        expectWellFormed(await parseBackup(text));
      }),
      { numRuns: 2000 },
    );
  });
});
