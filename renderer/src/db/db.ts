/** The one typed database of the app. Screens read it through live queries; writes go through the action modules. */
import Dexie, { type EntityTable, type IDType } from 'dexie';
import type {
  Attachment,
  CeuEntry,
  Deck,
  Flashcard,
  HeldCredential,
  KeyValue,
  Milestone,
  PracticeAttempt,
  Profile,
  ReviewLogEntry,
  RunningTimer,
  StudyPlan,
  StudySession,
} from '../../../shared/model/entities';
import { activeDatabaseName, USER_DB_NAME } from './activeDatabase';
import { SCHEMA_VERSIONS } from './schema';

export const DB_NAME = USER_DB_NAME;

export class CoderPathDb extends Dexie {
  profile!: EntityTable<Profile, 'id'>;
  credentials!: EntityTable<HeldCredential, 'id'>;
  ceuEntries!: EntityTable<CeuEntry, 'id'>;
  attachments!: EntityTable<Attachment, 'id'>;
  studyPlans!: EntityTable<StudyPlan, 'id'>;
  studySessions!: EntityTable<StudySession, 'id'>;
  practiceAttempts!: EntityTable<PracticeAttempt, 'id'>;
  milestones!: EntityTable<Milestone, 'id'>;
  timer!: EntityTable<RunningTimer, 'id'>;
  keyValues!: EntityTable<KeyValue, 'key'>;
  decks!: EntityTable<Deck, 'id'>;
  cards!: EntityTable<Flashcard, 'id'>;
  reviewLog!: EntityTable<ReviewLogEntry, 'id'>;

  /** `upTo` opens an older version: only the upgrade tests use it, to write fixtures as that version did. */
  constructor(name: string = DB_NAME, options: { upTo?: number; indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } = {}) {
    // Dexie treats an explicit `indexedDB: undefined` as "no IndexedDB", so pass only what was given.
    const { upTo: _upTo, ...dexieOptions } = options;
    super(name, dexieOptions);
    for (const step of SCHEMA_VERSIONS) {
      if (options.upTo !== undefined && step.version > options.upTo) break;
      const version = this.version(step.version).stores(step.stores);
      if (step.upgrade) version.upgrade(step.upgrade);
    }
  }
}

/** The database the app works on: the user's, or the sample data's while that is open (activeDatabase.ts). */
export const db = new CoderPathDb(activeDatabaseName());

/** A fresh id for a new record. */
export function newId(): string {
  return crypto.randomUUID();
}

export function nowIso(): string {
  return new Date().toISOString();
}

/** Deletes one record and returns it exactly as it was, for Undo (one transaction); undefined if it was not there. */
export function takeRecord<T extends { id: string }>(
  database: CoderPathDb,
  table: EntityTable<T, 'id'>,
  id: IDType<T, 'id'>,
): Promise<T | undefined> {
  return database.transaction('rw', table, async () => {
    const existing = await table.get(id);
    if (existing) await table.delete(id);
    return existing;
  });
}
