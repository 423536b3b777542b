/** CSV import: bounded reading (size cap, paged preview) and undo of the last import. */
import { writeFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { readStore, seedStore, waitForStartupTasks } from './backupHelpers';

const stamp = '2025-01-01T00:00:00.000Z';

async function openImport(page: Page) {
  await page.goto('/#/settings');
  await waitForStartupTasks(page);
  await page.goto('/#/ceus/import');
  await seedStore(page, {
    credentials: [{ id: 'cred-cpc', code: 'CPC', earnedOn: '2020-06-01', cycleStart: '2025-01-01', cycleEnd: '2026-12-31', history: [], createdAt: stamp, updatedAt: stamp }],
  });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Import CEUs from a spreadsheet' })).toBeVisible();
}

async function chooseCsv(page: Page, name: string, buffer: Buffer) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /Choose (a CSV|another) file/ }).click();
  await (await chooser).setFiles({ name, mimeType: 'text/csv', buffer });
}

const csvOf = (rows: number, title = 'Course') =>
  Buffer.from(['completed_on,title,provider,ceus,credentials', ...Array.from({ length: rows }, (_, i) => `2025-02-10,${title} ${i + 1},AAPC,1,CPC`)].join('\r\n'));

test('a file over 50 MB is refused with a message that says so; nothing is read or written', async ({ page }, testInfo) => {
  await openImport(page);
  const path = testInfo.outputPath('huge.csv');
  await writeFile(path, Buffer.alloc(51 * 1024 * 1024, 'a'));
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose a CSV file' }).click();
  await (await chooser).setFiles(path);
  await expect(page.getByRole('alert')).toHaveText('“huge.csv” was not read: The file is 51.0 MB; a CSV import reads at most 50.0 MB. Split it into smaller files and import them one after another.');
  await expect(page.getByTestId('preview-row')).toHaveCount(0);
});

test('the preview of a long file draws a page of rows at a time', async ({ page }) => {
  await openImport(page);
  await chooseCsv(page, 'long.csv', csvOf(130));
  await expect(page.getByRole('heading', { level: 2, name: '130 valid rows' })).toBeVisible();
  await expect(page.getByTestId('preview-row')).toHaveCount(50);
  await expect(page.getByRole('status').filter({ hasText: 'Showing 50 of 130 rows' })).toBeVisible();
  await page.getByRole('button', { name: 'Show 50 more rows' }).click();
  await expect(page.getByTestId('preview-row')).toHaveCount(100);
  await page.getByRole('button', { name: 'Show 30 more rows' }).click();
  await expect(page.getByTestId('preview-row')).toHaveCount(130);
  expect((await readStore(page)).ceuEntries).toEqual([]);
});

test('an import is undone in one step, until the next import; the browser keeps the data as it was before', async ({ page }) => {
  await openImport(page);
  await chooseCsv(page, 'first.csv', csvOf(3, 'First'));
  await page.getByRole('button', { name: 'Import 3 entries' }).click();
  await expect(page.getByRole('heading', { name: 'Imported 3 entries' })).toBeVisible();
  await chooseCsv(page, 'second.csv', csvOf(2, 'Second'));
  await page.getByRole('button', { name: 'Import 2 entries' }).click();
  await expect(page.getByRole('heading', { name: 'Imported 2 entries' })).toBeVisible();

  const last = page.getByRole('region', { name: 'Last import' });
  await expect(last).toContainText('2 entries from “second.csv”');
  await last.getByRole('button', { name: 'Undo this import' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Import undone: 2 entries removed.' })).toBeVisible();
  await expect(last).toHaveCount(0); // one step: the first import stays
  const titles = (await readStore(page)).ceuEntries!.map((e) => (e as { title: string }).title).sort();
  expect(titles).toEqual(['First 1', 'First 2', 'First 3']);

  const snapshot = await page.evaluate(() => new Promise<string>((resolve, reject) => {
    const request = indexedDB.open('coderpath-before-import');
    request.onsuccess = () => {
      const get = request.result.transaction('snapshots').objectStore('snapshots').get('before-import');
      get.onsuccess = () => { request.result.close(); resolve((get.result as { text: string }).text); };
      get.onerror = () => reject(get.error);
    };
    request.onerror = () => reject(request.error);
  }));
  // Taken before the second import: it holds the first import's three entries and not the second's.
  expect(snapshot).toContain('First 3');
  expect(snapshot).not.toContain('Second 1');
});
