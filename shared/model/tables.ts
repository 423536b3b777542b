/**
 * The tables that hold the user's records and the record type of each: the one map the database schema, the
 * upgrade fixtures and the generated data sets are written against.
 */
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
} from './entities';

/** Table name → the record it stores. */
export interface UserTableRecords {
  profile: Profile;
  credentials: HeldCredential;
  ceuEntries: CeuEntry;
  attachments: Attachment;
  studyPlans: StudyPlan;
  studySessions: StudySession;
  practiceAttempts: PracticeAttempt;
  milestones: Milestone;
  timer: RunningTimer;
  keyValues: KeyValue;
  decks: Deck;
  cards: Flashcard;
  reviewLog: ReviewLogEntry;
}

export type UserTable = keyof UserTableRecords;

/** Every table's records as an array, e.g. for writing all of them at once. */
export type UserTableRows = { [T in UserTable]: UserTableRecords[T][] };

/** Every user table, in the order backups write them. */
export const USER_TABLE_NAMES = [
  'profile',
  'credentials',
  'ceuEntries',
  'attachments',
  'studyPlans',
  'studySessions',
  'practiceAttempts',
  'milestones',
  'timer',
  'keyValues',
  'decks',
  'cards',
  'reviewLog',
] as const satisfies readonly UserTable[];
// Fails to compile if a table is added to UserTableRecords but not listed above.
const everyTableListed: Exclude<UserTable, (typeof USER_TABLE_NAMES)[number]> extends never ? true : false = true;
void everyTableListed;
