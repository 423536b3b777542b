import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Milestone } from '../../../shared/model/entities';
import { milestonesOfStage } from '../../../shared/roadmap/order';
import { CoderPathDb } from './db';
import { updateProfile } from './profile';
import {
  addMilestone,
  createDefaultRoadmap,
  deleteMilestone,
  moveMilestone,
  restoreMilestone,
  syncRoadmapProgress,
  updateMilestone,
  type MilestoneDraft,
} from './roadmap';

let n = 0;
const freshDb = () => new CoderPathDb(`roadmap-test-${++n}`);

const draft = (over: Partial<MilestoneDraft> = {}): MilestoneDraft => ({
  stage: 'certification',
  title: 'Pass the CPC exam',
  targetDate: '2027-05-01',
  state: 'planned',
  notes: '',
  ...over,
});

const titlesOf = async (db: CoderPathDb, stage: Milestone['stage']) =>
  milestonesOfStage(await db.milestones.toArray(), stage).map((m) => m.title);

describe('createDefaultRoadmap', () => {
  it('adds one planned milestone per stage, dated from the career start in the profile (seed.ts)', async () => {
    const db = freshDb();
    await updateProfile({ careerStart: '2025-03-10' }, db);
    const added = await createDefaultRoadmap(db);
    expect(added.map((m) => [m.stage, m.title, m.state])).toEqual([
      ['education', 'Complete education', 'planned'],
      ['certification', 'Achieve certification', 'planned'],
      ['first-job', 'Gain an entry-level job', 'planned'],
      ['specialization', 'Pursue a specialization', 'planned'],
      ['upskilling', 'Continue upskilling', 'planned'],
    ]);
    // Year 1, year 2, the end of years 2–3 and of years 3–4 after the start.
    expect(added.slice(0, 4).map((m) => m.targetDate)).toEqual(['2026-03-10', '2027-03-10', '2028-03-10', '2029-03-10']);
    expect(await db.milestones.count()).toBe(5);
  });

  it('never duplicates: a second run adds nothing, and a stage that already has a milestone keeps only its own', async () => {
    const db = freshDb();
    await addMilestone(draft({ title: 'Earn the CPC' }), db);
    const added = await createDefaultRoadmap(db);
    expect(added.map((m) => m.stage)).toEqual(['education', 'first-job', 'specialization', 'upskilling']);
    expect(await titlesOf(db, 'certification')).toEqual(['Earn the CPC']);
    expect(await createDefaultRoadmap(db)).toEqual([]);
    expect(await db.milestones.count()).toBe(5);
  });
});

describe('addMilestone and updateMilestone', () => {
  it('appends a milestone at the end of its stage', async () => {
    const db = freshDb();
    const a = await addMilestone(draft({ title: 'A' }), db);
    const b = await addMilestone(draft({ title: 'B' }), db);
    expect([a.order, b.order]).toEqual([0, 1]);
    expect(await titlesOf(db, 'certification')).toEqual(['A', 'B']);
  });

  it('keeps a done date only on a done milestone', async () => {
    const db = freshDb();
    const planned = await addMilestone(draft({ doneOn: '2026-01-01' }), db);
    expect(planned.doneOn).toBeUndefined();
    const done = await updateMilestone(planned.id, { state: 'done', doneOn: '2026-02-02' }, db);
    expect(done).toMatchObject({ state: 'done', doneOn: '2026-02-02' });
    const reopened = await updateMilestone(planned.id, { state: 'in-progress' }, db);
    expect(reopened.state).toBe('in-progress');
    expect('doneOn' in reopened).toBe(false);
    expect(await db.milestones.get(planned.id)).toEqual(reopened);
  });

  it('moves an edited milestone to the end of its new stage and keeps createdAt and auto', async () => {
    const db = freshDb();
    await addMilestone(draft({ stage: 'specialization', title: 'CRC' }), db);
    const m = await addMilestone(draft({ title: 'Moving' }), db);
    await db.milestones.update(m.id, { auto: { reason: 'Completed when credential CPC was added.', ref: 'cred-1' } });
    const moved = await updateMilestone(m.id, { stage: 'specialization', title: 'Moved' }, db);
    expect(moved).toMatchObject({ stage: 'specialization', order: 1, createdAt: m.createdAt, auto: { ref: 'cred-1' } });
    expect(await titlesOf(db, 'specialization')).toEqual(['CRC', 'Moved']);
  });

  it('refuses to edit a milestone that no longer exists', async () => {
    await expect(updateMilestone('gone', { title: 'x' }, freshDb())).rejects.toThrow('no longer exists');
  });
});

describe('deleteMilestone and restoreMilestone', () => {
  it('restores the deleted record exactly, at its place', async () => {
    const db = freshDb();
    await addMilestone(draft({ title: 'A' }), db);
    const b = await addMilestone(draft({ title: 'B', state: 'done', doneOn: '2026-01-05', notes: 'kept' }), db);
    await addMilestone(draft({ title: 'C' }), db);
    await db.milestones.update(b.id, { auto: { reason: 'why', ref: 'cred-9' } });
    const before = await db.milestones.get(b.id);

    const deleted = await deleteMilestone(b.id, db);
    expect(deleted).toEqual(before);
    expect(await titlesOf(db, 'certification')).toEqual(['A', 'C']);

    await restoreMilestone(deleted!, db);
    expect(await db.milestones.get(b.id)).toEqual(before);
    expect(await titlesOf(db, 'certification')).toEqual(['A', 'B', 'C']);
  });

  it('gets its place back even if the stage was reordered in between', async () => {
    const db = freshDb();
    await addMilestone(draft({ title: 'A' }), db);
    const b = await addMilestone(draft({ title: 'B' }), db);
    const c = await addMilestone(draft({ title: 'C' }), db);
    const deleted = (await deleteMilestone(b.id, db))!;
    await moveMilestone(c.id, 'up', db); // renumbers the stage: C 0, A 1
    expect(await titlesOf(db, 'certification')).toEqual(['C', 'A']);
    await restoreMilestone(deleted, db);
    expect(await titlesOf(db, 'certification')).toEqual(['C', 'B', 'A']);
    expect(await db.milestones.get(b.id)).toEqual(deleted);
  });

  it('returns undefined for an unknown id', async () => {
    expect(await deleteMilestone('nope', freshDb())).toBeUndefined();
  });
});

describe('moveMilestone', () => {
  it('swaps with the neighbour within the stage and stops at the ends', async () => {
    const db = freshDb();
    const a = await addMilestone(draft({ title: 'A' }), db);
    const b = await addMilestone(draft({ title: 'B' }), db);
    await addMilestone(draft({ stage: 'education', title: 'Other stage' }), db);
    expect(await moveMilestone(b.id, 'up', db)).toBe(true);
    expect(await titlesOf(db, 'certification')).toEqual(['B', 'A']);
    expect(await moveMilestone(b.id, 'up', db)).toBe(false);
    expect(await moveMilestone(a.id, 'down', db)).toBe(false);
    expect(await titlesOf(db, 'education')).toEqual(['Other stage']);
    expect(await moveMilestone('nope', 'down', db)).toBe(false);
  });
});

describe('syncRoadmapProgress (rules: shared/roadmap/autoComplete.ts, product.md item 4)', () => {
  const cpc = { id: 'cred-cpc', code: 'CPC', kind: 'core' as const, earnedOn: '2026-04-02' };
  const crc = { id: 'cred-crc', code: 'CRC', kind: 'specialty' as const, earnedOn: '2026-06-01' };

  it('a credential added completes "earn certification" and writes the reason', async () => {
    const db = freshDb();
    await createDefaultRoadmap(db);
    const result = await syncRoadmapProgress('2026-05-01', { heldCredentials: [cpc], passedPracticeExams: [] }, db);
    expect(result.updated).toHaveLength(1);
    const [cert] = milestonesOfStage(await db.milestones.toArray(), 'certification');
    expect(cert).toMatchObject({ state: 'done', doneOn: '2026-04-02', auto: { ref: 'cred-cpc' } });
    expect(cert!.auto!.reason).toBe('Completed when credential CPC was added (earned 2026-04-02).');
  });

  it('a specialty credential also completes "specialization"; running again changes nothing', async () => {
    const db = freshDb();
    await createDefaultRoadmap(db);
    const facts = { heldCredentials: [cpc, crc], passedPracticeExams: [] };
    await syncRoadmapProgress('2026-07-01', facts, db);
    const spec = milestonesOfStage(await db.milestones.toArray(), 'specialization')[0];
    expect(spec).toMatchObject({ state: 'done', doneOn: '2026-06-01', auto: { ref: 'cred-crc' } });
    const again = await syncRoadmapProgress('2026-07-01', facts, db);
    expect(again).toEqual({ updated: [], created: [] });
  });

  it('creates a done milestone in an empty stage, which "Create my roadmap" then leaves alone', async () => {
    const db = freshDb();
    const result = await syncRoadmapProgress('2026-05-01', { heldCredentials: [cpc], passedPracticeExams: [] }, db);
    expect(result.created.map((m) => [m.stage, m.state])).toEqual([['certification', 'done']]);
    const added = await createDefaultRoadmap(db);
    expect(added.map((m) => m.stage)).not.toContain('certification');
    expect(await db.milestones.count()).toBe(5);
  });

  it('a passed practice exam moves the planned certification milestone to in progress', async () => {
    const db = freshDb();
    await createDefaultRoadmap(db);
    await syncRoadmapProgress('2026-05-01', { heldCredentials: [], passedPracticeExams: [{ examCode: 'CPC', date: '2026-04-20', ref: 'att-1' }] }, db);
    const [cert] = milestonesOfStage(await db.milestones.toArray(), 'certification');
    expect(cert).toMatchObject({ state: 'in-progress', auto: { ref: 'att-1' } });
  });
});
