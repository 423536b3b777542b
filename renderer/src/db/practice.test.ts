import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { CoderPathDb } from './db';
import {
  deleteAttempt,
  readPracticeTargets,
  recordAttempt,
  restoreAttempt,
  setPracticeTarget,
  updateAttempt,
  type AttemptDraft,
} from './practice';
import { createDefaultRoadmap } from './roadmap';
import { milestonesOfStage } from '../../../shared/roadmap/order';

let n = 0;
const freshDb = () => new CoderPathDb(`practice-test-${++n}-${Date.now()}`);

const draft = (over: Partial<AttemptDraft> = {}): AttemptDraft => ({
  examCode: 'CPC',
  date: '2026-03-09',
  source: 'Vendor practice test A',
  totalQuestions: 100,
  correct: 72,
  minutesUsed: 215,
  domainResults: [{ domainId: 'anesthesia', correct: 3, total: 4 }],
  ...over,
});

describe('recordAttempt', () => {
  it('stores the draft with a new id and a creation instant, and returns the stored record', async () => {
    const db = freshDb();
    const a = await recordAttempt(draft(), db);
    expect(a.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(Number.isNaN(Date.parse(a.createdAt))).toBe(false);
    expect(await db.practiceAttempts.get(a.id)).toEqual(a);
    expect(a).toMatchObject({ examCode: 'CPC', date: '2026-03-09', correct: 72, totalQuestions: 100, minutesUsed: 215 });
    expect(a.domainResults).toEqual([{ domainId: 'anesthesia', correct: 3, total: 4 }]);
  });

  it('keeps only the draft fields (a form object with extra keys does not leak into the record)', async () => {
    const db = freshDb();
    const a = await recordAttempt({ ...draft(), extra: 'x', id: 'forced' } as AttemptDraft, db);
    expect(a.id).not.toBe('forced');
    expect(Object.keys(a).sort()).toEqual(
      ['correct', 'createdAt', 'date', 'domainResults', 'examCode', 'id', 'minutesUsed', 'source', 'totalQuestions'],
    );
  });
});

describe('updateAttempt', () => {
  it('replaces the fields, keeping id, createdAt and the sample flag', async () => {
    const db = freshDb();
    const original = await recordAttempt(draft(), db);
    await db.practiceAttempts.update(original.id, { sample: 1 });
    const next = await updateAttempt(original.id, draft({ correct: 80, domainResults: [] }), db);
    expect(next).toEqual({ ...original, correct: 80, domainResults: [], sample: 1 });
    expect(await db.practiceAttempts.get(original.id)).toEqual(next);
    expect(await db.practiceAttempts.count()).toBe(1);
  });

  it('throws a readable error when the attempt was deleted meanwhile, and writes nothing', async () => {
    const db = freshDb();
    await expect(updateAttempt('missing', draft(), db)).rejects.toThrow('This practice attempt no longer exists.');
    expect(await db.practiceAttempts.count()).toBe(0);
  });
});

describe('deleteAttempt and restoreAttempt', () => {
  it('delete returns the record as it was; restore puts it back identical', async () => {
    const db = freshDb();
    const kept = await recordAttempt(draft({ date: '2026-03-01' }), db);
    const gone = await recordAttempt(draft({ date: '2026-03-02', correct: 60 }), db);
    const returned = await deleteAttempt(gone.id, db);
    expect(returned).toEqual(gone);
    expect((await db.practiceAttempts.toArray()).map((a) => a.id)).toEqual([kept.id]);
    await restoreAttempt(returned!, db);
    expect(await db.practiceAttempts.get(gone.id)).toEqual(gone);
    expect(await db.practiceAttempts.count()).toBe(2);
  });

  it('deleting an id that is not there returns undefined and changes nothing', async () => {
    const db = freshDb();
    await recordAttempt(draft(), db);
    expect(await deleteAttempt('nope', db)).toBeUndefined();
    expect(await db.practiceAttempts.count()).toBe(1);
  });
});

describe('practice targets', () => {
  it('are stored per exam code (upper-cased) and removed again to fall back to the catalog pass mark', async () => {
    const db = freshDb();
    expect(await readPracticeTargets(db)).toEqual({});
    await setPracticeTarget('cca', 75, db);
    await setPracticeTarget('CPC', 72.5, db);
    await db.keyValues.put({ key: 'lastDeadlineNotice', value: '2025-05-01' }); // other settings are not targets
    expect(await readPracticeTargets(db)).toEqual({ CCA: 75, CPC: 72.5 });
    await setPracticeTarget('CCA', undefined, db);
    expect(await readPracticeTargets(db)).toEqual({ CPC: 72.5 });
  });

  it('refuse a value outside 1–100 (passPercent would ignore it silently)', async () => {
    const db = freshDb();
    await expect(setPracticeTarget('CCA', 0, db)).rejects.toThrow('between 1 and 100');
    await expect(setPracticeTarget('CCA', 101, db)).rejects.toThrow('between 1 and 100');
    await expect(setPracticeTarget('CCA', Number.NaN, db)).rejects.toThrow('between 1 and 100');
    expect(await readPracticeTargets(db)).toEqual({});
  });
});

describe('the roadmap follows practice writes (shared/roadmap/autoComplete.ts rule 3)', () => {
  const certification = async (db: CoderPathDb) => milestonesOfStage(await db.milestones.toArray(), 'certification')[0];

  it('recording a passed practice exam moves the planned certification milestone to in progress', async () => {
    const db = freshDb();
    await createDefaultRoadmap(db);
    expect(await certification(db)).toMatchObject({ state: 'planned' });
    const attempt = await recordAttempt(draft({ date: '2025-06-01', correct: 72 }), db);
    expect(await certification(db)).toMatchObject({ state: 'in-progress', auto: { ref: attempt.id } });
  });

  it('an attempt below the pass mark leaves it planned until an edit lifts it over', async () => {
    const db = freshDb();
    await createDefaultRoadmap(db);
    const attempt = await recordAttempt(draft({ date: '2025-06-01', correct: 60 }), db);
    expect(await certification(db)).toMatchObject({ state: 'planned' });
    await updateAttempt(attempt.id, draft({ date: '2025-06-01', correct: 71 }), db);
    expect(await certification(db)).toMatchObject({ state: 'in-progress', auto: { ref: attempt.id } });
  });

  it("the user's own practice target decides what passes, and lowering it advances the roadmap", async () => {
    const db = freshDb();
    await createDefaultRoadmap(db);
    await setPracticeTarget('CPC', 80, db);
    const attempt = await recordAttempt(draft({ date: '2025-06-01', correct: 75 }), db);
    expect(await certification(db)).toMatchObject({ state: 'planned' });
    await setPracticeTarget('CPC', 75, db);
    expect(await certification(db)).toMatchObject({ state: 'in-progress', auto: { ref: attempt.id } });
  });
});
