import { expect, test, type Page } from '@playwright/test';
import { seedStore, waitForStartupTasks } from './backupHelpers';

async function openSettings(page: Page) {
  await page.goto('/#/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  return page.getByRole('form', { name: 'Profile' });
}

test.describe.configure({ timeout: 60_000 }); // two pages at once, each a whole app

test('two tabs editing the profile: the second save says it changed elsewhere and offers Reload or Keep mine', async ({ context }) => {
  const mine = await context.newPage();
  const theirs = await context.newPage();
  const myForm = await openSettings(mine);
  const theirForm = await openSettings(theirs);

  await myForm.getByLabel('Your name').fill('Dana Mine');
  await theirForm.getByLabel('Your name').fill('Dana Theirs');
  await theirForm.getByRole('button', { name: 'Save profile' }).click();
  await expect(theirs.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

  await myForm.getByRole('button', { name: 'Save profile' }).click();
  const conflict = mine.getByRole('alert', { name: 'Changed elsewhere' });
  await expect(conflict).toContainText('This profile was changed in another window after you opened it.');
  await expect(myForm.getByLabel('Your name')).toHaveValue('Dana Mine'); // nothing typed is lost while deciding

  await conflict.getByRole('button', { name: 'Keep mine' }).click();
  await expect(mine.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await expect(conflict).toHaveCount(0);
  await expect(theirForm.getByLabel('Your name')).toHaveValue('Dana Mine'); // the other tab, untouched, follows

  // Again, and this time take the other tab's version.
  await myForm.getByLabel('Your name').fill('Dana Again');
  await theirForm.getByLabel('Your name').fill('Dana Second');
  await theirForm.getByRole('button', { name: 'Save profile' }).click();
  await expect(theirs.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await myForm.getByRole('button', { name: 'Save profile' }).click();
  await conflict.getByRole('button', { name: 'Reload' }).click();
  await expect(myForm.getByLabel('Your name')).toHaveValue('Dana Second');
  await expect(conflict).toHaveCount(0);
});

test('two tabs editing one CEU entry: Reload shows the other tab’s version in the form', async ({ context }) => {
  const mine = await context.newPage();
  await mine.goto('/#/settings');
  await waitForStartupTasks(mine);
  await mine.goto('/#/ceus');
  const now = '2026-03-05T10:00:00.000Z';
  await seedStore(mine, {
    credentials: [{ id: 'c1', code: 'CPC', earnedOn: '2024-03-01', cycleStart: '2024-03-01', cycleEnd: '2026-12-31', history: [], createdAt: now, updatedAt: now }],
    ceuEntries: [{ id: 'e1', completedOn: '2026-03-05', title: 'Spring webinar', provider: 'AAPC', ceus: 1, category: 'general', approvalCode: '', credentialIds: ['c1'], notes: '', createdAt: now, updatedAt: now }],
  });
  const theirs = await context.newPage();
  await mine.reload(); // the app reads what was written behind its back
  await theirs.goto('/#/ceus');
  for (const page of [mine, theirs]) {
    await page.getByRole('button', { name: 'Edit “Spring webinar” of Mar 5, 2026' }).click();
  }
  const myForm = mine.getByRole('form', { name: 'Edit “Spring webinar”' });
  const theirForm = theirs.getByRole('form', { name: 'Edit “Spring webinar”' });
  await theirForm.getByLabel('Title').fill('Spring webinar (theirs)');
  await theirForm.getByRole('button', { name: 'Save changes' }).click();
  await expect(theirForm).toHaveCount(0);

  await myForm.getByLabel('Title').fill('Spring webinar (mine)');
  await myForm.getByRole('button', { name: 'Save changes' }).click();
  const conflict = mine.getByRole('alert', { name: 'Changed elsewhere' });
  await expect(conflict).toContainText('This CEU entry was changed in another window after you opened it.');
  await conflict.getByRole('button', { name: 'Reload' }).click();
  await expect(mine.getByRole('form', { name: 'Edit “Spring webinar (theirs)”' }).getByLabel('Title')).toHaveValue('Spring webinar (theirs)');
  await expect(conflict).toHaveCount(0);
});
