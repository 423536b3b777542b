import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';

// The official FY2026 release beside the repository (never copied into it).
const CODE_SETS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'data', 'code-sets');
const ZIP = join(CODE_SETS, '2026-code-descriptions-tabular-order.zip');

/** Long description -> code with its dot, from the order file, to answer the lookup drill. */
function codesByDescription(): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of readFileSync(join(CODE_SETS, 'icd10cm_order_2026.txt'), 'latin1').split('\r\n')) {
    if (line[14] !== '1') continue;
    const code = line.slice(6, 13).trim();
    map.set(line.slice(77).trim(), code.length > 3 ? `${code.slice(0, 3)}.${code.slice(3)}` : code);
  }
  return map;
}

async function expectNoSeriousAxe(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function importRealZip(page: Page) {
  await page.goto('/#/codes');
  await expect(page.getByRole('heading', { name: 'No ICD-10-CM code set yet' })).toBeVisible();
  await page.getByLabel('Import the CMS zip or order file').setInputFiles(ZIP);
  await expect(page.getByRole('status').filter({ hasText: 'Imported FY2026' }))
    .toHaveText('Imported FY2026: 74,719 codes valid for submission and 23,467 headers. It is the active year now.', { timeout: 20_000 });
}

test.describe('ICD-10-CM code set', () => {
  test.setTimeout(90_000);

  test('empty state says where to get the file; the real zip imports; search finds E11.22 two ways; Enter opens it', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/#/codes');
    const empty = page.getByRole('note');
    await expect(empty).toContainText('ICD-10-CM');
    await expect(empty).toContainText('Code Descriptions in Tabular Order');
    await expect(empty).toContainText('not part of your backups');
    await expectNoSeriousAxe(page);
    await importRealZip(page);

    const search = page.getByRole('combobox', { name: 'Search FY2026 codes and descriptions' });
    await search.pressSequentially('type 2 diabetes kidney');
    const results = page.getByRole('listbox', { name: 'Matching codes' });
    await expect(results.getByRole('option').first()).toContainText('E11.22');
    await expect(results.getByRole('option').first().locator('mark')).toHaveText(['Type', '2', 'diabetes', 'kidney']);
    await expect(page.getByText('3 matches.')).toBeVisible();

    await search.fill('');
    await search.pressSequentially('diabetes ckd');
    const e1122 = results.getByRole('option', { name: /E11\.22/ });
    await expect(e1122).toBeVisible();
    for (let i = 0; i < 4 && (await e1122.getAttribute('aria-selected')) !== 'true'; i++) await search.press('ArrowDown');
    await expect(e1122).toHaveAttribute('aria-selected', 'true');
    await expectNoSeriousAxe(page);
    await search.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('E11.22 Type 2 diabetes mellitus with diabetic chronic kidney disease');
    await expect(page.getByText('Valid for submission (FY2026).')).toBeVisible();
    const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
    await expect(crumbs.getByRole('link')).toHaveText(['ICD-10-CM', 'Chapter 4', 'E08-E13', 'E11', 'E11.2']);
    await page.keyboard.press('s');
    await expect(page.getByRole('button', { name: /Starred/ })).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('c');
    await expect(page.getByRole('status').filter({ hasText: 'Copied E11.22.' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('E11.22');
    await expectNoSeriousAxe(page);

    // A code prefix, without its dot: the header first, then its valid codes.
    await page.goto('/#/codes');
    await search.pressSequentially('e112');
    await expect(results.getByRole('option').first()).toContainText('E11.2');
    await expect(results.getByRole('option').nth(1)).toContainText('E11.21');
    await expect(page.getByRole('region', { name: 'Starred codes' })).toContainText('E11.22');
    await expect(page.getByRole('region', { name: 'Recent codes' })).toContainText('E11.22');
  });

  test('an order file whose name has no year asks for it; two years side by side, the active one switched', async ({ page }) => {
    await importRealZip(page);
    await page.getByLabel('Import another year').setInputFiles({
      name: 'order.txt', mimeType: 'text/plain', buffer: readFileSync(join(CODE_SETS, 'icd10cm_order_2026.txt')),
    });
    await page.getByLabel('Fiscal year of this file').fill('20x7');
    await page.getByRole('button', { name: 'Import as this year' }).click();
    await expect(page.getByLabel('Fiscal year of this file')).toHaveAccessibleDescription('Enter the fiscal year of the release, for example 2026.');
    await page.getByLabel('Fiscal year of this file').fill('2027');
    await page.getByRole('button', { name: 'Import as this year' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Imported FY2027' })).toBeVisible({ timeout: 20_000 });
    const year = page.getByRole('combobox', { name: /Code set year/ });
    await expect(year).toHaveValue('2027');
    await expect(page.getByRole('combobox', { name: 'Search FY2027 codes and descriptions' })).toBeVisible();
    await year.selectOption('2026');
    await expect(page.getByRole('combobox', { name: 'Search FY2026 codes and descriptions' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Code set years' }).getByRole('listitem')).toHaveCount(2);
  });

  test('browse chapter, block and category to E11.22; its block\'s FSRS deck grades a card; its lookup drill records 9 of 10; reload keeps it; remove the year', async ({ page }) => {
    const answers = codesByDescription();
    await importRealZip(page);
    await page.getByRole('link', { name: /E00-E89 Endocrine, nutritional and metabolic diseases/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chapter 4 (E00-E89)');
    await page.getByRole('link', { name: 'E08-E13 Diabetes mellitus' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('E08-E13 Diabetes mellitus');
    await page.getByRole('link', { name: 'E11 Type 2 diabetes mellitus', exact: true }).click();
    await page.getByRole('link', { name: 'E11.2 Type 2 diabetes mellitus with kidney complications' }).click();
    await expect(page.getByText(/A header, not valid for submission \(FY2026\): code to one of the 3 valid codes below/)).toBeVisible();
    await page.getByRole('link', { name: /^E11\.22 / }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('E11.22');

    // An FSRS deck of the block: both directions of every valid code, reviewed and graded on the review screen.
    await page.getByRole('button', { name: 'Flashcard deck: block E08-E13' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Review flashcards' })).toBeVisible();
    await expect(page.getByText('Deck: ICD-10-CM FY2026: E08-E13 Diabetes mellitus')).toBeVisible();
    const card = page.getByRole('region', { name: 'Flashcard' });
    await expect(card).toBeVisible();
    await page.keyboard.press('Space');
    await card.getByRole('button', { name: / Good/ }).click();
    await expect(page.getByText(/ left today · 1 done/)).toBeVisible();
    await expectNoSeriousAxe(page);
    await page.goBack();

    await page.getByRole('link', { name: 'Lookup drill: block E08-E13' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lookup drill');
    for (let i = 1; i <= 10; i++) {
      await expect(page.getByRole('heading', { name: `Code ${i} of 10` })).toBeVisible();
      const description = (await page.locator('.drill-description').textContent())!.trim();
      const right = answers.get(description);
      expect(right, description).toBeDefined();
      await page.getByLabel('Code for this description').fill(i === 3 ? 'Z99.99' : right!);
      await page.getByLabel('Code for this description').press('Enter');
      if (i === 3) await expect(page.getByRole('status').filter({ hasText: 'Not quite' })).toContainText(`it is ${right}`);
    }
    await expect(page.getByRole('heading', { name: /^Done: 9 of 10 right, median [\d.]+ s per code$/ })).toBeVisible();
    await expect(page.getByRole('img', { name: /Chart of lookup drills/ })).toBeVisible();
    await expect(page.getByText(/^1 lookup drill; the last: 9 of 10 right/)).toBeVisible();
    await expectNoSeriousAxe(page);

    await page.reload();
    await expect(page.getByText(/^1 lookup drill; the last: 9 of 10 right/)).toBeVisible();
    await page.goto('/#/codes');
    await expect(page.getByText('It is not part of your backups', { exact: false })).toBeVisible();
    await page.getByRole('button', { name: 'Remove FY2026' }).click();
    const dialog = page.getByRole('dialog', { name: 'Remove the FY2026 code set?' });
    await dialog.getByRole('button', { name: 'Remove FY2026' }).click();
    await expect(page.getByRole('heading', { name: 'No ICD-10-CM code set yet' })).toBeVisible();
  });

  test('a file that is not an order file is refused with its line numbers and nothing is stored', async ({ page }) => {
    await page.goto('/#/codes');
    await page.getByLabel('Import the CMS zip or order file').setInputFiles({
      name: 'icd10cm_order_2026.txt', mimeType: 'text/plain', buffer: Buffer.from('00001 A00     0 Cholera\r\nhello\r\n'),
    });
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('icd10cm_order_2026.txt was not imported; nothing stored changed.');
    await expect(alert).toContainText('Line 1: The line has 23 characters');
    await expect(alert).toContainText('Line 2:');
    await expect(page.getByRole('heading', { name: 'No ICD-10-CM code set yet' })).toBeVisible();
  });
});
