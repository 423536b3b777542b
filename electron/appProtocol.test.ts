import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { APP_INDEX_URL, createAppProtocolHandler, resolveAppAsset } from './appProtocol';

let parent: string;
let root: string;
beforeAll(async () => {
  parent = await mkdtemp(join(tmpdir(), 'coderpath-protocol-'));
  root = join(parent, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>CoderPath</title>');
  await writeFile(join(root, 'assets', 'index-abc.js'), 'export {};');
  await writeFile(join(parent, 'secret.txt'), 'outside the renderer');
});

describe('app:// paths stay inside the built renderer', () => {
  it('maps the app’s URLs to its files', () => {
    expect(resolveAppAsset(APP_INDEX_URL, root)).toBe(join(root, 'index.html'));
    expect(resolveAppAsset('app://coderpath/', root)).toBe(join(root, 'index.html'));
    expect(resolveAppAsset('app://coderpath/assets/index-abc.js?v=1#x', root)).toBe(join(root, 'assets', 'index-abc.js'));
  });
  it('dot segments (plain or %2e) are resolved by the URL itself, so they stay inside the folder', () => {
    for (const url of ['app://coderpath/../secret.txt', 'app://coderpath/%2e%2e/secret.txt', 'app://coderpath/assets/%2E%2E/%2E%2E/secret.txt']) {
      expect(resolveAppAsset(url, root), url).toBe(join(root, 'secret.txt'));
    }
  });
  it('refuses anything that could leave the folder, and other hosts or schemes', () => {
    for (const url of [
      'app://coderpath/..%2fsecret.txt', 'app://coderpath/assets/..%2F..%2Fsecret.txt', 'app://coderpath/..%5csecret.txt', 'app://coderpath/index.html%00.js',
      'app://coderpath/%E0%A4%A', 'app://other/index.html', 'file:///etc/passwd', 'https://coderpath/index.html', 'nonsense',
    ]) {
      expect(resolveAppAsset(url, root), url).toBeNull();
    }
  });
});

describe('the app:// handler', () => {
  const handler = () => createAppProtocolHandler(root, "default-src 'self'");
  it('serves pages with the CSP and scripts with their type', async () => {
    const page = await handler()(new Request(APP_INDEX_URL));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe("default-src 'self'");
    expect(await page.text()).toContain('<title>CoderPath</title>');
    const script = await handler()(new Request('app://coderpath/assets/index-abc.js'));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });
  it('answers 404 for files outside the folder, missing files and folders, 405 for writes', async () => {
    for (const url of ['app://coderpath/../secret.txt', 'app://coderpath/%2e%2e/secret.txt', 'app://coderpath/missing.js', 'app://coderpath/assets']) {
      const response = await handler()(new Request(url));
      expect(response.status, url).toBe(404);
      expect(await response.text()).not.toContain('outside the renderer');
    }
    expect((await handler()(new Request(APP_INDEX_URL, { method: 'POST', body: 'x' }))).status).toBe(405);
  });
});
