/**
 * Running totals of what one AHIMA credential has been allocated so far, so the allocation asks "does this entry
 * still fill a part?" and "how much of the share is missing?" without summing every allocated entry again. The
 * answers are those of `partStatus` (parts.ts) over the allocated entries: amounts are kept in hundredths, as
 * `sumCeus` adds them.
 */
import type { CeuEntry } from '../model/entities';
import { atLeastZero, toHundredths } from './ceuMath';
import type { Member } from './members';
import { entryMatches, partYearWindows, yearIndexOf, type ResolvedPart } from './parts';

interface PartTally {
  part: ResolvedPart;
  /** Hundredths of CEUs matching the part. */
  earned: number;
  /** For parts required each year: the cycle's years and the hundredths earned in each. */
  years?: { windows: { start: string; end: string }[]; earned: number[]; perYear: number };
}

export class AllocationTally {
  private total = 0;
  private readonly parts: PartTally[];

  constructor(member: Member, parts: readonly ResolvedPart[], allocated: readonly CeuEntry[]) {
    const { cycleStart, cycleEnd } = member.held;
    this.parts = parts.map((part): PartTally => {
      const perYear = part.perCycleYear;
      if (!perYear || perYear <= 0) return { part, earned: 0 };
      const windows = partYearWindows(part, cycleStart, cycleEnd);
      return { part, earned: 0, years: { windows, earned: windows.map(() => 0), perYear } };
    });
    for (const entry of allocated) this.add(entry);
  }

  add(entry: CeuEntry): void {
    const ceus = toHundredths(entry.ceus);
    this.total += ceus;
    for (const tally of this.parts) {
      if (!entryMatches(tally.part.match, entry)) continue;
      tally.earned += ceus;
      if (tally.years) tally.years.earned[yearIndexOf(tally.years.windows, entry.completedOn)]! += ceus;
    }
  }

  /** CEUs allocated so far. */
  earned(): number {
    return this.total / 100;
  }

  /** True when allocating `entry` would still reduce what one of the parts is missing (that year's, for yearly parts). */
  partStillNeeds(entry: CeuEntry): boolean {
    return this.parts.some((tally) => {
      if (!entryMatches(tally.part.match, entry)) return false;
      if (!tally.years) return atLeastZero(tally.part.required - tally.earned / 100) > 0;
      const { windows, earned, perYear } = tally.years;
      return atLeastZero(perYear - earned[yearIndexOf(windows, entry.completedOn)]! / 100) > 0;
    });
  }
}
