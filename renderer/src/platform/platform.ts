/**
 * The renderer's one door to the outside: files, backups, notifications, PDF. A desktop implementation goes through
 * the preload API; a browser implementation uses downloads, <input type=file> and the Notification API, so the same
 * renderer runs under `npm run web`.
 */
import type { BackupReason, FileFilter, IpcRequest, IpcResultOf, MenuCommand, OpenedFile } from '../../../shared/ipc/contract';

export type { AppInfo, BackupFileInfo, BackupReason, CreatedBackup, FileFilter, MenuCommand, OpenedFile } from '../../../shared/ipc/contract';

/** What the save dialog is given, and the type the browser's download gets. */
export type SaveOptions = IpcRequest<'saveFile'> & { mimeType: string };

export type SaveOutcome = { saved: true; where: string } | { saved: false };

/** Automatic rotating backups exist on the desktop only. */
export interface AutoBackups {
  list(): Promise<IpcResultOf<'backupsList'>>;
  /** `keep` is a request: the main process bounds it and keeps safety backups apart from it. */
  create(contents: string, reason: BackupReason, keep: number): Promise<IpcResultOf<'backupsCreate'>>;
  read(fileName: string): Promise<IpcResultOf<'backupsRead'>>;
}

export interface Platform {
  kind: 'desktop' | 'browser';
  appInfo(): Promise<IpcResultOf<'appInfo'>>;
  /** Desktop: a save dialog. Browser: a download. */
  saveFile(options: SaveOptions): Promise<SaveOutcome>;
  /** Desktop: an open dialog. Browser: a file picker. Null when the user cancels. */
  openFile(filters: FileFilter[]): Promise<OpenedFile | null>;
  /** Shows a system notification; false when not allowed or not supported. */
  notify(title: string, body: string): Promise<IpcResultOf<'notify'>>;
  /** Saves the current page as PDF (desktop) or opens the print dialog (browser, where "Save as PDF" is offered). */
  savePageAsPdf(suggestedName: string): Promise<SaveOutcome>;
  /** The current page printed to PDF (desktop); null in a browser, which cannot make one without the print dialog. */
  pagePdf(): Promise<Uint8Array | null>;
  /** Opens an https page in the system browser; call it from a click or key handler (the desktop app requires one). */
  openExternal(url: string): Promise<IpcResultOf<'openExternal'>>;
  autoBackups: AutoBackups | null;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
