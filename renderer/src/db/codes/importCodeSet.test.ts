import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { CODE_SETS_DIR, orderFile, SMALL_ROWS } from '../../../../shared/codeset/testFiles';
import { CodeSetDb } from './codeSetDb';
import { importCodeSet, removeCodeSetYear, setActiveCodeSetYear } from './importCodeSet';
import { loadCodeSet, readCodeSetYears } from './loadCodeSet';

let n = 0;
const freshDb = () => new CodeSetDb(`codes-test-${++n}-${Date.now()}`);
const small = (name: string, rows = SMALL_ROWS) => ({ name, bytes: strToU8(orderFile(rows)) });

describe('importCodeSet', () => {
  it('imports the official FY2026 zip and reads it back whole', async () => {
    const database = freshDb();
    const bytes = new Uint8Array(readFileSync(join(CODE_SETS_DIR, '2026-code-descriptions-tabular-order.zip')));
    const outcome = await importCodeSet({ name: '2026-code-descriptions-tabular-order.zip', bytes }, undefined, database);
    expect(outcome).toMatchObject({ ok: true, summary: { year: 2026, billableCount: 74719, headerCount: 23467 }, replaced: false });
    const set = await loadCodeSet(2026, database);
    expect(set?.data.codes).toHaveLength(98186);
    expect(set?.data.longDescriptions[set.byCode.get('E1122')!]).toBe('Type 2 diabetes mellitus with diabetic chronic kidney disease');
    expect((await readCodeSetYears(database)).active).toBe(2026);
  });

  it('keeps years side by side, switches the active one, and removes one year', async () => {
    const database = freshDb();
    await importCodeSet(small('icd10cm_order_2026.txt'), undefined, database);
    await importCodeSet(small('icd10cm_order_2027.txt', SMALL_ROWS.slice(0, 6)), undefined, database);
    expect(await readCodeSetYears(database)).toMatchObject({ years: [{ year: 2027 }, { year: 2026 }], active: 2027 });
    await setActiveCodeSetYear(2026, database);
    expect((await readCodeSetYears(database)).active).toBe(2026);
    await removeCodeSetYear(2026, database);
    expect(await readCodeSetYears(database)).toMatchObject({ years: [{ year: 2027 }], active: 2027 });
    expect((await loadCodeSet(2027, database))?.data.codes).toHaveLength(6);
  });

  it('asks for the year when the file name has none, then uses the one given', async () => {
    const database = freshDb();
    expect(await importCodeSet(small('order.txt'), undefined, database)).toEqual({ ok: false, needsYear: true });
    expect(await importCodeSet(small('order.txt'), 2025, database)).toMatchObject({ ok: true, summary: { year: 2025 } });
  });

  it('writes nothing from a bad file and leaves the stored years as they were', async () => {
    const database = freshDb();
    await importCodeSet(small('icd10cm_order_2026.txt'), undefined, database);
    const text = orderFile(SMALL_ROWS).replace('00003 E1121', '00003 E1122');
    const outcome = await importCodeSet({ name: 'icd10cm_order_2026.txt', bytes: strToU8(text) }, undefined, database);
    expect(outcome).toMatchObject({ ok: false, problems: [{ line: 4, message: 'Code E11.22 is already on line 3.' }] });
    expect((await loadCodeSet(2026, database))?.data.codes).toHaveLength(SMALL_ROWS.length);
    expect(await database.years.count()).toBe(1);
  });

  it('explains a zip without an order file and a file that is not a zip', async () => {
    const database = freshDb();
    const noOrder = zipSync({ 'icd10cm_codes_2026.txt': strToU8('A000    Cholera\r\n') });
    expect(await importCodeSet({ name: 'codes.zip', bytes: noOrder }, undefined, database)).toMatchObject({
      ok: false, problems: [{ line: 0, message: expect.stringMatching(/holds no order file/) }],
    });
    const broken = new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]);
    expect(await importCodeSet({ name: 'x.zip', bytes: broken }, undefined, database)).toMatchObject({
      ok: false, problems: [{ message: expect.stringMatching(/could not be unzipped/) }],
    });
    expect(await database.years.count()).toBe(0);
  });
});
