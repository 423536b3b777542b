import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { addCredential, addEntry, updateCredential, updateEntry } from './ceus';
import { CoderPathDb } from './db';
import { EditConflictError, guardEdit, overwriteNext } from './editGuard';
import { recordAttempt, updateAttempt } from './practice';
import { ensureProfile, updateProfile } from './profile';
import { addMilestone, updateMilestone } from './roadmap';
import { createPlan, logSession, updatePlan, updateSession } from './study';

const made: CoderPathDb[] = [];
const freshDb = () => {
  const database = new CoderPathDb(`edit-guard-${Math.random()}`);
  made.push(database);
  return database;
};
afterEach(async () => {
  for (const database of made.splice(0)) await database.delete();
});

describe('guardEdit', () => {
  it('passes an unchanged record whatever its key order, refuses a changed one with the stored version', () => {
    guardEdit('thing', { a: 1, b: { c: 2, d: 3 } }, { b: { d: 3, c: 2 }, a: 1 });
    guardEdit('thing', { a: 1 }, undefined); // no base: nothing to compare
    guardEdit('thing', { a: 1, b: 2 }, { a: 1, b: 3 }, ['a']); // only the compared fields count
    const error = (() => { try { guardEdit('thing', { a: 2 }, { a: 1 }); } catch (e) { return e; } })();
    expect(error).toBeInstanceOf(EditConflictError);
    expect(error).toMatchObject({ current: { a: 2 }, message: 'This thing was changed in another window after you opened it.' });
  });

  it('"keep mine" lets the next save replace that stored version only, once', () => {
    let error: EditConflictError | undefined;
    try { guardEdit('thing', { a: 2 }, { a: 1 }); } catch (e) { error = e as EditConflictError; }
    overwriteNext(error!);
    expect(() => guardEdit('thing', { a: 3 }, { a: 1 })).toThrow(EditConflictError); // changed yet again: ask again
    guardEdit('thing', { a: 2 }, { a: 1 });
    expect(() => guardEdit('thing', { a: 2 }, { a: 1 })).toThrow(EditConflictError);
  });
});

/** Each edit form's save: opened on `base`, the record is saved in "another window", then this one saves. */
describe('every edit form’s save refuses to overwrite a change made elsewhere', () => {
  const cases: { what: string; run: (db: CoderPathDb) => Promise<{ save: () => Promise<unknown>; stored: () => Promise<unknown> }> }[] = [
    {
      what: 'credential',
      run: async (db) => {
        const base = await addCredential({ code: 'CPC', earnedOn: '2024-03-01', cycleStart: '2024-03-01', cycleEnd: '2026-02-28' }, db);
        await updateCredential(base.id, { code: 'CPC', earnedOn: '2024-03-01', cycleStart: '2024-03-01', cycleEnd: '2026-03-31' }, db);
        return {
          save: () => updateCredential(base.id, { code: 'CPC', earnedOn: '2024-04-01', cycleStart: '2024-03-01', cycleEnd: '2026-02-28' }, db, { base }),
          stored: async () => (await db.credentials.get(base.id))?.cycleEnd,
        };
      },
    },
    {
      what: 'CEU entry',
      run: async (db) => {
        const entry = { completedOn: '2025-05-10', title: 'E/M update', provider: 'AAPC', ceus: 1, category: 'general' as const, approvalCode: '', credentialIds: [], notes: '' };
        const base = await addEntry(entry, [], db);
        await updateEntry(base.id, { ...entry, title: 'Theirs' }, [], db);
        return { save: () => updateEntry(base.id, { ...entry, title: 'Mine' }, [], db, { base }), stored: async () => (await db.ceuEntries.get(base.id))?.title };
      },
    },
    {
      what: 'study plan',
      run: async (db) => {
        const plan = { name: 'CPC', examCode: 'CPC', startDate: '2026-03-02', examDate: '2026-06-13', weeklyHoursGoal: 10, weights: [] };
        const base = await createPlan(plan, db);
        await updatePlan(base.id, { ...plan, weeklyHoursGoal: 12 }, db);
        return { save: () => updatePlan(base.id, { ...plan, name: 'Mine' }, db, { base }), stored: async () => (await db.studyPlans.get(base.id))?.weeklyHoursGoal };
      },
    },
    {
      what: 'study session',
      run: async (db) => {
        const session = { date: '2026-03-05', minutes: 50, notes: '' };
        const base = await logSession(session, db);
        await updateSession(base.id, { ...session, minutes: 60 }, db);
        return { save: () => updateSession(base.id, { ...session, notes: 'mine' }, db, { base }), stored: async () => (await db.studySessions.get(base.id))?.minutes };
      },
    },
    {
      what: 'practice attempt',
      run: async (db) => {
        const attempt = { examCode: 'CPC', date: '2026-03-09', source: 'A', totalQuestions: 100, correct: 72, minutesUsed: 215, domainResults: [] };
        const base = await recordAttempt(attempt, db);
        await updateAttempt(base.id, { ...attempt, correct: 80 }, db);
        return { save: () => updateAttempt(base.id, { ...attempt, source: 'mine' }, db, { base }), stored: async () => (await db.practiceAttempts.get(base.id))?.correct };
      },
    },
    {
      what: 'milestone',
      run: async (db) => {
        const milestone = { stage: 'certification' as const, title: 'Pass the CPC', targetDate: '2027-05-01', state: 'planned' as const, notes: '' };
        const base = await addMilestone(milestone, db);
        await updateMilestone(base.id, { title: 'Theirs' }, db);
        return { save: () => updateMilestone(base.id, { ...milestone, notes: 'mine' }, db, { base }), stored: async () => (await db.milestones.get(base.id))?.title };
      },
    },
    {
      what: 'profile',
      run: async (db) => {
        const base = await ensureProfile(db);
        await updateProfile({ name: 'Theirs' }, db);
        return { save: () => updateProfile({ name: 'Mine', careerStart: '2020-01-01' }, db, { base }), stored: async () => (await db.profile.get('profile'))?.name };
      },
    },
  ];

  for (const { what, run } of cases) {
    it(what, async () => {
      const db = freshDb();
      const { save, stored } = await run(db);
      const before = await stored();
      const error = await save().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(EditConflictError);
      expect((error as EditConflictError).what).toBe(what);
      expect(await stored()).toEqual(before); // the other window's change is still there
      overwriteNext(error as EditConflictError);
      await save(); // "keep mine"
    });
  }

  it('a profile change elsewhere to a field the form does not save is no conflict', async () => {
    const db = freshDb();
    const base = await ensureProfile(db);
    await updateProfile({ persistentStorage: true }, db);
    await updateProfile({ name: 'Mine', careerStart: base.careerStart }, db, { base });
    expect(await db.profile.get('profile')).toMatchObject({ name: 'Mine', persistentStorage: true });
  });
});
