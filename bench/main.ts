/**
 * `npm run bench`: measures the figures of the "Benchmarks" issue against their budgets, prints a table and writes
 * bench/results.json. Pure domain figures run in Node; everything that touches the database or the page runs in
 * headless Chromium with its real IndexedDB. Options: `--runs N` navigation runs per scenario (default 5),
 * `--db-runs N` runs of import, backup and restore (default 3); Node figures take 25 runs. `--keep` keeps the
 * temporary build folder. `--only dashboard` measures only the navigation figures and prints them without writing
 * bench/results.json (for quick before/after checks of the dashboard). `--profile heavy|empty` records one dashboard
 * navigation under the V8 profiler and prints where the time went (bench/profile.ts). `--only charts [--rounds N]`
 * draws the dashboard's five charts N times in one page and prints the medians (bench/pages/charts.ts). `--only codes`
 * measures only the ICD-10-CM figures (search over the FY2026 file, zip import, code-screen reload), same output rules.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chartRounds, measureCodeFigures, measureDbFigures, navigationRun, type NavigationRun, type Scenario } from './browser';
import { buildForBench, CODE_SET_ZIP } from './build';
import { figure, notMeasured, type FigureResult } from './figures';
import { measureFlashcardFigures, type FlashcardFigures } from './flashcards';
import { profileDashboard, traceDashboard } from './profile';
import { machineInfo, renderTable, writeResults, type BenchReport } from './report';
import { serveStatic } from './server';
import { median } from './stats';

function option(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(name);
  const value = i >= 0 ? Number(args[i + 1]) : fallback;
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

/** The Node figures, timed in a process of their own (bench/nodeMain.ts, bundled by bench/run.mjs). */
function nodeFiguresInOwnProcess(root: string, onlyCodes = false): FigureResult[] {
  const script = join(root, 'node_modules', '.cache', 'coderpath-bench', 'nodeFigures.mjs');
  return JSON.parse(execFileSync(process.execPath, [script, root, ...(onlyCodes ? ['codes'] : [])], { encoding: 'utf8', maxBuffer: 16 * 2 ** 20 })) as FigureResult[];
}

function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

const NAVIGATION_IDS = [
  'dashboardHeavyShown', 'dashboardEmptyShown', 'dashboardHeavy', 'dashboardSample', 'dashboardEmpty', 'rawPage', 'ratioHeavyEmpty', 'ratioHeavyRaw',
  'ratioShownHeavyEmpty', 'ratioShownHeavyRaw', 'jsGzip', 'heap',
] as const;

function navigationFigures(runs: Record<Scenario, NavigationRun[]>): FigureResult[] {
  const ms = (s: Scenario) => runs[s].map((r) => r.ms);
  const shown = (s: Scenario) => runs[s].map((r) => r.shownMs ?? Number.NaN);
  const heavy = median(ms('heavy'));
  const empty = median(ms('empty'));
  const raw = median(ms('raw'));
  const heavyShown = median(shown('heavy'));
  const emptyShown = median(shown('empty'));
  const heavyRuns = runs.heavy;
  const gzip = heavyRuns.map((r) => (r.jsGzipBytes ?? 0) / 1024);
  const gzipDrawn = median(heavyRuns.map((r) => (r.jsGzipBytesDrawn ?? 0) / 1024));
  const heap = heavyRuns.map((r) => (r.heapBytes ?? 0) / 2 ** 20);
  return [
    figure('dashboardHeavyShown', shown('heavy'), heavyShown, 'until the chart images (with the cards) are in the page'),
    figure('dashboardEmptyShown', shown('empty'), emptyShown, 'the empty dashboard shows its invitations'),
    figure('dashboardHeavy', ms('heavy'), heavy, 'until every chart image holds its drawn <svg>'),
    figure('dashboardSample', ms('sample'), median(ms('sample')), 'the same five charts over the sample data (a few records each): what drawing them costs whatever the data'),
    figure('dashboardEmpty', ms('empty'), empty, 'only the profile stored (onboarding done), so the dashboard shows; it has no charts to draw'),
    figure('rawPage', ms('raw'), raw, `getAll of the stores the dashboard reads, to performance.mark('raw:counts-written')`),
    figure('ratioHeavyEmpty', [], heavy / empty, 'ratio of the medians (charts drawn)'),
    figure('ratioHeavyRaw', [], heavy / raw, 'ratio of the medians (charts drawn)'),
    figure('ratioShownHeavyEmpty', [], heavyShown / emptyShown, 'ratio of the medians (dashboard shows)'),
    figure('ratioShownHeavyRaw', [], heavyShown / raw, 'ratio of the medians (dashboard shows)'),
    figure('jsGzip', gzip, median(gzip), `${heavyRuns[0]?.jsFiles ?? 0} JS files requested before the dashboard showed, gzip (zlib default level) of each file; before its charts were drawn: ${heavyRuns[0]?.jsFilesDrawn ?? 0} files, ${gzipDrawn.toFixed(0)} KB`),
    figure('heap', heap, median(heap), 'CDP Runtime.getHeapUsage usedSize after HeapProfiler.collectGarbage'),
  ];
}

const FLASH_IDS = ['flashQueue', 'flashKeyMedian', 'flashKeyP95', 'flashDecksHeavy', 'flashDecksEmpty', 'flashDecksRatio'] as const;

function p95(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)] ?? Number.NaN;
}

function flashcardResults(f: FlashcardFigures): FigureResult[] {
  const heavy = median(f.decksHeavy);
  const empty = median(f.decksEmpty);
  const data = `${f.counts.cards} cards in ${f.counts.decks} decks, ${f.counts.reviewLog} review-log rows`;
  return [
    figure('flashQueue', f.queueTimes, median(f.queueTimes), `readTodayQueue over ${data}: ${f.queueSize} cards today`),
    figure('flashKeyMedian', f.keyTimes, median(f.keyTimes), `${f.keyTimes.length} answers after 10 untimed; key event dispatched in the page, to the first frame with the next card`),
    figure('flashKeyP95', [], p95(f.keyTimes), `max ${Math.max(...f.keyTimes).toFixed(1)} ms`),
    figure('flashDecksHeavy', f.decksHeavy, heavy, `${f.counts.decks} deck rows drawn, after one untimed first load`),
    figure('flashDecksEmpty', f.decksEmpty, empty, 'the "No decks yet" state drawn (the limit the heavy figure is held against)'),
    figure('flashDecksRatio', [], heavy / empty),
  ];
}

export async function main(args: string[], root: string): Promise<number> {
  const started = new Date();
  const startLoad = loadavg()[0]!;
  const t0 = performance.now();
  const runs = option(args, '--runs', 5);
  const dbRuns = option(args, '--db-runs', 3);
  const onlyDashboard = args.includes('--only') && args[args.indexOf('--only') + 1] === 'dashboard';
  const onlyCodes = args.includes('--only') && args[args.indexOf('--only') + 1] === 'codes';
  const onlyFlashcards = args.includes('--only') && args[args.indexOf('--only') + 1] === 'flashcards';
  const profile = args.includes('--profile') ? args[args.indexOf('--profile') + 1] : undefined;
  if (profile !== undefined && profile !== 'heavy' && profile !== 'empty') {
    log('--profile takes heavy or empty');
    return 2;
  }
  const results: FigureResult[] = [];
  const notes: string[] = [];

  if (!onlyDashboard && !onlyFlashcards) {
    log('Node figures (pure domain code)…');
    results.push(...nodeFiguresInOwnProcess(root, onlyCodes));
  }

  const outDir = mkdtempSync(join(tmpdir(), 'coderpath-bench-'));
  let chromium: string | undefined;
  try {
    log('building the renderer and the bench pages…');
    const { appDir, benchDir } = await buildForBench(root, outDir);
    const server = await serveStatic(appDir, benchDir);
    try {
      if (args.includes('--only') && args[args.indexOf('--only') + 1] === 'charts') {
        console.log(JSON.stringify(await chartRounds(server, option(args, '--rounds', 40)), null, 2));
        return 0;
      }
      if (profile) {
        console.log((await traceDashboard(server, profile)).join('\n'));
        console.log((await profileDashboard(server, profile, root)).join('\n'));
        return 0;
      }
      if (!onlyDashboard && !onlyCodes) {
        log(`flashcards: 20,000 cards, 200,000 review-log rows (${dbRuns} runs each)…`);
        try {
          results.push(...flashcardResults(await measureFlashcardFigures(server, dbRuns)));
        } catch (error) {
          for (const id of FLASH_IDS) results.push(notMeasured(id, String(error)));
        }
      }
      if (!onlyDashboard && !onlyCodes && !onlyFlashcards) {
        log(`CSV import, backup, restore in Chromium (${dbRuns} runs each)…`);
        try {
          const db = await measureDbFigures(server, dbRuns);
          chromium = db.version;
          results.push(
            figure('csvImport', db.csvImport.times, median(db.csvImport.times), `${db.csvImport.rows} rows onto the heavy dataset; parse + validate alone ${median(db.csvImport.parseTimes).toFixed(0)} ms`),
            figure('backup', db.backup.times, median(db.backup.times), `createBackupText: ${(db.backup.bytes / 2 ** 20).toFixed(1)} MB of text`),
            figure('restore', db.restore.times, median(db.restore.times), `restoreFromText of that text over the same data; parseBackup alone ${db.restore.parseMs.toFixed(0)} ms`),
          );
        } catch (error) {
          for (const id of ['csvImport', 'backup', 'restore'] as const) results.push(notMeasured(id, String(error)));
        }
      }
      if (!onlyDashboard && !onlyFlashcards) {
        log(`ICD-10-CM import and code-screen reloads in Chromium (${dbRuns} runs each)…`);
        try {
          const codes = await measureCodeFigures(server, CODE_SET_ZIP, dbRuns);
          results.push(
            figure('codeImport', codes.importTimes, median(codes.importTimes), `${CODE_SET_ZIP} (98,186 lines) into the code-set database; reading the stored year back alone ${median(codes.loadTimes).toFixed(0)} ms`),
            figure('codeBrowserReady', codes.readyTimes, median(codes.readyTimes), `navigation start -> search box and chapters drawn, after one untimed first load; the screen's heading (app shell, code set not read yet) at ${median(codes.headingTimes).toFixed(0)} ms`),
          );
        } catch (error) {
          for (const id of ['codeImport', 'codeBrowserReady'] as const) results.push(notMeasured(id, String(error)));
        }
      }

      const nav: Record<Scenario, NavigationRun[]> = { heavy: [], sample: [], empty: [], raw: [] };
      if (!onlyCodes && !onlyFlashcards) try {
        for (let i = 0; i < runs; i++) {
          // Interleaved, so a slow moment of the machine hits every scenario alike.
          for (const scenario of ['heavy', 'sample', 'empty', 'raw'] as const) {
            log(`navigation run ${i + 1}/${runs}: ${scenario}`);
            nav[scenario].push(await navigationRun(server, scenario));
          }
        }
        results.push(...navigationFigures(nav));
      } catch (error) {
        for (const id of NAVIGATION_IDS) results.push(notMeasured(id, String(error)));
      }
    } finally {
      await server.close();
    }
  } finally {
    if (args.includes('--keep')) notes.push(`build kept in ${outDir}`);
    else rmSync(outDir, { recursive: true, force: true });
  }

  const load = Math.max(startLoad, loadavg()[0]!);
  if (load > cpus().length) {
    notes.push(`WARNING: load average reached ${load.toFixed(1)} on ${cpus().length} cores during the run: other work competed for the CPU, figures are inflated.`);
  }
  notes.push('Each figure is the median of its runs; Node figures after 3 untimed warm-up runs, database figures after 1.');
  notes.push('Browser figures: Chromium headless, fresh profile per navigation run, heavy dataset seeded with Dexie bulkAdd in one transaction.');
  const report: BenchReport = {
    startedAt: started.toISOString(),
    seconds: Math.round((performance.now() - t0) / 1000),
    machine: { ...machineInfo(), ...(chromium ? { chromium } : {}) },
    notes,
    figures: results,
  };
  console.log(renderTable(results));
  if (onlyDashboard || onlyCodes || onlyFlashcards) {
    console.log(`\n${notes.join('\n')}\n${onlyCodes ? 'ICD-10-CM' : onlyFlashcards ? 'Flashcard' : 'Dashboard'} figures only (bench/results.json left as it was), ${report.seconds} s.`);
  } else {
    writeResults(join(root, 'bench', 'results.json'), report);
    console.log(`\n${notes.join('\n')}\nWritten to bench/results.json in ${report.seconds} s.`);
  }
  return results.some((r) => r.status === 'over' || r.status === 'not measured') ? 1 : 0;
}
