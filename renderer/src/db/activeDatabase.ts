/**
 * Which database the app opens: the user's own, or the sample data's (a database of its own, so exploring never
 * mixes made-up records with the user's, and the user's database is neither read nor written while it is open).
 * The choice is kept in localStorage because it must be known before any database opens; switching reloads the
 * page so that every module and query starts over on the other database.
 */

export const USER_DB_NAME = 'coderpath';
export const SAMPLE_DB_NAME = 'coderpath-sample';
const OPEN_KEY = 'coderpath:open-database';

type KeyStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** localStorage where there is one (not in the Node unit tests). */
function defaultStore(): KeyStore | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // storage disabled: the user's database, always
  }
}

export function sampleIsOpen(store: KeyStore | null = defaultStore()): boolean {
  return store?.getItem(OPEN_KEY) === 'sample';
}

export function activeDatabaseName(store: KeyStore | null = defaultStore()): string {
  return sampleIsOpen(store) ? SAMPLE_DB_NAME : USER_DB_NAME;
}

/** Records which database the next start opens (the caller reloads). */
export function chooseDatabase(which: 'sample' | 'user', store: KeyStore | null = defaultStore()): void {
  if (!store) throw new Error('This browser does not allow the app to remember a choice, so sample data cannot be opened.');
  if (which === 'sample') store.setItem(OPEN_KEY, 'sample');
  else store.removeItem(OPEN_KEY);
}
