/** The File menu's backup commands (`coderpath:command` with `{ kind: 'backup' | 'restore' }`), shared by the hook and Settings. */

export const SETTINGS_PATH = '/settings';

export type BackupCommand = 'backup' | 'restore';

/** Router state that asks Settings › Backups to start a flow. */
export interface BackupLocationState {
  backupCommand?: BackupCommand;
}

export function backupCommandOf(event: Event): BackupCommand | null {
  const detail = (event as CustomEvent<unknown>).detail;
  const kind = typeof detail === 'object' && detail !== null ? (detail as { kind?: unknown }).kind : undefined;
  return kind === 'backup' || kind === 'restore' ? kind : null;
}

/** Window event sent after an automatic backup was written outside Settings (the daily one), so its list reloads. */
export const BACKUPS_CHANGED_EVENT = 'coderpath:backups-changed';
