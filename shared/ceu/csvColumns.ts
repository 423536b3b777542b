/** CSV columns of a CEU log and the header names accepted for each (case, spaces and punctuation ignored). */
import { CEU_CATEGORIES, type CeuCategory } from '../model/entities';

export const CSV_COLUMNS = [
  'completed_on', 'title', 'provider', 'ceus', 'category', 'specialty_code', 'approval_code', 'credentials', 'notes',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Columns an import cannot do without (`credentials` too, unless default credentials are given). */
export const REQUIRED_CSV_COLUMNS: readonly CsvColumn[] = ['completed_on', 'title', 'provider', 'ceus'];

const ALIASES: Record<CsvColumn, string[]> = {
  completed_on: ['completed_on', 'date', 'completed', 'completion date', 'date completed', 'completed date', 'date of completion'],
  title: ['title', 'course', 'course title', 'course name', 'program', 'program title', 'activity', 'event'],
  provider: ['provider', 'vendor', 'sponsor', 'sponsoring organization', 'organization', 'organisation'],
  ceus: ['ceus', 'ceu', 'ceus approved', 'credits', 'credit', 'ceu credits', 'hours', 'ceu hours', 'units'],
  category: ['category', 'type', 'ceu category'],
  specialty_code: ['specialty_code', 'specialty', 'specialty credential'],
  approval_code: ['approval_code', 'index number', 'index', 'index no', 'aapc index number', 'approval number', 'approval'],
  credentials: ['credentials', 'credential', 'certifications', 'certification', 'applies to'],
  notes: ['notes', 'note', 'comments', 'comment'],
};

/** "Index Number", "index_number" and "INDEX-NUMBER" are the same header. */
export function normalizeHeader(header: string): string {
  return header.toLowerCase().replace(/[^a-z0-9]/g, '');
}

const BY_ALIAS = new Map<string, CsvColumn>(
  CSV_COLUMNS.flatMap((column) => ALIASES[column].map((alias) => [normalizeHeader(alias), column] as const)),
);

export function columnForHeader(header: string): CsvColumn | undefined {
  return BY_ALIAS.get(normalizeHeader(header));
}

export function aliasesOf(column: CsvColumn): string[] {
  return ALIASES[column];
}

const CATEGORY_BY_NAME = new Map<string, CeuCategory>(CEU_CATEGORIES.map((category) => [normalizeHeader(category), category]));

/** "Practice Management" → `practice-management`; blank → `general`; unknown → undefined. */
export function categoryFromCell(cell: string): CeuCategory | undefined {
  if (cell.trim() === '') return 'general';
  return CATEGORY_BY_NAME.get(normalizeHeader(cell));
}

/**
 * Dates as spreadsheets write them: `2025-03-14` (time ignored), `2025/3/14`, or US `3/14/2025`.
 * Anything else is returned as typed, for the validator to reject with a message.
 */
export function dayFromCell(cell: string): string {
  const text = cell.trim();
  const iso = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ].*)?$/.exec(text);
  if (iso) return `${iso[1]}-${iso[2]!.padStart(2, '0')}-${iso[3]!.padStart(2, '0')}`;
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (us) return `${us[3]}-${us[1]!.padStart(2, '0')}-${us[2]!.padStart(2, '0')}`;
  return text;
}
