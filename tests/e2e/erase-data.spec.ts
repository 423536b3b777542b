import { expect, test } from '@playwright/test';
import { readStore, seedStore, waitForStartupTasks } from './backupHelpers';

test('erase all data: a backup is offered first, the erase needs ERASE typed, then the app starts afresh', async ({ page }) => {
  await page.goto('/#/settings');
  await waitForStartupTasks(page);
  const now = '2026-03-05T10:00:00.000Z';
  await seedStore(page, {
    ceuEntries: [{ id: 'e1', completedOn: '2026-03-05', title: 'Spring webinar', provider: 'AAPC', ceus: 1, category: 'general', approvalCode: '', credentialIds: [], notes: '', createdAt: now, updatedAt: now }],
    studySessions: [{ id: 's1', date: '2026-03-04', minutes: 30, notes: '', createdAt: now }],
  });
  await page.reload();

  await page.getByRole('button', { name: 'Erase all data…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Erase all data?' });
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Back up to a file' }).click();
  expect((await download).suggestedFilename()).toMatch(/^coderpath-backup-\d{4}-\d{2}-\d{2}\.json$/);
  await expect(dialog.getByRole('status')).toContainText('Backup saved to');

  const erase = dialog.getByRole('button', { name: 'Erase everything' });
  await expect(erase).toBeDisabled();
  await dialog.getByLabel('Type ERASE to confirm').fill('erase');
  await expect(erase).toBeDisabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  expect((await readStore(page)).ceuEntries).toHaveLength(1); // cancelled: nothing changed

  await page.getByRole('button', { name: 'Erase all data…' }).click();
  await dialog.getByLabel('Type ERASE to confirm').fill('ERASE');
  const reloaded = page.waitForEvent('load'); // the app starts again after the erase
  await erase.click();
  await reloaded;
  await waitForStartupTasks(page);
  const store = await readStore(page);
  expect(store.ceuEntries).toEqual([]);
  expect(store.studySessions).toEqual([]);
  expect(store.profile).toMatchObject([{ name: '', onboardingDone: false }]);
});
