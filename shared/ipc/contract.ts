/**
 * The one contract between the renderer and the desktop side: channel names, payload schemas and result types.
 * The preload exposes exactly `DesktopApi`; the main process validates every payload with these schemas, since a
 * compromised renderer could send anything.
 */
import { z } from 'zod';

export const CHANNELS = {
  appInfo: 'app:info',
  saveFile: 'file:save',
  openFile: 'file:open',
  notify: 'notify:show',
  savePdf: 'report:save-pdf',
  backupsList: 'backups:list',
  backupsCreate: 'backups:create',
  backupsRead: 'backups:read',
  openExternal: 'shell:open-external',
  /** Main → renderer: a menu item or shortcut was chosen. */
  menuCommand: 'menu:command',
} as const;

export type InvokeChannel = Exclude<(typeof CHANNELS)[keyof typeof CHANNELS], typeof CHANNELS.menuCommand>;

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

export const saveFileRequest = z.strictObject({
  suggestedName: fileName,
  filters: z.array(fileFilter).max(10),
  contents: z.union([z.string().max(MAX_FILE_BYTES), z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_FILE_BYTES)]),
});
export type SaveFileRequest = z.infer<typeof saveFileRequest>;

export const openFileRequest = z.strictObject({
  filters: z.array(fileFilter).max(10),
});
export type OpenFileRequest = z.infer<typeof openFileRequest>;

export const notifyRequest = z.strictObject({
  title: z.string().min(1).max(200),
  body: z.string().max(1000),
});
export type NotifyRequest = z.infer<typeof notifyRequest>;

export const savePdfRequest = z.strictObject({
  suggestedName: fileName.refine((n) => n.toLowerCase().endsWith('.pdf'), 'must end with .pdf'),
});
export type SavePdfRequest = z.infer<typeof savePdfRequest>;

export const BACKUP_REASONS = ['daily', 'before-restore', 'before-upgrade', 'manual'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export const backupsCreateRequest = z.strictObject({
  contents: z.string().min(2).max(MAX_FILE_BYTES),
  reason: z.enum(BACKUP_REASONS),
  /** A request: the main process decides how many to keep (decideKeep), so this is any number or nothing. */
  keep: z.number().optional(),
});
export type BackupsCreateRequest = z.infer<typeof backupsCreateRequest>;

export const backupsReadRequest = z.strictObject({ fileName });
export type BackupsReadRequest = z.infer<typeof backupsReadRequest>;

/** A web page to show in the system browser; the main process accepts https only. */
export const openExternalRequest = z.strictObject({ url: z.string().min(1).max(2048) });
export type OpenExternalRequest = z.infer<typeof openExternalRequest>;

export const emptyRequest = z.undefined();

/** Schemas by channel: the main process looks the payload schema up here before any handler runs. */
export const REQUEST_SCHEMAS = {
  [CHANNELS.appInfo]: emptyRequest,
  [CHANNELS.saveFile]: saveFileRequest,
  [CHANNELS.openFile]: openFileRequest,
  [CHANNELS.notify]: notifyRequest,
  [CHANNELS.savePdf]: savePdfRequest,
  [CHANNELS.backupsList]: emptyRequest,
  [CHANNELS.backupsCreate]: backupsCreateRequest,
  [CHANNELS.backupsRead]: backupsReadRequest,
  [CHANNELS.openExternal]: openExternalRequest,
} as const satisfies Record<InvokeChannel, z.ZodType>;

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

export interface OpenedFile {
  name: string;
  contents: Uint8Array;
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

export type MenuCommand =
  | { kind: 'navigate'; to: string }
  | { kind: 'backup' }
  | { kind: 'restore' }
  | { kind: 'new-ceu' }
  | { kind: 'log-session' };

/** What each channel's handler answers, so both sides agree on results as well as payloads. */
export interface InvokeResults {
  'app:info': AppInfo;
  'file:save': SaveFileResult;
  'file:open': OpenedFile | null;
  'notify:show': boolean;
  'report:save-pdf': SaveFileResult;
  'backups:list': BackupFileInfo[];
  'backups:create': CreatedBackup;
  'backups:read': string;
  'shell:open-external': boolean;
}

/** Every invoke answers with this envelope, so a rejected payload reaches the renderer as a message, not a crash. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** The object the preload puts on `window.coderpath`. */
export interface DesktopApi {
  appInfo(): Promise<IpcResult<AppInfo>>;
  saveFile(request: SaveFileRequest): Promise<IpcResult<SaveFileResult>>;
  openFile(request: OpenFileRequest): Promise<IpcResult<OpenedFile | null>>;
  notify(request: NotifyRequest): Promise<IpcResult<boolean>>;
  savePdf(request: SavePdfRequest): Promise<IpcResult<SaveFileResult>>;
  backupsList(): Promise<IpcResult<BackupFileInfo[]>>;
  backupsCreate(request: BackupsCreateRequest): Promise<IpcResult<CreatedBackup>>;
  backupsRead(request: BackupsReadRequest): Promise<IpcResult<string>>;
  /** Only while the page has a user gesture (a click, a key): a script alone cannot open the browser. */
  openExternal(request: OpenExternalRequest): Promise<IpcResult<boolean>>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

export { DESKTOP_API_KEY } from './apiKey';
