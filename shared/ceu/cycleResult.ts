/**
 * Assembles the numbers every cycle result carries, from its counted entries and parts. The exclusions are added
 * by the caller with `lazyProperty` (lazy.ts): they are built only when read.
 */
import type { CeuEntry, IsoDate } from '../model/entities';
import { atLeastZero, sumCeus } from './ceuMath';
import { paceOf } from './pace';
import { stillNeeded, type PartStatus } from './parts';
import type { CycleResult, RequiredBasis } from './requirementTypes';

export interface CycleResultInput {
  start: IsoDate;
  end: IsoDate;
  required: number;
  requiredBasis: RequiredBasis;
  counted: readonly CeuEntry[];
  parts: PartStatus[];
  today: IsoDate;
  /** When the total is shared (AAPC), the earned total comes from the group. */
  earnedOverride?: number;
}

export function cycleResult(input: CycleResultInput): Omit<CycleResult, 'excluded'> {
  const earned = input.earnedOverride ?? sumCeus(input.counted.map((entry) => entry.ceus));
  const missingTotal = atLeastZero(input.required - earned);
  const needed = stillNeeded(missingTotal, input.parts);
  const pace = paceOf(input.required, needed, input.start, input.end, input.today);
  return {
    cycleStart: input.start,
    cycleEnd: input.end,
    required: input.required,
    requiredBasis: input.requiredBasis,
    earned,
    missingTotal,
    parts: input.parts,
    needed,
    ...pace,
    countedEntryIds: input.counted.map((entry) => entry.id),
  };
}
