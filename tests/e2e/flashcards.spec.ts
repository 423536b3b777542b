import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const TODAY = new Date('2026-03-10T09:00:00');

const ANKI_EXPORT = [
  '#separator:tab',
  '#html:true',
  '#tags column:3',
  'cardi/o\t<b>heart</b>\troot',
  'nephr/o\tkidney\troot',
  '-itis\tinflammation<br>of a part\tsuffix',
].join('\n');

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function chooseFile(page: Page, name: string, text: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose a text file…' }).click();
  await (await chooser).setFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8') });
  await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
}

test.describe('flashcards', () => {
  test.beforeEach(async ({ page }) => {
    await page.clock.setFixedTime(TODAY);
  });

  test('a learner imports an Anki text file, reviews with the keyboard only, sees the next due date, and finds it kept after a reload', async ({ page }) => {
    test.setTimeout(90_000);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto('/#/flashcards/import');
    await expect(page.getByRole('heading', { level: 1, name: 'Import flashcards from Anki' })).toBeVisible();

    // A file with a bad row: listed by line, the import button stays off.
    await chooseFile(page, 'broken.txt', 'a\tb\nonly a front\n');
    await expect(page.getByText('Line 2: the back is empty')).toBeVisible();
    await expect(page.getByRole('button', { name: /^Import \d+ card/ })).toBeDisabled();

    await chooseFile(page, 'Word parts.txt', ANKI_EXPORT);
    const preview = page.getByRole('region', { name: 'Preview' });
    await expect(preview.getByRole('row')).toHaveCount(4);
    // HTML is stripped to its text, never rendered.
    await expect(preview.getByRole('cell', { name: 'heart', exact: true })).toBeVisible();
    await expect(page.getByLabel('New deck name')).toHaveValue('Word parts');
    await page.getByLabel('Exam domain of these cards').selectOption({ label: 'Medical terminology' });
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Import 3 cards' }).click();
    await expect(page.getByText('Imported 3 cards into “Word parts”.').first()).toBeVisible();

    await page.goto('/#/flashcards');
    const row = page.getByRole('row', { name: /Word parts/ });
    await expect(row.getByRole('cell').nth(1)).toHaveText('3'); // new
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Review Word parts' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Review flashcards' })).toBeVisible();

    const card = page.getByRole('region', { name: 'Flashcard' });
    await expect(card.getByRole('heading', { name: 'cardi/o' })).toBeVisible();
    await page.keyboard.press('Space');
    await expect(card.getByText('heart', { exact: true })).toBeVisible();
    // Each button shows its next interval (FSRS learning steps for a new card: 1 minute for Again, 10 for Good).
    await expect(card.getByRole('button', { name: /^1m Again/ })).toBeVisible();
    await expect(card.getByRole('button', { name: /^10m Good/ })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('4');

    await expect(card.getByRole('heading', { name: 'nephr/o' })).toBeVisible();
    await page.keyboard.press('Space');
    await page.keyboard.press('1');
    await expect(card.getByRole('heading', { name: '-itis' })).toBeVisible();
    // Ctrl+Z takes the Again back: nephr/o is shown again, answer hidden.
    await page.keyboard.press('Control+z');
    await expect(card.getByRole('heading', { name: 'nephr/o' })).toBeVisible();
    await expect(card.getByText('kidney')).toHaveCount(0);
    await page.keyboard.press('Space');
    await page.keyboard.press('4');
    await expect(card.getByRole('heading', { name: '-itis' })).toBeVisible();
    await page.keyboard.press('Space');
    await expect(card.getByText(/inflammation\s+of a part/)).toBeVisible();
    await page.keyboard.press('4');

    const summary = page.getByRole('region', { name: 'Done for today' });
    await expect(summary).toContainText('You reviewed 3 cards');
    await expect(summary).toContainText('0 Again');
    await expect(summary.getByText(/^Next cards due: \w{3}, Mar \d+, 2026 at/)).toBeVisible();
    const nextDue = await summary.getByText(/^Next cards due:/).textContent();
    expect(await seriousViolations(page)).toEqual([]);

    await page.reload();
    await expect(page.getByRole('region', { name: 'No cards due' })).toBeVisible();
    await expect(page.getByText(/^Next cards due:/)).toHaveText(nextDue!);
    await page.goto('/#/flashcards');
    const after = page.getByRole('row', { name: /Word parts/ });
    await expect(after.getByRole('cell').nth(0)).toHaveText('0'); // due today
    await expect(after.getByRole('cell').nth(1)).toHaveText('0'); // new
    await expect(after.getByRole('cell').nth(3)).toHaveText('3'); // cards
    expect(errors).toEqual([]);
  });

  test('starter deck, quick-add keeping the domain, search, delete with undo; statistics and dashboard card', async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto('/#/flashcards');
    await expect(page.getByRole('heading', { level: 2, name: 'No decks yet' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Add the starter deck HIPAA code sets' }).click();
    await expect(page.getByText('Added the deck “HIPAA code sets” with 19 cards.')).toBeVisible();
    await page.getByRole('button', { name: 'Cards of HIPAA code sets' }).click();
    const add = page.getByRole('form', { name: 'Add a card to HIPAA code sets' });
    await add.getByLabel('Front').fill('HIPAA transaction standard for claims?');
    await add.getByLabel('Back').fill('ASC X12 837');
    await add.getByRole('button', { name: 'Add card' }).click();
    await expect(page.getByText('Added “HIPAA transaction standard for claims?”.')).toBeVisible();
    await expect(add.getByLabel('Front')).toHaveValue('');
    await expect(add.getByLabel('Exam domain')).toHaveValue('compliance-regulatory');
    await page.getByLabel('Search cards').fill('x12');
    const table = page.getByRole('table', { name: 'Cards in HIPAA code sets' });
    await expect(table.getByRole('row')).toHaveCount(2);
    await table.getByRole('button', { name: 'Delete “HIPAA transaction standard for claims?”' }).click();
    await expect(page.getByText('No card matches “x12”.')).toBeVisible();
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(table.getByRole('row')).toHaveCount(2);
    await expect(page.getByRole('heading', { name: 'Statistics' })).toBeVisible();
    await expect(page.getByRole('img', { name: 'Due in the next 30 days' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    await page.goto('/#/');
    const dashboardCard = page.getByRole('region', { name: 'Flashcards today' });
    await expect(dashboardCard).toContainText('20 to review');
    await dashboardCard.getByRole('link', { name: 'Start reviewing' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Review flashcards' })).toBeVisible();
  });
});
