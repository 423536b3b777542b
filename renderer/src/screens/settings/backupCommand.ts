/** The File menu's backup commands (app/useMenuCommand.ts), shared by the app shell's bridge and Settings. */

export const SETTINGS_PATH = '/settings';

/** "Back Up Data…" and "Restore from Backup…": Settings › Backups runs them. */
export const BACKUP_COMMAND = 'backup';
export const RESTORE_COMMAND = 'restore';

/** Window event sent after an automatic backup was written outside Settings (the daily one), so its list reloads. */
export const BACKUPS_CHANGED_EVENT = 'coderpath:backups-changed';
