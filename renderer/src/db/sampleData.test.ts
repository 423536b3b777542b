import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { buildSampleData } from '../../../shared/datasets/sample';
import { DATASET_TABLES } from '../../../shared/datasets/types';
import type { CeuEntry, HeldCredential, StudyPlan } from '../../../shared/model/entities';
import { CoderPathDb } from './db';
import { hasSampleData, loadSampleData, removeSampleData, SampleDataAlreadyLoadedError } from './sampleData';
import { createPlan, logSession } from './study';

let n = 0;
const freshDb = () => new CoderPathDb(`sample-data-test-${++n}`);
const TODAY = '2026-03-10';
const at = '2026-03-01T10:00:00.000Z';

const userCredential: HeldCredential = {
  id: 'my-ccs', code: 'CCS', earnedOn: '2025-01-15', cycleStart: '2025-01-15', cycleEnd: '2027-01-14',
  history: [], createdAt: at, updatedAt: at,
};
const userEntry = (over: Partial<CeuEntry> = {}): CeuEntry => ({
  id: 'my-entry', completedOn: '2026-02-01', title: 'My own webinar', provider: 'AHIMA', ceus: 2, category: 'general',
  approvalCode: 'AH-1', credentialIds: ['my-ccs'], notes: '', createdAt: at, updatedAt: at, ...over,
});

async function tableCounts(db: CoderPathDb) {
  return Object.fromEntries(await Promise.all(DATASET_TABLES.map(async (t) => [t, await db[t].count()] as const)));
}

describe('loadSampleData', () => {
  it('writes every record of buildSampleData, each marked sample: 1', async () => {
    const db = freshDb();
    expect(await hasSampleData(db)).toBe(false);
    const loaded = await loadSampleData(TODAY, db);
    const expected = buildSampleData(TODAY, () => 'x');
    expect(await tableCounts(db)).toEqual(Object.fromEntries(DATASET_TABLES.map((t) => [t, expected[t].length])));
    expect(loaded.credentials).toBe(2);
    expect(loaded.studyPlans).toBe(1);
    for (const t of DATASET_TABLES) {
      const rows = (await db[t].toArray()) as { sample?: 1 }[];
      expect(rows.every((r) => r.sample === 1), t).toBe(true);
    }
    expect((await db.credentials.toArray()).map((c) => c.code).sort()).toEqual(['CPC', 'CRC']);
    expect(await hasSampleData(db)).toBe(true);
  });

  it('refuses to load a second time and writes nothing more', async () => {
    const db = freshDb();
    await loadSampleData(TODAY, db);
    const before = await tableCounts(db);
    await expect(loadSampleData(TODAY, db)).rejects.toBeInstanceOf(SampleDataAlreadyLoadedError);
    expect(await tableCounts(db)).toEqual(before);
  });

  it('keeps the user’s active plan active: the sample plan comes in inactive (one active plan at a time)', async () => {
    const db = freshDb();
    const mine = await createPlan(
      { name: 'My CCA plan', examCode: 'CCA', startDate: '2026-03-01', examDate: '2026-09-01', weeklyHoursGoal: 6, weights: [] },
      db,
    );
    await loadSampleData(TODAY, db);
    const plans = await db.studyPlans.toArray();
    expect(plans.filter((p) => p.active).map((p) => p.id)).toEqual([mine.id]);
  });
});

describe('removeSampleData', () => {
  it('deletes every sample record and leaves the user’s own records exactly as they were', async () => {
    const db = freshDb();
    await db.credentials.add(userCredential);
    await db.ceuEntries.add(userEntry());
    const plan: StudyPlan = await createPlan(
      { name: 'Mine', examCode: 'CCS', startDate: '2026-03-01', examDate: '2026-08-01', weeklyHoursGoal: 5, weights: [] },
      db,
    );
    const session = await logSession({ date: '2026-03-02', minutes: 50, notes: 'mine', planId: plan.id }, db);
    await db.milestones.add({
      id: 'my-ms', stage: 'first-job', title: 'Get hired', targetDate: '2027-01-01', state: 'planned', notes: '', order: 0,
      createdAt: at, updatedAt: at,
    });
    const mineBefore = {
      credentials: await db.credentials.toArray(),
      ceuEntries: await db.ceuEntries.toArray(),
      studyPlans: await db.studyPlans.toArray(),
      studySessions: await db.studySessions.toArray(),
      milestones: await db.milestones.toArray(),
    };

    await loadSampleData(TODAY, db);
    const { removed } = await removeSampleData(db);

    const sample = buildSampleData(TODAY, () => 'x');
    expect(removed).toMatchObject({ credentials: 2, studyPlans: 1, milestones: sample.milestones.length });
    expect(removed.ceuEntries).toBe(sample.ceuEntries.length);
    expect(await hasSampleData(db)).toBe(false);
    expect(await db.credentials.toArray()).toEqual(mineBefore.credentials);
    expect(await db.ceuEntries.toArray()).toEqual(mineBefore.ceuEntries);
    expect(await db.studyPlans.toArray()).toEqual(mineBefore.studyPlans);
    expect(await db.studySessions.toArray()).toEqual([session]);
    expect(await db.milestones.toArray()).toEqual(mineBefore.milestones);
    expect(await db.attachments.count()).toBe(0);
  });

  it('drops the user’s references to sample records, keeping the records themselves', async () => {
    const db = freshDb();
    await db.credentials.add(userCredential);
    await loadSampleData(TODAY, db);
    const sampleCpc = (await db.credentials.where('code').equals('CPC').first())!;
    const samplePlan = (await db.studyPlans.where('sample').equals(1).first())!;
    const sampleEntry = (await db.ceuEntries.where('sample').equals(1).first())!;
    // The user logs a CEU for both their own CCS and the sample CPC, a session on the sample plan, and attaches
    // their own file to a sample entry.
    await db.ceuEntries.add(
      userEntry({ credentialIds: ['my-ccs', sampleCpc.id], cycleChoice: { [sampleCpc.id]: sampleCpc.cycleEnd, 'my-ccs': '2027-01-14' } }),
    );
    const session = await logSession({ date: TODAY, minutes: 30, notes: '', planId: samplePlan.id }, db);
    await db.attachments.add({
      id: 'my-file', entryId: sampleEntry.id, fileName: 'mine.pdf', mimeType: 'application/pdf', size: 3,
      data: new Blob(['pdf']), addedAt: at,
    });
    await db.timer.add({ id: 'timer', startedAt: at, planId: samplePlan.id });

    await removeSampleData(db);

    expect(await db.ceuEntries.get('my-entry')).toMatchObject({ credentialIds: ['my-ccs'], cycleChoice: { 'my-ccs': '2027-01-14' } });
    const kept = await db.studySessions.get(session.id);
    expect(kept).toMatchObject({ id: session.id, minutes: 30 });
    expect(kept?.planId).toBeUndefined();
    expect(await db.attachments.get('my-file')).toBeUndefined();
    expect(await db.timer.get('timer')).toEqual({ id: 'timer', startedAt: at });
  });

  it('makes the user’s plan active again when the sample plan was the active one', async () => {
    const db = freshDb();
    await loadSampleData(TODAY, db);
    // A plan added while exploring becomes active (createPlan), then the user switches back to the sample plan.
    const mine = await createPlan(
      { name: 'Mine', examCode: 'COC', startDate: TODAY, examDate: '2026-10-01', weeklyHoursGoal: 4, weights: [] },
      db,
    );
    const samplePlan = (await db.studyPlans.where('sample').equals(1).first())!;
    await db.studyPlans.toCollection().modify((p) => { p.active = p.id === samplePlan.id; });
    await removeSampleData(db);
    expect(await db.studyPlans.toArray()).toMatchObject([{ id: mine.id, active: true }]);
  });

  it('does nothing on a store without sample data', async () => {
    const db = freshDb();
    await db.credentials.add(userCredential);
    const { removed } = await removeSampleData(db);
    expect(Object.values(removed).every((count) => count === 0)).toBe(true);
    expect(await db.credentials.toArray()).toEqual([userCredential]);
  });

  it('can load again after a removal', async () => {
    const db = freshDb();
    await loadSampleData(TODAY, db);
    await removeSampleData(db);
    await loadSampleData(TODAY, db);
    expect(await db.credentials.count()).toBe(2);
  });
});

describe('sample flashcards', () => {
  it('loads a studied sample deck (cards and review log) and removes it with any card the user added to it', async () => {
    const { CoderPathDb } = await import('./db');
    const { loadSampleData, removeSampleData } = await import('./sampleData');
    const { addCard } = await import('./flashcards');
    const database = new CoderPathDb(`sample-flash-${Math.random()}`);
    await loadSampleData('2026-03-10', database);
    const [deck] = await database.decks.toArray();
    expect(deck).toMatchObject({ sample: 1, domainId: 'medical-terminology' });
    expect(await database.cards.count()).toBe(40);
    expect(await database.reviewLog.count()).toBeGreaterThan(25);
    expect((await database.cards.toArray()).some((c) => c.state === 'review')).toBe(true);
    await addCard(deck!.id, { front: 'mine', back: 'mine' }, database);
    await removeSampleData(database);
    expect([await database.decks.count(), await database.cards.count(), await database.reviewLog.count()]).toEqual([0, 0, 0]);
    await database.delete();
  });
});
