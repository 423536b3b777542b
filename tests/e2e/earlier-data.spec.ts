/**
 * A fresh data store on the desktop with automatic backups older than it (an update that opened the app from a
 * new origin, app:// instead of file://, starts an empty store; the backups folder is the same): the welcome says
 * where the earlier data is.
 */
import { expect, test } from '@playwright/test';
import { fakeDesktop, waitForStartupTasks } from './backupHelpers';

test('a fresh store with an older automatic backup: the welcome names that backup and leads to Settings › Backups', async ({ page }) => {
  await fakeDesktop(page);
  await page.addInitScript(() => {
    if (sessionStorage.getItem('fake-backups')) return;
    const createdAt = '2026-01-05T09:30:00.000Z';
    const backup = { fileName: 'coderpath-backup-000007-2026-01-05T09-30-00-000Z-daily.json', createdAt, reason: 'daily', size: 2, sequence: 7, contents: '{}' };
    sessionStorage.setItem('fake-backups', JSON.stringify([backup]));
  });
  await page.goto('/');
  const notice = page.getByRole('status', { name: 'Earlier data found' });
  await expect(notice).toContainText('an automatic backup from 2026-01-05');
  await notice.getByRole('link', { name: 'Restore from Settings › Backups' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
});

test('a fresh store whose only backup is its own: no notice', async ({ page }) => {
  await fakeDesktop(page);
  await page.goto('/#/settings');
  await waitForStartupTasks(page); // the daily backup of this store is written by then
  await page.getByRole('link', { name: /^Dashboard/ }).click();
  await expect(page.getByRole('heading', { name: 'Welcome to CoderPath' })).toBeVisible();
  await expect(page.getByRole('status', { name: 'Earlier data found' })).toHaveCount(0);
});
