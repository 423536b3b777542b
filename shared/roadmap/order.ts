/** How milestones sort: by stage in path order, then by their position in the stage. */
import type { Milestone, RoadmapStage } from '../model/entities';
import { stageIndex } from './seed';
import { compareKeys } from '../model/compareKeys';

/** Stage, then `order`, then target date, then id, so equal `order` values still sort the same way every time. */
export function compareMilestones(a: Milestone, b: Milestone): number {
  return (
    stageIndex(a.stage) - stageIndex(b.stage) ||
    a.order - b.order ||
    compareKeys(a.targetDate, b.targetDate) ||
    compareKeys(a.id, b.id)
  );
}

/** The milestones of one stage, in their order. */
export function milestonesOfStage(milestones: readonly Milestone[], stage: RoadmapStage): Milestone[] {
  return milestones.filter((m) => m.stage === stage).sort(compareMilestones);
}
