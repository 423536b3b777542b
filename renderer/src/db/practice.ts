/**
 * Practice-attempt writes, one function per user action, each one transaction. Validation happens before (the form
 * runs shared/study/attemptForm.ts `validateAttemptForm`); readiness and charts are computed from reads in
 * shared/study. The user's practice target per exam (the editable pass percent) is a small setting in keyValues.
 */
import type { Id, PracticeAttempt } from '../../../shared/model/entities';
import type { AttemptDraft } from '../../../shared/study/attemptForm';
import { db, newId, nowIso, takeRecord, type CoderPathDb } from './db';
import { guardEdit, type EditOptions } from './editGuard';
import { PRACTICE_TARGET_PREFIX } from './practiceTargets';
import { syncRoadmapFromData } from './progressSync';
import { todayIso } from '../lib/dates';

export type { AttemptDraft } from '../../../shared/study/attemptForm';
export { PRACTICE_TARGET_PREFIX, readPracticeTargets } from './practiceTargets';

/** Only the draft's own fields are stored, so a form object with extra keys cannot leak into the record. */
function draftFields(draft: AttemptDraft): AttemptDraft {
  return {
    examCode: draft.examCode,
    date: draft.date,
    source: draft.source,
    totalQuestions: draft.totalQuestions,
    correct: draft.correct,
    minutesUsed: draft.minutesUsed,
    domainResults: draft.domainResults.map((r) => ({ domainId: r.domainId, correct: r.correct, total: r.total })),
  };
}

/** Stores a new attempt and returns it, then lets the roadmap follow (a passed practice exam advances it). */
export async function recordAttempt(draft: AttemptDraft, database: CoderPathDb = db): Promise<PracticeAttempt> {
  const attempt = await database.transaction('rw', database.practiceAttempts, async () => {
    const created: PracticeAttempt = { id: newId(), ...draftFields(draft), createdAt: nowIso() };
    await database.practiceAttempts.add(created);
    return created;
  });
  await syncRoadmapFromData(database, todayIso());
  return attempt;
}

/**
 * Replaces an attempt's fields with the draft; id, createdAt (same-day order) and the sample flag stay; the roadmap
 * follows.
 * Throws when the attempt no longer exists (deleted in another window).
 */
export async function updateAttempt(
  id: Id,
  draft: AttemptDraft,
  database: CoderPathDb = db,
  { base }: EditOptions<PracticeAttempt> = {},
): Promise<PracticeAttempt> {
  const saved = await database.transaction('rw', database.practiceAttempts, async () => {
    const current = await database.practiceAttempts.get(id);
    if (!current) throw new Error('This practice attempt no longer exists.');
    guardEdit('practice attempt', current, base);
    const next: PracticeAttempt = {
      id: current.id,
      ...draftFields(draft),
      createdAt: current.createdAt,
      ...(current.sample ? { sample: current.sample } : {}),
    };
    await database.practiceAttempts.put(next);
    return next;
  });
  await syncRoadmapFromData(database, todayIso());
  return saved;
}

/** Deletes an attempt and returns it exactly as it was, for `restoreAttempt`; undefined if it was not there. */
export async function deleteAttempt(id: Id, database: CoderPathDb = db): Promise<PracticeAttempt | undefined> {
  return takeRecord(database, database.practiceAttempts, id);
}

/** Undo of a delete: puts the record back unchanged (same id and createdAt, so it sorts where it was); the roadmap follows. */
export async function restoreAttempt(attempt: PracticeAttempt, database: CoderPathDb = db): Promise<void> {
  await database.transaction('rw', database.practiceAttempts, async () => {
    await database.practiceAttempts.put(attempt);
  });
  await syncRoadmapFromData(database, todayIso());
}

/**
 * Sets the practice target of an exam (1–100), or removes it (undefined) to go back to the catalog's pass mark;
 * the roadmap follows (an attempt may now reach the target).
 */
export async function setPracticeTarget(
  examCode: string,
  percent: number | undefined,
  database: CoderPathDb = db,
): Promise<void> {
  const key = PRACTICE_TARGET_PREFIX + examCode.trim().toUpperCase();
  if (percent !== undefined && !(Number.isFinite(percent) && percent > 0 && percent <= 100)) {
    throw new Error('A practice target must be a percent between 1 and 100.');
  }
  await database.transaction('rw', database.keyValues, async () => {
    if (percent === undefined) await database.keyValues.delete(key);
    else await database.keyValues.put({ key, value: percent });
  });
  await syncRoadmapFromData(database, todayIso());
}
