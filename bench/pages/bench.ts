/**
 * The bench page: runs in Chromium at the app's origin and uses the app's real modules on the real IndexedDB.
 * It exposes `window.coderpathBench`; bench/browser.ts calls it through Playwright and reads the timings back.
 */
import { parseBackup } from '../../shared/backup';
import { parseCeuCsv } from '../../shared/ceu/csv';
import { buildSampleData } from '../../shared/datasets/sample';
import { DATASET_TABLES } from '../../shared/datasets/types';
import { createBackupText, restoreFromText } from '../../renderer/src/db/backup';
import { importCeuRows } from '../../renderer/src/db/ceuImport';
import { codeSetDb } from '../../renderer/src/db/codes/codeSetDb';
import { importCodeSet, removeCodeSetYear } from '../../renderer/src/db/codes/importCodeSet';
import { forgetLoadedCodeSet, loadCodeSet } from '../../renderer/src/db/codes/loadCodeSet';
import { db } from '../../renderer/src/db/db';
import { readTodayQueue } from '../../renderer/src/db/flashcardReviews';
import { benchToday, heavy, largeCsv } from '../data';
import { flashcardDataset } from '../flashcardData';

export type SeedKind = 'heavy' | 'sample' | 'empty';

/**
 * Heavy: the whole heavy dataset. Sample: the app's sample data (every dashboard chart, a few records each). Empty:
 * only the heavy dataset's profile (onboarding done), so the app shows the dashboard, not the welcome.
 */
async function seed(kind: SeedKind): Promise<Record<string, number>> {
  const data = heavy(benchToday());
  await db.open();
  const tables = DATASET_TABLES.map((name) => db.table(name));
  // One read-write transaction, as the brief asks: the store is written as one unit.
  await db.transaction('rw', [db.profile, ...tables], async () => {
    await db.profile.put(data.profile);
    if (kind === 'heavy') await Promise.all(DATASET_TABLES.map((name) => db.table(name).bulkAdd(data[name])));
    if (kind === 'sample') {
      const sample = buildSampleData(benchToday(), () => crypto.randomUUID());
      await Promise.all(DATASET_TABLES.map((name) => db.table(name).bulkAdd(sample[name])));
    }
  });
  const counts = Object.fromEntries(await Promise.all(DATASET_TABLES.map(async (name) => [name, await db.table(name).count()] as const)));
  db.close();
  return counts;
}

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

/** The CSV import as the Import screen runs it: parse and validate every row, then one transaction. Rows are removed (untimed) between runs. */
async function csvImport(runs: number, warmup: number): Promise<{ times: number[]; rows: number; parseTimes: number[] }> {
  await db.open();
  const today = benchToday();
  const held = await db.credentials.toArray();
  const text = largeCsv(held, today);
  const times: number[] = [];
  const parseTimes: number[] = [];
  let rows = 0;
  for (let i = 0; i < warmup + runs; i++) {
    const { ms, value } = await timed(async () => {
      const parseStart = performance.now();
      const parsed = parseCeuCsv(text, { held, today });
      if (i >= warmup) parseTimes.push(performance.now() - parseStart);
      if (parsed.errors.length > 0) throw new Error(`CSV import: ${parsed.errors.length} errors, first: ${JSON.stringify(parsed.errors[0])}`);
      return importCeuRows(parsed.rows, db, parsed.rowNumbers);
    });
    rows = value.length;
    await db.ceuEntries.bulkDelete(value.map((entry) => entry.id));
    if (i >= warmup) times.push(ms);
  }
  return { times, rows, parseTimes };
}

let lastBackup = '';

async function backup(runs: number, warmup: number): Promise<{ times: number[]; bytes: number }> {
  await db.open();
  const times: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    const { ms, value } = await timed(() => createBackupText(db, { appVersion: 'bench' }));
    lastBackup = value;
    if (i >= warmup) times.push(ms);
  }
  return { times, bytes: lastBackup.length };
}

/** Restores the last backup text over the same data (every table cleared and rewritten). */
async function restore(runs: number, warmup: number): Promise<{ times: number[]; parseMs: number }> {
  await db.open();
  if (!lastBackup) lastBackup = await createBackupText(db, { appVersion: 'bench' });
  // Once, outside the figure: how much of a restore is reading and validating the file.
  const { ms: parseMs } = await timed(() => parseBackup(lastBackup));
  const times: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    const { ms, value } = await timed(() => restoreFromText(lastBackup, db));
    if (!value.ok) throw new Error(`Restore failed at ${value.stage}: ${JSON.stringify(value.errors.slice(0, 3))}`);
    if (i >= warmup) times.push(ms);
  }
  return { times, parseMs };
}

/**
 * Import of the CMS zip as the ICD-10-CM screen runs it (unzip, parse, validate, index, one transaction); the year
 * is removed (untimed) between runs and the last import stays, for the reload figure. Also how long reading the
 * stored year back takes (loadCodeSet, as a reload does), for the note.
 */
async function codeImport(zipName: string, runs: number, warmup: number): Promise<{ times: number[]; loadTimes: number[]; bytes: number }> {
  const bytes = new Uint8Array(await (await fetch(`/bench/${zipName}`)).arrayBuffer());
  const times: number[] = [];
  const loadTimes: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    if (i > 0) await removeCodeSetYear(2026);
    const { ms, value } = await timed(() => importCodeSet({ name: zipName, bytes }));
    if (!value.ok) throw new Error(`Code-set import failed: ${JSON.stringify(value)}`);
    forgetLoadedCodeSet(2026);
    const load = await timed(() => loadCodeSet(2026));
    if (i >= warmup) {
      times.push(ms);
      loadTimes.push(load.ms);
    }
  }
  codeSetDb.close();
  return { times, loadTimes, bytes: bytes.length };
}

/** The flashcard dataset (20,000 cards, 200,000 review-log rows) written in one transaction, dated from now. */
async function seedFlashcards(): Promise<Record<string, number>> {
  const data = flashcardDataset(new Date());
  await db.open();
  await db.transaction('rw', db.decks, db.cards, db.reviewLog, async () => {
    await db.decks.bulkAdd(data.decks);
    await db.cards.bulkAdd(data.cards);
    await db.reviewLog.bulkAdd(data.reviewLog);
  });
  const counts = { decks: await db.decks.count(), cards: await db.cards.count(), reviewLog: await db.reviewLog.count() };
  db.close();
  return counts;
}

/** Today's queue over every deck, as the review screen builds it when it opens. */
async function flashQueue(runs: number, warmup: number): Promise<{ times: number[]; size: number }> {
  await db.open();
  const times: number[] = [];
  let size = 0;
  for (let i = 0; i < warmup + runs; i++) {
    const { ms, value } = await timed(() => readTodayQueue(new Date()));
    size = value.queue.learning.length + value.queue.reviews.length + value.queue.fresh.length;
    if (i >= warmup) times.push(ms);
  }
  return { times, size };
}

const api = { seed, csvImport, backup, restore, codeImport, seedFlashcards, flashQueue };
export type BenchApi = typeof api;
(window as unknown as { coderpathBench: BenchApi }).coderpathBench = api;
document.getElementById('status')!.textContent = 'ready';
