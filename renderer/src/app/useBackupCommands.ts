/**
 * Mounted once in the app shell: sends the File menu's "Back Up Data…" / "Restore from Backup…" commands to
 * Settings › Backups (which runs them itself when it is open), and on the desktop takes the daily automatic backup
 * when one is due: at start and then every hour the app stays open.
 */
import { useEffect } from 'react';
import { clearAutoBackupFailure, recordAutoBackupFailure } from '../db/autoBackupStatus';
import { sampleIsOpen } from '../db/activeDatabase';
import { db } from '../db/db';
import { errorMessage } from '../lib/errors';
import { openDatabase, type OpenDatabaseResult } from '../db/openDatabase';
import { platform } from '../platform';
import { BACKUP_COMMAND, BACKUPS_CHANGED_EVENT, RESTORE_COMMAND, SETTINGS_PATH } from '../screens/settings/backupCommand';
import { useMenuCommandBridge } from './useMenuCommand';

/**
 * Opens the app's database on this platform, after a 'before-upgrade' automatic backup when the data on disk is
 * from an older schema (desktop). Call it once at start and render nothing that reads the database until it
 * resolves; every later call returns the same result.
 */
export function startDatabase(options: { upgradeWithoutBackup?: boolean } = {}): Promise<OpenDatabaseResult> {
  return openDatabase(db, {
    ...options,
    autoBackups: automaticBackups(),
    appVersion: async () => (await import('../screens/settings/backupActions')).currentAppVersion(platform),
  });
}

/** The desktop's automatic backups; none while the sample data is open (they would rotate out the user's). */
function automaticBackups() {
  return sampleIsOpen() ? null : platform.autoBackups;
}

const DAILY_CHECK_MS = 60 * 60 * 1000;
let dailyRun: Promise<unknown> | null = null;

/** One check at a time (StrictMode mounts twice); a failure is logged and tried again at the next check. */
function checkDailyBackup(): void {
  if (!automaticBackups() || dailyRun) return;
  dailyRun = (async () => {
    await startDatabase(); // never before the before-upgrade backup and the upgrade itself
    // Loaded here, not with the app shell: the first screen does not wait for the backup code.
    const [{ takeDailyBackupIfDue }, { currentAppVersion }] = await Promise.all([import('../db/backup'), import('../screens/settings/backupActions')]);
    let written;
    try {
      written = await takeDailyBackupIfDue(db, { autoBackups: platform.autoBackups, appVersion: await currentAppVersion(platform) });
    } catch (error) {
      // Shown in Settings › Backups and as a notice on every screen (AutoBackupNotice), not only logged.
      await recordAutoBackupFailure({ reason: 'daily', message: errorMessage(error) });
      throw error;
    }
    if (!written) return;
    await clearAutoBackupFailure('daily');
    window.dispatchEvent(new CustomEvent(BACKUPS_CHANGED_EVENT, { detail: written }));
  })()
    .catch((error: unknown) => console.warn('[coderpath] daily backup failed:', error))
    .finally(() => {
      dailyRun = null;
    });
}

export function useBackupCommands(): void {
  useMenuCommandBridge(BACKUP_COMMAND, SETTINGS_PATH);
  useMenuCommandBridge(RESTORE_COMMAND, SETTINGS_PATH);

  useEffect(() => {
    if (!automaticBackups()) return;
    checkDailyBackup();
    const timer = setInterval(checkDailyBackup, DAILY_CHECK_MS);
    return () => clearInterval(timer);
  }, []);
}
