/**
 * Automatic backups written before the open data store existed: after an update that opened the app from a new
 * origin (app:// instead of file://) or a store lost some other way, the user's earlier data is in them.
 */
export interface BackupTime {
  createdAt: string;
}

/** The newest backup written before `storeCreatedAt` (an ISO instant), or null when there is none. */
export function newestBackupBefore<T extends BackupTime>(backups: readonly T[], storeCreatedAt: string): T | null {
  const cutoff = Date.parse(storeCreatedAt);
  if (Number.isNaN(cutoff)) return null;
  let newest: T | null = null;
  for (const backup of backups) {
    const at = Date.parse(backup.createdAt);
    if (at < cutoff && (newest === null || at > Date.parse(newest.createdAt))) newest = backup;
  }
  return newest;
}
