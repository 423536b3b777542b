import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { seedStore, waitForStartupTasks } from './backupHelpers';

// Long lists draw 50 rows at a time. The store gets 120 study sessions, 130 CEU entries and 70 practice attempts
// through raw IndexedDB (the app's own writes would take minutes for that many), then the app is reloaded.
const TODAY = new Date('2026-03-20T12:00:00');
const at = '2026-01-01T10:00:00.000Z';

/** `n` days before 1 March 2026, as YYYY-MM-DD: every record gets its own day, so the order is known. */
function dayBefore(n: number): string {
  return new Date(Date.UTC(2026, 2, 1 - n)).toISOString().slice(0, 10);
}

const profile = {
  id: 'profile', name: 'Dana Whitfield', roles: ['learner', 'coder'], careerStart: '2015-06-01', onboardingDone: true,
  persistentStorage: null, autoBackupKeep: 10, createdAt: at, updatedAt: at,
};
const credential = { id: 'cred-cpc', code: 'CPC', earnedOn: '2015-06-01', cycleStart: '2025-01-01', cycleEnd: '2026-12-31', history: [], createdAt: at, updatedAt: at };
const sessions = Array.from({ length: 120 }, (_, i) => ({
  id: `session-${i}`, date: dayBefore(i), minutes: 30 + (i % 50), notes: `Session ${i}`, createdAt: at,
}));
// Three compliance entries (a short filtered list), then auditing and general in turn: 64 auditing.
const entries = Array.from({ length: 130 }, (_, i) => ({
  id: `entry-${i}`, completedOn: dayBefore(i), title: `Course ${i}`, provider: 'AAPC', ceus: 1,
  category: i < 3 ? 'compliance' : i % 2 ? 'auditing' : 'general', approvalCode: `IDX-${i}`, credentialIds: ['cred-cpc'],
  notes: '', createdAt: at, updatedAt: at,
}));
const attempts = Array.from({ length: 70 }, (_, i) => ({
  id: `attempt-${i}`, examCode: 'CPC', date: dayBefore(i), source: `Vendor test ${i}`, totalQuestions: 100, correct: 60 + (i % 30),
  minutesUsed: 200, domainResults: [], createdAt: at,
}));

async function seed(page: Page) {
  await page.clock.setFixedTime(TODAY);
  await page.goto('/#/settings');
  await expect(page.getByLabel('Your name')).toBeVisible();
  await seedStore(page, { profile: [profile], credentials: [credential], studySessions: sessions, ceuEntries: entries, practiceAttempts: attempts });
  await page.reload();
  await expect(page.getByLabel('Your name')).toHaveValue('Dana Whitfield');
  await waitForStartupTasks(page);
}

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
}

const count = (page: Page) => page.getByTestId('show-more').getByRole('status');
const undo = (page: Page) => page.locator('.toast').getByRole('button', { name: 'Undo' });

/** Deletes the row holding `marker` with its Delete button and checks it is gone and `after` rows are drawn. */
async function deleteRow(rows: Locator, marker: string, after: number) {
  await rows.filter({ hasText: marker }).getByRole('button', { name: /^Delete / }).click();
  await expect(rows.filter({ hasText: marker })).toHaveCount(0);
  await expect(rows).toHaveCount(after);
}

test.describe('long lists show 50 rows at a time', () => {
  test.beforeEach(async ({ page }) => seed(page));

  test('session log: 50 rows, "Show 50 more" from the keyboard moves focus to the first new row; delete + Undo on page 2 keeps the row drawn', async ({ page }) => {
    await page.goto('/#/study');
    const rows = page.getByTestId('session-row');
    await expect(rows).toHaveCount(50);
    await expect(count(page)).toHaveText('Showing 50 of 120 sessions');
    await expect(page.getByRole('button', { name: 'Show all 120 sessions' })).toBeVisible();
    // Newest first: the 50th drawn row is session 49.
    await expect(rows.nth(49)).toContainText('Session 49');

    await page.getByRole('button', { name: 'Show 50 more sessions' }).focus();
    await page.keyboard.press('Enter');
    await expect(rows).toHaveCount(100);
    await expect(rows.nth(50)).toBeFocused();
    await expect(rows.nth(50)).toContainText('Session 50');
    await expect(count(page)).toHaveText('Showing 100 of 120 sessions');
    // 20 left: one button adds them all, so there is no separate "Show all".
    await expect(page.getByRole('button', { name: 'Show 20 more sessions' })).toBeVisible();
    await expect(page.getByRole('button', { name: /^Show all/ })).toHaveCount(0);

    // Page 2; the next row moves up into the page, so 100 rows are still drawn.
    await deleteRow(rows, 'Session 70', 100);
    await expect(count(page)).toHaveText('Showing 100 of 119 sessions');
    await undo(page).click();
    await expect(rows.nth(70)).toContainText('Session 70');
    await expect(rows.nth(70)).toBeVisible();
    await expect(count(page)).toHaveText('Showing 100 of 120 sessions');

    await page.getByRole('button', { name: 'Show 20 more sessions' }).click();
    await expect(rows).toHaveCount(120);
    await expect(count(page)).toHaveText('Showing all 120 sessions');
    await expect(page.getByTestId('show-more').getByRole('button')).toHaveCount(0);
  });

  test('CEU entries: totals cover every entry, a filter or sort goes back to the first page, Undo brings a page-2 entry back drawn', async ({ page }) => {
    await page.goto('/#/ceus');
    const rows = page.getByTestId('entry-row');
    await expect(rows).toHaveCount(50);
    await expect(count(page)).toHaveText('Showing 50 of 130 entries');
    await expect(page.getByTestId('entry-totals')).toHaveText(/^All entries: 130 entries/);

    await page.getByRole('button', { name: 'Show 50 more entries' }).click();
    await expect(rows).toHaveCount(100);
    await expect(count(page)).toHaveText('Showing 100 of 130 entries');
    await expect(rows.nth(50)).toBeFocused();
    expect(await seriousViolations(page)).toEqual([]);

    const filter = page.getByRole('form', { name: 'Filter CEU entries' });
    await filter.getByLabel('Category').selectOption('auditing');
    await expect(rows).toHaveCount(50);
    await expect(count(page)).toHaveText('Showing 50 of 64 entries');
    await expect(page.getByTestId('entry-totals')).toHaveText(/^Shown: 64 entries/);
    // A short list: every row, no paging row at all.
    await filter.getByLabel('Category').selectOption('compliance');
    await expect(rows).toHaveCount(3);
    await expect(page.getByTestId('show-more')).toHaveCount(0);
    await filter.getByRole('button', { name: 'Clear filters' }).click();
    await expect(rows).toHaveCount(50);
    await expect(count(page)).toHaveText('Showing 50 of 130 entries');

    await page.getByRole('button', { name: 'Show 50 more entries' }).click();
    await expect(rows).toHaveCount(100);
    await deleteRow(rows, 'Course 70', 100);
    // Sorting again goes back to the first page...
    await page.getByRole('button', { name: 'Provider', exact: true }).click();
    await page.getByRole('button', { name: 'Date', exact: true }).click();
    await expect(rows).toHaveCount(50);
    // ...and Undo still shows the restored entry, though it sorts past that page.
    await undo(page).click();
    await expect(rows.filter({ hasText: 'Course 70' })).toBeVisible();
    await expect(rows).toHaveCount(100);
    await expect(page.getByTestId('entry-totals')).toHaveText(/^All entries: 130 entries/);
  });

  test('practice attempts: 50 rows, the last 20 with one click, delete + Undo on page 2 keeps the row drawn', async ({ page }) => {
    await page.goto('/#/practice');
    const rows = page.locator('table.practice-attempts tbody tr');
    await expect(rows).toHaveCount(50);
    await expect(count(page)).toHaveText('Showing 50 of 70 attempts');
    await expect(page.getByRole('button', { name: /^Show all/ })).toHaveCount(0);
    await page.getByRole('button', { name: 'Show 20 more attempts' }).click();
    await expect(rows).toHaveCount(70);
    await expect(rows.nth(50)).toBeFocused();
    await expect(count(page)).toHaveText('Showing all 70 attempts');

    await deleteRow(rows, 'Vendor test 60', 69);
    await undo(page).click();
    await expect(rows.filter({ hasText: 'Vendor test 60' })).toBeVisible();
    await expect(rows).toHaveCount(70);
  });
});
