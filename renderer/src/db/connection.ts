/**
 * The app's hold on its database, for the prompts that must replace a screen that would otherwise hang or write
 * to data it no longer owns:
 * - `blocked`: this window wants to upgrade the database while another window still has it open at the older
 *   version. The open waits (and goes on by itself once the other window closes or reloads).
 * - `closed-elsewhere`: another window upgraded or deleted the database. Dexie would close and quietly reopen it
 *   at the newer version on the next read, and this window would then write records the newer app does not
 *   expect; so it is closed for good and the window asks to be reloaded.
 */
import { useSyncExternalStore } from 'react';
import { db as appDb, type CoderPathDb } from './db';

export type ConnectionState = 'ok' | 'blocked' | 'closed-elsewhere';

interface Watched {
  state: ConnectionState;
  listeners: Set<() => void>;
}

const watched = new WeakMap<CoderPathDb, Watched>();
const handled = new WeakSet<CoderPathDb>();

function entry(database: CoderPathDb): Watched {
  let found = watched.get(database);
  if (!found) {
    found = { state: 'ok', listeners: new Set() };
    watched.set(database, found);
  }
  return found;
}

function setState(database: CoderPathDb, state: ConnectionState) {
  const watch = entry(database);
  if (watch.state === state || watch.state === 'closed-elsewhere') return; // closed stays closed until a reload
  watch.state = state;
  for (const listener of watch.listeners) listener();
}

/** Call once, before the database opens. */
export function watchConnection(database: CoderPathDb = appDb): void {
  if (handled.has(database)) return;
  handled.add(database);
  database.on('blocked', () => setState(database, 'blocked'));
  database.on('ready', () => setState(database, 'ok'), true);
  // Runs before Dexie's own handler (which would close with auto-reopen); `false` stops that one.
  database.on('versionchange', () => {
    database.close({ disableAutoOpen: true });
    setState(database, 'closed-elsewhere');
    return false;
  });
}

export function connectionState(database: CoderPathDb = appDb): ConnectionState {
  return entry(database).state;
}

export function subscribeConnection(listener: () => void, database: CoderPathDb = appDb): () => void {
  const watch = entry(database);
  watch.listeners.add(listener);
  return () => watch.listeners.delete(listener);
}

/** The app database's connection state, re-rendering when it changes. */
export function useConnectionState(): ConnectionState {
  return useSyncExternalStore(subscribeConnection, () => connectionState());
}
