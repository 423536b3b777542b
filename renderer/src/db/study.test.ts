import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { PlanDraft } from '../../../shared/study/planForm';
import { CoderPathDb } from './db';
import {
  createPlan,
  deletePlan,
  deleteSession,
  checkpointTimer,
  discardTimer,
  logSession,
  restorePlan,
  restoreSession,
  setActivePlan,
  startTimer,
  stopTimer,
  updatePlan,
  updateSession,
  TIMER_CHECKPOINT_KEY,
} from './study';

let n = 0;
const freshDb = () => new CoderPathDb(`study-test-${++n}`);

const planDraft = (over: Partial<PlanDraft> = {}): PlanDraft => ({
  name: 'CPC in June',
  examCode: 'CPC',
  startDate: '2026-03-02',
  examDate: '2026-06-13',
  weeklyHoursGoal: 10,
  weights: [
    { domainId: 'medicine', weight: 6 },
    { domainId: 'radiology', weight: 6 },
  ],
  ...over,
});

const activeNames = async (db: CoderPathDb) =>
  (await db.studyPlans.toArray()).filter((p) => p.active).map((p) => p.name);

// Noon UTC falls on the same calendar day in every time zone from UTC−11 to UTC+11.
const START = new Date('2026-03-10T12:00:00.000Z');
const after = (minutes: number) => new Date(START.getTime() + minutes * 60_000);

describe('study plans', () => {
  it('a new plan is stored with the draft fields and becomes the one active plan', async () => {
    const db = freshDb();
    const first = await createPlan(planDraft({ name: 'First' }), db);
    expect(first).toMatchObject({ name: 'First', examCode: 'CPC', weeklyHoursGoal: 10, active: true });
    await createPlan(planDraft({ name: 'Second' }), db);
    expect(await activeNames(db)).toEqual(['Second']);
    expect(await db.studyPlans.count()).toBe(2);
  });

  it('an edit keeps identity, creation time and the active flag', async () => {
    const db = freshDb();
    const plan = await createPlan(planDraft(), db);
    const edited = await updatePlan(plan.id, planDraft({ name: 'Renamed', weeklyHoursGoal: 12 }), db);
    expect(edited).toMatchObject({ id: plan.id, createdAt: plan.createdAt, active: true, name: 'Renamed', weeklyHoursGoal: 12 });
    expect((await db.studyPlans.get(plan.id))?.name).toBe('Renamed');
    await expect(updatePlan('gone', planDraft(), db)).rejects.toThrow('This plan no longer exists.');
  });

  it('switching the active plan leaves exactly one active', async () => {
    const db = freshDb();
    const a = await createPlan(planDraft({ name: 'A' }), db);
    await createPlan(planDraft({ name: 'B' }), db);
    await setActivePlan(a.id, db);
    expect(await activeNames(db)).toEqual(['A']);
    await expect(setActivePlan('gone', db)).rejects.toThrow();
    expect(await activeNames(db)).toEqual(['A']);
  });

  it('deleting the active plan promotes the most recently updated one; undo restores both as they were', async () => {
    const db = freshDb();
    const a = await createPlan(planDraft({ name: 'A' }), db);
    const b = await createPlan(planDraft({ name: 'B' }), db);
    const c = await createPlan(planDraft({ name: 'C' }), db);
    await updatePlan(a.id, planDraft({ name: 'A2' }), db);
    // Explicit stamps (two writes can share a millisecond): A2 is the most recently updated.
    await db.studyPlans.update(a.id, { updatedAt: '2026-03-09T00:00:00.000Z' });
    await db.studyPlans.update(c.id, { updatedAt: '2026-03-01T00:00:00.000Z' });
    await setActivePlan(b.id, db);
    const undo = await deletePlan(b.id, db);
    expect(undo.plan.name).toBe('B');
    expect(await activeNames(db)).toEqual(['A2']);
    await restorePlan(undo, db);
    expect(await activeNames(db)).toEqual(['B']);
    expect(await db.studyPlans.get(b.id)).toEqual(undo.plan);
  });

  it('deleting an inactive plan changes no active flag, and its sessions are kept', async () => {
    const db = freshDb();
    const a = await createPlan(planDraft({ name: 'A' }), db);
    await createPlan(planDraft({ name: 'B' }), db);
    await logSession({ date: '2026-03-05', minutes: 30, notes: '', planId: a.id }, db);
    const undo = await deletePlan(a.id, db);
    expect(undo.promotedId).toBeUndefined();
    expect(await activeNames(db)).toEqual(['B']);
    expect(await db.studySessions.count()).toBe(1);
    await restorePlan(undo, db);
    expect(await activeNames(db)).toEqual(['B']);
  });

  it('deleting the last plan leaves none; restoring it makes it active again', async () => {
    const db = freshDb();
    const a = await createPlan(planDraft(), db);
    const undo = await deletePlan(a.id, db);
    expect(await db.studyPlans.count()).toBe(0);
    await restorePlan(undo, db);
    expect(await activeNames(db)).toEqual(['CPC in June']);
  });
});

describe('the study timer', () => {
  it('is stored, so it survives a reload, and only one runs at a time', async () => {
    const db = freshDb();
    await startTimer({ planId: 'p1', domainId: 'medicine' }, db, START);
    expect(await db.timer.get('timer')).toEqual({
      id: 'timer',
      startedAt: START.toISOString(),
      planId: 'p1',
      domainId: 'medicine',
    });
    await expect(startTimer({}, db, START)).rejects.toThrow('A timer is already running.');
  });

  it('stopping writes a session with the rounded minutes, dated the day it started, and clears the timer', async () => {
    const db = freshDb();
    await startTimer({ planId: 'p1', domainId: 'radiology' }, db, START);
    const result = await stopTimer({ now: new Date(after(45).getTime() + 20_000) }, db);
    expect(result.kind).toBe('draft');
    if (result.kind !== 'draft') return;
    expect(result.session).toMatchObject({ date: '2026-03-10', minutes: 45, planId: 'p1', domainId: 'radiology', notes: '' });
    expect(await db.studySessions.toArray()).toEqual([result.session]);
    expect(await db.timer.count()).toBe(0);
  });

  it('under a minute is "too-short" (sessions.ts: SESSION_LIMITS.minMinutes): timer cleared, nothing saved', async () => {
    const db = freshDb();
    await startTimer({}, db, START);
    const result = await stopTimer({ now: new Date(START.getTime() + 20_000) }, db);
    expect(result).toEqual({ kind: 'too-short', message: 'The timer ran for less than a minute: nothing to save.' });
    expect(await db.studySessions.count()).toBe(0);
    expect(await db.timer.count()).toBe(0);
  });

  it('over 12 hours (TIMER_POLICY.askAfterHours) asks first and keeps the timer until the user answers', async () => {
    const db = freshDb();
    await startTimer({ domainId: 'medicine' }, db, START);
    const result = await stopTimer({ now: after(13 * 60 + 5) }, db);
    expect(result.kind).toBe('confirm');
    if (result.kind === 'confirm') {
      expect(result.message).toBe('The timer ran for 13 h 5 min. Was it left running? Check the minutes before saving.');
    }
    expect(await db.timer.count()).toBe(1);
    expect(await db.studySessions.count()).toBe(0);
    const saved = await stopTimer({ now: after(13 * 60 + 6), minutesOverride: 90 }, db);
    expect(saved.kind === 'draft' && saved.session.minutes).toBe(90);
    expect(await db.timer.count()).toBe(0);
  });

  it('the clock set back while it runs: the minutes counted up to the last checkpoint are kept and the user is asked', async () => {
    const db = freshDb();
    await startTimer({ domainId: 'medicine' }, db, START);
    await checkpointTimer(db, after(40));
    const result = await stopTimer({ now: after(-60) }, db); // clock set back 100 minutes
    expect(result).toMatchObject({ kind: 'confirm', draft: { minutes: 40, domainId: 'medicine' } });
    expect(await db.timer.count()).toBe(1); // nothing lost while the user decides
    const saved = await stopTimer({ now: after(-59), minutesOverride: 41 }, db);
    expect(saved.kind === 'draft' && saved.session.minutes).toBe(41);
    expect(await db.keyValues.get(TIMER_CHECKPOINT_KEY)).toBeUndefined();
    expect(await checkpointTimer(db, after(0))).toBeNull();
  });

  it('discarding clears the timer without a session; stopping with none running says so', async () => {
    const db = freshDb();
    await startTimer({}, db, START);
    await discardTimer(db);
    expect(await db.timer.count()).toBe(0);
    expect(await stopTimer({ now: after(30) }, db)).toEqual({ kind: 'not-running' });
    expect(await db.studySessions.count()).toBe(0);
  });
});

describe('study sessions', () => {
  it('logs, edits and deletes with an exact undo', async () => {
    const db = freshDb();
    const logged = await logSession({ date: '2026-03-05', minutes: 50, domainId: 'medicine', notes: 'Ch. 9', planId: 'p1' }, db);
    expect(logged).toMatchObject({ date: '2026-03-05', minutes: 50, domainId: 'medicine', notes: 'Ch. 9', planId: 'p1' });

    const edited = await updateSession(logged.id, { date: '2026-03-06', minutes: 40, notes: '' }, db);
    expect(edited).toEqual({ id: logged.id, date: '2026-03-06', minutes: 40, notes: '', createdAt: logged.createdAt });
    expect('domainId' in edited).toBe(false);

    const removed = await deleteSession(logged.id, db);
    expect(await db.studySessions.count()).toBe(0);
    await restoreSession(removed, db);
    expect(await db.studySessions.get(logged.id)).toEqual(edited);
    await expect(updateSession('gone', { date: '2026-03-06', minutes: 40, notes: '' }, db)).rejects.toThrow();
  });

  it('an edited sample session stays marked as sample, so "clear sample data" still removes it', async () => {
    const db = freshDb();
    await db.studySessions.add({ id: 's1', date: '2026-03-01', minutes: 20, notes: '', createdAt: 'x', sample: 1 });
    expect((await updateSession('s1', { date: '2026-03-01', minutes: 25, notes: '' }, db)).sample).toBe(1);
  });
});
