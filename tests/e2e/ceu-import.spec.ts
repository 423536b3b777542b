import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const TODAY = new Date('2026-03-15T12:00:00');
const stamp = '2025-01-01T00:00:00.000Z';
const credentials = [
  { id: 'cred-cpc', code: 'CPC', earnedOn: '2020-06-01', cycleStart: '2025-01-01', cycleEnd: '2026-12-31', history: [], createdAt: stamp, updatedAt: stamp },
  { id: 'cred-crc', code: 'CRC', earnedOn: '2025-06-01', cycleStart: '2025-06-01', cycleEnd: '2026-12-31', history: [], createdAt: stamp, updatedAt: stamp },
];

/** Opens the app database with raw IndexedDB (the app created it on first load) and runs one request. */
async function storeCall<T>(page: Page, action: 'seed' | 'titles', payload: unknown = null): Promise<T> {
  return page.evaluate(
    async ({ action, payload }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('coderpath');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      try {
        if (action === 'seed') {
          const tx = db.transaction('credentials', 'readwrite');
          for (const credential of payload as object[]) tx.objectStore('credentials').put(credential);
          await new Promise((resolve, reject) => { tx.oncomplete = resolve; tx.onerror = () => reject(tx.error); });
          return null as T;
        }
        const request = db.transaction('ceuEntries').objectStore('ceuEntries').getAll();
        const all = await new Promise<{ title: string }[]>((resolve, reject) => {
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        return all.map((e) => e.title).sort() as T;
      } finally {
        db.close();
      }
    },
    { action, payload },
  );
}

async function openImport(page: Page) {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  await page.clock.setFixedTime(TODAY);
  await page.goto('/#/');
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await storeCall(page, 'seed', credentials);
  await page.goto('/#/ceus/import');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Import CEUs from a spreadsheet' })).toBeVisible();
  return errors;
}

async function chooseCsv(page: Page, name: string, text: string, bom = false) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /Choose (a CSV|another) file/ }).click();
  const buffer = Buffer.concat([Buffer.from(bom ? [0xef, 0xbb, 0xbf] : []), Buffer.from(text, 'utf8')]);
  await (await chooser).setFiles({ name, mimeType: 'text/csv', buffer });
  await expect(page.getByTestId('import-file-name')).toContainText(name);
}

const CLEAN = [
  'Date,Course,Sponsor,CEUs,Category,Specialty,Index Number,Credentials,Color',
  '2025-02-10,E/M update 2025,AAPC,2,general,,IDX-1001,CPC,red',
  '7/1/2025,Risk adjustment deep dive,Coding Edu Inc,3,specialty,CRC,IDX-2002,CPC;CRC,blue',
  '2025/9/3,"Compliance, HIPAA and you",HCCA,"1,5",compliance,,IDX-3003,cpc,',
].join('\r\n');

test.describe('CEU CSV import', () => {
  test('a file with bad rows lists each with row number, column and reason, and writes nothing', async ({ page }) => {
    const errors = await openImport(page);
    const csv = [
      'Date,Course,Sponsor,CEUs,Index Number,Credentials',
      '2025-02-10,E/M update 2025,AAPC,2,IDX-1001,CPC',
      '2025-03-01,Modifiers,AAPC,two,IDX-1,CPC',
      '2025-04-01,Auditing basics,AAPC,1,IDX-2,CPMA',
      '2027-01-01,Future course,AAPC,1,IDX-3,CPC',
    ].join('\n');
    await chooseCsv(page, 'bad.csv', csv);
    await expect(page.getByRole('heading', { name: '3 problems in 3 rows' })).toBeVisible();
    const problems = page.getByTestId('import-error');
    await expect(problems).toHaveCount(3);
    await expect(problems.nth(0).getByRole('cell')).toHaveText(['3', 'CEUs', 'Enter the CEUs as a number.']);
    await expect(problems.nth(1).getByRole('cell')).toHaveText(['4', 'Credentials', 'You hold no credential with the code "CPMA".']);
    await expect(problems.nth(2).getByRole('cell')).toHaveText(['5', 'Date', 'The date cannot be in the future.']);
    await expect(page.getByText('Nothing has been imported.')).toBeVisible();
    // The valid row is previewed, but there is no way to import a file with problems.
    await expect(page.getByTestId('preview-row')).toHaveCount(1);
    await expect(page.getByRole('button', { name: /^Import \d/ })).toHaveCount(0);
    expect(await storeCall<string[]>(page, 'titles')).toEqual([]);
    const axe = await new AxeBuilder({ page }).include('main').analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('a missing required column is named with the headers it accepts', async ({ page }) => {
    await openImport(page);
    await chooseCsv(page, 'no-ceus.csv', 'Date,Course,Sponsor,Credentials\n2025-02-10,E/M,AAPC,CPC\n');
    await expect(page.getByTestId('import-error').first()).toContainText('No "ceus" column (accepted headers: ceus, ceu,');
    await expect(page.getByTestId('column-mapping').filter({ hasText: 'ceus' }).first()).toContainText('Missing');
  });

  test('a clean file (UTF-8 with BOM) shows the mapping and preview, then imports every row in one go', async ({ page }) => {
    const errors = await openImport(page);
    await chooseCsv(page, 'my-ceus.csv', CLEAN, true);
    const mapping = page.getByTestId('column-mapping');
    await expect(mapping.filter({ hasText: 'completed_on' })).toContainText('“Date”');
    await expect(mapping.filter({ hasText: 'approval_code' })).toContainText('“Index Number”');
    await expect(mapping.filter({ hasText: 'notes' })).toContainText('not in the file');
    await expect(page.getByTestId('ignored-headers')).toHaveText('Ignored columns: “Color”.');
    const preview = page.getByTestId('preview-row');
    await expect(preview).toHaveCount(3);
    await expect(preview.nth(1)).toContainText('Jul 1, 2025');
    await expect(preview.nth(1)).toContainText('CPC, CRC');
    await expect(preview.nth(2)).toContainText('Compliance, HIPAA and you');
    await expect(preview.nth(2)).toContainText('1.5');
    expect(await storeCall<string[]>(page, 'titles')).toEqual([]);

    await page.getByRole('button', { name: 'Import 3 entries' }).click();
    await expect(page.getByRole('heading', { name: 'Imported 3 entries' })).toBeVisible();
    expect(await storeCall<string[]>(page, 'titles')).toEqual(['Compliance, HIPAA and you', 'E/M update 2025', 'Risk adjustment deep dive']);

    // They count: the audit report of CPC shows them, index numbers included.
    await page.goto('/#/ceus/report/cred-cpc');
    await expect(page.getByTestId('report-earned')).toHaveText('6.5 CEUs');
    await expect(page.getByTestId('report-row')).toHaveCount(3);
    await expect(page.getByTestId('report-row').nth(2)).toContainText('IDX-3003');

    // The same file again: every row is already in the log and left out.
    await page.goto('/#/ceus/import');
    await chooseCsv(page, 'my-ceus.csv', CLEAN, true);
    await expect(page.getByText('Already in your log', { exact: true })).toHaveCount(3);
    await expect(page.getByRole('button', { name: 'Import 0 entries' })).toBeDisabled();
    await page.getByLabel('Leave out the 3 rows already in your log').uncheck();
    await expect(page.getByRole('button', { name: 'Import 3 entries' })).toBeEnabled();
    expect(errors).toEqual([]);
  });

  test('rows with a blank credentials cell take the credentials ticked on the page', async ({ page }) => {
    await openImport(page);
    await chooseCsv(page, 'no-credentials.csv', 'Date,Course,Sponsor,CEUs\n2025-02-10,E/M update,AAPC,2\n');
    await expect(page.getByTestId('import-error')).toContainText('No "credentials" column');
    await page.getByRole('group', { name: 'Rows with a blank credentials cell apply to' }).getByLabel('CPC').check();
    await expect(page.getByTestId('import-error')).toHaveCount(0);
    await page.getByRole('button', { name: 'Import 1 entry' }).click();
    await expect(page.getByRole('heading', { name: 'Imported 1 entry' })).toBeVisible();
    await page.getByRole('status').getByRole('link', { name: 'Back to CEUs' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'CEUs' })).toBeVisible();
  });

  test('the template CSV downloads with the headers the import reads', async ({ page }) => {
    await openImport(page);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download a template CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('coderpath-ceu-template.csv');
    expect(await readFile(await file.path(), 'utf8')).toBe(
      'completed_on,title,provider,ceus,category,specialty_code,approval_code,credentials,notes\r\n',
    );
  });
});
