/**
 * ICD-10-CM search figures (Node, the renderer's V8): 50 fixed queries typed character by character over the whole
 * FY2026 order file (../shared/data/code-sets, never copied into the project). Every keystroke runs the index
 * search and the exhaustive scan; their ranked results must be equal on every keystroke, and the index must take at
 * most a tenth of the scan's time.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseOrderFile } from '../shared/codeset/orderFile';
import { parseQuery } from '../shared/codeset/query';
import { buildSearchIndex, searchIndex } from '../shared/codeset/searchIndex';
import { scanSearch, scanWords } from '../shared/codeset/searchScan';
import { figure, type FigureResult } from './figures';
import { median } from './stats';

/** Typed as a coder would: codes with and without the dot, words in any order, prefixes, abbreviations. */
export const CODE_QUERIES: readonly string[] = [
  'E11.22', 'e1122', 'type 2 diabetes kidney', 'diabetes ckd', 'I10', 'essential hypertension', 'htn ckd stage 5',
  'copd exacerbation', 'chf acute on chronic', 'acute mi anterior wall', 'uti', 'gerd without esophagitis', 'dm type 1 ketoacidosis',
  'cad native coronary', 'afib', 'persistent atrial fibrillation', 'Z00.00', 'z00', 'encounter general adult examination',
  'fracture of left femur', 'displaced fracture shaft right tibia initial', 'S72.001A', 's72', 'pneumonia unspecified organism',
  'J18.9', 'sepsis due to e coli', 'A41.51', 'major depressive disorder recurrent severe', 'F33', 'generalized anxiety',
  'low back pain', 'M54.5', 'osteoarthritis knee bilateral', 'obesity bmi 40', 'Z68.41', 'pregnancy supervision high risk',
  'O09', 'covid', 'U07.1', 'post covid condition', 'malignant neoplasm breast left female', 'C50.912', 'hyperlipidemia',
  'E78.5', 'migraine without aura intractable', 'asthma moderate persistent', 'J45.40', 'pressure ulcer sacral stage 3',
  'L89.153', 'diabetic retinopathy macular edema right eye',
];

/** Every text the search box holds while a query is typed: 'E', 'E1', 'E11', ... */
export function keystrokes(query: string): string[] {
  return Array.from({ length: query.length }, (_, i) => query.slice(0, i + 1));
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Index runs per keystroke (its median is the keystroke's time): sub-millisecond work needs repeats to be read. */
const REPEATS = 5;

export function codeSearchFigures(root: string): FigureResult[] {
  const text = readFileSync(join(root, '..', 'shared', 'data', 'code-sets', 'icd10cm_order_2026.txt'), 'latin1');
  const parsed = parseOrderFile(text, 2026);
  if (!parsed.ok) throw new Error(`The FY2026 order file did not parse: ${JSON.stringify(parsed.problems.slice(0, 3))}`);
  const { data } = parsed;
  const index = buildSearchIndex(data);
  const words = scanWords(data);
  const typed = CODE_QUERIES.flatMap(keystrokes);

  // Warm-up: one untimed pass of both, so V8 has optimised them as in a running app.
  for (const t of typed) {
    searchIndex(data, index, parseQuery(t));
    scanSearch(data, words, parseQuery(t));
  }
  const indexTimes: number[] = [];
  const scanTimes: number[] = [];
  const mismatches: string[] = [];
  for (const t of typed) {
    const runs: number[] = [];
    let ids: number[] = [];
    for (let r = 0; r < REPEATS; r++) {
      const start = performance.now();
      ids = searchIndex(data, index, parseQuery(t)).ids;
      runs.push(performance.now() - start);
    }
    indexTimes.push(median(runs));
    const start = performance.now();
    const expected = scanSearch(data, words, parseQuery(t));
    scanTimes.push(performance.now() - start);
    if (ids.length !== expected.length || ids.some((id, i) => id !== expected[i])) mismatches.push(t);
  }
  const indexTotal = indexTimes.reduce((a, b) => a + b, 0);
  const scanTotal = scanTimes.reduce((a, b) => a + b, 0);
  const where = `${CODE_QUERIES.length} queries, ${typed.length} keystrokes, ${data.codes.length} lines`;
  return [
    figure('codeSearchMedian', indexTimes, median(indexTimes), `${where}; median of ${REPEATS} runs per keystroke, full ranked result`),
    figure('codeSearchP95', [], percentile(indexTimes, 95), `max ${Math.max(...indexTimes).toFixed(2)} ms`),
    figure('codeScanMedian', scanTimes, median(scanTimes), `p95 ${percentile(scanTimes, 95).toFixed(1)} ms: the physical limit the index is held against`),
    figure('codeSearchRatio', [], indexTotal / scanTotal, `index ${indexTotal.toFixed(0)} ms / exhaustive scan ${scanTotal.toFixed(0)} ms over every keystroke`),
    figure('codeSearchMismatches', [], mismatches.length, mismatches.length ? `differ on: ${mismatches.slice(0, 5).join(' | ')}` : 'index results equal the exhaustive scan on every keystroke'),
  ];
}
