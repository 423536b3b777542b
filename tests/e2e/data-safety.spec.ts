/** Data that must never be lost: failed automatic backups, a database from a newer app, other windows. */
import { expect, test, type Page } from '@playwright/test';
import { SCHEMA_VERSIONS } from '../../renderer/src/db/schema';
import { DB_NAME, fakeDesktop, readStore, waitForStartupTasks } from './backupHelpers';

/** The fake desktop bridge, with the automatic backups of `reasons` failing as on a full disk. */
async function desktopWithFailingBackups(page: Page, reasons: string[]) {
  await fakeDesktop(page);
  await page.addInitScript((failing) => {
    const bridge = (window as unknown as { coderpath: Record<string, (request: { reason: string }) => Promise<unknown>> }).coderpath;
    const create = bridge.backupsCreate!;
    bridge.backupsCreate = (request) =>
      failing.includes(request.reason) ? Promise.resolve({ ok: false, error: 'ENOSPC: no space left on device' }) : create(request);
  }, reasons);
}

/** A database as CoderPath version 1 wrote it (raw IndexedDB, the v1 table layout), with one CEU entry. */
async function seedVersion1(page: Page) {
  await page.route('**/*.js', (route) => route.abort());
  await page.goto('/');
  await page.evaluate(({ name, stores }) => new Promise<void>((resolve, reject) => {
    const request = indexedDB.open(name, 10);
    request.onupgradeneeded = () => {
      for (const [store, spec] of Object.entries(stores)) {
        const [key, ...indexes] = spec.split(',').map((part) => part.trim());
        const objectStore = request.result.createObjectStore(store, { keyPath: key });
        for (const index of indexes) objectStore.createIndex(index.replace('*', ''), index.replace('*', ''), { multiEntry: index.startsWith('*') });
      }
    };
    request.onsuccess = () => {
      const tx = request.result.transaction(['profile', 'ceuEntries'], 'readwrite');
      const now = '2026-01-05T10:00:00.000Z';
      tx.objectStore('profile').put({ id: 'profile', name: 'Dana', roles: ['coder'], careerStart: '2020-01-01', onboardingDone: true, persistentStorage: null, autoBackupKeep: 10, createdAt: now, updatedAt: now });
      tx.objectStore('ceuEntries').put({ id: 'e1', completedOn: '2026-01-04', title: 'Coding Clinic Q4', provider: 'AHA', ceus: 1, category: 'general', approvalCode: '', credentialIds: [], notes: '', createdAt: now, updatedAt: now });
      tx.oncomplete = () => { request.result.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
    request.onerror = () => reject(request.error);
  }), { name: DB_NAME, stores: SCHEMA_VERSIONS[0]!.stores });
  await page.unrouteAll();
}

const nativeVersion = (page: Page) => page.evaluate(async (name) => (await indexedDB.databases()).find((d) => d.name === name)?.version, DB_NAME);

test.describe('automatic backups that fail', () => {
  test('a failed daily backup is a notice on every screen and stays listed in Settings › Backups', async ({ page }) => {
    await desktopWithFailingBackups(page, ['daily']);
    await page.goto('/');
    const notice = page.getByRole('alert', { name: 'Automatic backup failed' });
    await expect(notice).toContainText('The daily automatic backup of');
    await expect(notice).toContainText('ENOSPC: no space left on device');

    await page.getByRole('link', { name: /^CEUs/ }).click();
    await expect(notice).toBeVisible();
    await notice.getByRole('link', { name: 'Back up from Settings' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: 'The last automatic backup failed.' })).toContainText('no space left on device');

    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notice).toHaveCount(0);
    await expect(page.getByRole('alert').filter({ hasText: 'The last automatic backup failed.' })).toBeVisible();
  });

  test('an upgrade whose backup fails waits for the user: nothing changes until they choose to go on without it', async ({ page }) => {
    await seedVersion1(page);
    await desktopWithFailingBackups(page, ['before-upgrade']);
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Your data was not upgraded yet' })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveText('The backup CoderPath takes before upgrading your data could not be written: ENOSPC: no space left on device');
    expect(await nativeVersion(page)).toBe(10);

    await page.getByRole('button', { name: 'Try the backup again' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your data was not upgraded yet' })).toBeVisible();
    expect(await nativeVersion(page)).toBe(10);

    await page.getByRole('button', { name: 'Upgrade without a backup' }).click();
    await expect(page.getByRole('alert', { name: 'Automatic backup failed' })).toContainText('the upgrade went ahead without it, as you chose');
    expect(await nativeVersion(page)).toBe(SCHEMA_VERSIONS.at(-1)!.version * 10);
    await page.getByRole('link', { name: /^Settings/ }).click();
    await waitForStartupTasks(page);
    expect((await readStore(page)).ceuEntries).toMatchObject([{ id: 'e1', title: 'Coding Clinic Q4' }]);
  });
});

test.describe('a database from a newer CoderPath', () => {
  test('upgraded by another window: this one stops saving and asks to reload; after the reload it says so and stops', async ({ page }) => {
    await page.goto('/#/settings');
    await waitForStartupTasks(page);
    const before = await readStore(page);
    // Another window with a newer CoderPath opens the data at the next version.
    await page.evaluate(async (name) => {
      const current = (await indexedDB.databases()).find((d) => d.name === name)?.version ?? 0;
      await new Promise<void>((resolve, reject) => {
        const request = indexedDB.open(name, current + 10);
        request.onupgradeneeded = () => request.result.createObjectStore('fromTheFuture', { keyPath: 'id' });
        request.onsuccess = () => { request.result.close(); resolve(); };
        request.onerror = () => reject(request.error);
        request.onblocked = () => reject(new Error('blocked: the app did not let go of its database'));
      });
    }, DB_NAME);
    const dialog = page.getByRole('dialog', { name: 'Your data changed in another window' });
    await expect(dialog).toContainText('this window no longer saves anything');

    await dialog.getByRole('button', { name: 'Reload' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your data is from a newer CoderPath' })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText(`database version ${SCHEMA_VERSIONS.at(-1)!.version + 1}`);
    const after = await readStore(page);
    const { fromTheFuture, ...rest } = after;
    expect(fromTheFuture).toEqual([]);
    expect(rest).toEqual(before);
  });
});
