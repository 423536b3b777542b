/**
 * Assembles the numbers every cycle result carries, from its counted entries, the share caps and the parts.
 * Entries that do not count are explained by exclusions.ts, only where a screen lists them.
 */
import type { CeuEntry, IsoDate } from '../model/entities';
import { atLeastZero } from './ceuMath';
import type { ShareMinimumRule } from './catalogTypes';
import { paceOf } from './pace';
import { stillNeeded, type PartStatus } from './parts';
import type { CycleResult, RequiredBasis } from './requirementTypes';
import { countWithShareCaps, type CountedTotal } from './shareCaps';

export interface CycleResultInput {
  start: IsoDate;
  end: IsoDate;
  required: number;
  requiredBasis: RequiredBasis;
  counted: readonly CeuEntry[];
  /** Share minimums in force: entries they do not match count only up to the rest of the total. */
  shareRules?: readonly ShareMinimumRule[];
  parts: PartStatus[];
  today: IsoDate;
  /** When the total is shared (AAPC), the counted total comes from the group. */
  totals?: CountedTotal;
}

export function cycleResult(input: CycleResultInput): CycleResult {
  const totals = input.totals ?? countWithShareCaps(input.counted, input.required, input.shareRules ?? []);
  const missingTotal = atLeastZero(input.required - totals.earned);
  const needed = stillNeeded(missingTotal, input.parts);
  const pace = paceOf(input.required, needed, input.start, input.end, input.today);
  return {
    cycleStart: input.start,
    cycleEnd: input.end,
    required: input.required,
    requiredBasis: input.requiredBasis,
    earned: totals.earned,
    logged: totals.logged,
    notCounted: totals.notCounted,
    missingTotal,
    parts: input.parts,
    needed,
    ...pace,
    countedEntryIds: input.counted.map((entry) => entry.id),
  };
}
