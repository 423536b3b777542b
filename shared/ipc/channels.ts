/**
 * The IPC channel of each desktop API method, and where the preload puts the API. No zod and no other import here:
 * the preload and the renderer's first load import this file, the main process validates with the schemas in
 * contract.ts (whose table names each row's channel from here).
 */
export const IPC_CHANNELS = {
  appInfo: 'app:info',
  saveFile: 'file:save',
  openFile: 'file:open',
  notify: 'notify:show',
  savePageAsPdf: 'report:save-pdf',
  pagePdf: 'report:page-pdf',
  backupsList: 'backups:list',
  backupsCreate: 'backups:create',
  backupsRead: 'backups:read',
  openExternal: 'shell:open-external',
} as const;

export type IpcMethod = keyof typeof IPC_CHANNELS;

/** Main → renderer: a menu item or shortcut was chosen. */
export const MENU_COMMAND_CHANNEL = 'menu:command';

/** Where the preload puts the desktop API on `window`. */
export const DESKTOP_API_KEY = 'coderpath';
