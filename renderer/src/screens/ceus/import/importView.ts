/**
 * What the CSV import page needs around shared/ceu/csv.ts: decoding the file's bytes, the template, the column
 * mapping as a table, and rows that look already logged (so importing the same file twice does not double them).
 */
import { CSV_COLUMNS, type CsvColumn, type CsvImportResult } from '../../../../../shared/ceu/csv';
import { REQUIRED_CSV_COLUMNS } from '../../../../../shared/ceu/csvColumns';
import type { CeuEntryDraft } from '../../../../../shared/ceu/entryForm';
import type { CeuEntry } from '../../../../../shared/model/entities';
import { compareKeys } from '../../../../../shared/model/compareKeys';

export const CSV_FILE_FILTERS = [{ name: 'CSV spreadsheet', extensions: ['csv'] }];
export const TEMPLATE_FILE_NAME = 'coderpath-ceu-template.csv';

/** The header line of an importable file, in the export's column order (an exported file imports as is). */
export function csvTemplate(): string {
  return `${CSV_COLUMNS.join(',')}\r\n`;
}

export interface DecodedCsv {
  text: string;
  /** `windows-1252` when the bytes were not valid UTF-8 (Excel's plain "CSV" on Windows). */
  encoding: 'utf-8' | 'windows-1252';
}

/** UTF-8 (a byte-order mark is dropped); bytes that are not UTF-8 are read as Windows-1252 rather than mangled. */
export function decodeCsvBytes(bytes: Uint8Array): DecodedCsv {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

export interface ColumnMappingRow {
  column: CsvColumn;
  /** The header as written in the file; undefined when no header matched. */
  header?: string;
  required: boolean;
}

/** One row per CoderPath column, with the file's header that feeds it. */
export function columnMappingRows(result: CsvImportResult, credentialsRequired: boolean): ColumnMappingRow[] {
  return CSV_COLUMNS.map((column) => {
    const header = result.columns.find((mapping) => mapping.column === column)?.header;
    return {
      column,
      ...(header !== undefined ? { header } : {}),
      required: REQUIRED_CSV_COLUMNS.includes(column) || (column === 'credentials' && credentialsRequired),
    };
  });
}

const norm = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

function sameEntry(draft: CeuEntryDraft, entry: CeuEntry): boolean {
  return (
    draft.completedOn === entry.completedOn &&
    norm(draft.title) === norm(entry.title) &&
    norm(draft.provider) === norm(entry.provider) &&
    norm(draft.approvalCode) === norm(entry.approvalCode) &&
    Math.abs(draft.ceus - entry.ceus) < 1e-9
  );
}

/** For each draft: is an entry with the same day, title, provider, index number and CEUs already stored? */
export function alreadyLogged(drafts: readonly CeuEntryDraft[], existing: readonly CeuEntry[]): boolean[] {
  const byDay = new Map<string, CeuEntry[]>();
  for (const entry of existing) byDay.set(entry.completedOn, [...(byDay.get(entry.completedOn) ?? []), entry]);
  return drafts.map((draft) => (byDay.get(draft.completedOn) ?? []).some((entry) => sameEntry(draft, entry)));
}

/** The errors sorted by row, then column, so they read top to bottom like the spreadsheet. */
export function sortedErrors(result: CsvImportResult): CsvImportResult['errors'] {
  return [...result.errors].sort((a, b) => a.row - b.row || compareKeys(a.column ?? '', b.column ?? ''));
}
