import { expect, test } from '@playwright/test';
import { readStore } from './backupHelpers';

// Local time, like the study tests: Tuesday 10 March 2026.
const TODAY = new Date('2026-03-10T09:00:00');

test('the clock set back while the timer runs: the time counted is kept and the app asks before saving', async ({ page }) => {
  await page.clock.install({ time: TODAY });
  await page.goto('/#/study');
  await page.getByRole('button', { name: 'Start timer' }).click();
  const indicator = page.getByRole('region', { name: 'Running study timer' });
  await expect(indicator.getByRole('timer')).toHaveText(/^0:00:\d\d$/);

  await page.clock.fastForward('40:00');
  await page.clock.runFor(31_000); // the timer's next checkpoint
  await expect.poll(async () => {
    const checkpoint = (await readStore(page)).keyValues?.find((kv) => (kv as { key: string }).key === 'timerCheckpoint') as { value: { elapsedMs: number } } | undefined;
    return checkpoint?.value.elapsedMs ?? 0;
  }).toBeGreaterThanOrEqual(40 * 60_000);

  // Set back an hour: 8:00 is before the timer even started.
  await page.clock.setSystemTime(new Date('2026-03-10T08:00:00'));
  await page.reload();
  await expect(indicator.getByRole('timer')).toHaveText(/^0:40:\d\d$/);

  await indicator.getByRole('button', { name: 'Stop timer' }).click();
  const dialog = page.getByRole('dialog', { name: 'Check the study time' });
  await expect(dialog).toContainText("The computer's clock was set back while the timer ran");
  await expect(dialog.getByLabel('Minutes to save')).toHaveValue(/^4[01]$/);
  await dialog.getByLabel('Minutes to save').fill('45');
  await dialog.getByRole('button', { name: 'Save session' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved 45 min of General study on Mar 10, 2026.' }).first()).toBeVisible();
});
