/**
 * "Explore with sample data" opens a database of its own (SAMPLE_DB_NAME), filled fresh from the sample generator
 * each time; closing it deletes that database. The user's database is not opened, read or written meanwhile:
 * the choice is made before any database opens (activeDatabase.ts) and the page reloads to switch.
 */
import type { IsoDate } from '../../../shared/model/entities';
import type { DatasetCounts } from '../../../shared/datasets/types';
import { chooseDatabase, SAMPLE_DB_NAME } from './activeDatabase';
import { CoderPathDb, db } from './db';
import { defaultProfile } from './profile';
import { loadSampleData } from './sampleData';

type DexieOptions = { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange };

/** Writes a fresh sample database dated from `today` (whatever an earlier one held is gone). */
export async function prepareSampleDatabase(today: IsoDate, options: DexieOptions = {}): Promise<DatasetCounts> {
  await new CoderPathDb(SAMPLE_DB_NAME, options).delete();
  const sample = new CoderPathDb(SAMPLE_DB_NAME, options);
  try {
    await sample.open();
    // The sample's own profile: set up already, so the welcome does not ask the sample's questions.
    await sample.profile.put({ ...defaultProfile(), name: 'Sample coder', roles: ['learner', 'coder'], onboardingDone: true });
    return await loadSampleData(today, sample);
  } finally {
    sample.close();
  }
}

/** Prepares the sample database and makes it the one the next start opens; the caller reloads. */
export async function openSampleData(today: IsoDate): Promise<void> {
  await prepareSampleDatabase(today);
  chooseDatabase('sample');
}

/** Makes the user's database the one the next start opens and deletes the sample's; the caller reloads. */
export async function closeSampleData(): Promise<void> {
  chooseDatabase('user');
  if (db.name === SAMPLE_DB_NAME) db.close(); // an open connection would block the deletion
  await new CoderPathDb(SAMPLE_DB_NAME).delete();
}
