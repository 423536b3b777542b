/** Order files for tests: lines built the way CMS lays them out, and the real FY2026 release from ../shared. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One order-file line (without its line break). */
export function orderLine(order: number, code: string, billable: boolean, short: string, long = short): string {
  return `${String(order).padStart(5, '0')} ${code.padEnd(7)} ${billable ? '1' : '0'} ${short.padEnd(60)} ${long}`;
}

/** A small order file with CRLF line ends and a final CRLF, as CMS writes it. */
export function orderFile(rows: [code: string, billable: boolean, description: string][]): string {
  return rows.map(([code, billable, d], i) => orderLine(i + 1, code, billable, d.slice(0, 60), d)).join('\r\n') + '\r\n';
}

export const SMALL_ROWS: [string, boolean, string][] = [
  ['E11', false, 'Type 2 diabetes mellitus'],
  ['E112', false, 'Type 2 diabetes mellitus with kidney complications'],
  ['E1121', true, 'Type 2 diabetes mellitus with diabetic nephropathy'],
  ['E1122', true, 'Type 2 diabetes mellitus with diabetic chronic kidney disease'],
  ['E1129', true, 'Type 2 diabetes mellitus with other diabetic kidney complication'],
  ['E119', true, 'Type 2 diabetes mellitus without complications'],
  ['I10', true, 'Essential (primary) hypertension'],
  ['I12', false, 'Hypertensive chronic kidney disease'],
  ['I120', true, 'Hypertensive chronic kidney disease with stage 5 chronic kidney disease or end stage renal disease'],
  ['N18', false, 'Chronic kidney disease (CKD)'],
  ['N183', false, 'Chronic kidney disease, stage 3 (moderate)'],
  ['N1830', true, 'Chronic kidney disease, stage 3 unspecified'],
];

/** The folder of the official release, beside the repository (`../shared/data/code-sets`). */
export const CODE_SETS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'data', 'code-sets');

export function readRealOrderFile(): string {
  return readFileSync(join(CODE_SETS_DIR, 'icd10cm_order_2026.txt'), 'latin1');
}
