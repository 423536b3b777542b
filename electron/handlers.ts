/**
 * What each IPC channel does, with every effect (dialogs, files, notifications, printing) passed in, so the
 * handlers are unit-tested with fakes and real temporary folders.
 */
import { basename } from 'node:path';
import { clockBehindNewestBackup, decideKeep } from '../shared/backup/rotation';
import type { AppInfo, CreatedBackup, FileFilter } from '../shared/ipc/contract';
import type { Handlers } from './ipc';
import { DEFAULT_BACKUP_KEEP, listBackups, readBackup, rotateBackups, writeBackupAtomic } from './autoBackups';
import { readFileBounded, writeFileAtomic } from './files';
import { externalUrl } from './security';

export interface HandlerEffects {
  appInfo: () => AppInfo;
  showSaveDialog: (options: SaveDialogOptions) => Promise<{ canceled: boolean; filePath?: string }>;
  showOpenDialog: (options: { filters: FileFilter[] }) => Promise<{ canceled: boolean; filePaths: string[] }>;
  showNotification: (title: string, body: string) => boolean;
  printToPdf: () => Promise<Uint8Array>;
  /** shell.openExternal: given only https URLs (externalUrl). */
  openExternal: (url: string) => Promise<void>;
  backupsDir: string;
  now?: () => Date;
  /** Files larger than this are refused when opened, so a wrong pick cannot exhaust memory. */
  maxOpenBytes?: number;
  log?: (message: string) => void;
}

export interface SaveDialogOptions {
  defaultPath: string;
  filters: FileFilter[];
  /** Linux dialogs replace an existing file silently unless asked to confirm (Windows and macOS always ask). */
  properties: ['showOverwriteConfirmation', 'createDirectory'];
}

export const MAX_OPEN_BYTES = 512 * 1024 * 1024;

export function createHandlers(effects: HandlerEffects): Handlers {
  const now = effects.now ?? (() => new Date());
  const log = effects.log ?? (() => {});
  const saveWithDialog = async (suggestedName: string, filters: FileFilter[], contents: string | Uint8Array) => {
    const result = await effects.showSaveDialog({
      defaultPath: suggestedName,
      filters,
      properties: ['showOverwriteConfirmation', 'createDirectory'],
    });
    if (result.canceled || !result.filePath) return { saved: false as const };
    await writeFileAtomic(result.filePath, contents);
    return { saved: true as const, path: result.filePath };
  };
  // One backup write (number, write, rotate) at a time, so two writes never take the same sequence number and a
  // rotation never runs between another write's number and its rename.
  let backupQueue: Promise<unknown> = Promise.resolve();
  const createBackup = async (contents: string, reason: CreatedBackup['reason'], requestedKeep: unknown): Promise<CreatedBackup> => {
    const at = now();
    const clockBehindNewest = clockBehindNewestBackup(await listBackups(effects.backupsDir), at);
    if (clockBehindNewest) log(`the clock (${at.toISOString()}) is earlier than the newest backup (${clockBehindNewest})`);
    const info = await writeBackupAtomic(effects.backupsDir, contents, { reason, now: at });
    await rotateBackups(effects.backupsDir, decideKeep(requestedKeep, DEFAULT_BACKUP_KEEP), info.fileName);
    return { ...info, clockBehindNewest };
  };
  return {
    appInfo: () => effects.appInfo(),
    saveFile: ({ suggestedName, filters, contents }) => saveWithDialog(suggestedName, filters, contents),
    openFile: async ({ filters }) => {
      const result = await effects.showOpenDialog({ filters });
      const path = result.filePaths[0];
      if (result.canceled || !path) return null;
      // A wrong pick (a disk image, /dev/zero, a FIFO) is refused without filling memory or waiting forever.
      return { name: basename(path), bytes: await readFileBounded(path, effects.maxOpenBytes ?? MAX_OPEN_BYTES) };
    },
    notify: ({ title, body }) => effects.showNotification(title, body),
    savePageAsPdf: async ({ suggestedName }) => {
      const pdf = await effects.printToPdf();
      return saveWithDialog(suggestedName, [{ name: 'PDF document', extensions: ['pdf'] }], pdf);
    },
    pagePdf: () => effects.printToPdf(),
    backupsList: () => listBackups(effects.backupsDir),
    backupsCreate: ({ contents, reason, keep }) => {
      const created = backupQueue.then(() => createBackup(contents, reason, keep));
      backupQueue = created.catch(() => undefined);
      return created;
    },
    backupsRead: ({ fileName }) => readBackup(effects.backupsDir, fileName),
    openExternal: async ({ url }) => {
      const safe = externalUrl(url);
      if (!safe) throw new Error('Only https web pages open in your browser.');
      await effects.openExternal(safe);
      return true;
    },
  };
}
