import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseCeuCsv } from '../../../../../shared/ceu/csv';
import type { CeuEntry, HeldCredential } from '../../../../../shared/model/entities';
import { alreadyLogged, columnMappingRows, csvTemplate, decodeCsvBytes, sortedErrors } from './importView';

const stamp = '2025-01-01T00:00:00.000Z';
const cpc: HeldCredential = {
  id: 'cpc', code: 'CPC', earnedOn: '2020-01-01', cycleStart: '2025-01-01', cycleEnd: '2026-12-31', history: [],
  createdAt: stamp, updatedAt: stamp,
};

describe('decodeCsvBytes', () => {
  it('reads UTF-8 and drops the byte-order mark spreadsheets write', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('title\nCafé coding')]);
    expect(decodeCsvBytes(bytes)).toEqual({ text: 'title\nCafé coding', encoding: 'utf-8' });
  });

  it('reads bytes that are not UTF-8 as Windows-1252 (Excel "CSV" on Windows) instead of replacement marks', () => {
    const bytes = new Uint8Array([0x43, 0x61, 0x66, 0xe9]); // "Café" in Windows-1252
    expect(decodeCsvBytes(bytes)).toEqual({ text: 'Café', encoding: 'windows-1252' });
  });
});

describe('csvTemplate', () => {
  it('is the header line that the import maps completely, with nothing ignored', () => {
    const template = csvTemplate();
    expect(template).toBe('completed_on,title,provider,ceus,category,specialty_code,approval_code,credentials,notes\r\n');
    const parsed = parseCeuCsv(template, { held: [cpc], today: '2026-01-01' });
    expect(parsed.errors).toEqual([]);
    expect(parsed.columns).toHaveLength(9);
    expect(parsed.ignoredHeaders).toEqual([]);
    expect(Papa.parse(template.trim()).data[0]).toHaveLength(9);
  });
});

describe('columnMappingRows', () => {
  it('shows which header feeds each column and which columns are required', () => {
    const parsed = parseCeuCsv('Date,Course,Sponsor,Hours,Index Number,Color\n', { held: [cpc], today: '2026-01-01', defaultCredentialIds: ['cpc'] });
    const rows = columnMappingRows(parsed, false);
    expect(rows.filter((r) => r.header).map((r) => [r.column, r.header])).toEqual([
      ['completed_on', 'Date'], ['title', 'Course'], ['provider', 'Sponsor'], ['ceus', 'Hours'], ['approval_code', 'Index Number'],
    ]);
    expect(rows.filter((r) => r.required).map((r) => r.column)).toEqual(['completed_on', 'title', 'provider', 'ceus']);
    expect(columnMappingRows(parsed, true).find((r) => r.column === 'credentials')?.required).toBe(true);
    expect(parsed.ignoredHeaders).toEqual(['Color']);
  });
});

describe('alreadyLogged', () => {
  const stored: CeuEntry = {
    id: 'x', completedOn: '2025-05-10', title: 'E/M  Update', provider: 'AAPC', ceus: 1.5, category: 'general',
    approvalCode: 'IDX-1', credentialIds: ['cpc'], notes: '', createdAt: stamp, updatedAt: stamp,
  };
  it('flags a row with the same day, title, provider, index number and CEUs (case and spacing ignored)', () => {
    const drafts = [
      { ...stored, title: 'e/m update' },
      { ...stored, ceus: 2 },
      { ...stored, completedOn: '2025-05-11' },
    ];
    expect(alreadyLogged(drafts, [stored])).toEqual([true, false, false]);
  });
});

describe('sortedErrors', () => {
  it('lists problems top to bottom by spreadsheet row', () => {
    const csv = 'date,title,provider,ceus,credentials\n2025-01-05,A,AAPC,abc,CPC\n2025-01-06,,AAPC,1,XYZ\n2099-01-01,C,AAPC,1,CPC\n';
    const errors = sortedErrors(parseCeuCsv(csv, { held: [cpc], today: '2026-01-01' }));
    expect(errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [2, 'ceus', 'Enter the CEUs as a number.'],
      [3, 'credentials', 'You hold no credential with the code "XYZ".'],
      [3, 'title', 'Enter the course title.'],
      [4, 'date', 'The date cannot be in the future.'],
    ]);
  });
});
