/**
 * The CMS "Code Descriptions in Tabular Order" order file (`icd10cm_order_YYYY.txt`), fixed width:
 * columns 1-5 order number (zero-filled, 1, 2, 3, ...), 7-13 code without its dot (padded to 7), 15 the flag
 * (1 = valid for submission, 0 = header), 17-76 short description (padded to 60), from 78 the long description.
 * The whole file is checked before anything is returned, so a caller writes all of it or nothing.
 */
import type { CodeSetData } from './types';

export interface FileProblem {
  /** 1-based line number; 0 for the file as a whole. */
  line: number;
  message: string;
}

export type OrderFileResult =
  | { ok: true; data: CodeSetData }
  | { ok: false; problems: FileProblem[]; /** Problems past the listed ones. */ more: number };

/** Problems listed at most; a file wrong on every line would otherwise list 98,000 of them. */
export const MAX_PROBLEMS = 50;

/** A letter, then letters or digits: FY2026 brought QA0, a category with a letter second. */
const CODE_SHAPE = /^[A-Z][0-9A-Z]{2,6}$/;
const ORDER_SHAPE = /^[0-9]{5}$/;
const LONG_START = 77;

/** Fiscal years the app accepts: ICD-10-CM started with FY2016 in the U.S. */
export const FIRST_FISCAL_YEAR = 2016;
export const LAST_FISCAL_YEAR = 2099;

export function isFiscalYear(year: number): boolean {
  return Number.isInteger(year) && year >= FIRST_FISCAL_YEAR && year <= LAST_FISCAL_YEAR;
}

/** The fiscal year a CMS file name carries (`icd10cm_order_2026.txt`, `2026-code-descriptions-tabular-order.zip`). */
export function fiscalYearFromFileName(name: string): number | undefined {
  const base = name.split(/[\\/]/).pop() ?? name;
  const match = /icd10cm_order_(\d{4})\b/i.exec(base) ?? /^(\d{4})[-_ ]code[-_ ]descriptions/i.exec(base)
    ?? /\b(?:fy)?(\d{4})\b/i.exec(base);
  if (!match) return undefined;
  const year = Number(match[1]);
  return isFiscalYear(year) ? year : undefined;
}

/** The code as coders write it: a dot after the third character (`E1122` → `E11.22`). */
export function displayCode(code: string): string {
  return code.length > 3 ? `${code.slice(0, 3)}.${code.slice(3)}` : code;
}

/** A typed code in the file's form: no dot, upper case (`e11.22` → `E1122`). */
export function normaliseCode(typed: string): string {
  return typed.trim().replace(/\./g, '').toUpperCase();
}

/** Checks every line of an order file and returns the whole code set, or every problem found (with line numbers). */
export function parseOrderFile(text: string, year: number): OrderFileResult {
  const problems: FileProblem[] = [];
  let more = 0;
  const report = (line: number, message: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push({ line, message });
    else more += 1;
  };
  if (!isFiscalYear(year)) report(0, `The fiscal year ${year} is not one ICD-10-CM has (${FIRST_FISCAL_YEAR}-${LAST_FISCAL_YEAR}).`);
  if (text.trim() === '') {
    report(0, 'The file is empty: an order file has one line per code.');
    return { ok: false, problems, more };
  }
  const lines = text.split('\n');
  const endsWithBreak = lines[lines.length - 1] === '';
  if (endsWithBreak) lines.pop();
  else report(lines.length, 'The last line has no line break: the file looks cut short (download it again).');

  const codes: string[] = new Array(lines.length);
  const billable = new Uint8Array(lines.length);
  const shortDescriptions: string[] = new Array(lines.length);
  const longDescriptions: string[] = new Array(lines.length);
  const seen = new Map<string, number>();
  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    let line = lines[i]!;
    if (line.endsWith('\r')) line = line.slice(0, -1);
    const problem = checkLine(line, lineNo);
    if (problem) {
      report(lineNo, problem);
      codes[i] = '';
      continue;
    }
    const code = line.slice(6, 13).trimEnd();
    const first = seen.get(code);
    if (first !== undefined) report(lineNo, `Code ${displayCode(code)} is already on line ${first}.`);
    else seen.set(code, lineNo);
    codes[i] = code;
    billable[i] = line[14] === '1' ? 1 : 0;
    shortDescriptions[i] = line.slice(16, 76).trimEnd();
    longDescriptions[i] = line.slice(LONG_START).trimEnd();
  }
  if (problems.length > 0 || more > 0) return { ok: false, problems, more };
  return { ok: true, data: { year, codes, billable, shortDescriptions, longDescriptions } };
}

/** What is wrong with one line (without its line break), or undefined. */
function checkLine(line: string, lineNo: number): string | undefined {
  if (line.trim() === '') return 'The line is empty.';
  if (line.length < LONG_START + 1) {
    return `The line has ${line.length} characters; an order-file line has at least ${LONG_START + 1} (the long description starts in column ${LONG_START + 1}).`;
  }
  const order = line.slice(0, 5);
  if (!ORDER_SHAPE.test(order)) return `Columns 1-5 should be the order number (5 digits), found "${order}".`;
  if (Number(order) !== lineNo) return `Order number ${order} is out of sequence: line ${lineNo} should be ${String(lineNo).padStart(5, '0')}.`;
  if (line[5] !== ' ' || line[13] !== ' ' || line[15] !== ' ' || line[76] !== ' ') {
    return 'The columns are not where an order file has them (spaces in columns 6, 14, 16 and 77).';
  }
  const field = line.slice(6, 13);
  const code = field.trimEnd();
  if (!CODE_SHAPE.test(code) || field.slice(code.length).trim() !== '') {
    return `Columns 7-13 should be an ICD-10-CM code without its dot, found "${field.trim()}".`;
  }
  const flag = line[14];
  if (flag !== '0' && flag !== '1') return `Column 15 should be 1 (valid for submission) or 0 (header), found "${flag}".`;
  if (line.slice(16, 76).trim() === '') return 'The short description (columns 17-76) is empty.';
  if (line.slice(LONG_START).trim() === '') return 'The long description (from column 78) is empty.';
  return undefined;
}
