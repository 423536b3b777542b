/**
 * The last automatic backup that failed (desktop), kept until the next one of its kind succeeds, so a failure is never only a
 * line in a log: Settings › Backups shows it and every screen shows a notice until it is dismissed.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { BackupReason } from '../../../shared/ipc/contract';
import type { IsoDateTime } from '../../../shared/model/entities';
import { db as appDb, type CoderPathDb } from './db';

export const AUTO_BACKUP_FAILURE_KEY = 'autoBackupFailure';

export interface AutoBackupFailure {
  reason: BackupReason;
  at: IsoDateTime;
  message: string;
  /** The notice was dismissed; Settings still shows the failure. */
  dismissed: boolean;
}

function asFailure(value: unknown): AutoBackupFailure | null {
  const v = value as Partial<AutoBackupFailure> | undefined;
  return v && typeof v.reason === 'string' && typeof v.at === 'string' && typeof v.message === 'string'
    ? { reason: v.reason, at: v.at, message: v.message, dismissed: v.dismissed === true }
    : null;
}

export async function readAutoBackupFailure(database: CoderPathDb = appDb): Promise<AutoBackupFailure | null> {
  return asFailure((await database.keyValues.get(AUTO_BACKUP_FAILURE_KEY))?.value);
}

/** A new failure shows its notice again, unless it repeats the one already dismissed. */
export async function recordAutoBackupFailure(
  failure: { reason: BackupReason; message: string },
  database: CoderPathDb = appDb,
  now: Date = new Date(),
): Promise<void> {
  await database.transaction('rw', database.keyValues, async () => {
    const previous = await readAutoBackupFailure(database);
    const dismissed = !!previous?.dismissed && previous.message === failure.message && previous.reason === failure.reason;
    const value: AutoBackupFailure = { ...failure, at: now.toISOString(), dismissed };
    await database.keyValues.put({ key: AUTO_BACKUP_FAILURE_KEY, value });
  });
}

/**
 * An automatic backup for `reason` was written: a failure of the same kind is over. A skipped before-upgrade backup
 * stays until dismissed: no later backup holds the data as it was before the upgrade.
 */
export async function clearAutoBackupFailure(reason: BackupReason, database: CoderPathDb = appDb): Promise<void> {
  await database.transaction('rw', database.keyValues, async () => {
    if ((await readAutoBackupFailure(database))?.reason === reason) await database.keyValues.delete(AUTO_BACKUP_FAILURE_KEY);
  });
}

export async function dismissAutoBackupFailure(database: CoderPathDb = appDb): Promise<void> {
  await database.transaction('rw', database.keyValues, async () => {
    const failure = await readAutoBackupFailure(database);
    if (failure) await database.keyValues.put({ key: AUTO_BACKUP_FAILURE_KEY, value: { ...failure, dismissed: true } });
  });
}

/** The failure to show; null when the last automatic backup worked, undefined while loading. */
export function useAutoBackupFailure(): AutoBackupFailure | null | undefined {
  return useLiveQuery(() => readAutoBackupFailure(), []);
}
