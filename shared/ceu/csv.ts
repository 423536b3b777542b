/**
 * CSV of CEU entries: export (papaparse unparse) and import of logs kept in a spreadsheet. Import maps columns by
 * header name, validates every row with the entry-form schema, and never throws: every problem is an error with
 * its spreadsheet row (the header is row 1) and column.
 */
import Papa from 'papaparse';
import type { CeuEntry, HeldCredential, Id, IsoDate } from '../model/entities';
import { normalizeCode } from './catalog';
import {
  aliasesOf, categoryFromCell, columnForHeader, CSV_COLUMNS, dayFromCell, REQUIRED_CSV_COLUMNS, type CsvColumn,
} from './csvColumns';
import { toSafeCsv, unescapeCsvCell } from '../security/csvCells';
import { byCompletion } from './eligibility';
import { ceuEntryFormSchema, type CeuEntryDraft, type CeuEntryField } from './entryForm';

export { CSV_COLUMNS, type CsvColumn } from './csvColumns';

/**
 * What one CSV import reads at most: a file larger than this is refused before it is decoded, and a file with more
 * rows is refused as a whole (never cut short: a partial import would lose rows without saying so).
 */
export const CSV_IMPORT_LIMITS = { maxBytes: 50 * 1024 * 1024, maxRows: 100_000 } as const;

const rowCount = new Intl.NumberFormat('en-US');

/** The message for a file over `CSV_IMPORT_LIMITS.maxBytes`, or null when it is within. */
export function csvFileSizeProblem(byteLength: number): string | null {
  if (byteLength <= CSV_IMPORT_LIMITS.maxBytes) return null;
  const mb = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MB`;
  return `The file is ${mb(byteLength)}; a CSV import reads at most ${mb(CSV_IMPORT_LIMITS.maxBytes)}. Split it into smaller files and import them one after another.`;
}

export interface CsvImportError {
  /** Spreadsheet row, 1-based, the header being row 1. */
  row: number;
  column?: string;
  message: string;
}

export interface CsvColumnMapping {
  column: CsvColumn;
  /** The header as written in the file. */
  header: string;
  index: number;
}

export interface CsvImportResult {
  rows: CeuEntryDraft[];
  /** Spreadsheet row of each valid draft, same order as `rows`. */
  rowNumbers: number[];
  errors: CsvImportError[];
  columns: CsvColumnMapping[];
  /** Headers that matched no column (or a column already mapped). */
  ignoredHeaders: string[];
}

export interface CsvImportOptions {
  /** Held credentials: codes in the credentials column are mapped to their ids. */
  held: readonly HeldCredential[];
  today: IsoDate;
  /** Used for rows whose credentials cell is blank, or when the file has no credentials column. */
  defaultCredentialIds?: Id[];
}

/** One row per entry, earliest first, credentials as codes joined by ';'. */
export function ceuEntriesToCsv(entries: readonly CeuEntry[], held: readonly HeldCredential[]): string {
  const codeOf = new Map(held.map((credential) => [credential.id, credential.code]));
  const data = [...entries].sort(byCompletion).map((entry) => [
    entry.completedOn, entry.title, entry.provider, entry.ceus, entry.category, entry.specialtyCode ?? '',
    entry.approvalCode, entry.credentialIds.flatMap((id) => codeOf.get(id) ?? []).join(';'), entry.notes,
  ]);
  // A title starting with "=" must not run as a formula when the file is opened in a spreadsheet.
  return toSafeCsv(CSV_COLUMNS, data);
}

/** The header line's most frequent separator (comma, semicolon or tab): cells may hold "CPC;CRC". */
function delimiterOf(text: string): string {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length - 1] as const);
  const best = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
  return best[1] > 0 ? best[0] : ',';
}

/** Among credentials with the same code, the one still held, then the most recently earned. */
function idsByCode(held: readonly HeldCredential[]): Map<string, Id> {
  const sorted = [...held].sort(
    (a, b) => Number(!!a.retiredOn) - Number(!!b.retiredOn) || (a.earnedOn < b.earnedOn ? 1 : a.earnedOn > b.earnedOn ? -1 : 0),
  );
  const map = new Map<string, Id>();
  for (const credential of sorted) if (!map.has(normalizeCode(credential.code))) map.set(normalizeCode(credential.code), credential.id);
  return map;
}

const FIELD_COLUMN: Record<CeuEntryField, CsvColumn> = {
  completedOn: 'completed_on', title: 'title', provider: 'provider', ceus: 'ceus', category: 'category',
  specialtyCode: 'specialty_code', approvalCode: 'approval_code', credentialIds: 'credentials', notes: 'notes',
  cycleChoice: 'credentials', ahimaSource: 'provider',
};

function mapColumns(headerRow: readonly unknown[]): { columns: CsvColumnMapping[]; ignoredHeaders: string[] } {
  const columns: CsvColumnMapping[] = [];
  const ignoredHeaders: string[] = [];
  headerRow.forEach((cell, index) => {
    const header = unescapeCsvCell(cell).trim();
    const column = columnForHeader(header);
    if (column && !columns.some((mapping) => mapping.column === column)) columns.push({ column, header, index });
    else if (header) ignoredHeaders.push(header);
  });
  return { columns, ignoredHeaders };
}

export function parseCeuCsv(text: string, options: CsvImportOptions): CsvImportResult {
  const empty = { rows: [], rowNumbers: [], columns: [], ignoredHeaders: [] };
  try {
    return parseOrThrow(typeof text === 'string' ? text : '', options);
  } catch (error) {
    return { ...empty, errors: [{ row: 1, message: `The file could not be read: ${error instanceof Error ? error.message : String(error)}` }] };
  }
}

function parseOrThrow(text: string, options: CsvImportOptions): CsvImportResult {
  const parsed = Papa.parse<unknown[]>(text.replace(/^\ufeff/, ''), { header: false, skipEmptyLines: false, delimiter: delimiterOf(text) });
  const records = parsed.data.filter(Array.isArray);
  const { columns, ignoredHeaders } = mapColumns(records[0] ?? []);
  const result: CsvImportResult = { rows: [], rowNumbers: [], errors: [], columns, ignoredHeaders };
  const dataRows = records.slice(1).filter((record) => !(record.length <= 1 && String(record[0] ?? '').trim() === '')).length;
  if (dataRows > CSV_IMPORT_LIMITS.maxRows) {
    const message = `The file has ${rowCount.format(dataRows)} rows; a CSV import takes at most ${rowCount.format(CSV_IMPORT_LIMITS.maxRows)}. Split it into smaller files and import them one after another.`;
    return { ...result, errors: [{ row: 1, message }] };
  }
  const hasDefault = (options.defaultCredentialIds?.length ?? 0) > 0;
  const required = hasDefault ? REQUIRED_CSV_COLUMNS : [...REQUIRED_CSV_COLUMNS, 'credentials' as const];
  for (const column of required) {
    if (!columns.some((mapping) => mapping.column === column)) {
      result.errors.push({ row: 1, column, message: `No "${column}" column (accepted headers: ${aliasesOf(column).join(', ')}).` });
    }
  }
  if (result.errors.length > 0) return result;

  const rowsWithParseErrors = new Set<number>();
  for (const error of parsed.errors) {
    if (typeof error.row !== 'number') continue;
    rowsWithParseErrors.add(error.row);
    result.errors.push({ row: error.row + 1, message: `The row could not be read: ${error.message}.` });
  }
  const headerOf = new Map(columns.map((mapping) => [mapping.column, mapping.header]));
  const schema = ceuEntryFormSchema(options.today);
  const credentialIdOf = idsByCode(options.held);

  records.slice(1).forEach((record, offset) => {
    const row = offset + 2;
    if (rowsWithParseErrors.has(offset + 1)) return;
    const cell = (column: CsvColumn) => {
      const mapping = columns.find((m) => m.column === column);
      return mapping ? unescapeCsvCell(record[mapping.index]) : '';
    };
    if (columns.every((mapping) => cell(mapping.column).trim() === '')) return; // blank line
    const rowErrors: CsvImportError[] = [];
    const category = categoryFromCell(cell('category'));
    if (!category) {
      rowErrors.push({ row, column: headerOf.get('category'), message: `Unknown category "${cell('category').trim()}".` });
    }
    const codes = cell('credentials').split(/[;,|]/).map(normalizeCode).filter(Boolean);
    const credentialIds: Id[] = [];
    for (const code of codes) {
      const id = credentialIdOf.get(code);
      if (id) {
        if (!credentialIds.includes(id)) credentialIds.push(id);
      } else {
        rowErrors.push({ row, column: headerOf.get('credentials'), message: `You hold no credential with the code "${code}".` });
      }
    }
    const checked = schema.safeParse({
      completedOn: dayFromCell(cell('completed_on')),
      title: cell('title'),
      provider: cell('provider'),
      ceus: cell('ceus'),
      category: category ?? 'general',
      specialtyCode: cell('specialty_code'),
      approvalCode: cell('approval_code'),
      credentialIds: codes.length > 0 ? credentialIds : (options.defaultCredentialIds ?? []),
      notes: cell('notes'),
    });
    if (!checked.success) {
      const seen = new Set<string>();
      for (const issue of checked.error.issues) {
        const field = issue.path[0] as CeuEntryField | undefined;
        const column = field ? FIELD_COLUMN[field] : undefined;
        // An unknown code was reported already; the empty list it leaves adds nothing.
        if (column === 'credentials' && codes.length > 0) continue;
        if (seen.has(column ?? '')) continue;
        seen.add(column ?? '');
        rowErrors.push({ row, ...(column ? { column: headerOf.get(column) ?? column } : {}), message: issue.message });
      }
    }
    if (rowErrors.length > 0 || !checked.success) {
      result.errors.push(...rowErrors);
      return;
    }
    result.rows.push(checked.data);
    result.rowNumbers.push(row);
  });
  return result;
}
