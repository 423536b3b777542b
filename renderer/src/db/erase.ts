/** "Erase all data" (Settings): every user table emptied in one transaction, all-or-nothing. */
import { db as appDb, type CoderPathDb } from './db';
import { USER_TABLES } from './schema';

/** Empties every table a backup carries; the app then starts as on first run (a fresh profile is made on open). */
export async function eraseAllData(database: CoderPathDb = appDb): Promise<void> {
  await database.transaction('rw', USER_TABLES.map((table) => database.table(table)), async () => {
    for (const table of USER_TABLES) await database.table(table).clear();
  });
}
