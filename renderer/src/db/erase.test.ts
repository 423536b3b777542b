import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { fakeSnapshot } from '../../../shared/backup/testFixture';
import { countStored, writeSnapshot } from './backup';
import { CoderPathDb } from './db';
import { eraseAllData } from './erase';
import { USER_TABLES } from './schema';

describe('eraseAllData', () => {
  it('empties every table a backup carries, in one step', async () => {
    const database = new CoderPathDb(`erase-test-${Math.random()}`);
    await writeSnapshot(database, fakeSnapshot());
    expect(Object.values(await countStored(database)).some((n) => n > 0)).toBe(true);
    await eraseAllData(database);
    expect(await countStored(database)).toEqual(Object.fromEntries(USER_TABLES.map((t) => [t, 0])));
    await database.delete();
  });
});
