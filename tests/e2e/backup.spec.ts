import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { serializeBackup, type BackupSnapshot } from '../../shared/backup';
import { fakeDesktop, openWithoutApp, readStore, seedStore, waitForStartupTasks, type StoredState } from './backupHelpers';

const at = '2025-03-01T10:00:00.000Z';
const profile = {
  id: 'profile', name: 'Dana Whitfield, CPC', roles: ['coder'], careerStart: '2019-06-03', onboardingDone: true,
  persistentStorage: null, autoBackupKeep: 10, createdAt: at, updatedAt: at,
};
const credential = { id: 'cred-cpc', code: 'CPC', earnedOn: '2019-06-03', cycleStart: '2025-07-01', cycleEnd: '2027-06-30', history: [], createdAt: at, updatedAt: at };

function entries(count: number, title: (i: number) => string) {
  return Array.from({ length: count }, (_, i) => ({
    id: `ceu-${String(i).padStart(5, '0')}`, completedOn: '2025-08-01', title: title(i), provider: 'AAPC', ceus: 1.5, category: 'general',
    approvalCode: `IDX-${i}`, credentialIds: ['cred-cpc'], notes: 'line 1\nline 2 «quoted» 🎓', createdAt: at, updatedAt: at,
  }));
}
function certificates(count: number, entryIds: string[]) {
  return Array.from({ length: count }, (_, i) => ({
    id: `att-${i}`, entryId: entryIds[i % entryIds.length]!, fileName: `certificate ${i}.pdf`, mimeType: 'application/pdf', size: 0, addedAt: at,
  }));
}

/** Opens Settings and waits for the app to have created its database. */
async function openSettings(page: Page) {
  await page.goto('/#/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page.getByLabel('Your name')).toBeVisible();
}

/** Seeds a small realistic store (with certificate bytes) through raw IndexedDB, then reloads the app. */
async function seedSmall(page: Page, name: string, bytes = [1500, 0, 70_001]) {
  const ceu = entries(3, (i) => `${name} course ${i} <b>&amp;</b>`);
  const atts = certificates(bytes.length, ceu.map((e) => e.id)).map((a, i) => ({ ...a, size: bytes[i]! }));
  await seedStore(
    page,
    { profile: [{ ...profile, name }], credentials: [credential], ceuEntries: ceu, attachments: atts, keyValues: [{ key: 'theme', value: { dark: true, list: [1, 2] } }] },
    atts.map((_, i) => ({ store: 'attachments', index: i, bytes: bytes[i]!, seed: i + name.length })),
  );
  await page.reload();
  await expect(page.getByLabel('Your name')).toHaveValue(name);
  await waitForStartupTasks(page);
}

/** The store as a backup file says it should be after a restore (same shape as readStore). */
function expectedFromFile(text: string): StoredState {
  const file = JSON.parse(text) as { data: Record<string, unknown> };
  const byKey = (rows: Record<string, unknown>[]) =>
    [...rows].sort((a, b) => { const ka = String(a.id ?? a.key); const kb = String(b.id ?? b.key); return ka < kb ? -1 : ka > kb ? 1 : 0; });
  const out: StoredState = {};
  for (const [table, value] of Object.entries(file.data)) {
    const rows = (Array.isArray(value) ? value : value ? [value] : []) as Record<string, unknown>[];
    out[table] = byKey(table === 'attachments' ? rows.map(({ sha256, data: _base64, ...rest }) => ({ ...rest, data: { size: rest.size, sha256 } })) : rows);
  }
  return out;
}

async function restoreFile(page: Page, file: { name: string; buffer: Buffer }) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restore from a file…' }).click();
  await (await chooser).setFiles({ ...file, mimeType: 'application/json' });
}

test.describe('backup and restore', () => {
  test('a backup downloaded from one browser restores into a fresh one with identical data, certificates byte for byte', async ({ page, browser }) => {
    await openSettings(page);
    await seedSmall(page, 'Dana Whitfield, CPC');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Back up now' }).click();
    const saved = await download;
    expect(saved.suggestedFilename()).toMatch(/^coderpath-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const text = await readFile((await saved.path())!, 'utf8');
    await expect(page.getByTestId('backup-status')).toContainText('Backup saved to Downloads');
    const original = await readStore(page);
    expect(original.attachments!.map((a) => (a as { data: { size: number } }).data.size)).toEqual([1500, 0, 70_001]);

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await openSettings(other);
    await restoreFile(other, { name: saved.suggestedFilename(), buffer: Buffer.from(text) });
    const dialog = other.getByRole('dialog', { name: 'Replace all your data with this backup?' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('row', { name: /CEU entries/ })).toHaveText(/CEU entries\s*3\s*0/);
    await expect(dialog.getByRole('row', { name: /certificate files/ })).toHaveText(/certificate files\s*3\s*0/);
    await dialog.getByRole('button', { name: 'Replace my data' }).click();
    await expect(other.getByTestId('backup-status')).toContainText('3 CEU entries, 3 certificate files, 1 credentials');
    await expect(other.getByLabel('Your name')).toHaveValue('Dana Whitfield, CPC');

    const restored = await readStore(other);
    expect(restored).toEqual(expectedFromFile(text));
    expect(restored).toEqual(original);
    await fresh.close();
  });

  test('corrupt files are refused with a clear message and nothing changes', async ({ page }) => {
    await openSettings(page);
    await seedSmall(page, 'Kept Name', [10]);
    const before = await readStore(page);
    const good = await (async () => {
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Back up now' }).click();
      return readFile((await (await download).path())!, 'utf8');
    })();
    const newer = JSON.stringify({ ...JSON.parse(good), formatVersion: 99 });
    const badDate = good.replace('"completedOn": "2025-08-01"', '"completedOn": "2025-02-30"');
    const cases = [
      { name: 'truncated.json', text: good.slice(0, Math.floor(good.length / 2)), message: 'ends early' },
      { name: 'notes.json', text: '{"hello": "world"}', message: 'not a CoderPath backup' },
      { name: 'future.json', text: newer, message: 'newer version of CoderPath' },
      { name: 'bad-date.json', text: badDate, message: 'ceuEntries[0].completedOn: "2025-02-30" is not a real date' },
    ];
    for (const c of cases) {
      await restoreFile(page, { name: c.name, buffer: Buffer.from(c.text) });
      const problems = page.getByTestId('restore-problems');
      await expect(problems).toContainText(`“${c.name}” cannot be restored. Nothing was changed.`);
      await expect(problems).toContainText(c.message);
      await expect(page.getByRole('dialog')).toBeHidden();
    }
    expect(await readStore(page)).toEqual(before);
  });

  test('cancelling the confirmation changes nothing', async ({ page }) => {
    await openSettings(page);
    await seedSmall(page, 'Before', [5]);
    const before = await readStore(page);
    const snapshot: BackupSnapshot = {
      profile: null, credentials: [], ceuEntries: [], attachments: [], studyPlans: [], studySessions: [], practiceAttempts: [], milestones: [], timer: null, keyValues: [],
      decks: [], cards: [], reviewLog: [],
    };
    await restoreFile(page, { name: 'empty.json', buffer: Buffer.from(await serializeBackup(snapshot, { createdAt: at, appVersion: '0.1.0', schemaVersion: 2 })) });
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByTestId('backup-status')).toContainText('Restore cancelled. Nothing was changed.');
    expect(await readStore(page)).toEqual(before);
  });

  test('the File menu commands run the same flows from any screen', async ({ page }) => {
    await page.goto('/#/');
    await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
    const download = page.waitForEvent('download');
    await page.evaluate(() => window.dispatchEvent(new CustomEvent('coderpath:command', { detail: { kind: 'backup' } })));
    expect((await download).suggestedFilename()).toMatch(/^coderpath-backup-/);
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();

    await page.goto('/#/study');
    // A hash change: the router shows Study a moment later, and until then Settings would take the command itself.
    await expect(page.getByRole('heading', { level: 1, name: 'Study' })).toBeVisible();
    const chooser = page.waitForEvent('filechooser');
    await page.evaluate(() => window.dispatchEvent(new CustomEvent('coderpath:command', { detail: { kind: 'restore' } })));
    await (await chooser).setFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('not json') });
    await expect(page.getByTestId('restore-problems')).toContainText('cannot be restored');
  });
});

test.describe('desktop automatic backups (with a fake desktop bridge)', () => {
  test('a daily backup at start, listed with date, reason and size; restoring one saves the current data first; keep-last-N validated', async ({ page }) => {
    await fakeDesktop(page);
    await openSettings(page);
    const list = page.getByTestId('auto-backups');
    await expect(list.getByRole('row')).toHaveCount(2); // header + the daily backup taken at start
    await expect(list.getByRole('row').nth(1)).toHaveText(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}\s*Daily\s*[\d.]+ (bytes|KB)\s*Restore$/);

    await seedSmall(page, 'Current Name', [64]);
    await expect(list.getByRole('row')).toHaveCount(2); // not due again within 24 hours
    await list.getByRole('button', { name: /^Restore the backup of / }).click();
    const dialog = page.getByRole('dialog', { name: 'Replace all your data with this backup?' });
    await expect(dialog).toContainText('by CoderPath 9.9.9');
    await expect(dialog).toContainText('saved first as an automatic backup (“Before a restore”)');
    await expect(dialog.getByRole('row', { name: /CEU entries/ })).toHaveText(/CEU entries\s*0\s*3/);
    await dialog.getByRole('button', { name: 'Replace my data' }).click();
    await expect(page.getByTestId('backup-status')).toContainText('Restored the');
    await expect(page.getByLabel('Your name')).toHaveValue('');
    await expect(list.getByRole('row').nth(1)).toContainText('Before a restore');

    // The safety backup brings the replaced data back.
    await list.getByRole('row').nth(1).getByRole('button', { name: /^Restore/ }).click();
    await dialog.getByRole('button', { name: 'Replace my data' }).click();
    await expect(page.getByLabel('Your name')).toHaveValue('Current Name');
    expect((await readStore(page)).ceuEntries).toHaveLength(3);

    const keep = page.getByLabel('Keep the last automatic backups');
    await expect(keep).toHaveValue('10');
    for (const [value, message] of [['0', 'Keep from 1 to 100 backups (you entered 0).'], ['2.5', 'Enter a whole number from 1 to 100.'], ['', 'Enter how many backups to keep, from 1 to 100.']] as const) {
      await keep.fill(value);
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await expect(keep).toHaveAccessibleDescription(new RegExp(message.replace(/[.()]/g, '\\$&')));
      await expect(keep).toHaveAttribute('aria-invalid', 'true');
    }
    await keep.fill('2');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(keep).not.toHaveAttribute('aria-invalid', 'true');
    await page.reload();
    await expect(page.getByLabel('Keep the last automatic backups')).toHaveValue('2');

    // "Back up now" on the desktop goes through the save dialog.
    await page.getByRole('button', { name: 'Back up now' }).click();
    await expect(page.getByTestId('backup-status')).toHaveText(/^Backup saved to \/home\/user\/coderpath-backup-\d{4}-\d{2}-\d{2}\.json\.$/);
  });
});

test.describe('desktop automatic backups when the clock was set back', () => {
  test('Settings says the clock reads earlier than the newest backup', async ({ page }) => {
    await page.addInitScript(() => {
      if (sessionStorage.getItem('fake-backups')) return;
      const at = '2099-06-01T12:00:00.000Z';
      const info = { fileName: 'coderpath-backup-000001-2099-06-01T12-00-00-000Z-daily.json', createdAt: at, reason: 'daily', size: 2, sequence: 1 };
      sessionStorage.setItem('fake-backups', JSON.stringify([{ ...info, contents: '{}' }]));
    });
    await fakeDesktop(page);
    await openSettings(page);
    await expect(page.getByRole('status').filter({ hasText: 'clock reads earlier than the newest backup (2099-06-' })).toBeVisible();
  });
});

test.describe('a restore interrupted by closing the page', () => {
  test('leaves the old data or the complete new data, never a mix', async ({ browser }) => {
    test.setTimeout(180_000);
    // The new data: thousands of records and about 5 MB of certificates, serialised by the app's own code.
    const bigEntries = entries(3000, (i) => `New course ${i}`);
    const certBytes = Array.from({ length: 24 }, (_, i) => { const b = new Uint8Array(200_000); for (let j = 0; j < b.length; j++) b[j] = (j * 31 + i) & 255; return b; });
    const big: BackupSnapshot = {
      profile: { ...profile, name: 'New Data', roles: ['coder'] } as BackupSnapshot['profile'],
      credentials: [credential], ceuEntries: bigEntries as BackupSnapshot['ceuEntries'],
      attachments: certificates(24, bigEntries.map((e) => e.id)).map((a, i) => ({ ...a, size: certBytes[i]!.length, data: new Blob([certBytes[i]!]) })),
      studyPlans: [], practiceAttempts: [], milestones: [], timer: null, keyValues: [], decks: [], cards: [], reviewLog: [],
      studySessions: Array.from({ length: 3000 }, (_, i) => ({ id: `s-${String(i).padStart(5, '0')}`, date: '2025-08-02', minutes: 30, notes: `session ${i}`, createdAt: at })),
    };
    const text = await serializeBackup(big, { createdAt: at, appVersion: '0.1.0', schemaVersion: 2 });
    const newState = expectedFromFile(text);
    const buffer = Buffer.from(text);

    const outcomes: string[] = [];
    for (const delayMs of [0, 250, 3000]) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await openSettings(page);
      await seedSmall(page, 'Old Data', [300, 7]);
      await page.waitForTimeout(300); // let start-up writes (roadmap sync) settle before taking the "old" picture
      const oldState = await readStore(page);

      await restoreFile(page, { name: 'big.json', buffer });
      // Watch for the write inside the page: polling from the test would see it only after it finished.
      const writing = page.evaluate(() => new Promise<void>((resolve) => {
        const status = document.querySelector('[data-testid="backup-status"]')!;
        const check = () => status.textContent?.includes('Replacing your data') && resolve();
        new MutationObserver(check).observe(status, { subtree: true, childList: true, characterData: true });
        check();
      }));
      await page.getByRole('dialog').getByRole('button', { name: 'Replace my data' }).click({ timeout: 60_000 });
      await writing;
      if (delayMs) await page.waitForTimeout(delayMs);
      await page.close();

      const reopened = await context.newPage();
      await openWithoutApp(reopened);
      const state = await readStore(reopened);
      const outcome = JSON.stringify(state) === JSON.stringify(oldState) ? 'old' : 'other';
      if (outcome === 'old') expect(state).toEqual(oldState);
      else expect(state).toEqual(newState);
      outcomes.push(outcome === 'old' ? 'old data kept' : 'new data complete');
      await context.close();
    }
    test.info().annotations.push({ type: 'outcomes', description: outcomes.join(', ') });
    console.log(`interrupted restores: ${outcomes.join(', ')}`);
  });
});
