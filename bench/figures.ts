/** The figures the bench reports, each with its budget (from the "Benchmarks" issue), and how they are judged. */

export type FigureId =
  | 'requirements'
  | 'readinessSchedule'
  | 'csvImport'
  | 'backup'
  | 'restore'
  | 'dashboardHeavyShown'
  | 'dashboardEmptyShown'
  | 'dashboardHeavy'
  | 'dashboardSample'
  | 'dashboardEmpty'
  | 'rawPage'
  | 'ratioHeavyEmpty'
  | 'ratioHeavyRaw'
  | 'ratioShownHeavyEmpty'
  | 'ratioShownHeavyRaw'
  | 'jsGzip'
  | 'heap'
  | 'codeSearchMedian'
  | 'codeSearchP95'
  | 'codeScanMedian'
  | 'codeSearchRatio'
  | 'codeSearchMismatches'
  | 'codeImport'
  | 'codeBrowserReady'
  | 'flashQueue'
  | 'flashKeyMedian'
  | 'flashKeyP95'
  | 'flashDecksHeavy'
  | 'flashDecksEmpty'
  | 'flashDecksRatio';

export type Unit = 'ms' | 'x' | 'KB' | 'MB' | 'keystrokes';

export interface Budget {
  /** Within budget when the figure is at most this. */
  max: number;
  unit: Unit;
}

export interface FigureSpec {
  label: string;
  /** Where it is measured. */
  where: 'node' | 'chromium';
  unit: Unit;
  budget?: Budget;
}

export const FIGURES: Record<FigureId, FigureSpec> = {
  requirements: { label: 'Requirement engine, 10,000 entries x 8 credentials', where: 'node', unit: 'ms', budget: { max: 5, unit: 'ms' } },
  readinessSchedule: { label: 'Readiness + plan (re-planned, with today), 500 attempts', where: 'node', unit: 'ms', budget: { max: 5, unit: 'ms' } },
  csvImport: { label: 'CSV import, 10,000 rows (parse + validate + 1 transaction)', where: 'chromium', unit: 'ms', budget: { max: 1000, unit: 'ms' } },
  backup: { label: 'Full backup of the heavy dataset (snapshot + serialise)', where: 'chromium', unit: 'ms', budget: { max: 2000, unit: 'ms' } },
  restore: { label: 'Full restore of the heavy dataset (parse + validate + write)', where: 'chromium', unit: 'ms', budget: { max: 2000, unit: 'ms' } },
  dashboardHeavyShown: { label: 'Navigation -> dashboard shows (cards with numbers), heavy dataset', where: 'chromium', unit: 'ms' },
  dashboardEmptyShown: { label: 'Navigation -> dashboard shows, empty database', where: 'chromium', unit: 'ms' },
  dashboardHeavy: { label: 'Navigation -> dashboard charts drawn, heavy dataset', where: 'chromium', unit: 'ms' },
  dashboardSample: { label: 'Navigation -> dashboard charts drawn, sample data (no budget of its own)', where: 'chromium', unit: 'ms' },
  dashboardEmpty: { label: 'Navigation -> dashboard charts drawn, empty database', where: 'chromium', unit: 'ms' },
  rawPage: { label: 'Navigation -> plain page, raw IndexedDB getAll of the same stores', where: 'chromium', unit: 'ms' },
  ratioHeavyEmpty: { label: 'Dashboard charts drawn, heavy / empty', where: 'chromium', unit: 'x', budget: { max: 1.5, unit: 'x' } },
  ratioHeavyRaw: { label: 'Dashboard charts drawn, heavy / raw page', where: 'chromium', unit: 'x', budget: { max: 2, unit: 'x' } },
  ratioShownHeavyEmpty: { label: 'Dashboard shows, heavy / empty (no budget of its own)', where: 'chromium', unit: 'x' },
  ratioShownHeavyRaw: { label: 'Dashboard shows, heavy / raw page (no budget of its own)', where: 'chromium', unit: 'x' },
  jsGzip: { label: 'Renderer JS loaded before the dashboard shows (gzip)', where: 'chromium', unit: 'KB', budget: { max: 250, unit: 'KB' } },
  heap: { label: 'Renderer JS heap after the dashboard, heavy dataset (after GC)', where: 'chromium', unit: 'MB', budget: { max: 80, unit: 'MB' } },
  // ICD-10-CM (issue 13), over the official FY2026 file.
  codeSearchMedian: { label: 'ICD-10-CM search per keystroke, median', where: 'node', unit: 'ms', budget: { max: 5, unit: 'ms' } },
  codeSearchP95: { label: 'ICD-10-CM search per keystroke, p95', where: 'node', unit: 'ms', budget: { max: 12, unit: 'ms' } },
  codeScanMedian: { label: 'ICD-10-CM exhaustive scan per keystroke, median (no budget of its own)', where: 'node', unit: 'ms' },
  codeSearchRatio: { label: 'ICD-10-CM search / exhaustive scan, total time', where: 'node', unit: 'x', budget: { max: 0.1, unit: 'x' } },
  codeSearchMismatches: { label: 'ICD-10-CM keystrokes where search != exhaustive scan', where: 'node', unit: 'keystrokes', budget: { max: 0, unit: 'keystrokes' } },
  codeImport: { label: 'ICD-10-CM import of the CMS zip (unzip + parse + validate + index + write)', where: 'chromium', unit: 'ms', budget: { max: 3000, unit: 'ms' } },
  codeBrowserReady: { label: 'Reload -> code browser ready (search box and chapters), FY2026 stored', where: 'chromium', unit: 'ms', budget: { max: 300, unit: 'ms' } },
  // Flashcards (issue 12), 20,000 cards and 200,000 review-log rows.
  flashQueue: { label: 'Flashcards: today\'s queue built (every deck, daily limits)', where: 'chromium', unit: 'ms', budget: { max: 50, unit: 'ms' } },
  flashKeyMedian: { label: 'Flashcards: rating key -> next card drawn, median', where: 'chromium', unit: 'ms', budget: { max: 16, unit: 'ms' } },
  flashKeyP95: { label: 'Flashcards: rating key -> next card drawn, p95', where: 'chromium', unit: 'ms', budget: { max: 33, unit: 'ms' } },
  flashDecksHeavy: { label: 'Flashcards: navigation -> decks screen drawn, 20,000 cards', where: 'chromium', unit: 'ms' },
  flashDecksEmpty: { label: 'Flashcards: navigation -> decks screen drawn, no decks', where: 'chromium', unit: 'ms' },
  flashDecksRatio: { label: 'Flashcards: decks screen drawn, 20,000 cards / no decks', where: 'chromium', unit: 'x', budget: { max: 1.5, unit: 'x' } },
};

export interface FigureResult {
  id: FigureId;
  label: string;
  where: 'node' | 'chromium';
  unit: Unit;
  /** Median of `runs`; null when it could not be measured (see `note`). */
  value: number | null;
  runs: number[];
  budget: Budget | null;
  status: 'within' | 'over' | 'no budget' | 'not measured';
  note?: string;
}

export function figure(id: FigureId, runs: readonly number[], value: number | null, note?: string): FigureResult {
  const spec = FIGURES[id];
  const budget = spec.budget ?? null;
  const status = value === null || Number.isNaN(value) ? 'not measured' : !budget ? 'no budget' : value <= budget.max ? 'within' : 'over';
  return {
    id, label: spec.label, where: spec.where, unit: spec.unit, value: value === null || Number.isNaN(value) ? null : value,
    runs: [...runs], budget, status, ...(note ? { note } : {}),
  };
}

export function notMeasured(id: FigureId, note: string): FigureResult {
  return figure(id, [], null, note);
}
