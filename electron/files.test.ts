import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createHandlers } from './handlers';

// A full disk, simulated: while `diskFull.on`, every write stores half its data and then fails with ENOSPC, as a
// real write does when the disk fills up part way.
const diskFull = vi.hoisted(() => ({ on: false }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const enospc = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
  const half = (data: string | Uint8Array) => data.slice(0, Math.floor(data.length / 2));
  return {
    ...real,
    writeFile: async (...args: Parameters<typeof real.writeFile>) => {
      if (!diskFull.on) return real.writeFile(...args);
      await real.writeFile(args[0], half(args[1] as string));
      throw enospc();
    },
    open: async (...args: Parameters<typeof real.open>) => {
      const handle = await real.open(...args);
      return new Proxy(handle, {
        get(target, key) {
          if (key === 'writeFile' && diskFull.on) {
            return async (data: string | Uint8Array) => {
              await target.writeFile(half(data));
              throw enospc();
            };
          }
          const value = Reflect.get(target, key) as unknown;
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
    },
  };
});

describe('saving over an existing file when the disk fills up', () => {
  it('leaves the previous file whole and no temp file behind', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'coderpath-files-'));
    const target = join(dir, 'coderpath-backup-2026-11-20.json');
    await writeFile(target, '{"previous":"backup, still needed"}');
    const handlers = createHandlers({
      appInfo: () => ({ name: 'CoderPath', version: '1', platform: 'linux', dataPath: dir, backupsPath: dir }),
      showSaveDialog: async () => ({ canceled: false, filePath: target }),
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
      showNotification: () => false,
      printToPdf: async () => new Uint8Array(),
      openExternal: async () => {},
      backupsDir: join(dir, 'backups'),
    });
    diskFull.on = true;
    try {
      await expect(handlers.saveFile({ suggestedName: 'x.json', filters: [], contents: '{"new":"backup"}' })).rejects.toThrow('ENOSPC');
    } finally {
      diskFull.on = false;
    }
    expect(await readFile(target, 'utf8')).toBe('{"previous":"backup, still needed"}');
    expect(await readdir(dir)).toEqual(['coderpath-backup-2026-11-20.json']);
  });
});
