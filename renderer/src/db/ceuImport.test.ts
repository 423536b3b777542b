import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseCeuCsv } from '../../../shared/ceu/csv';
import type { CeuEntryDraft } from '../../../shared/ceu/entryForm';
import type { HeldCredential } from '../../../shared/model/entities';
import { importCeuRows, ImportCredentialMissingError } from './ceuImport';
import { CoderPathDb } from './db';

let n = 0;
const freshDb = () => new CoderPathDb(`ceu-import-test-${++n}-${Date.now()}`);

const cpc: HeldCredential = {
  id: 'cred-cpc',
  code: 'CPC',
  earnedOn: '2024-01-01',
  cycleStart: '2025-01-01',
  cycleEnd: '2026-12-31',
  history: [],
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
};

const draft = (title: string, over: Partial<CeuEntryDraft> = {}): CeuEntryDraft => ({
  completedOn: '2025-05-10',
  title,
  provider: 'AAPC',
  ceus: 1.5,
  category: 'general',
  approvalCode: 'IDX-1',
  credentialIds: [cpc.id],
  notes: '',
  ...over,
});

async function seeded() {
  const database = freshDb();
  await database.credentials.add(cpc);
  return database;
}

afterEach(() => vi.restoreAllMocks());

describe('importCeuRows', () => {
  it('stores every row as a new entry with its fields, an id and timestamps', async () => {
    const database = await seeded();
    const written = await importCeuRows([draft('E/M update'), draft('Modifiers', { ceus: 2, notes: 'webinar' })], database);
    expect(written).toHaveLength(2);
    const stored = await database.ceuEntries.orderBy('completedOn').toArray();
    expect(stored.map((e) => [e.title, e.ceus, e.notes, e.credentialIds])).toEqual(
      expect.arrayContaining([['E/M update', 1.5, '', ['cred-cpc']], ['Modifiers', 2, 'webinar', ['cred-cpc']]]),
    );
    for (const entry of stored) {
      expect(entry.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(entry.createdAt).toBe(entry.updatedAt);
    }
    expect(new Set(stored.map((e) => e.id)).size).toBe(2);
  });

  it('imports what parseCeuCsv accepted, specialty code included', async () => {
    const database = await seeded();
    const csv = 'Date,Course,Sponsor,CEUs,Category,Specialty,Index Number,Credentials\n'
      + '3/14/2025,Risk adjustment,AAPC,2,specialty,CRC,R-1,CPC\n'
      + '2025-04-02,Compliance basics,HCCA,1,compliance,,C-9,CPC\n';
    const parsed = parseCeuCsv(csv, { held: [cpc], today: '2026-01-01' });
    expect(parsed.errors).toEqual([]);
    await importCeuRows(parsed.rows, database, parsed.rowNumbers);
    const stored = await database.ceuEntries.orderBy('completedOn').toArray();
    expect(stored.map((e) => [e.completedOn, e.title, e.category, e.specialtyCode, e.approvalCode])).toEqual([
      ['2025-03-14', 'Risk adjustment', 'specialty', 'CRC', 'R-1'],
      ['2025-04-02', 'Compliance basics', 'compliance', undefined, 'C-9'],
    ]);
  });

  it('keeps only the draft fields (extra keys on a row are not stored)', async () => {
    const database = await seeded();
    const withExtra = { ...draft('A'), sample: 1, rowNumber: 7 } as CeuEntryDraft;
    await importCeuRows([withExtra], database);
    const [stored] = await database.ceuEntries.toArray();
    expect(stored).not.toHaveProperty('sample');
    expect(stored).not.toHaveProperty('rowNumber');
  });

  it('all or nothing: a write failing mid-way (a key collision on row 3) leaves nothing written', async () => {
    const database = await seeded();
    await database.ceuEntries.add({ ...draft('Already there'), id: 'taken', createdAt: 'x', updatedAt: 'x' });
    let calls = 0;
    vi.spyOn(crypto, 'randomUUID').mockImplementation(() => {
      calls += 1;
      return (calls === 3 ? 'taken' : `00000000-0000-4000-8000-00000000000${calls}`) as ReturnType<typeof crypto.randomUUID>;
    });
    await expect(importCeuRows([draft('One'), draft('Two'), draft('Three'), draft('Four')], database)).rejects.toThrow();
    expect((await database.ceuEntries.toArray()).map((e) => e.title)).toEqual(['Already there']);
  });

  it('all or nothing: a row for a credential deleted since the check stops the import, naming its row', async () => {
    const database = await seeded();
    const rows = [draft('One'), draft('Two', { credentialIds: ['gone'] })];
    const failure = importCeuRows(rows, database, [2, 5]);
    await expect(failure).rejects.toBeInstanceOf(ImportCredentialMissingError);
    await expect(failure).rejects.toThrow('Row 5 is for a credential that is no longer in your list; nothing was imported.');
    expect(await database.ceuEntries.count()).toBe(0);
  });

  it('an empty import writes nothing and returns no entries', async () => {
    const database = await seeded();
    expect(await importCeuRows([], database)).toEqual([]);
    expect(await database.ceuEntries.count()).toBe(0);
  });
});
