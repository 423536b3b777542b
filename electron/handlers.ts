/**
 * What each IPC channel does, with every effect (dialogs, files, notifications, printing) passed in, so the
 * handlers are unit-tested with fakes and real temporary folders.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { AppInfo, BackupFileInfo, FileFilter } from '../shared/ipc/contract';
import type { Handlers } from './ipc';
import { listBackups, readBackup, rotateBackups, writeBackupAtomic } from './autoBackups';

export interface HandlerEffects {
  appInfo: () => AppInfo;
  showSaveDialog: (options: { defaultPath: string; filters: FileFilter[] }) => Promise<{ canceled: boolean; filePath?: string }>;
  showOpenDialog: (options: { filters: FileFilter[] }) => Promise<{ canceled: boolean; filePaths: string[] }>;
  showNotification: (title: string, body: string) => boolean;
  printToPdf: () => Promise<Uint8Array>;
  backupsDir: string;
  now?: () => Date;
  /** Files larger than this are refused when opened, so a wrong pick cannot exhaust memory. */
  maxOpenBytes?: number;
}

export const MAX_OPEN_BYTES = 512 * 1024 * 1024;

export function createHandlers(effects: HandlerEffects): Handlers {
  const now = effects.now ?? (() => new Date());
  const saveWithDialog = async (suggestedName: string, filters: FileFilter[], contents: string | Uint8Array) => {
    const result = await effects.showSaveDialog({ defaultPath: suggestedName, filters });
    if (result.canceled || !result.filePath) return { saved: false as const };
    await writeFile(result.filePath, contents);
    return { saved: true as const, path: result.filePath };
  };
  return {
    'app:info': () => effects.appInfo(),
    'file:save': ({ suggestedName, filters, contents }) => saveWithDialog(suggestedName, filters, contents),
    'file:open': async ({ filters }) => {
      const result = await effects.showOpenDialog({ filters });
      const path = result.filePaths[0];
      if (result.canceled || !path) return null;
      // Checked before reading, so a wrong pick (a disk image, a video) is refused without filling memory.
      if ((await stat(path)).size > (effects.maxOpenBytes ?? MAX_OPEN_BYTES)) {
        throw new Error(`${basename(path)} is too large to open.`);
      }
      const contents = await readFile(path);
      return { name: basename(path), contents: new Uint8Array(contents.buffer, contents.byteOffset, contents.byteLength) };
    },
    'notify:show': ({ title, body }) => effects.showNotification(title, body),
    'report:save-pdf': async ({ suggestedName }) => {
      const pdf = await effects.printToPdf();
      return saveWithDialog(suggestedName, [{ name: 'PDF document', extensions: ['pdf'] }], pdf);
    },
    'backups:list': () => listBackups(effects.backupsDir),
    'backups:create': async ({ contents, reason, keep }): Promise<BackupFileInfo> => {
      const info = await writeBackupAtomic(effects.backupsDir, contents, { reason, now: now() });
      await rotateBackups(effects.backupsDir, keep);
      return info;
    },
    'backups:read': ({ fileName }) => readBackup(effects.backupsDir, fileName),
  };
}
