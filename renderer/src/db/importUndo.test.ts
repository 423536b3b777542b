import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { addEntry } from './ceus';
import { importCeuRows } from './ceuImport';
import { CoderPathDb } from './db';
import { keepBeforeImportSnapshot, readBeforeImportSnapshot, readLastImport, undoLastImport } from './importUndo';

const made: CoderPathDb[] = [];
const fresh = () => {
  const database = new CoderPathDb(`import-undo-${Math.random()}`);
  made.push(database);
  return database;
};
afterEach(async () => {
  for (const database of made.splice(0)) await database.delete();
});

const draft = (title: string) => ({ completedOn: '2025-05-10', title, provider: 'AAPC', ceus: 1, category: 'general' as const, approvalCode: '', credentialIds: [], notes: '' });

describe('undo of the last import', () => {
  it('removes exactly what the last import added, in one step, and only until the next import', async () => {
    const database = fresh();
    const mine = await addEntry(draft('typed by hand'), [], database);
    await importCeuRows([draft('first A'), draft('first B')], database, [], 'first.csv');
    const second = await importCeuRows([draft('second A')], database, [], 'second.csv');
    expect(await readLastImport(database)).toMatchObject({ kind: 'ceu-csv', source: 'second.csv', added: { ceuEntries: [second[0]!.id] } });

    expect(await undoLastImport(database)).toBe(1);
    expect((await database.ceuEntries.toArray()).map((e) => e.title).sort()).toEqual(['first A', 'first B', 'typed by hand']);
    // The earlier import is not undoable any more: one step, the last import only.
    expect(await readLastImport(database)).toBeNull();
    expect(await undoLastImport(database)).toBeNull();
    expect(await database.ceuEntries.get(mine.id)).toBeDefined();
  });

  it('the browser build keeps the store as it was before the last import', async () => {
    const database = fresh();
    expect(await readBeforeImportSnapshot(database)).toBeNull();
    await keepBeforeImportSnapshot('{"first":1}', 'a.csv', database, new Date('2026-03-10T08:00:00.000Z'));
    await keepBeforeImportSnapshot('{"second":1}', 'b.csv', database, new Date('2026-03-11T08:00:00.000Z'));
    expect(await readBeforeImportSnapshot(database)).toEqual({ source: 'b.csv', at: '2026-03-11T08:00:00.000Z', text: '{"second":1}' });
  });
});
