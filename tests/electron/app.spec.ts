import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronBinary } from './electronBinary';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const binary = findElectronBinary(root);

test.describe('the desktop app', () => {
  // The config prints the reason too, so a green run here is never mistaken for a tested desktop app.
  test.skip('missing' in binary, 'missing' in binary ? `SKIPPED: ${binary.missing}` : '');

  let app: ElectronApplication;
  test.beforeEach(async () => {
    const userData = mkdtempSync(join(tmpdir(), 'coderpath-e2e-'));
    app = await electron.launch({
      executablePath: 'path' in binary ? binary.path : undefined,
      args: [root, `--user-data-dir=${userData}`, '--no-sandbox'],
    });
  });
  test.afterEach(async () => {
    await app?.close();
  });

  test('opens one secure window showing the dashboard', async () => {
    const window = await app.firstWindow();
    await expect(window.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
    expect(app.windows()).toHaveLength(1);
    // The options themselves are pinned by electron/main.test.ts; here, what they mean for the page: no Node.
    expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(await window.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
  });

  test('the preload exposes exactly the typed API, and it answers', async () => {
    const window = await app.firstWindow();
    const keys = await window.evaluate(() => Object.keys((window as unknown as { coderpath: object }).coderpath).sort());
    expect(keys).toEqual(
      ['appInfo', 'backupsCreate', 'backupsList', 'backupsRead', 'notify', 'onMenuCommand', 'openExternal', 'openFile', 'saveFile', 'savePageAsPdf'].sort(),
    );
    const info = await window.evaluate(() => (window as unknown as { coderpath: { appInfo(): Promise<unknown> } }).coderpath.appInfo());
    expect(info).toMatchObject({ ok: true, value: { name: expect.any(String), version: expect.any(String) } });
    const bad = await window.evaluate(() =>
      (window as unknown as { coderpath: { notify(p: unknown): Promise<unknown> } }).coderpath.notify({ title: 42 }),
    );
    expect(bad).toMatchObject({ ok: false });
  });

  test('window.open and navigation away from the app are refused', async () => {
    const page = await app.firstWindow();
    await page.evaluate(() => window.open('https://example.com/'));
    await page.evaluate(() => { location.href = 'https://example.com/'; });
    await page.waitForTimeout(500);
    expect(app.windows()).toHaveLength(1);
    expect(page.url()).toMatch(/^app:\/\/coderpath\//);
  });
});
