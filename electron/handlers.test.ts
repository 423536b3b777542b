import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createHandlers, type HandlerEffects } from './handlers';

async function setup(overrides: Partial<HandlerEffects> = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'coderpath-handlers-'));
  const effects: HandlerEffects = {
    appInfo: () => ({ name: 'CoderPath', version: '1.2.3', platform: 'linux', dataPath: dir, backupsPath: join(dir, 'backups') }),
    showSaveDialog: vi.fn(async ({ defaultPath }) => ({ canceled: false, filePath: join(dir, defaultPath) })),
    showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })),
    showNotification: vi.fn(() => true),
    printToPdf: vi.fn(async () => new Uint8Array([37, 80, 68, 70])),
    openExternal: vi.fn(async () => {}),
    backupsDir: join(dir, 'backups'),
    now: () => new Date('2026-11-25T10:00:00.000Z'),
    ...overrides,
  };
  return { dir, effects, handlers: createHandlers(effects) };
}

describe('IPC handlers on a real folder', () => {
  it('save a file where the user chose in the dialog, text or bytes', async () => {
    const { dir, handlers } = await setup();
    expect(await handlers.saveFile({ suggestedName: 'ceus.csv', filters: [], contents: 'a,b\n1,2\n' })).toEqual({
      saved: true,
      path: join(dir, 'ceus.csv'),
    });
    expect(await readFile(join(dir, 'ceus.csv'), 'utf8')).toBe('a,b\n1,2\n');
    await handlers.saveFile({ suggestedName: 'cert.pdf', filters: [], contents: new Uint8Array([1, 2, 3]) });
    expect([...(await readFile(join(dir, 'cert.pdf')))]).toEqual([1, 2, 3]);
  });

  it('ask before replacing a file (Linux dialogs do not unless told) and replace it whole, leaving no temp file', async () => {
    const { dir, handlers, effects } = await setup();
    await writeFile(join(dir, 'ceus.csv'), 'old contents that are longer than the new ones\n');
    await handlers.saveFile({ suggestedName: 'ceus.csv', filters: [], contents: 'new\n' });
    expect(effects.showSaveDialog).toHaveBeenCalledWith(expect.objectContaining({ properties: expect.arrayContaining(['showOverwriteConfirmation']) }));
    expect(await readFile(join(dir, 'ceus.csv'), 'utf8')).toBe('new\n');
    expect((await readdir(dir)).filter((name) => name !== 'backups')).toEqual(['ceus.csv']);
  });

  it('write nothing when the save dialog is cancelled', async () => {
    const { handlers } = await setup({ showSaveDialog: async () => ({ canceled: true }) });
    expect(await handlers.saveFile({ suggestedName: 'x.csv', filters: [], contents: 'x' })).toEqual({ saved: false });
  });

  it('return the chosen file’s name and bytes, or null when cancelled', async () => {
    const { dir } = await setup();
    const file = join(dir, 'import.csv');
    await writeFile(file, 'completed_on,title\n');
    const { handlers } = await setup({ showOpenDialog: async () => ({ canceled: false, filePaths: [file] }) });
    const opened = await handlers.openFile({ filters: [{ name: 'CSV', extensions: ['csv'] }] });
    expect(opened?.name).toBe('import.csv');
    expect(new TextDecoder().decode(opened!.bytes)).toBe('completed_on,title\n');
    expect(await (await setup()).handlers.openFile({ filters: [] })).toBeNull();
  });

  it('refuse a file too large to open, before reading it', async () => {
    const { dir } = await setup();
    const file = join(dir, 'huge.json');
    await writeFile(file, 'x'.repeat(2048));
    const { handlers } = await setup({ showOpenDialog: async () => ({ canceled: false, filePaths: [file] }), maxOpenBytes: 1024 });
    await expect(handlers.openFile({ filters: [] })).rejects.toThrow('huge.json is too large to open.');
  });

  it('refuse a device or a FIFO without reading it or waiting for a writer', async () => {
    const { dir } = await setup();
    const fifo = join(dir, 'pipe.csv');
    execFileSync('mkfifo', [fifo]);
    for (const path of ['/dev/zero', fifo]) {
      const { handlers } = await setup({ showOpenDialog: async () => ({ canceled: false, filePaths: [path] }) });
      await expect(handlers.openFile({ filters: [] })).rejects.toThrow('is not a regular file');
    }
  });

  it('read at most the cap from a file whose size says nothing (a /proc file reports 0 bytes)', async () => {
    const { handlers } = await setup({ showOpenDialog: async () => ({ canceled: false, filePaths: ['/proc/self/status'] }), maxOpenBytes: 64 });
    await expect(handlers.openFile({ filters: [] })).rejects.toThrow('status is too large to open.');
    const { handlers: roomy } = await setup({ showOpenDialog: async () => ({ canceled: false, filePaths: ['/proc/self/status'] }) });
    expect(new TextDecoder().decode((await roomy.openFile({ filters: [] }))!.bytes)).toMatch(/^Name:/);
  });

  it('save the printed page as a PDF through the save dialog', async () => {
    const { dir, handlers, effects } = await setup();
    const result = await handlers.savePageAsPdf({ suggestedName: 'CPC-audit.pdf' });
    expect(result).toEqual({ saved: true, path: join(dir, 'CPC-audit.pdf') });
    expect(effects.showSaveDialog).toHaveBeenCalledWith(expect.objectContaining({ defaultPath: 'CPC-audit.pdf', filters: [{ name: 'PDF document', extensions: ['pdf'] }] }));
    expect(new TextDecoder().decode(await readFile(join(dir, 'CPC-audit.pdf')))).toBe('%PDF');
  });

  it('give the printed page as PDF bytes for the audit packet, without a dialog', async () => {
    const { handlers, effects } = await setup();
    expect(await handlers.pagePdf(undefined)).toEqual(new Uint8Array([37, 80, 68, 70]));
    expect(effects.showSaveDialog).not.toHaveBeenCalled();
  });

  it('open https pages in the system browser, and nothing else', async () => {
    const { handlers, effects } = await setup();
    expect(await handlers.openExternal({ url: 'https://www.aapc.com/ceus' })).toBe(true);
    await expect(handlers.openExternal({ url: 'file:///etc/passwd' })).rejects.toThrow('Only https');
    expect(effects.openExternal).toHaveBeenCalledTimes(1);
    expect(effects.openExternal).toHaveBeenCalledWith('https://www.aapc.com/ceus');
  });

  it('show a notification', async () => {
    const { handlers, effects } = await setup();
    expect(await handlers.notify({ title: 'CEU deadline', body: 'CPC: 20 CEUs in 60 days' })).toBe(true);
    expect(effects.showNotification).toHaveBeenCalledWith('CEU deadline', 'CPC: 20 CEUs in 60 days');
  });

  it('create, list, rotate and read automatic backups', async () => {
    let clock = Date.parse('2026-11-20T10:00:00.000Z');
    const { handlers } = await setup({ now: () => new Date((clock += 86_400_000)) });
    for (let i = 0; i < 4; i += 1) {
      await handlers.backupsCreate({ contents: `{"n":${i}}`, reason: 'daily', keep: 3 });
    }
    const list = await handlers.backupsList(undefined);
    expect(list).toHaveLength(3);
    expect(list.every((b) => b.reason === 'daily')).toBe(true);
    expect(await handlers.backupsRead({ fileName: list[0]!.fileName })).toBe('{"n":3}');
    await expect(handlers.backupsRead({ fileName: 'coderpath-backup-nope.json' })).rejects.toThrow();
  });

  it('keep the before-restore backup written with the clock set back, and say the clock is behind', async () => {
    let clock = Date.parse('2026-11-20T10:00:00.000Z');
    const { handlers } = await setup({ now: () => new Date(clock) });
    for (let i = 0; i < 3; i += 1, clock += 86_400_000) await handlers.backupsCreate({ contents: `{"n":${i}}`, reason: 'daily', keep: 3 });
    clock = Date.parse('2025-01-01T00:00:00.000Z');
    const created = await handlers.backupsCreate({ contents: '{"before":"restore"}', reason: 'before-restore', keep: 1 });
    expect(created.clockBehindNewest).toBe('2026-11-22T10:00:00.000Z');
    const list = await handlers.backupsList(undefined);
    expect(list[0]).toMatchObject({ fileName: created.fileName, reason: 'before-restore' });
    expect(await handlers.backupsRead({ fileName: created.fileName })).toBe('{"before":"restore"}');
    // keep: 1 asked for the daily budget only; the three daily backups go down to one.
    expect(list.filter((b) => b.reason === 'daily')).toHaveLength(1);
  });

  it('decide how many to keep in the main process: the renderer only asks', async () => {
    let clock = Date.parse('2026-11-20T10:00:00.000Z');
    const { handlers } = await setup({ now: () => new Date((clock += 1000)) });
    await handlers.backupsCreate({ contents: '{"n":0}', reason: 'daily', keep: 0 });
    expect(await handlers.backupsList(undefined)).toHaveLength(1);
    for (let i = 0; i < 12; i += 1) await handlers.backupsCreate({ contents: '{"n":1}', reason: 'daily' });
    expect(await handlers.backupsList(undefined)).toHaveLength(10);
  });

  it('number concurrent backups apart, so none replaces another', async () => {
    const { handlers } = await setup();
    const created = await Promise.all(Array.from({ length: 5 }, (_, i) => handlers.backupsCreate({ contents: `{"n":${i}}`, reason: 'manual', keep: 10 })));
    expect(created.map((b) => b.sequence).sort()).toEqual([1, 2, 3, 4, 5]);
    expect(await handlers.backupsList(undefined)).toHaveLength(5);
  });
});
