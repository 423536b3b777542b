/**
 * Flashcard figures (issue 12) in Chromium over 20,000 cards and 200,000 review-log rows: today's queue built,
 * rating key to the next card drawn, and the decks screen shown against the same screen with no decks. The
 * screens are read from the DOM on every animation frame (the app has no marks for them).
 */
import type { BrowserContext, Page } from '@playwright/test';
import { openBenchPage, seedStore, withFreshBrowser } from './browser';
import type { BenchApi } from './pages/bench';
import type { StaticServer } from './server';

type BenchWindow = { coderpathBench: BenchApi };

export interface FlashcardFigures {
  queueTimes: number[];
  queueSize: number;
  keyTimes: number[];
  decksHeavy: number[];
  decksEmpty: number[];
  counts: Record<string, number>;
}

/** Navigation start -> the decks screen drawn (deck rows, or the empty state), in a new tab so it is a real page load. */
async function decksShown(context: BrowserContext, origin: string, rows: number): Promise<number> {
  const page = await context.newPage();
  try {
    await page.goto(`${origin}/index.html#/flashcards`, { waitUntil: 'commit' });
    const handle = await page.waitForFunction((expected) => {
      const drawn = expected === 0
        ? [...document.querySelectorAll('h2')].some((h) => h.textContent === 'No decks yet')
        : document.querySelectorAll('table.decks-table tbody tr').length === expected;
      return drawn ? performance.now() : 0;
    }, rows, { polling: 'raf', timeout: 60_000 });
    return (await handle.jsonValue()) as number;
  } finally {
    await page.close();
  }
}

/**
 * Answers `count` cards on the review screen: Space shows the answer, then the time from the "3" key event to the
 * first animation frame after the next card's front is in the DOM. Keys are dispatched in the page, so the figure
 * is the app's own work, not Playwright's round trip.
 */
async function keyLatencies(page: Page, origin: string, count: number): Promise<number[]> {
  await page.goto(`${origin}/index.html#/flashcards/review`);
  await page.waitForSelector('.review-front', { timeout: 60_000 });
  return page.evaluate(async (n) => {
    const frame = () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));
    const key = (k: string) => window.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
    const times: number[] = [];
    for (let i = 0; i < n; i++) {
      const before = document.querySelector('.review-front')?.textContent;
      key(' ');
      while (!document.querySelector('.review-buttons .rate')) await frame();
      await frame();
      const start = performance.now();
      const changed = new Promise<void>((resolve) => {
        const check = () => {
          const now = document.querySelector('.review-front')?.textContent;
          if (now && now !== before) {
            observer.disconnect();
            resolve();
          }
        };
        const observer = new MutationObserver(check);
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      });
      key('3');
      await changed;
      times.push((await frame()) - start);
    }
    return times;
  }, count);
}

export async function measureFlashcardFigures(server: StaticServer, runs: number): Promise<FlashcardFigures> {
  return withFreshBrowser(async ({ context }) => {
    await seedStore(context, server.origin, 'empty');
    const decksEmpty: number[] = [];
    for (let i = 0; i < runs + 1; i++) {
      const ms = await decksShown(context, server.origin, 0);
      if (i > 0) decksEmpty.push(ms);
    }
    const bench = await openBenchPage(context, server.origin);
    const counts = await bench.evaluate(() => (window as unknown as BenchWindow).coderpathBench.seedFlashcards());
    const queue = await bench.evaluate(([r, w]) => (window as unknown as BenchWindow).coderpathBench.flashQueue(r, w), [runs, 1] as const);
    await bench.close();
    const decksHeavy: number[] = [];
    for (let i = 0; i < runs + 1; i++) {
      const ms = await decksShown(context, server.origin, counts.decks ?? 0);
      if (i > 0) decksHeavy.push(ms);
    }
    const page = await context.newPage();
    const keyTimes = await keyLatencies(page, server.origin, 60);
    // The first answers run code V8 has not optimised yet; the figure is the session after them.
    return { queueTimes: queue.times, queueSize: queue.size, keyTimes: keyTimes.slice(10), decksHeavy, decksEmpty, counts };
  });
}
