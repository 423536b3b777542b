import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { CoderPathDb } from './db';
import { ensurePersistentStorage, ensureProfile, updateProfile, DEFAULT_AUTO_BACKUP_KEEP } from './profile';

let n = 0;
const freshDb = () => new CoderPathDb(`profile-test-${++n}`);

function fakeStorage(persisted: boolean, grant: boolean) {
  const calls = { persist: 0 };
  return {
    calls,
    storage: {
      persisted: async () => persisted,
      persist: async () => {
        calls.persist += 1;
        return grant;
      },
    },
  };
}

describe('the profile', () => {
  it('is created once on first start with sensible defaults', async () => {
    const db = freshDb();
    const [a, b] = await Promise.all([ensureProfile(db), ensureProfile(db)]);
    expect(a).toEqual(b);
    expect(await db.profile.count()).toBe(1);
    expect(a).toMatchObject({ roles: [], onboardingDone: false, persistentStorage: null, autoBackupKeep: DEFAULT_AUTO_BACKUP_KEEP });
  });

  it('keeps changes and stamps updatedAt', async () => {
    const db = freshDb();
    const created = await ensureProfile(db);
    await updateProfile({ name: 'Lee' }, db);
    const updated = await db.profile.get('profile');
    expect(updated?.name).toBe('Lee');
    expect(updated?.createdAt).toBe(created.createdAt);
  });
});

describe('persistent storage', () => {
  it('is asked for once on first start and the answer kept', async () => {
    const db = freshDb();
    const { storage, calls } = fakeStorage(false, true);
    expect(await ensurePersistentStorage(storage, db)).toBe(true);
    expect((await db.profile.get('profile'))?.persistentStorage).toBe(true);
    expect(calls.persist).toBe(1);
  });

  it('is not asked again after a refusal, which Settings shows', async () => {
    const db = freshDb();
    const first = fakeStorage(false, false);
    expect(await ensurePersistentStorage(first.storage, db)).toBe(false);
    const second = fakeStorage(false, true);
    expect(await ensurePersistentStorage(second.storage, db)).toBe(false);
    expect(second.calls.persist).toBe(0);
  });

  it('reports null where the browser has no storage manager', async () => {
    expect(await ensurePersistentStorage(null, freshDb())).toBeNull();
  });
});
