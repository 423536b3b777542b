/** The profile: created on first start with sensible defaults; persistent storage is asked for once. */
import { format } from 'date-fns';
import type { Profile } from '../../../shared/model/entities';
import { db, nowIso, type CoderPathDb } from './db';
import { guardEdit, type EditOptions } from './editGuard';

export const DEFAULT_AUTO_BACKUP_KEEP = 10;

export function defaultProfile(now: Date = new Date()): Profile {
  const stamp = now.toISOString();
  return {
    id: 'profile',
    name: '',
    roles: [],
    careerStart: format(now, 'yyyy-MM-dd'),
    onboardingDone: false,
    persistentStorage: null,
    autoBackupKeep: DEFAULT_AUTO_BACKUP_KEEP,
    createdAt: stamp,
    updatedAt: stamp,
  };
}

/** Returns the profile, creating it on first start. */
export async function ensureProfile(database: CoderPathDb = db): Promise<Profile> {
  return database.transaction('rw', database.profile, async () => {
    const existing = await database.profile.get('profile');
    if (existing) return existing;
    const created = defaultProfile();
    await database.profile.add(created);
    return created;
  });
}

/**
 * With `base` (the profile as a form opened it), the save fails with EditConflictError when another window changed
 * one of the fields being saved; other fields (e.g. the persistent-storage answer) do not count.
 */
export async function updateProfile(
  changes: Partial<Omit<Profile, 'id' | 'createdAt'>>,
  database: CoderPathDb = db,
  { base }: EditOptions<Profile> = {},
) {
  await database.transaction('rw', database.profile, async () => {
    const current = await ensureProfile(database);
    guardEdit('profile', current, base, Object.keys(changes) as (keyof Profile)[]);
    await database.profile.update('profile', { ...changes, updatedAt: nowIso() });
  });
}

/**
 * Asks the browser not to evict our IndexedDB under storage pressure, once; the answer is kept for Settings.
 * Already-granted persistence is re-read each start because the user can revoke it.
 */
export async function ensurePersistentStorage(
  storage: Pick<StorageManager, 'persist' | 'persisted'> | null = globalThis.navigator?.storage ?? null,
  database: CoderPathDb = db,
): Promise<boolean | null> {
  if (!storage?.persist) return null;
  const profile = await ensureProfile(database);
  const granted = (await storage.persisted()) || (profile.persistentStorage === null ? await storage.persist() : false);
  if (granted !== profile.persistentStorage) await updateProfile({ persistentStorage: granted }, database);
  return granted;
}
