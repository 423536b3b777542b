import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ceuEntriesToCsv, CSV_IMPORT_LIMITS, csvFileSizeProblem, parseCeuCsv } from './csv';
import { entry, held } from './fixtures';

const HELD = [held('CPC'), held('CRC'), held('CPC', { id: 'old-cpc', retiredOn: '2020-01-01', earnedOn: '2010-01-01' })];
const OPTIONS = { held: HELD, today: '2025-06-30' };

describe('CSV export', () => {
  it('writes the columns in order, earliest first, credentials as codes joined by ";"', () => {
    const csv = ceuEntriesToCsv([
      entry({ credentialIds: ['cpc', 'crc'], completedOn: '2025-02-01', title: 'Risk adjustment, part 2', provider: 'AAPC', ceus: 1.5, category: 'specialty', specialtyCode: 'CRC', approvalCode: 'IDX-9', notes: 'kept "certificate"' }),
      entry({ credentialIds: ['cpc'], completedOn: '2025-01-15', title: 'ICD-10 update', provider: 'Chapter 12', ceus: 2, approvalCode: 'IDX-1' }),
    ], HELD);
    expect(csv.split('\r\n')).toEqual([
      'completed_on,title,provider,ceus,category,specialty_code,approval_code,credentials,notes',
      '2025-01-15,ICD-10 update,Chapter 12,2,general,,IDX-1,CPC,',
      '2025-02-01,"Risk adjustment, part 2",AAPC,1.5,specialty,CRC,IDX-9,CPC;CRC,"kept ""certificate"""',
    ]);
  });

  it('escapes cells a spreadsheet would run as formulas, and the import undoes it', () => {
    const entries = [entry({ credentialIds: ['cpc'], completedOn: '2025-01-15', title: '=HYPERLINK("x")', ceus: 1 })];
    const csv = ceuEntriesToCsv(entries, HELD);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(parseCeuCsv(csv, OPTIONS).rows[0]?.title).toBe('=HYPERLINK("x")');
  });

  it('escapes a formula cell that goes on over several lines (papaparse misses those), and the import undoes it', () => {
    const title = '=HYPERLINK("http://x","open")\nsecond line';
    const notes = '@cmd\r\nmore';
    const csv = ceuEntriesToCsv([entry({ credentialIds: ['cpc'], completedOn: '2025-01-15', title, notes, ceus: 1 })], HELD);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""open"")\nsecond line"`);
    expect(csv).toContain(`"'@cmd\r\nmore"`);
    const row = parseCeuCsv(csv, OPTIONS).rows[0];
    expect([row?.title, row?.notes]).toEqual([title, notes]);
  });

  it('round-trips: what is exported imports as the same drafts', () => {
    const entries = [
      entry({ credentialIds: ['cpc', 'crc'], completedOn: '2025-02-01', ceus: 0.25, category: 'specialty', specialtyCode: 'CRC', approvalCode: 'A', notes: 'line 1\nline 2' }),
      entry({ credentialIds: ['crc'], completedOn: '2024-12-01', ceus: 12, category: 'practice-management', approvalCode: '' }),
    ];
    const result = parseCeuCsv(ceuEntriesToCsv(entries, HELD), OPTIONS);
    expect(result.errors).toEqual([]);
    const strip = ({ completedOn, title, provider, ceus, category, specialtyCode, approvalCode, credentialIds, notes }: typeof entries[number]) =>
      ({ completedOn, title, provider, ceus, category, ...(specialtyCode ? { specialtyCode } : {}), approvalCode, credentialIds, notes });
    expect(result.rows).toEqual([strip(entries[1]!), strip(entries[0]!)]);
  });
});

describe('CSV import limits', () => {
  it('a file with more rows than CSV_IMPORT_LIMITS.maxRows is refused as a whole, with a message that says so', () => {
    const header = 'completed_on,title,provider,ceus,credentials\n';
    const row = '2025-01-15,Coding Clinic,AHA,1,CPC\n';
    const atLimit = parseCeuCsv(header + row.repeat(CSV_IMPORT_LIMITS.maxRows) + '\n\n', OPTIONS);
    expect(atLimit.errors).toEqual([]);
    expect(atLimit.rows).toHaveLength(CSV_IMPORT_LIMITS.maxRows);
    const over = parseCeuCsv(header + row.repeat(CSV_IMPORT_LIMITS.maxRows + 1), OPTIONS);
    expect(over.rows).toEqual([]);
    expect(over.errors).toEqual([{ row: 1, message: 'The file has 100,001 rows; a CSV import takes at most 100,000. Split it into smaller files and import them one after another.' }]);
  });

  it('a file over 50 MB is refused before it is read', () => {
    expect(csvFileSizeProblem(CSV_IMPORT_LIMITS.maxBytes)).toBeNull();
    expect(csvFileSizeProblem(63 * 1024 * 1024)).toBe('The file is 63.0 MB; a CSV import reads at most 50.0 MB. Split it into smaller files and import them one after another.');
  });
});

describe('CSV import', () => {
  it('maps headers by name, ignoring case and spaces, with common aliases', () => {
    const csv = 'Date,Course Title,Sponsor,CEU,Index Number,Credential,Comments,Extra\n3/14/2025,Coding Clinic,AHA,1,IDX-7,cpc,ok,x\n';
    const result = parseCeuCsv(csv, OPTIONS);
    expect(result.columns.map((c) => [c.column, c.header])).toEqual([
      ['completed_on', 'Date'], ['title', 'Course Title'], ['provider', 'Sponsor'], ['ceus', 'CEU'],
      ['approval_code', 'Index Number'], ['credentials', 'Credential'], ['notes', 'Comments'],
    ]);
    expect(result.ignoredHeaders).toEqual(['Extra']);
    expect(result.rows).toEqual([{
      completedOn: '2025-03-14', title: 'Coding Clinic', provider: 'AHA', ceus: 1, category: 'general',
      approvalCode: 'IDX-7', credentialIds: ['cpc'], notes: 'ok',
    }]);
    expect(result.rowNumbers).toEqual([2]);
  });

  it('reads semicolon-separated files (European spreadsheets)', () => {
    const result = parseCeuCsv('date;title;provider;ceus;credentials\n2025-01-02;A;B;1,5;"CPC;CRC"\n', OPTIONS);
    expect(result.rows[0]).toMatchObject({ ceus: 1.5, credentialIds: ['cpc', 'crc'] });
  });

  it('validates every row and reports spreadsheet row numbers (header = row 1) with the column', () => {
    const csv = [
      'completed_on,title,provider,ceus,category,credentials',
      '2025-01-10,Good,AAPC,1,general,CPC',
      '2030-01-01,Future,AAPC,1,general,CPC',
      '',
      '2025-01-10,,AAPC,abc,general,CPC',
      '2025-01-10,Unknown code,AAPC,1,general,CPC;XYZ',
      '2025-01-10,Odd category,AAPC,1,fun,CPC',
      '2025-01-10,Practice,AAPC,1,Practice Management,CPC',
    ].join('\n');
    const result = parseCeuCsv(csv, OPTIONS);
    expect(result.rows.map((r) => [r.title, r.category])).toEqual([['Good', 'general'], ['Practice', 'practice-management']]);
    expect(result.rowNumbers).toEqual([2, 8]);
    expect(result.errors).toEqual([
      { row: 3, column: 'completed_on', message: 'The date cannot be in the future.' },
      { row: 5, column: 'title', message: 'Enter the course title.' },
      { row: 5, column: 'ceus', message: 'Enter the CEUs as a number.' },
      { row: 6, column: 'credentials', message: 'You hold no credential with the code "XYZ".' },
      { row: 7, column: 'category', message: 'Unknown category "fun".' },
    ]);
  });

  it('issue 17 "Data": an amount of 0, a negative, NaN or 1e9 is refused with the CEUs column named, as the form refuses it', () => {
    const csv = ['date,title,provider,ceus,credentials', '2025-01-10,Zero,AAPC,0,CPC', '2025-01-10,Negative,AAPC,-2,CPC',
      '2025-01-10,NaN,AAPC,NaN,CPC', '2025-01-10,Huge,AAPC,1e9,CPC'].join('\n');
    const result = parseCeuCsv(csv, OPTIONS);
    expect(result.rows).toEqual([]);
    expect(result.errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [2, 'ceus', 'CEUs must be more than 0.'],
      [3, 'ceus', 'CEUs must be more than 0.'],
      [4, 'ceus', 'Enter the CEUs as a number.'],
      [5, 'ceus', 'CEUs cannot be more than 100.'],
    ]);
  });

  it('maps a code to the credential still held when an old one had the same code', () => {
    const result = parseCeuCsv('date,title,provider,ceus,credentials\n2025-01-02,A,B,1,CPC\n', OPTIONS);
    expect(result.rows[0]?.credentialIds).toEqual(['cpc']);
  });

  it('says which required column is missing, as a row-1 error', () => {
    const result = parseCeuCsv('title,provider,ceus\nA,B,1\n', OPTIONS);
    expect(result.rows).toEqual([]);
    expect(result.errors.map((e) => [e.row, e.column])).toEqual([[1, 'completed_on'], [1, 'credentials']]);
    expect(result.errors[0]?.message).toMatch(/No "completed_on" column \(accepted headers: completed_on, date/);
  });

  it('uses the default credentials when the file has no credentials column', () => {
    const result = parseCeuCsv('date,title,provider,ceus\n2025-01-02,A,B,1\n', { ...OPTIONS, defaultCredentialIds: ['crc'] });
    expect(result.rows[0]?.credentialIds).toEqual(['crc']);
  });

  it('reports an unterminated quote on its row', () => {
    const result = parseCeuCsv('date,title,provider,ceus,credentials\n2025-01-02,"A,B,1,CPC\n', OPTIONS);
    expect(result.rows).toEqual([]);
    expect(result.errors).toEqual([{ row: 2, message: expect.stringMatching(/could not be read/) }]);
  });

  it('never throws, whatever the text (fast-check)', () => {
    const header = 'completed_on,title,provider,ceus,category,specialty_code,approval_code,credentials,notes\n';
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string().map((s) => header + s)), (text) => {
        const result = parseCeuCsv(text, OPTIONS);
        expect(Array.isArray(result.rows)).toBe(true);
        expect(result.rows.length).toBe(result.rowNumbers.length);
        for (const error of result.errors) {
          expect(Number.isInteger(error.row) && error.row >= 1).toBe(true);
          expect(typeof error.message).toBe('string');
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on non-string input from untyped callers', () => {
    expect(parseCeuCsv(undefined as unknown as string, OPTIONS).errors[0]?.row).toBe(1);
  });
});
