import { expect, test } from '@playwright/test';

test('a screen that fails to render shows a message and a way back, never a stack trace, and logs the error', async ({ page }) => {
  const logged: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') logged.push(message.text());
  });
  // The Roadmap screen's code cannot be loaded (as after an update that removed it, or a damaged install).
  await page.route(/\/assets\/RoadmapScreen-[^/]*\.js$/, (route) => route.abort());
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();

  await page.getByRole('link', { name: /^Roadmap/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Something went wrong on this screen' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('This screen could not be shown:');
  await expect(page.locator('body')).not.toContainText(/at \S+ \(|Unexpected Application Error/);
  expect(logged.some((line) => line.includes('[coderpath] a screen failed to render'))).toBe(true);

  // The navigation is still there, and "Go back" returns to the screen before.
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await page.getByRole('button', { name: 'Go back' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await page.getByRole('link', { name: /^Settings/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
});
