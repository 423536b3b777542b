import { expect, test } from '@playwright/test';

const SCREENS = [
  { hash: '#/', heading: 'Dashboard', empty: 'Nothing to show yet' },
  { hash: '#/study', heading: 'Study', empty: 'No study plan yet' },
  { hash: '#/practice', heading: 'Practice exams', empty: 'No practice attempts yet' },
  { hash: '#/ceus', heading: 'CEUs', empty: 'No credentials yet' },
  { hash: '#/roadmap', heading: 'Roadmap', empty: 'No milestones yet' },
  { hash: '#/settings', heading: 'Settings', empty: null },
];

test.describe('app shell', () => {
  for (const screen of SCREENS) {
    test(`the ${screen.heading} screen renders with its heading${screen.empty ? ' and empty state' : ''}`, async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
      await page.goto(`/${screen.hash}`);
      await expect(page.getByRole('heading', { level: 1, name: screen.heading })).toBeVisible();
      if (screen.empty) await expect(page.getByRole('heading', { name: screen.empty })).toBeVisible();
      await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
      expect(errors).toEqual([]);
    });
  }

  test('an unknown address shows a way back instead of a blank page', async ({ page }) => {
    await page.goto('/#/nowhere');
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await page.getByRole('link', { name: 'Go to the dashboard' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  });

  test('the navigation works by keyboard: Tab to a link, Enter, and Ctrl+digit shortcuts', async ({ page }) => {
    await page.goto('/#/');
    await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
    await page.getByRole('link', { name: /^Study/ }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Study' })).toBeVisible();
    await expect(page.getByRole('link', { name: /^Study/ })).toHaveClass(/active/);
    await page.keyboard.press('Control+4');
    await expect(page.getByRole('heading', { level: 1, name: 'CEUs' })).toBeVisible();
    await page.keyboard.press('Control+,');
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  });

  test('the built page carries the strict Content-Security-Policy', async ({ page }) => {
    await page.goto('/#/');
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/https?:\/\//);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  });
});

test.describe('the store', () => {
  test('a saved profile survives a reload', async ({ page }) => {
    await page.goto('/#/settings');
    await page.getByLabel('Your name').fill('Dana Whitfield, CPC');
    await page.getByLabel('Career start date').fill('2024-03-01');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    await page.reload();
    await expect(page.getByLabel('Your name')).toHaveValue('Dana Whitfield, CPC');
    await expect(page.getByLabel('Career start date')).toHaveValue('2024-03-01');
  });

  test('a bad date is refused next to the field and nothing is saved', async ({ page }) => {
    await page.goto('/#/settings');
    await page.getByLabel('Your name').fill('Kept');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    await page.getByLabel('Your name').fill('Not kept');
    await page.getByLabel('Career start date').fill('');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await expect(page.getByText('Enter a date, for example 2025-01-15.')).toBeVisible();
    await page.reload();
    await expect(page.getByLabel('Your name')).toHaveValue('Kept');
  });

  test('persistent storage was asked for and the answer is shown in Settings', async ({ page }) => {
    await page.goto('/#/settings');
    await expect(page.getByRole('region', { name: 'Storage' }).getByText(/^(Granted|Not granted):/)).toBeVisible();
  });
});
