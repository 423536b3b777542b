/**
 * Figures measured in headless Chromium (Debian's, with the tests' flags) against its real, on-disk IndexedDB.
 * Every dashboard run gets a fresh profile, seeded through the app's Dexie db by the bench page, then a new tab
 * navigates and the figure is read from what the bench watches in the page (bench/observe.ts; navigation start =
 * time origin).
 */
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromiumLaunchOptions } from '../tests/support/chromium';
import type { BenchApi, SeedKind } from './pages/bench';
import type { ChartRounds } from './pages/charts';
import type { StaticServer } from './server';

import { CHARTS_DRAWN_MARK, observeDashboard, SHOWN_MARK } from './observe';

export { CHARTS_DRAWN_MARK, SHOWN_MARK } from './observe';
export const RAW_MARK = 'raw:counts-written';
const MARK_TIMEOUT_MS = 60_000;

export interface FreshBrowser {
  context: BrowserContext;
  version: string;
}

/** A new Chromium with a new profile folder (deleted afterwards): nothing cached, nothing stored. */
export async function withFreshBrowser<T>(fn: (browser: FreshBrowser) => Promise<T>): Promise<T> {
  const profile = mkdtempSync(join(tmpdir(), 'coderpath-bench-profile-'));
  const context = await chromium.launchPersistentContext(profile, { ...chromiumLaunchOptions(), headless: true });
  try {
    return await fn({ context, version: context.browser()?.version() ?? 'unknown' });
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

type BenchWindow = { coderpathBench: BenchApi };

/** Marks SHOWN_MARK and CHARTS_DRAWN_MARK in every page the tab loads from now on (bench/observe.ts). */
export async function watchDashboard(page: Page): Promise<void> {
  await page.addInitScript(observeDashboard, { shown: SHOWN_MARK, drawn: CHARTS_DRAWN_MARK });
}

export async function openBenchPage(context: BrowserContext, origin: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${origin}/bench/bench.html`);
  await page.waitForFunction(() => 'coderpathBench' in window);
  return page;
}

export async function seedStore(context: BrowserContext, origin: string, kind: SeedKind): Promise<Record<string, number>> {
  const page = await openBenchPage(context, origin);
  const counts = await page.evaluate((k) => (window as unknown as BenchWindow).coderpathBench.seed(k), kind);
  await page.close();
  return counts;
}

export interface DbFigures {
  csvImport: { times: number[]; rows: number; parseTimes: number[] };
  backup: { times: number[]; bytes: number };
  restore: { times: number[]; parseMs: number };
}

/** CSV import, backup and restore, in one fresh profile seeded with the heavy dataset. */
export async function measureDbFigures(server: StaticServer, runs: number): Promise<DbFigures & { version: string }> {
  return withFreshBrowser(async ({ context, version }) => {
    await seedStore(context, server.origin, 'heavy');
    const page = await openBenchPage(context, server.origin);
    // Functions passed to evaluate run in the page: they may use nothing from this module.
    const csvImport = await page.evaluate(([r, w]) => (window as unknown as BenchWindow).coderpathBench.csvImport(r, w), [runs, 1] as const);
    const backup = await page.evaluate(([r, w]) => (window as unknown as BenchWindow).coderpathBench.backup(r, w), [runs, 1] as const);
    const restore = await page.evaluate(([r, w]) => (window as unknown as BenchWindow).coderpathBench.restore(r, w), [runs, 1] as const);
    return { csvImport, backup, restore, version };
  });
}

export interface NavigationRun {
  /** ms from navigation start to the mark (charts drawn, or the raw page's counts written). */
  ms: number;
  /** App runs: ms from navigation start to SHOWN_MARK (the cards with their numbers on screen). */
  shownMs?: number;
  /** Heavy app runs only: JS requested before the dashboard showed, and before its charts were drawn. */
  jsGzipBytes?: number;
  jsFiles?: number;
  jsGzipBytesDrawn?: number;
  jsFilesDrawn?: number;
  heapBytes?: number;
}

async function markTime(page: Page, mark: string): Promise<number> {
  await page.waitForFunction((name) => performance.getEntriesByName(name, 'mark').length > 0, mark, { timeout: MARK_TIMEOUT_MS, polling: 50 });
  return page.evaluate((name) => performance.getEntriesByName(name, 'mark')[0]!.startTime, mark);
}

/** Gzip bytes of the JS files the page requested before `beforeMs` (files read from the served folders). */
async function jsBefore(page: Page, server: StaticServer, beforeMs: number): Promise<{ bytes: number; files: number }> {
  const resources = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => ({ name: e.name, start: e.startTime })));
  const files = resources
    .filter((r) => r.start <= beforeMs && r.name.startsWith(server.origin) && new URL(r.name).pathname.endsWith('.js'))
    .map((r) => server.fileFor(new URL(r.name).pathname))
    .filter((file): file is string => !!file);
  const unique = [...new Set(files)];
  return { bytes: unique.reduce((sum, file) => sum + gzipSync(readFileSync(file)).length, 0), files: unique.length };
}

async function heapAfterGc(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

export type Scenario = 'heavy' | 'sample' | 'empty' | 'raw';

/** One run of one scenario in a fresh profile: seed, then a new tab navigates and waits for its mark. */
export async function navigationRun(server: StaticServer, scenario: Scenario): Promise<NavigationRun> {
  return withFreshBrowser(async ({ context }) => {
    await seedStore(context, server.origin, scenario === 'raw' ? 'heavy' : scenario);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await watchDashboard(page);
    const url = scenario === 'raw' ? `${server.origin}/bench/raw.html` : `${server.origin}/index.html#/`;
    await page.goto(url, { waitUntil: 'commit' });
    let ms: number;
    try {
      ms = await markTime(page, scenario === 'raw' ? RAW_MARK : CHARTS_DRAWN_MARK);
    } catch (error) {
      throw new Error(`${scenario}: no mark within ${MARK_TIMEOUT_MS / 1000} s${errors.length ? ` (page errors: ${errors.join('; ')})` : ''}: ${String(error)}`);
    }
    if (scenario === 'raw') return { ms };
    const shownMs = await markTime(page, SHOWN_MARK);
    if (scenario !== 'heavy') return { ms, shownMs };
    const js = await jsBefore(page, server, shownMs);
    const jsDrawn = await jsBefore(page, server, ms);
    return {
      ms, shownMs, jsGzipBytes: js.bytes, jsFiles: js.files, jsGzipBytesDrawn: jsDrawn.bytes, jsFilesDrawn: jsDrawn.files,
      heapBytes: await heapAfterGc(context, page),
    };
  });
}

/** The dashboard's five charts drawn `rounds` times in one page (bench/pages/charts.ts): medians. */
export async function chartRounds(server: StaticServer, rounds: number): Promise<ChartRounds> {
  return withFreshBrowser(async ({ context }) => {
    const page = await context.newPage();
    await page.goto(`${server.origin}/bench/charts.html`);
    await page.waitForFunction(() => 'coderpathCharts' in window);
    return page.evaluate((n) => (window as unknown as { coderpathCharts: { run: (n: number) => Promise<ChartRounds> } }).coderpathCharts.run(n), rounds);
  });
}

export interface CodeFigures {
  importTimes: number[];
  loadTimes: number[];
  readyTimes: number[];
  /** The same loads: navigation start -> the screen's heading drawn (the app shell, before the code set is read). */
  headingTimes: number[];
}

/**
 * The ICD-10-CM figures in one fresh profile: the CMS zip imported `runs` times, then `runs` loads of the code
 * screen with the year stored, each timed from navigation start until the search box and the chapters are on
 * screen (read from the DOM on every animation frame: the app has no mark of its own for it).
 */
export async function measureCodeFigures(server: StaticServer, zipName: string, runs: number): Promise<CodeFigures> {
  return withFreshBrowser(async ({ context }) => {
    const bench = await openBenchPage(context, server.origin);
    const imported = await bench.evaluate(([z, r, w]) => (window as unknown as BenchWindow).coderpathBench.codeImport(z, r, w), [zipName, runs, 1] as const);
    await bench.close();
    const readyTimes: number[] = [];
    const headingTimes: number[] = [];
    for (let i = 0; i < runs + 1; i++) {
      const page = await context.newPage();
      await page.goto(`${server.origin}/index.html#/codes`, { waitUntil: 'commit' });
      const handle = await page.waitForFunction(() => {
        const w = window as unknown as { benchHeadingAt?: number };
        if (w.benchHeadingAt === undefined && document.querySelector('h1')?.textContent === 'ICD-10-CM') w.benchHeadingAt = performance.now();
        const search = document.querySelector('input[type="search"][role="combobox"]');
        const chapters = [...document.querySelectorAll('h2')].some((h) => h.textContent === 'Chapters');
        return search && chapters ? [performance.now(), w.benchHeadingAt ?? performance.now()] : 0;
      }, undefined, { polling: 'raf', timeout: MARK_TIMEOUT_MS });
      const [ready, heading] = (await handle.jsonValue()) as [number, number];
      // The first load also compiles the code screen's chunk cold; the figure is the reloads after it.
      if (i > 0) {
        readyTimes.push(ready);
        headingTimes.push(heading);
      }
      await page.close();
    }
    return { importTimes: imported.times, loadTimes: imported.loadTimes, readyTimes, headingTimes };
  });
}
