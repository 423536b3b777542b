import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
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
    backupsDir: join(dir, 'backups'),
    now: () => new Date('2026-11-25T10:00:00.000Z'),
    ...overrides,
  };
  return { dir, effects, handlers: createHandlers(effects) };
}

describe('IPC handlers on a real folder', () => {
  it('save a file where the user chose in the dialog, text or bytes', async () => {
    const { dir, handlers } = await setup();
    expect(await handlers['file:save']({ suggestedName: 'ceus.csv', filters: [], contents: 'a,b\n1,2\n' })).toEqual({
      saved: true,
      path: join(dir, 'ceus.csv'),
    });
    expect(await readFile(join(dir, 'ceus.csv'), 'utf8')).toBe('a,b\n1,2\n');
    await handlers['file:save']({ suggestedName: 'cert.pdf', filters: [], contents: new Uint8Array([1, 2, 3]) });
    expect([...(await readFile(join(dir, 'cert.pdf')))]).toEqual([1, 2, 3]);
  });

  it('write nothing when the save dialog is cancelled', async () => {
    const { handlers } = await setup({ showSaveDialog: async () => ({ canceled: true }) });
    expect(await handlers['file:save']({ suggestedName: 'x.csv', filters: [], contents: 'x' })).toEqual({ saved: false });
  });

  it('return the chosen file’s name and bytes, or null when cancelled', async () => {
    const { dir } = await setup();
    const file = join(dir, 'import.csv');
    await writeFile(file, 'completed_on,title\n');
    const { handlers } = await setup({ showOpenDialog: async () => ({ canceled: false, filePaths: [file] }) });
    const opened = await handlers['file:open']({ filters: [{ name: 'CSV', extensions: ['csv'] }] });
    expect(opened?.name).toBe('import.csv');
    expect(new TextDecoder().decode(opened!.contents)).toBe('completed_on,title\n');
    expect(await (await setup()).handlers['file:open']({ filters: [] })).toBeNull();
  });

  it('refuse a file too large to open, before reading it', async () => {
    const { dir } = await setup();
    const file = join(dir, 'huge.json');
    await writeFile(file, 'x'.repeat(2048));
    const { handlers } = await setup({ showOpenDialog: async () => ({ canceled: false, filePaths: [file] }), maxOpenBytes: 1024 });
    await expect(handlers['file:open']({ filters: [] })).rejects.toThrow('huge.json is too large to open.');
  });

  it('save the printed page as a PDF through the save dialog', async () => {
    const { dir, handlers, effects } = await setup();
    const result = await handlers['report:save-pdf']({ suggestedName: 'CPC-audit.pdf' });
    expect(result).toEqual({ saved: true, path: join(dir, 'CPC-audit.pdf') });
    expect(effects.showSaveDialog).toHaveBeenCalledWith({ defaultPath: 'CPC-audit.pdf', filters: [{ name: 'PDF document', extensions: ['pdf'] }] });
    expect(new TextDecoder().decode(await readFile(join(dir, 'CPC-audit.pdf')))).toBe('%PDF');
  });

  it('show a notification', async () => {
    const { handlers, effects } = await setup();
    expect(await handlers['notify:show']({ title: 'CEU deadline', body: 'CPC: 20 CEUs in 60 days' })).toBe(true);
    expect(effects.showNotification).toHaveBeenCalledWith('CEU deadline', 'CPC: 20 CEUs in 60 days');
  });

  it('create, list, rotate and read automatic backups', async () => {
    let clock = Date.parse('2026-11-20T10:00:00.000Z');
    const { handlers } = await setup({ now: () => new Date((clock += 86_400_000)) });
    for (let i = 0; i < 4; i += 1) {
      await handlers['backups:create']({ contents: `{"n":${i}}`, reason: 'daily', keep: 3 });
    }
    const list = await handlers['backups:list'](undefined);
    expect(list).toHaveLength(3);
    expect(list.every((b) => b.reason === 'daily')).toBe(true);
    expect(await handlers['backups:read']({ fileName: list[0]!.fileName })).toBe('{"n":3}');
    await expect(handlers['backups:read']({ fileName: 'coderpath-backup-nope.json' })).rejects.toThrow();
  });
});
