/**
 * The one contract between the renderer and the desktop side: the IPC table, one row per method with its channel,
 * the schema of its request and the type of its result. The preload's API (DesktopApi), the main process's handler
 * types (Handlers) and the renderer's platform types are derived from it. The main process validates every payload
 * with these schemas, since a compromised renderer could send anything; the preload imports types only (no zod).
 */
import { z } from 'zod';
import type { ScreenPath } from '../app/screens';
import { IPC_CHANNELS, type IpcMethod } from './channels';

export { DESKTOP_API_KEY, IPC_CHANNELS, MENU_COMMAND_CHANNEL, type IpcMethod } from './channels';

/** What a native menu item asks the renderer to do: go to a screen, or run one of the app's commands. */
export type MenuCommand =
  | { kind: 'navigate'; to: ScreenPath }
  | { kind: 'backup' }
  | { kind: 'restore' }
  | { kind: 'new-ceu' }
  | { kind: 'log-session' };

const fileFilter = z.object({
  name: z.string().min(1).max(100),
  extensions: z.array(z.string().regex(/^[a-z0-9]{1,10}$/i)).min(1).max(20),
});
export type FileFilter = z.infer<typeof fileFilter>;

/** Names a file the user will see in a dialog; no folders, so the renderer cannot pick where it lands. */
const fileName = z
  .string()
  .min(1)
  .max(200)
  .refine((name) => !/[\\/]/.test(name) && name !== '.' && name !== '..', 'must be a plain file name');

const MAX_FILE_BYTES = 512 * 1024 * 1024;

export const BACKUP_REASONS = ['daily', 'before-restore', 'before-upgrade', 'manual'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export interface AppInfo {
  name: string;
  version: string;
  platform: string;
  /** Where the app keeps its data (IndexedDB lives below it). */
  dataPath: string;
  /** Where automatic backups are written. */
  backupsPath: string;
}

export type SaveFileResult = { saved: true; path: string } | { saved: false };

/** A file the user picked: its name (no folder) and its bytes. The one type for it, desktop and browser. */
export interface OpenedFile {
  name: string;
  bytes: Uint8Array;
}

export interface BackupFileInfo {
  fileName: string;
  /** The computer's clock when it was written (from the file name). */
  createdAt: string;
  reason: BackupReason;
  size: number;
  /** Write order: 1 more than the highest in the folder when it was written; 0 for backups from before numbering. */
  sequence: number;
}

/** A backup just written, and whether the clock reads earlier than the newest backup before it (its time, or null). */
export interface CreatedBackup extends BackupFileInfo {
  clockBehindNewest: string | null;
}

/** Stands for a result type in the table; never read at run time. */
const returns = <T>() => undefined as unknown as T;
const none = z.undefined();

/** The IPC table. */
export const IPC = {
  appInfo: { channel: IPC_CHANNELS.appInfo, request: none, result: returns<AppInfo>() },
  saveFile: {
    channel: IPC_CHANNELS.saveFile,
    request: z.strictObject({
      suggestedName: fileName,
      filters: z.array(fileFilter).max(10),
      contents: z.union([z.string().max(MAX_FILE_BYTES), z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_FILE_BYTES)]),
    }),
    result: returns<SaveFileResult>(),
  },
  openFile: {
    channel: IPC_CHANNELS.openFile,
    request: z.strictObject({ filters: z.array(fileFilter).max(10) }),
    result: returns<OpenedFile | null>(),
  },
  notify: {
    channel: IPC_CHANNELS.notify,
    request: z.strictObject({ title: z.string().min(1).max(200), body: z.string().max(1000) }),
    result: returns<boolean>(),
  },
  savePageAsPdf: {
    channel: IPC_CHANNELS.savePageAsPdf,
    request: z.strictObject({ suggestedName: fileName.refine((n) => n.toLowerCase().endsWith('.pdf'), 'must end with .pdf') }),
    result: returns<SaveFileResult>(),
  },
  /** The current page printed to PDF, as bytes for the renderer to pack (the audit packet), not saved. */
  pagePdf: { channel: IPC_CHANNELS.pagePdf, request: none, result: returns<Uint8Array>() },
  backupsList: { channel: IPC_CHANNELS.backupsList, request: none, result: returns<BackupFileInfo[]>() },
  backupsCreate: {
    channel: IPC_CHANNELS.backupsCreate,
    request: z.strictObject({
      contents: z.string().min(2).max(MAX_FILE_BYTES),
      reason: z.enum(BACKUP_REASONS),
      /** A request: the main process decides how many to keep (decideKeep), so this is any number or nothing. */
      keep: z.number().optional(),
    }),
    result: returns<CreatedBackup>(),
  },
  backupsRead: { channel: IPC_CHANNELS.backupsRead, request: z.strictObject({ fileName }), result: returns<string>() },
  /** A web page to show in the system browser; the main process accepts https only. */
  openExternal: {
    channel: IPC_CHANNELS.openExternal,
    request: z.strictObject({ url: z.string().min(1).max(2048) }),
    result: returns<boolean>(),
  },
} as const satisfies { [M in IpcMethod]: { channel: (typeof IPC_CHANNELS)[M]; request: z.ZodType; result: unknown } };

/** What the renderer sends for `M` (undefined: nothing). */
export type IpcRequest<M extends IpcMethod> = z.input<(typeof IPC)[M]['request']>;
/** What `M`'s handler is given, once validated. */
export type IpcPayload<M extends IpcMethod> = z.output<(typeof IPC)[M]['request']>;
/** What `M` answers. */
export type IpcResultOf<M extends IpcMethod> = (typeof IPC)[M]['result'];

/** Every invoke answers with this envelope, so a rejected payload reaches the renderer as a message, not a crash. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** The main process's handler for each method. */
export type Handlers = { [M in IpcMethod]: (payload: IpcPayload<M>) => Promise<IpcResultOf<M>> | IpcResultOf<M> };

/** The object the preload puts on `window.coderpath`: one function per row of the table, and the menu listener. */
export type DesktopApi = {
  [M in IpcMethod]: IpcRequest<M> extends undefined
    ? () => Promise<IpcResult<IpcResultOf<M>>>
    : (request: IpcRequest<M>) => Promise<IpcResult<IpcResultOf<M>>>;
} & {
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
};
