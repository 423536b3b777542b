import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { connectionState, subscribeConnection, watchConnection } from './connection';
import { CoderPathDb } from './db';
import { LATEST_SCHEMA_VERSION } from './schema';

const name = () => `connection-test-${Math.random()}`;

describe('watchConnection', () => {
  it('another window upgrading the database closes this one for good: no later read reopens it', async () => {
    const database = new CoderPathDb(name());
    expect(connectionState(database)).toBe('ok'); // read before watching, as a first render does
    watchConnection(database);
    await database.open();
    await database.profile.put({ id: 'profile' } as never);
    const changes: string[] = [];
    subscribeConnection(() => changes.push(connectionState(database)), database);

    const newer = new Dexie(database.name);
    newer.version(LATEST_SCHEMA_VERSION + 1).stores({ profile: 'id' });
    await newer.open(); // not blocked: this window let go at once

    expect(changes).toEqual(['closed-elsewhere']);
    expect(database.isOpen()).toBe(false);
    await expect(database.profile.put({ id: 'profile' } as never)).rejects.toThrow();
    newer.close();
    await Dexie.delete(database.name);
  });

  it('an upgrade waiting on a window that keeps the old version open says "blocked", and goes on once it closes', async () => {
    const dbName = name();
    const old = new CoderPathDb(dbName, { upTo: 1 });
    await old.open();
    old.close();
    const database = new CoderPathDb(dbName);
    watchConnection(database);
    // An old window that does not let go: a raw connection at version 1 with no versionchange handler.
    const raw = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open(dbName);
      request.onsuccess = () => resolve(request.result);
    });
    const opening = database.open();
    await expect.poll(() => connectionState(database)).toBe('blocked');
    raw.close();
    await opening;
    expect(connectionState(database)).toBe('ok');
    database.close();
    await Dexie.delete(dbName);
  });
});
