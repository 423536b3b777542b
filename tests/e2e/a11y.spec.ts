import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { dashboardCharts } from './dashboardHelpers';
import { SAMPLE_OPENS_MS } from './sampleHelpers';

// Every screen, empty and full (sample data loaded), checked with axe (WCAG 2 A/AA); serious and critical
// violations fail. A fixed "today" keeps the sample data's dates the same on every run.
const TODAY = new Date('2026-03-10T09:00:00');
const SCREENS = [
  { hash: '#/', heading: 'Dashboard' },
  { hash: '#/study', heading: 'Study' },
  { hash: '#/practice', heading: 'Practice exams' },
  { hash: '#/ceus', heading: 'CEUs' },
  { hash: '#/ceus/import', heading: null },
  { hash: '#/roadmap', heading: 'Roadmap' },
  { hash: '#/settings', heading: 'Settings' },
  { hash: '#/flashcards', heading: 'Flashcards' },
  { hash: '#/flashcards/review', heading: 'Review flashcards' },
  { hash: '#/flashcards/import', heading: 'Import flashcards from Anki' },
];

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function open(page: Page, screen: (typeof SCREENS)[number]) {
  await page.goto(`/${screen.hash}`);
  if (screen.heading) await expect(page.getByRole('heading', { level: 1, name: screen.heading })).toBeVisible();
  else await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText('Loading…')).toHaveCount(0);
}

async function loadSampleData(page: Page) {
  await page.goto('/#/settings');
  await page.getByRole('button', { name: 'Explore with sample data' }).click();
  await expect(page.getByTestId('sample-banner')).toBeVisible({ timeout: SAMPLE_OPENS_MS });
}

test.describe('accessibility', () => {
  test.beforeEach(async ({ page }) => {
    test.setTimeout(60_000);
    await page.clock.setFixedTime(TODAY);
  });

  const cases = [
    { state: 'empty', scheme: 'light' },
    { state: 'full of sample data', scheme: 'light' },
    { state: 'full of sample data', scheme: 'dark' },
  ] as const;
  for (const { state, scheme } of cases) {
    for (const screen of SCREENS) {
      test(`${screen.heading ?? screen.hash}, ${state}, ${scheme}: no serious or critical violations`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        if (state !== 'empty') await loadSampleData(page);
        await open(page, screen);
        if (screen.hash === '#/' && state !== 'empty') await expect(dashboardCharts(page).filter({ has: page.locator('svg') })).toHaveCount(5);
        expect(await seriousViolations(page)).toEqual([]);
      });
    }
  }

  test('the audit report of a sample credential: no serious or critical violations', async ({ page }) => {
    await loadSampleData(page);
    await page.goto('/#/ceus');
    const href = await page.getByRole('link', { name: /audit report/i }).first().getAttribute('href');
    expect(href).toMatch(/^#\/ceus\/report\//);
    await page.goto(`/${href}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByText('Loading…')).toHaveCount(0);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('the welcome, both steps, has no serious or critical axe violations', async ({ page }) => {
    await page.goto('/#/');
    await expect(page.getByRole('heading', { name: 'Welcome to CoderPath' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('I’m preparing for an exam').check();
    await page.getByLabel('I hold credentials').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: 'Add another credential' }).click();
    await page.getByRole('button', { name: 'Set up CoderPath' }).click();
    await expect(page.getByText('Enter the exam date.')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
