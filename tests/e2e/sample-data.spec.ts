import { expect, test, type Page } from '@playwright/test';
import { readStore, waitForStartupTasks } from './backupHelpers';
import { card } from './dashboardHelpers';
import { SAMPLE_OPENS_MS } from './sampleHelpers';

// The sample data opens in a database of its own: while it is open none of the user's records show, nothing of
// theirs changes and their database is not even opened; closing it brings them back.
const TODAY = new Date('2026-03-10T09:00:00');
const banner = (page: Page) => page.getByTestId('sample-banner');

/** Records every IndexedDB database the page opens, from before the app's first script runs. */
async function watchDatabaseOpens(page: Page) {
  await page.addInitScript(() => {
    const opened: string[] = [];
    (window as unknown as { openedDatabases: string[] }).openedDatabases = opened;
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function (this: IDBFactory, name: string, version?: number) {
      opened.push(name);
      return version === undefined ? open.call(this, name) : open.call(this, name, version);
    };
  });
}
const openedDatabases = (page: Page) => page.evaluate(() => (window as unknown as { openedDatabases: string[] }).openedDatabases);

async function createUserRecords(page: Page) {
  await page.goto('/#/');
  await page.getByTestId('welcome').getByRole('button', { name: 'Skip for now' }).click();
  await page.goto('/#/study');
  await page.getByRole('button', { name: 'Create a study plan' }).click();
  await page.getByLabel('Plan name').fill('My CCS plan');
  await page.getByLabel('Exam', { exact: true }).selectOption('CCS');
  await page.getByLabel('Exam date').fill('2026-09-19');
  await page.getByLabel('Weekly hours goal').fill('5');
  await page.getByRole('button', { name: 'Create plan' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'My CCS plan' })).toBeVisible();
  await page.goto('/#/ceus');
  await page.getByRole('button', { name: 'Add a credential' }).first().click();
  await page.getByLabel('Credential', { exact: true }).selectOption('CCS');
  await page.getByLabel('Date earned').fill('2025-01-15');
  await page.getByRole('button', { name: 'Add credential' }).click();
  await expect(page.getByRole('heading', { name: /^CCS/ })).toBeVisible();
}

test.describe('sample data in its own database', () => {
  test.beforeEach(async ({ page }) => {
    test.setTimeout(120_000);
    await page.clock.setFixedTime(TODAY);
  });

  test("open from Settings: none of the user's records show or change, their database is not opened; close: they are back", async ({ page }) => {
    await createUserRecords(page);
    await page.goto('/#/settings');
    await waitForStartupTasks(page);
    const before = await readStore(page);
    expect(before.studyPlans).toHaveLength(1);

    await watchDatabaseOpens(page);
    await page.goto('/#/settings');
    await page.getByRole('button', { name: 'Explore with sample data' }).click();
    await expect(banner(page)).toContainText('You are exploring sample data.', { timeout: SAMPLE_OPENS_MS });
    await expect(page.getByRole('navigation', { name: 'Main' }).getByText('Sample data')).toBeVisible();
    await expect(page).toHaveTitle(/^Sample data/);

    // Every screen says so, and none shows the user's plan or credential.
    for (const [hash, heading] of [['#/', 'Dashboard'], ['#/study', 'Study'], ['#/practice', 'Practice exams'], ['#/ceus', 'CEUs'], ['#/roadmap', 'Roadmap'], ['#/settings', 'Settings']]) {
      await page.goto(`/${hash}`);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await expect(page.getByText('Loading…')).toHaveCount(0);
      await expect(banner(page)).toBeVisible();
      await expect(page.getByText('My CCS plan')).toHaveCount(0);
    }
    await page.goto('/#/ceus');
    await expect(page.getByRole('heading', { name: /^CPC/ })).toBeVisible();
    await expect(page.getByRole('heading', { name: /^CCS/ })).toHaveCount(0);
    // The dashboard lists only the sample's credentials, once each.
    await page.goto('/#/');
    await expect(card(page, 'ceu-status')).toContainText('CPC 15.5/40');
    await expect(card(page, 'ceu-status')).not.toContainText('CCS');

    // Work in the sample goes into the sample: add a session there.
    await page.goto('/#/study');
    await page.getByRole('button', { name: 'Log a session' }).click();
    const form = page.getByRole('form', { name: 'Log a study session' });
    await form.getByLabel('Minutes').fill('45');
    await form.getByLabel('Notes').fill('Logged in the sample');
    await form.getByRole('button', { name: 'Save session' }).click();
    await expect(page.getByText('Logged in the sample')).toBeVisible();

    await page.goto('/#/settings');
    await waitForStartupTasks(page);
    const opened = await openedDatabases(page);
    expect(opened).toContain('coderpath-sample');
    expect(opened).not.toContain('coderpath');
    expect(await readStore(page)).toEqual(before);

    // Closing brings the user's own records back, and the sample database is gone.
    await page.goto('/#/settings');
    await page.getByRole('button', { name: 'Close sample data' }).first().click();
    await expect(banner(page)).toHaveCount(0);
    await page.goto('/#/study');
    await expect(page.getByRole('heading', { level: 2, name: 'My CCS plan' })).toBeVisible();
    await page.goto('/#/ceus');
    await expect(page.getByRole('heading', { name: /^CCS/ })).toBeVisible();
    await expect(page.getByRole('heading', { name: /^CPC/ })).toHaveCount(0);
    await page.goto('/#/settings');
    await waitForStartupTasks(page);
    expect(await readStore(page)).toEqual(before);
    expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).not.toContain('coderpath-sample');
  });

  test('open from the welcome: the welcome steps aside, the sample fills the dashboard; closing returns to the welcome', async ({ page }) => {
    await page.goto('/#/');
    await page.getByTestId('welcome').getByRole('button', { name: 'Explore with sample data' }).click();
    await expect(banner(page)).toBeVisible({ timeout: SAMPLE_OPENS_MS });
    await expect(page.getByTestId('welcome')).toHaveCount(0);
    await expect(card(page, 'next-deadline')).toContainText('CPC exam: May 9, 2026');
    await banner(page).getByRole('button', { name: 'Close sample data' }).click();
    await expect(banner(page)).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Welcome to CoderPath' })).toBeVisible();
  });
});
