import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import {
  clearAutoBackupFailure, dismissAutoBackupFailure, readAutoBackupFailure, recordAutoBackupFailure,
} from './autoBackupStatus';
import { CoderPathDb } from './db';

const made: CoderPathDb[] = [];
const fresh = () => {
  const database = new CoderPathDb(`auto-backup-status-${Math.random()}`);
  made.push(database);
  return database;
};
afterEach(async () => {
  for (const database of made.splice(0)) await database.delete();
});

const at = new Date('2026-03-10T08:00:00.000Z');

describe('automatic backup failures', () => {
  it('are kept until a backup of the same kind works; a dismissed one comes back only when the failure changes', async () => {
    const database = fresh();
    await recordAutoBackupFailure({ reason: 'daily', message: 'disk full' }, database, at);
    expect(await readAutoBackupFailure(database)).toEqual({ reason: 'daily', message: 'disk full', at: at.toISOString(), dismissed: false });
    await dismissAutoBackupFailure(database);
    await recordAutoBackupFailure({ reason: 'daily', message: 'disk full' }, database, at);
    expect((await readAutoBackupFailure(database))?.dismissed).toBe(true);
    await recordAutoBackupFailure({ reason: 'daily', message: 'permission denied' }, database, at);
    expect((await readAutoBackupFailure(database))?.dismissed).toBe(false);
    await clearAutoBackupFailure('daily', database);
    expect(await readAutoBackupFailure(database)).toBeNull();
  });

  it('an upgrade that went ahead without its backup is not cleared by a later daily backup', async () => {
    const database = fresh();
    await recordAutoBackupFailure({ reason: 'before-upgrade', message: 'disk full' }, database, at);
    await clearAutoBackupFailure('daily', database);
    expect(await readAutoBackupFailure(database)).toMatchObject({ reason: 'before-upgrade' });
  });
});
