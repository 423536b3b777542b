/**
 * Every schema version of the database, oldest first. A version lists its full table layout (Dexie diffs them) and,
 * when records change shape, an upgrade step. Never edit a shipped version: add the next one, give it an upgrade step
 * and a test that opens a database written by the previous version (see docs/schema-versions.md).
 */
import type { Transaction } from 'dexie';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string>;
  upgrade?: (tx: Transaction) => Promise<void>;
  /** What changed and why, for docs and the upgrade test. */
  note: string;
}

const v1Stores = {
  profile: 'id',
  credentials: 'id, code, cycleEnd',
  ceuEntries: 'id, completedOn, provider, category, *credentialIds',
  attachments: 'id, entryId',
  studyPlans: 'id, examCode, examDate',
  studySessions: 'id, date, planId',
  practiceAttempts: 'id, examCode, date',
  milestones: 'id, stage, targetDate',
  timer: 'id',
  keyValues: 'key',
};

export const SCHEMA_VERSIONS: SchemaVersion[] = [
  { version: 1, stores: v1Stores, note: 'First schema.' },
  {
    version: 2,
    note:
      'Adds a `sample` index on every user table so sample data is removed in one step, and `[examCode+date]` on ' +
      'attempts for the readiness queries. Sessions logged without notes in v1 get an empty string.',
    stores: {
      ...v1Stores,
      credentials: 'id, code, cycleEnd, sample',
      ceuEntries: 'id, completedOn, provider, category, *credentialIds, sample',
      attachments: 'id, entryId, sample',
      studyPlans: 'id, examCode, examDate, sample',
      studySessions: 'id, date, planId, sample',
      practiceAttempts: 'id, examCode, date, [examCode+date], sample',
      milestones: 'id, stage, targetDate, sample',
    },
    upgrade: async (tx) => {
      await tx
        .table('studySessions')
        .toCollection()
        .modify((session: { notes?: unknown }) => {
          if (typeof session.notes !== 'string') session.notes = '';
        });
    },
  },
  {
    version: 3,
    note:
      'Drops the indexes nothing queries: `provider` and `category` on CEU entries, `cycleEnd` on credentials, ' +
      '`examCode` and `examDate` on study plans, `targetDate` on milestones; and `*credentialIds` on CEU entries, ' +
      'which only sample-data removal used (it scans instead). Every index entry is written with its record: on a ' +
      '10,000-row CSV import these were 50,000 of 60,000 index entries. No record changes.',
    stores: {
      ...v1Stores,
      credentials: 'id, code, sample',
      ceuEntries: 'id, completedOn, sample',
      attachments: 'id, entryId, sample',
      studyPlans: 'id, sample',
      studySessions: 'id, date, planId, sample',
      practiceAttempts: 'id, examCode, date, [examCode+date], sample',
      milestones: 'id, stage, sample',
    },
  },
  {
    version: 4,
    note:
      'Adds the flashcard tables: `decks`; `cards` with `[deckId+queue+due]` (today\'s queue and the per-deck ' +
      'due / new / learning counts read index ranges, never the whole table) and `[domainId+stability]` (mastery ' +
      'per exam domain counts keys only); `reviewLog` with `cardId` (a card\'s history), `day` (reviews per day, ' +
      'streak, the last 30 days) and `[deckId+day]` (what each deck did today, for its daily limits). No existing ' +
      'record changes.',
    stores: {
      ...v1Stores,
      credentials: 'id, code, sample',
      ceuEntries: 'id, completedOn, sample',
      attachments: 'id, entryId, sample',
      studyPlans: 'id, sample',
      studySessions: 'id, date, planId, sample',
      practiceAttempts: 'id, examCode, date, [examCode+date], sample',
      milestones: 'id, stage, sample',
      decks: 'id, sample',
      cards: 'id, [deckId+queue+due], [domainId+stability], sample',
      reviewLog: 'id, cardId, day, [deckId+day], sample',
    },
  },
];

export const LATEST_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;

/** The tables holding the user's records (everything a backup carries). */
export { USER_TABLE_NAMES as USER_TABLES, type UserTable } from '../../../shared/model/tables';
