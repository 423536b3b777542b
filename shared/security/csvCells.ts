/**
 * CSV text that is safe to open in a spreadsheet. A cell whose first character is `=`, `+`, `-`, `@`, a tab or a
 * carriage return is run as a formula by Excel and LibreOffice, so it is written with a leading `'`.
 *
 * papaparse's own `escapeFormulae: true` uses `/^[=+\-@\t\r].*$/`, which has no `s` flag: a cell with a line break
 * ("=HYPERLINK(…)\nnotes") does not match and is written unescaped. Only the first character matters here.
 */
import Papa from 'papaparse';

export const FORMULA_START = /^[=+\-@\t\r]/;

/** Every CSV the app writes goes through this: header row, then the rows, CRLF line ends, formula cells escaped. */
export function toSafeCsv(fields: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return Papa.unparse({ fields: [...fields], data: rows.map((row) => [...row]) }, { escapeFormulae: FORMULA_START, newline: '\r\n' });
}

/** Undoes the escaping on import (`'=SUM` → `=SUM`); other text is returned as it is. */
export function unescapeCsvCell(cell: unknown): string {
  const text = typeof cell === 'string' ? cell : '';
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}
