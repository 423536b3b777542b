/**
 * Browser-test helpers for backups: raw IndexedDB access from the page (independent of the app's own code), and
 * backup files built in Node with the app's own serializer.
 */
import { expect, type Page } from '@playwright/test';

export const DB_NAME = 'coderpath';

export type StoredState = Record<string, unknown[]>;

/**
 * Every store's records in key order; certificate Blobs become `{ size, type, sha256 }` so states compare with
 * toEqual. Opens the database at whatever version it has (the app created it).
 */
export function readStore(page: Page, name: string = DB_NAME): Promise<StoredState> {
  return page.evaluate(async (name) => {
    const hex = (buffer: ArrayBuffer) => Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      const names = Array.from(database.objectStoreNames);
      const tx = database.transaction(names, 'readonly');
      const raw = await Promise.all(
        names.map((store) => new Promise<unknown[]>((resolve, reject) => {
          const request = tx.objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        })),
      );
      const out: Record<string, unknown[]> = {};
      for (const [i, store] of names.entries()) {
        out[store] = await Promise.all(raw[i]!.map(async (record) => {
          const r = record as Record<string, unknown>;
          if (!(r.data instanceof Blob)) return r;
          return { ...r, data: { size: r.data.size, sha256: hex(await crypto.subtle.digest('SHA-256', await r.data.arrayBuffer())) } };
        }));
      }
      return out;
    } finally {
      database.close();
    }
  }, name);
}

/** Writes records into the app's database with raw IndexedDB (after the app created it). */
export function seedStore(page: Page, records: Record<string, unknown[]>, certificates: { store: string; index: number; bytes: number; seed: number }[] = []) {
  return page.evaluate(async ({ name, records, certificates }) => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    // Certificate bytes made in the page (a simple generator, so the test knows them without shipping megabytes).
    for (const c of certificates) {
      const bytes = new Uint8Array(c.bytes);
      let x = c.seed || 1;
      for (let i = 0; i < bytes.length; i++) {
        x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
        bytes[i] = x & 255;
      }
      const record = records[c.store]![c.index] as Record<string, unknown>;
      record.data = new Blob([bytes], { type: String(record.mimeType) });
    }
    await new Promise<void>((resolve, reject) => {
      const tx = database.transaction(Object.keys(records), 'readwrite');
      for (const [store, rows] of Object.entries(records)) for (const row of rows) tx.objectStore(store).put(row);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
    database.close();
  }, { name: DB_NAME, records, certificates });
}

/** Opens the page so its storage can be read without the app running (no script may change the data meanwhile). */
export async function openWithoutApp(page: Page) {
  await page.route('**/*.js', (route) => route.abort());
  await page.goto('/');
}

/**
 * Makes the page believe it runs in the desktop app: a fake `window.coderpath` bridge whose automatic backups live
 * in sessionStorage (so they survive a reload) and are rotated to `keep` like the real folder.
 */
export async function fakeDesktop(page: Page) {
  await page.addInitScript(() => {
    type Stored = { fileName: string; createdAt: string; reason: string; size: number; contents: string };
    const load = (): Stored[] => JSON.parse(sessionStorage.getItem('fake-backups') ?? '[]');
    const save = (list: Stored[]) => sessionStorage.setItem('fake-backups', JSON.stringify(list));
    const ok = <T,>(value: T) => Promise.resolve({ ok: true as const, value });
    (window as unknown as Record<string, unknown>).coderpath = {
      appInfo: () => ok({ name: 'CoderPath', version: '9.9.9', platform: 'test', dataPath: '/data', backupsPath: '/data/backups' }),
      saveFile: (request: { suggestedName: string; contents: string | Uint8Array }) => {
        // What was saved, for tests that read a file back (bytes as numbers: they cross to Node as JSON).
        const saved = ((window as unknown as { savedFiles?: unknown[] }).savedFiles ??= []);
        saved.push({ name: request.suggestedName, bytes: typeof request.contents === 'string' ? request.contents : Array.from(request.contents) });
        return ok({ saved: true, path: `/home/user/${request.suggestedName}` });
      },
      openFile: () => ok(null),
      notify: () => ok(false),
      savePageAsPdf: () => ok({ saved: false }),
      pagePdf: () => ok(new TextEncoder().encode('%PDF-1.7 printed by the main process')),
      openExternal: () => ok(false),
      backupsList: () => ok(load().map(({ contents: _c, ...info }) => info)),
      backupsCreate: ({ contents, reason, keep }: { contents: string; reason: string; keep: number }) => {
        const list = load();
        const at = new Date(Math.max(Date.now(), ...list.map((b) => Date.parse(b.createdAt) + 1)));
        const info = { fileName: `coderpath-backup-${at.toISOString().replace(/:/g, '-').replace('.', '-')}-${reason}.json`, createdAt: at.toISOString(), reason, size: new TextEncoder().encode(contents).length };
        const next = [{ ...info, contents }, ...list].sort((a, b) => b.createdAt.localeCompare(a.createdAt)).slice(0, keep);
        save(next);
        return ok(info);
      },
      backupsRead: ({ fileName }: { fileName: string }) => ok(load().find((b) => b.fileName === fileName)?.contents ?? ''),
      onMenuCommand: () => () => {},
    };
  });
}

/**
 * On Settings: waits until the app's start-up writes (roadmap sync, notices, persistent storage) are done, so a
 * store snapshot stays put. The persistent-storage request runs last (renderer/src/app/startupTasks.ts) and
 * Settings shows its answer, for a profile that had none.
 */
export async function waitForStartupTasks(page: Page) {
  await expect(page.getByRole('region', { name: 'Storage' }).getByText(/^(Granted|Not granted):/)).toBeVisible();
}
