/**
 * "Explore with sample data" (product.md, First run): loads the records of shared/datasets `buildSampleData`, all
 * marked `sample: 1`, and removes them again in one step. The user's own records are never removed; references
 * they hold to a sample record (a CEU entry applied to a sample credential, a session logged against the sample
 * plan) are dropped on removal so nothing points at a record that is gone.
 */
import type { Table } from 'dexie';
import type { Id, IsoDate } from '../../../shared/model/entities';
import { DATASET_TABLES, type DatasetCounts, counts } from '../../../shared/datasets/types';
import { todayIso } from '../lib/dates';
import { db, newId, type CoderPathDb } from './db';
import { compareKeys } from '../../../shared/model/compareKeys';

type SampleTable = Table<{ id: Id; sample?: 1 }, Id>;
type SampleTableName = (typeof DATASET_TABLES)[number];

/** One table seen only through what every sample table shares: an id and the `sample` mark. */
function sampleTable(database: CoderPathDb, name: SampleTableName): SampleTable {
  return database[name] as unknown as SampleTable;
}

/** The tables sample records go into (every user table except the profile, the timer and keyValues). */
function sampleTables(database: CoderPathDb): SampleTable[] {
  return [...DATASET_TABLES.map((name) => sampleTable(database, name)), ...flashcardTables(database)];
}

/** The flashcard tables, which hold sample decks, cards and review-log rows too. */
function flashcardTables(database: CoderPathDb): SampleTable[] {
  return [database.decks, database.cards, database.reviewLog] as unknown as SampleTable[];
}

export class SampleDataAlreadyLoadedError extends Error {
  constructor() {
    super('Sample data is already loaded. Remove it first to load it again.');
    this.name = 'SampleDataAlreadyLoadedError';
  }
}

async function anySample(database: CoderPathDb): Promise<boolean> {
  for (const table of sampleTables(database)) {
    if ((await table.where('sample').equals(1).limit(1).count()) > 0) return true;
  }
  return false;
}

/** True while any sample record is stored (indexed lookups only: cheap enough for a banner on every screen). */
export async function hasSampleData(database: CoderPathDb = db): Promise<boolean> {
  return database.transaction('r', sampleTables(database), () => anySample(database));
}

/**
 * Writes the sample data dated from `today`, all in one transaction. Refuses (SampleDataAlreadyLoadedError) when
 * sample data is already there. When the user already has an active study plan, the sample plan is stored
 * inactive: exactly one plan is active at a time, and the user's choice wins.
 */
export async function loadSampleData(today: IsoDate = todayIso(), database: CoderPathDb = db): Promise<DatasetCounts> {
  // Loaded on demand: the generator (PDF certificates included) is not needed to start the app.
  const [{ buildSampleData }, { buildSampleFlashcards }] = await Promise.all([
    import('../../../shared/datasets/sample'),
    import('../../../shared/datasets/sampleFlashcards'),
  ]);
  const data = buildSampleData(today, newId);
  const flashcards = buildSampleFlashcards(today, newId);
  return database.transaction('rw', sampleTables(database), async () => {
    if (await anySample(database)) throw new SampleDataAlreadyLoadedError();
    const userHasActivePlan = (await database.studyPlans.filter((p) => p.active).count()) > 0;
    const studyPlans = userHasActivePlan ? data.studyPlans.map((p) => ({ ...p, active: false })) : data.studyPlans;
    await database.credentials.bulkAdd(data.credentials);
    await database.ceuEntries.bulkAdd(data.ceuEntries);
    await database.attachments.bulkAdd(data.attachments);
    await database.studyPlans.bulkAdd(studyPlans);
    await database.studySessions.bulkAdd(data.studySessions);
    await database.practiceAttempts.bulkAdd(data.practiceAttempts);
    await database.milestones.bulkAdd(data.milestones);
    await database.decks.bulkAdd(flashcards.decks);
    await database.cards.bulkAdd(flashcards.cards);
    await database.reviewLog.bulkAdd(flashcards.reviewLog);
    return counts(data);
  });
}

export interface SampleRemoval {
  /** Sample records deleted per table. */
  removed: Record<SampleTableName, number>;
}

/**
 * Deletes every record with `sample === 1`, in one transaction, and tidies the user's records that pointed at
 * them: sample credential ids leave CEU entries' `credentialIds` and `cycleChoice`, attachments of deleted sample
 * entries go with them, and sessions or the running timer lose a sample `planId`. If the sample plan was the
 * active one, the user's most recently updated plan becomes active again.
 */
export async function removeSampleData(database: CoderPathDb = db): Promise<SampleRemoval> {
  return database.transaction('rw', [...sampleTables(database), database.timer], async () => {
    const ids = (name: SampleTableName) => sampleTable(database, name).where('sample').equals(1).primaryKeys();
    const credentialIds = new Set(await ids('credentials'));
    const entryIds = new Set(await ids('ceuEntries'));
    const planIds = new Set(await ids('studyPlans'));
    const removed = {} as SampleRemoval['removed'];
    for (const name of DATASET_TABLES) removed[name] = await sampleTable(database, name).where('sample').equals(1).delete();
    // Cards the user added to a sample deck go with it: a card never points at a deck that is gone.
    const sampleDecks = await database.decks.where('sample').equals(1).primaryKeys();
    for (const deckId of sampleDecks) {
      await database.cards.where('[deckId+queue+due]').between([deckId, '', ''], [deckId, '\uffff', '\uffff']).delete();
    }
    for (const table of flashcardTables(database)) await table.where('sample').equals(1).delete();
    // A certificate the user attached to a sample entry has nothing left to prove.
    if (entryIds.size > 0) {
      removed.attachments += await database.attachments.where('entryId').anyOf([...entryIds]).delete();
    }
    if (credentialIds.size > 0) {
      // A scan, not an index: removing sample data happens once, and a `*credentialIds` index would cost an index
      // write per credential of every entry on every add, import and restore.
      await database.ceuEntries
        .filter((entry) => entry.credentialIds.some((id) => credentialIds.has(id)))
        .modify((entry) => {
          entry.credentialIds = entry.credentialIds.filter((id) => !credentialIds.has(id));
          if (entry.cycleChoice) {
            for (const id of credentialIds) delete entry.cycleChoice[id];
          }
        });
    }
    if (planIds.size > 0) {
      await database.studySessions
        .where('planId')
        .anyOf([...planIds])
        .modify((session) => {
          delete session.planId;
        });
      await database.timer.toCollection().modify((timer) => {
        if (timer.planId && planIds.has(timer.planId)) delete timer.planId;
      });
      const plans = await database.studyPlans.toArray();
      if (plans.length > 0 && !plans.some((p) => p.active)) {
        const next = plans.sort((a, b) => compareKeys(b.updatedAt, a.updatedAt))[0]!;
        await database.studyPlans.update(next.id, { active: true });
      }
    }
    return { removed };
  });
}
