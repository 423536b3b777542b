import { expect, test, type Page } from '@playwright/test';
import { card, cardChart, CARDS, dashboardCharts, invite } from './dashboardHelpers';
import { SAMPLE_OPENS_MS } from './sampleHelpers';

// A fixed "today" (local time): Tuesday 10 March 2026. Sample data is dated from it (exam in 60 days).
const TODAY = new Date('2026-03-10T09:00:00');

const banner = (page: Page) => page.getByTestId('sample-banner');
const stage = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

async function openDashboard(page: Page) {
  await page.clock.setFixedTime(TODAY);
  await page.goto('/#/');
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
}

test.describe('dashboard', () => {
  test('a fresh profile: one line inviting to start each part, no empty charts', async ({ page }) => {
    await openDashboard(page);
    await expect(page.getByRole('heading', { name: 'Nothing to show yet' })).toBeVisible();
    for (const id of CARDS) await expect(invite(page, id)).toBeVisible();
    await expect(invite(page, 'ceu-status')).toContainText(
      'No credentials yet — add one you hold to see its CEUs earned against what is required.',
    );
    await expect(invite(page, 'ceu-status').getByRole('link', { name: 'Add a credential' })).toHaveAttribute('href', '#/ceus');
    await expect(dashboardCharts(page)).toHaveCount(0);
  });

  test('sample data: every card shows its chart and the banner is on every screen', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
    await openDashboard(page);
    await page.getByTestId('welcome').getByRole('button', { name: 'Explore with sample data' }).click();
    await expect(banner(page)).toContainText('You are exploring sample data.', { timeout: SAMPLE_OPENS_MS });
    await expect(page.getByTestId('welcome')).toHaveCount(0);

    for (const id of CARDS) {
      await expect(cardChart(page, id)).toBeVisible();
    }
    await expect(card(page, 'next-deadline')).toContainText('CPC exam: May 9, 2026, in 60 days');
    await expect(card(page, 'readiness')).toContainText(/CPC: about \d+% chance of passing/);
    await expect(card(page, 'readiness')).toContainText('Latest 68% on Mar 7, 2026, pass mark 70% (5 attempts).');
    // Today's planned sessions of the sample plan, each with a start button.
    await expect(page.getByTestId('card-today').getByRole('heading', { name: 'Today in “CPC exam prep”' })).toBeVisible();
    await expect(page.getByTestId('card-today').getByRole('button', { name: /^Start: / }).first()).toBeVisible();
    await expect(card(page, 'week-study')).toContainText('this week (CPC exam prep)');
    await expect(card(page, 'ceu-status')).toContainText('CPC');
    await expect(card(page, 'ceu-status')).toContainText('CRC');
    await expect(card(page, 'next-milestone')).toContainText('3 of 5 milestones done.');
    // Each chart is an image named for what it shows and described by its summary.
    await expect(card(page, 'week-study').getByRole('img', { name: /study hours this week/ })).toBeVisible();
    await expect(card(page, 'readiness').getByRole('link', { name: 'Open Practice exams' })).toHaveAttribute('href', '#/practice');
    // Five attempt dots on the readiness chart, five milestones on the mini timeline (one of them the next).
    await expect(card(page, 'readiness').locator('.recharts-line-dots circle')).toHaveCount(5);
    await expect(card(page, 'next-milestone').locator('.ms-pt')).toHaveCount(5);
    await expect(card(page, 'next-milestone').locator('.ms-next')).toHaveCount(1);

    for (const [hash, heading] of [['#/study', 'Study'], ['#/practice', 'Practice exams'], ['#/roadmap', 'Roadmap'], ['#/settings', 'Settings']]) {
      await page.goto(`/${hash}`);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await expect(banner(page).getByRole('button', { name: 'Close sample data' })).toBeVisible();
    }
    // Settings offers only closing it while it is open.
    await expect(page.getByRole('button', { name: 'Explore with sample data' })).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test('adding a credential completes the certification milestone on the Roadmap', async ({ page }) => {
    await openDashboard(page);
    await page.getByTestId('welcome').getByRole('button', { name: 'Skip for now' }).click();
    await page.goto('/#/roadmap');
    await page.getByRole('button', { name: 'Create my roadmap' }).click();
    await expect(stage(page, 'Certification').getByTestId('stage-progress')).toHaveText('0 of 1 done (0%)');

    await page.goto('/#/ceus');
    await page.getByRole('button', { name: 'Add a credential' }).first().click();
    await page.getByLabel('Credential', { exact: true }).selectOption('CPC');
    await page.getByLabel('Date earned').fill('2025-10-06');
    await page.getByRole('button', { name: 'Add credential' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Added CPC.' })).toBeAttached();

    await page.goto('/#/roadmap');
    await expect(stage(page, 'Certification').getByTestId('stage-progress')).toHaveText('1 of 1 done (100%)');
    await expect(stage(page, 'Certification').getByTestId('milestone')).toContainText('Oct 6, 2025');
    await page.goto('/#/');
    await expect(card(page, 'next-milestone')).toContainText('1 of 5 milestones done.');
    await expect(card(page, 'ceu-status')).toContainText('CPC');
  });
});
