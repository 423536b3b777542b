/**
 * Roadmap writes, one function per user action, each one transaction. The rules themselves (seed, ordering,
 * automatic progress) live in shared/roadmap; this module only reads, applies them and writes the result.
 */
import type { Id, IsoDate, Milestone, MilestoneState, RoadmapStage } from '../../../shared/model/entities';
import { applyAutoProgress, type AutoProgressResult, type ProgressFacts } from '../../../shared/roadmap/autoComplete';
import { defaultMilestones } from '../../../shared/roadmap/seed';
import { reorderMilestone } from '../../../shared/roadmap/timeline';
import { db, newId, nowIso, takeRecord, type CoderPathDb } from './db';
import { guardEdit, type EditOptions } from './editGuard';
import { ensureProfile } from './profile';

/** What the user types for a milestone; `doneOn` only counts when the state is `done`. */
export type MilestoneDraft = Pick<Milestone, 'stage' | 'title' | 'targetDate' | 'state' | 'doneOn' | 'notes'>;
const MILESTONE_FORM_FIELDS = ['stage', 'title', 'targetDate', 'state', 'doneOn', 'notes'] as const satisfies readonly (keyof MilestoneDraft)[];

export type MoveDirection = 'up' | 'down';

/** A done date belongs only to a done milestone, so a reopened one does not keep a stale date. */
function withDoneOn<T extends { state: MilestoneState; doneOn?: IsoDate }>(m: T): T {
  if (m.state === 'done') return m;
  const { doneOn: _dropped, ...rest } = m;
  return rest as T;
}

/** The next free position at the end of a stage. */
async function nextOrder(database: CoderPathDb, stage: RoadmapStage): Promise<number> {
  const list = await database.milestones.where('stage').equals(stage).toArray();
  return list.reduce((max, m) => Math.max(max, m.order + 1), 0);
}

/**
 * "Create my roadmap": the typical milestones, dated from the profile's career start. Stages that already hold
 * a milestone (e.g. one the app added when a credential was saved) keep theirs and get no seed milestone, so
 * running it twice never duplicates. Returns the milestones it added.
 */
export async function createDefaultRoadmap(database: CoderPathDb = db): Promise<Milestone[]> {
  return database.transaction('rw', database.profile, database.milestones, async () => {
    const profile = await ensureProfile(database);
    const existing = await database.milestones.toArray();
    const filled = new Set(existing.map((m) => m.stage));
    const added = defaultMilestones(profile.careerStart, nowIso(), newId).filter((m) => !filled.has(m.stage));
    await database.milestones.bulkAdd(added);
    return added;
  });
}

/** Adds a milestone at the end of its stage. */
export async function addMilestone(draft: MilestoneDraft, database: CoderPathDb = db): Promise<Milestone> {
  return database.transaction('rw', database.milestones, async () => {
    const now = nowIso();
    const milestone: Milestone = withDoneOn({
      id: newId(),
      stage: draft.stage,
      title: draft.title,
      targetDate: draft.targetDate,
      state: draft.state,
      ...(draft.doneOn !== undefined ? { doneOn: draft.doneOn } : {}),
      notes: draft.notes,
      order: await nextOrder(database, draft.stage),
      createdAt: now,
      updatedAt: now,
    });
    await database.milestones.add(milestone);
    return milestone;
  });
}

/**
 * Saves an edit. A milestone moved to another stage goes to the end of it. `auto` is kept: it records which
 * credential already completed a milestone, so a milestone reopened by hand is not completed again by the sync.
 * Throws when the milestone no longer exists (deleted in another window).
 */
export async function updateMilestone(
  id: Id,
  changes: Partial<MilestoneDraft>,
  database: CoderPathDb = db,
  { base }: EditOptions<Milestone> = {},
): Promise<Milestone> {
  return database.transaction('rw', database.milestones, async () => {
    const current = await database.milestones.get(id);
    if (!current) throw new Error('This milestone no longer exists.');
    // `order` changes when a milestone is moved up or down: not an edit of what the form shows.
    guardEdit('milestone', current, base, MILESTONE_FORM_FIELDS);
    const merged: Milestone = { ...current, ...stripUndefined(changes), updatedAt: nowIso() };
    if (merged.stage !== current.stage) merged.order = await nextOrder(database, merged.stage);
    const next = withDoneOn(merged);
    await database.milestones.put(next);
    return next;
  });
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Deletes a milestone and returns the record exactly as it was, for `restoreMilestone`; undefined if absent. */
export async function deleteMilestone(id: Id, database: CoderPathDb = db): Promise<Milestone | undefined> {
  return takeRecord(database, database.milestones, id);
}

/**
 * Undo of a delete: puts the record back unchanged (same id, dates, `auto`, order). If another milestone has
 * taken its position in the meantime, that one and those after it move down one place so the restored
 * milestone is back where it was.
 */
export async function restoreMilestone(milestone: Milestone, database: CoderPathDb = db): Promise<void> {
  await database.transaction('rw', database.milestones, async () => {
    const siblings = (await database.milestones.where('stage').equals(milestone.stage).toArray()).filter(
      (m) => m.id !== milestone.id,
    );
    if (siblings.some((m) => m.order === milestone.order)) {
      const shifted = siblings.filter((m) => m.order >= milestone.order).map((m) => ({ ...m, order: m.order + 1 }));
      await database.milestones.bulkPut(shifted);
    }
    await database.milestones.put(milestone);
  });
}

/** Moves a milestone one place up or down within its stage. Returns false when it cannot move further. */
export async function moveMilestone(id: Id, direction: MoveDirection, database: CoderPathDb = db): Promise<boolean> {
  return database.transaction('rw', database.milestones, async () => {
    const moving = await database.milestones.get(id);
    if (!moving) return false;
    const stage = await database.milestones.where('stage').equals(moving.stage).toArray();
    const changed = reorderMilestone(stage, id, direction, nowIso());
    await database.milestones.bulkPut(changed);
    return changed.length > 0;
  });
}

/**
 * Completes or advances milestones from the user's data (shared/roadmap/autoComplete.ts `applyAutoProgress`)
 * and writes what changed. Call it after a credential is added or changed and after a practice attempt is
 * saved, with facts gathered by the caller: held credentials (not retired) with their catalog kind, and the
 * practice attempts that reached their exam's pass mark. Safe to call any number of times (idempotent).
 */
export async function syncRoadmapProgress(
  today: IsoDate,
  facts: ProgressFacts,
  database: CoderPathDb = db,
): Promise<AutoProgressResult> {
  return database.transaction('rw', database.milestones, async () => {
    const milestones = await database.milestones.toArray();
    const result = applyAutoProgress(milestones, facts, today, { now: nowIso(), newId });
    await database.milestones.bulkPut([...result.updated, ...result.created]);
    return result;
  });
}

export type { AutoProgressResult, HeldCredentialFact, PassedPracticeExamFact, ProgressFacts } from '../../../shared/roadmap/autoComplete';
