/**
 * Study writes, one function per user action, each one transaction. The rules (schedule, validation, timer policy)
 * live in shared/study; this module applies them and keeps one invariant of its own: while any plan exists, exactly
 * one is active.
 */
import type { Id, RunningTimer, StudyPlan, StudySession } from '../../../shared/model/entities';
import type { PlanDraft } from '../../../shared/study/planForm';
import type { SessionDraft } from '../../../shared/study/sessionForm';
import { advanceTimerCheckpoint, timerToSessionDraft, type TimerCheckpoint, type TimerStop } from '../../../shared/study/sessions';
import { db, newId, nowIso, type CoderPathDb } from './db';
import { guardEdit, type EditOptions } from './editGuard';
import { compareKeys } from '../../../shared/model/compareKeys';

const TIMER_ID = 'timer' as const;
/** keyValues key of the running timer's checkpoint (shared/study/sessions.ts TimerCheckpoint). */
export const TIMER_CHECKPOINT_KEY = 'timerCheckpoint';

const PLAN_FORM_FIELDS = ['name', 'examCode', 'examDate', 'startDate', 'weeklyHoursGoal', 'weights'] as const satisfies readonly (keyof StudyPlan)[];

function planFields(draft: PlanDraft): PlanDraft {
  return {
    name: draft.name,
    examCode: draft.examCode,
    examDate: draft.examDate,
    startDate: draft.startDate,
    weeklyHoursGoal: draft.weeklyHoursGoal,
    weights: draft.weights.map((w) => ({ domainId: w.domainId, weight: w.weight })),
  };
}

/** Creates a plan and makes it the active one: the user just chose to work toward it. */
export async function createPlan(draft: PlanDraft, database: CoderPathDb = db): Promise<StudyPlan> {
  return database.transaction('rw', database.studyPlans, async () => {
    const now = nowIso();
    const plan: StudyPlan = { id: newId(), ...planFields(draft), active: true, createdAt: now, updatedAt: now };
    await database.studyPlans.toCollection().modify({ active: false });
    await database.studyPlans.add(plan);
    return plan;
  });
}

/** Saves an edit; the active flag and identity stay. Throws when the plan no longer exists. */
export async function updatePlan(id: Id, draft: PlanDraft, database: CoderPathDb = db, { base }: EditOptions<StudyPlan> = {}): Promise<StudyPlan> {
  return database.transaction('rw', database.studyPlans, async () => {
    const existing = await database.studyPlans.get(id);
    if (!existing) throw new Error('This plan no longer exists.');
    // `active` is switched from the plan list, not by this form.
    guardEdit('study plan', existing, base, PLAN_FORM_FIELDS);
    const plan: StudyPlan = { ...existing, ...planFields(draft), updatedAt: nowIso() };
    await database.studyPlans.put(plan);
    return plan;
  });
}

/** Makes `id` the one active plan. */
export async function setActivePlan(id: Id, database: CoderPathDb = db): Promise<void> {
  await database.transaction('rw', database.studyPlans, async () => {
    if (!(await database.studyPlans.get(id))) throw new Error('This plan no longer exists.');
    await database.studyPlans.toCollection().modify((p) => {
      p.active = p.id === id;
    });
  });
}

/** What `restorePlan` needs to put a deleted plan back exactly as it was. */
export interface DeletedPlan {
  plan: StudyPlan;
  /** The plan made active in its place, when the deleted one was active. */
  promotedId?: Id;
}

/**
 * Deletes a plan. Its sessions stay: they are the learner's record of study time, not part of the plan. When the
 * active plan goes, the most recently updated remaining plan becomes active.
 */
export async function deletePlan(id: Id, database: CoderPathDb = db): Promise<DeletedPlan> {
  return database.transaction('rw', database.studyPlans, async () => {
    const plan = await database.studyPlans.get(id);
    if (!plan) throw new Error('This plan no longer exists.');
    await database.studyPlans.delete(id);
    if (!plan.active) return { plan };
    const rest = await database.studyPlans.toArray();
    const next = rest.sort((a, b) => compareKeys(b.updatedAt, a.updatedAt))[0];
    if (!next) return { plan };
    await database.studyPlans.update(next.id, { active: true });
    return { plan, promotedId: next.id };
  });
}

/** Undo of `deletePlan`: the plan comes back, active again if it was. */
export async function restorePlan(deleted: DeletedPlan, database: CoderPathDb = db): Promise<void> {
  await database.transaction('rw', database.studyPlans, async () => {
    const others = await database.studyPlans.count();
    // A plan restored into an empty table must be active to keep the invariant.
    const active = deleted.plan.active || others === 0;
    if (active) await database.studyPlans.toCollection().modify({ active: false });
    await database.studyPlans.put({ ...deleted.plan, active });
  });
}

/** Starts the timer for a plan and domain. Throws when a timer already runs (one at a time). */
export async function startTimer(
  choice: { planId?: Id; domainId?: string },
  database: CoderPathDb = db,
  now: Date = new Date(),
): Promise<RunningTimer> {
  return database.transaction('rw', database.timer, database.keyValues, async () => {
    if (await database.timer.get(TIMER_ID)) throw new Error('A timer is already running.');
    await database.keyValues.delete(TIMER_CHECKPOINT_KEY);
    const timer: RunningTimer = {
      id: TIMER_ID,
      startedAt: now.toISOString(),
      ...(choice.planId ? { planId: choice.planId } : {}),
      ...(choice.domainId ? { domainId: choice.domainId } : {}),
    };
    await database.timer.add(timer);
    return timer;
  });
}

export type StopTimerResult =
  | (Extract<TimerStop, { kind: 'draft' }> & { session: StudySession })
  | Exclude<TimerStop, { kind: 'draft' }>
  | { kind: 'not-running' };

/**
 * Stops the timer. `draft`: the session is written and the timer cleared. `too-short`: the timer is cleared and
 * nothing saved. `confirm` (ran very long): nothing changes until the user answers, by calling again with
 * `minutesOverride` or by `discardTimer`, so a reload while deciding loses nothing.
 */
export async function stopTimer(
  options: { minutesOverride?: number; notes?: string; now?: Date } = {},
  database: CoderPathDb = db,
): Promise<StopTimerResult> {
  return database.transaction('rw', database.timer, database.studySessions, database.keyValues, async () => {
    const timer = await database.timer.get(TIMER_ID);
    if (!timer) return { kind: 'not-running' } as const;
    const { now = new Date(), ...draftOptions } = options;
    const checkpoint = await readTimerCheckpoint(database);
    const result = timerToSessionDraft(timer, now, { ...draftOptions, checkpoint });
    if (result.kind === 'confirm') return result;
    await database.timer.delete(TIMER_ID);
    await database.keyValues.delete(TIMER_CHECKPOINT_KEY);
    if (result.kind === 'too-short') return result;
    const session: StudySession = { id: newId(), ...result.draft, createdAt: nowIso() };
    await database.studySessions.add(session);
    return { ...result, session };
  });
}

/** Throws the running timer away without saving a session. */
export async function discardTimer(database: CoderPathDb = db): Promise<void> {
  await database.transaction('rw', database.timer, database.keyValues, async () => {
    await database.timer.delete(TIMER_ID);
    await database.keyValues.delete(TIMER_CHECKPOINT_KEY);
  });
}

/** The running timer's checkpoint, or null (none yet, or none runs). */
export async function readTimerCheckpoint(database: CoderPathDb = db): Promise<TimerCheckpoint | null> {
  const value = (await database.keyValues.get(TIMER_CHECKPOINT_KEY))?.value as Partial<TimerCheckpoint> | undefined;
  const valid = value && typeof value.startedAt === 'string' && typeof value.at === 'string' && !Number.isNaN(Date.parse(value.at)) &&
    typeof value.elapsedMs === 'number' && Number.isFinite(value.elapsedMs) && value.elapsedMs >= 0;
  return valid ? { startedAt: value.startedAt!, at: value.at!, elapsedMs: value.elapsedMs!, clockChanged: value.clockChanged === true } : null;
}

/**
 * Notes that the timer was seen running at `now`, with the time it had run by then: called every little while
 * by the app while a timer runs, so a clock set back loses at most that little while. Null when none runs.
 */
export async function checkpointTimer(database: CoderPathDb = db, now: Date = new Date()): Promise<TimerCheckpoint | null> {
  return database.transaction('rw', database.timer, database.keyValues, async () => {
    const timer = await database.timer.get(TIMER_ID);
    if (!timer) return null;
    const checkpoint = advanceTimerCheckpoint(timer, await readTimerCheckpoint(database), now);
    await database.keyValues.put({ key: TIMER_CHECKPOINT_KEY, value: checkpoint });
    return checkpoint;
  });
}

export async function logSession(draft: SessionDraft, database: CoderPathDb = db): Promise<StudySession> {
  return database.transaction('rw', database.studySessions, async () => {
    const session: StudySession = { id: newId(), ...sessionFields(draft), createdAt: nowIso() };
    await database.studySessions.add(session);
    return session;
  });
}

/** Saves an edit; identity, createdAt and the sample mark stay. Throws when the session no longer exists. */
export async function updateSession(
  id: Id,
  draft: SessionDraft,
  database: CoderPathDb = db,
  { base }: EditOptions<StudySession> = {},
): Promise<StudySession> {
  return database.transaction('rw', database.studySessions, async () => {
    const existing = await database.studySessions.get(id);
    if (!existing) throw new Error('This session no longer exists.');
    guardEdit('study session', existing, base);
    const session: StudySession = {
      id,
      ...sessionFields(draft),
      createdAt: existing.createdAt,
      ...(existing.sample ? { sample: existing.sample } : {}),
    };
    await database.studySessions.put(session);
    return session;
  });
}

/** Deletes a session and returns it, for Undo. */
export async function deleteSession(id: Id, database: CoderPathDb = db): Promise<StudySession> {
  return database.transaction('rw', database.studySessions, async () => {
    const session = await database.studySessions.get(id);
    if (!session) throw new Error('This session no longer exists.');
    await database.studySessions.delete(id);
    return session;
  });
}

export async function restoreSession(session: StudySession, database: CoderPathDb = db): Promise<void> {
  await database.studySessions.put(session);
}

/** Only the draft's own fields, leaving absent optional ones out rather than storing `undefined`. */
function sessionFields(draft: SessionDraft): SessionDraft {
  return {
    date: draft.date,
    minutes: draft.minutes,
    notes: draft.notes,
    ...(draft.planId ? { planId: draft.planId } : {}),
    ...(draft.domainId ? { domainId: draft.domainId } : {}),
  };
}
