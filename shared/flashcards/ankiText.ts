/**
 * Anki's "Notes in Plain Text" format (Anki manual, Importing › Text files; Exporting › Notes in Plain Text): one
 * note per line, fields split by a tab, comma, semicolon…; fields may be quoted CSV-style ("" for a quote, line
 * breaks inside quotes); optional header lines at the top: `#separator:`, `#html:`, `#tags column:`, `#columns:`,
 * `#tags:`, `#deck:`, `#notetype:` and the other `… column:` ones. Parsing here never throws and never
 * interprets HTML: with `#html:true` tags are stripped to their text or kept literally as text, as the learner
 * chooses, and the result is always shown as plain text.
 */
import Papa from 'papaparse';
import { decodeEntities, stripHtml } from './html';

/** Limits on what an import reads: a text file of notes far bigger than this is not a deck. */
export const ANKI_IMPORT_LIMITS = { bytes: 10_000_000, rows: 50_000, fieldChars: 20_000 } as const;

const SEPARATOR_NAMES: Record<string, string> = { tab: '\t', comma: ',', semicolon: ';', space: ' ', pipe: '|', colon: ':' };

export interface AnkiHeaders {
  separator: string;
  /** Whether the file says its fields are HTML (`#html:true`). */
  html: boolean;
  /** 1-based column holding the note's tags (`#tags column:`). */
  tagsColumn?: number;
  /** Column names from `#columns:`. */
  columns?: string[];
  /** Tags for every note (`#tags:`). */
  tags: string[];
  deck?: string;
  /** 1-based columns Anki uses for other things (notetype, deck, guid): never card text. */
  otherColumns: number[];
}

export interface AnkiRow {
  /** 1-based line in the file where the row starts. */
  line: number;
  fields: string[];
  /** Set when the row itself is damaged (reported in `problems`); it is not read further. */
  broken?: true;
}

export interface LineProblem {
  line: number;
  message: string;
}

export interface AnkiParse {
  headers: AnkiHeaders;
  rows: AnkiRow[];
  /** The widest row's number of fields. */
  columnCount: number;
  /** Problems of the file's structure (bad header, unclosed quote, too many rows). */
  problems: LineProblem[];
}

function readHeader(line: string, headers: AnkiHeaders, lineNo: number, problems: LineProblem[]): void {
  const match = /^#([a-z ]+):(.*)$/i.exec(line);
  if (!match) return; // any other line starting with # at the top is a comment, as in Anki
  const key = match[1]!.trim().toLowerCase();
  const value = match[2]!.trim();
  const column = () => {
    const n = Number(value);
    if (Number.isInteger(n) && n >= 1) return n;
    problems.push({ line: lineNo, message: `“#${key}:” should give a column number from 1, not “${value}”` });
    return undefined;
  };
  if (key === 'separator') {
    const sep = SEPARATOR_NAMES[value.toLowerCase()] ?? (value.length === 1 ? value : undefined);
    if (sep === undefined || sep === '"' || sep === '\n' || sep === '\r') problems.push({ line: lineNo, message: `“#separator:${value}” is not a separator this import reads (tab, comma, semicolon, space, pipe, colon or one character)` });
    else headers.separator = sep;
  } else if (key === 'html') {
    if (!/^(true|false)$/i.test(value)) problems.push({ line: lineNo, message: `“#html:” should be true or false, not “${value}”` });
    else headers.html = value.toLowerCase() === 'true';
  } else if (key === 'tags column') {
    const n = column();
    if (n !== undefined) headers.tagsColumn = n;
  } else if (key === 'columns') {
    headers.columns = value.split(headers.separator === ' ' ? /\s+/ : headers.separator).map((c) => c.trim());
  } else if (key === 'tags') {
    headers.tags = value.split(/\s+/).filter(Boolean);
  } else if (key === 'deck') {
    headers.deck = value;
  } else if (key === 'notetype column' || key === 'deck column' || key === 'guid column') {
    const n = column();
    if (n !== undefined) headers.otherColumns.push(n);
  }
}

/** Tab when the first note line has one, else semicolon, else comma (Anki guesses the same way). */
function guessSeparator(sample: string): string {
  if (sample.includes('\t')) return '\t';
  if (sample.includes(';')) return ';';
  return ',';
}

/** Where each line starts, to turn papaparse's character offsets into line numbers. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** Reads the file's structure: headers, then every note row with the line it starts on. Never throws. */
export function parseAnkiText(input: string): AnkiParse {
  const headers: AnkiHeaders = { separator: '', html: false, tags: [], otherColumns: [] };
  const problems: LineProblem[] = [];
  const text = input.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
  if (text.length > ANKI_IMPORT_LIMITS.bytes) {
    return { headers: { ...headers, separator: '\t' }, rows: [], columnCount: 0, problems: [{ line: 1, message: `The file is larger than ${ANKI_IMPORT_LIMITS.bytes / 1_000_000} MB: split it into smaller files` }] };
  }
  if (text.includes('\u0000')) {
    return { headers: { ...headers, separator: '\t' }, rows: [], columnCount: 0, problems: [{ line: 1, message: 'The file holds binary data (NUL bytes): it is not a text file of notes' }] };
  }
  // Header lines: every line at the top starting with '#'.
  let offset = 0;
  let lineNo = 1;
  while (offset < text.length && text[offset] === '#') {
    const end = text.indexOf('\n', offset);
    const line = text.slice(offset, end === -1 ? text.length : end);
    readHeader(line, headers, lineNo, problems);
    offset = end === -1 ? text.length : end + 1;
    lineNo += 1;
  }
  const body = text.slice(offset);
  const firstLine = body.slice(0, body.indexOf('\n') === -1 ? body.length : body.indexOf('\n'));
  if (!headers.separator) headers.separator = guessSeparator(firstLine);
  const starts = lineStarts(body);
  const rows: AnkiRow[] = [];
  let columnCount = 0;
  let rowStart = 0;
  let tooMany = false;
  Papa.parse<string[]>(body, {
    delimiter: headers.separator,
    quoteChar: '"',
    skipEmptyLines: false,
    step: (result, parser) => {
      const line = lineAt(starts, rowStart) + lineNo - 1;
      rowStart = result.meta.cursor + 1;
      for (const error of result.errors) {
        const message = error.code === 'MissingQuotes' ? 'a quoted field is never closed (a " is missing)' : error.message;
        problems.push({ line, message: `Line ${line}: ${message}` });
      }
      const fields = result.data;
      if (fields.length === 0 || (fields.length === 1 && fields[0]!.trim() === '')) return;
      if (rows.length >= ANKI_IMPORT_LIMITS.rows) {
        tooMany = true;
        parser.abort();
        return;
      }
      rows.push(result.errors.length > 0 ? { line, fields, broken: true } : { line, fields });
      columnCount = Math.max(columnCount, fields.length);
    },
  });
  if (tooMany) problems.push({ line: rows[rows.length - 1]!.line, message: `The file has more than ${ANKI_IMPORT_LIMITS.rows.toLocaleString('en-US')} notes: split it into smaller files` });
  return { headers, rows, columnCount, problems };
}

export type ColumnRole = 'front' | 'back' | 'extra' | 'tags' | 'ignore';

/** The mapping a preview starts with: Front, Back, then Extra; the tags column where the header says. */
export function defaultMapping(parse: AnkiParse): ColumnRole[] {
  const roles: ColumnRole[] = [];
  const text: ColumnRole[] = ['front', 'back', 'extra'];
  for (let col = 1; col <= parse.columnCount; col++) {
    if (col === parse.headers.tagsColumn) roles.push('tags');
    else if (parse.headers.otherColumns.includes(col)) roles.push('ignore');
    else roles.push(text.shift() ?? 'ignore');
  }
  return roles;
}

export type HtmlMode = 'strip' | 'keep';

export interface ImportedNote {
  line: number;
  front: string;
  back: string;
  extra: string;
  tags: string[];
}

export interface MappedImport {
  notes: ImportedNote[];
  /** Every bad row, by line: nothing is imported while there is one. */
  problems: LineProblem[];
}

/** The text a field stands for: with `#html:true`, tags stripped to their text or the markup kept as text. */
export function fieldText(raw: string, html: boolean, mode: HtmlMode): string {
  if (!html || mode === 'keep') return raw.trim();
  return decodeEntities(stripHtml(raw)).trim();
}

/** Applies the column mapping to every row; lists each row that cannot become a card. */
export function mapRows(parse: AnkiParse, mapping: readonly ColumnRole[], htmlMode: HtmlMode = 'strip'): MappedImport {
  const problems: LineProblem[] = [...parse.problems];
  if (!mapping.includes('front') || !mapping.includes('back')) {
    problems.push({ line: 0, message: 'Choose which column is the front and which is the back.' });
    return { notes: [], problems };
  }
  const notes: ImportedNote[] = [];
  for (const row of parse.rows) {
    if (row.broken) continue;
    const note: ImportedNote = { line: row.line, front: '', back: '', extra: '', tags: [...parse.headers.tags] };
    let tooLong = false;
    mapping.forEach((role, i) => {
      const raw = row.fields[i] ?? '';
      if (raw.length > ANKI_IMPORT_LIMITS.fieldChars) tooLong = true;
      if (role === 'ignore') return;
      if (role === 'tags') {
        note.tags.push(...raw.split(/\s+/).filter(Boolean));
        return;
      }
      const value = fieldText(raw, parse.headers.html, htmlMode);
      note[role] = note[role] ? `${note[role]}\n${value}` : value;
    });
    note.tags = [...new Set(note.tags)];
    if (tooLong) problems.push({ line: row.line, message: `Line ${row.line}: a field is longer than ${ANKI_IMPORT_LIMITS.fieldChars.toLocaleString('en-US')} characters` });
    else if (!note.front && !note.back) problems.push({ line: row.line, message: `Line ${row.line}: the front and the back are empty` });
    else if (!note.front) problems.push({ line: row.line, message: `Line ${row.line}: the front is empty` });
    else if (!note.back) problems.push({ line: row.line, message: `Line ${row.line}: the back is empty (only ${row.fields.length === 1 ? 'one field' : 'empty fields'} on this line — is the separator right?)` });
    else notes.push(note);
  }
  problems.sort((a, b) => a.line - b.line);
  return { notes, problems };
}

export interface Duplicate {
  line: number;
  front: string;
  /** The earlier line with the same front, or null when the card is already in the deck. */
  firstLine: number | null;
}

/** Notes whose front is already in the deck, or appears earlier in the file (Anki checks the first field too). */
export function findDuplicates(notes: readonly ImportedNote[], existingFronts: ReadonlySet<string>): Duplicate[] {
  const key = (front: string) => front.trim().toLowerCase();
  const existing = new Set([...existingFronts].map(key));
  const seen = new Map<string, number>();
  const duplicates: Duplicate[] = [];
  for (const note of notes) {
    const k = key(note.front);
    if (existing.has(k)) duplicates.push({ line: note.line, front: note.front, firstLine: null });
    else if (seen.has(k)) duplicates.push({ line: note.line, front: note.front, firstLine: seen.get(k)! });
    else seen.set(k, note.line);
  }
  return duplicates;
}

export interface ExportCard {
  front: string;
  back: string;
  extra: string;
  tags: readonly string[];
}

function quote(field: string): string {
  return /[\t"\n\r]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/**
 * A deck as "Notes in Plain Text" that Anki imports as it is (File › Import): tab-separated, plain text
 * (`#html:false`), the columns named, tags in the last column. Anki joins tags with spaces, so a tag's own spaces
 * become underscores.
 */
export function exportAnkiText(deckName: string, cards: readonly ExportCard[]): string {
  const lines = ['#separator:tab', '#html:false', `#deck:${deckName.replace(/[\r\n]+/g, ' ')}`, '#columns:Front\tBack\tExtra\tTags', '#tags column:4'];
  for (const card of cards) {
    const tags = card.tags.map((t) => t.trim().replace(/\s+/g, '_')).filter(Boolean).join(' ');
    lines.push([card.front, card.back, card.extra, tags].map(quote).join('\t'));
  }
  return `${lines.join('\n')}\n`;
}
