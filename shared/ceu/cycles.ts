/**
 * Renewal cycle dates: the default cycle of a newly added held credential, and rollover of a cycle whose end has
 * passed into a ClosedCycle plus the next cycle's dates. The user can always edit the dates afterwards.
 */
import type { CeuEntry, ClosedCycle, HeldCredential, Id, IsoDate, IsoDateTime } from '../model/entities';
import { getCredentialDef } from './catalog';
import type { RuleSettings } from './catalogTypes';
import { addDaysIso, addYearsIso } from './dates';
import { computeRequirements, isActive, requirementFor } from './requirements';

export interface CycleDates {
  cycleStart: IsoDate;
  cycleEnd: IsoDate;
}

export interface DefaultCycle extends CycleDates {
  /** Why these dates, for the form ("Aligned with your CPC period..."). */
  basis: string;
  /** The held credential whose period it was aligned with (AAPC). */
  alignedWith?: Id;
}

/** A cycle of `years` years beginning on `start`: it ends the day before the same date `years` later. */
export function cycleFrom(start: IsoDate, years: number): CycleDates {
  const anniversary = addYearsIso(start, years);
  // A 29 February start has no anniversary in a common year: that cycle ends on 28 February. Every other cycle ends
  // the day before its anniversary, so one from 1 March 2026 ends on 29 February 2028 and no day falls between cycles.
  return { cycleStart: start, cycleEnd: start.endsWith('-02-29') ? anniversary : addDaysIso(anniversary, -1) };
}

/**
 * Default dates for a credential just added.
 * - AAPC: a newly certified member's first period is pro-rated to the existing membership renewal (AAPC
 *   "CEU policies"), so a new AAPC credential joins the period of an AAPC credential already held; the first one
 *   gets a two-year period from the day it was earned, to be set to the membership renewal date by the user.
 * - AHIMA: the first cycle begins on the day the exam was passed and lasts two years (ahima.org
 *   "Recertification"). Whether cycles end at a month's or quarter's end is unverified: the user sets the end.
 * Undefined for a code that is not in the catalog.
 */
export function defaultCycle(code: string, earnedOn: IsoDate, held: readonly HeldCredential[]): DefaultCycle | undefined {
  const def = getCredentialDef(code);
  if (!def) return undefined;
  if (def.body === 'AAPC') {
    const period = held
      .filter((h) => isActive(h, earnedOn) && getCredentialDef(h.code)?.body === 'AAPC' && h.cycleEnd >= earnedOn)
      .sort((a, b) => (a.cycleEnd < b.cycleEnd ? -1 : a.cycleEnd > b.cycleEnd ? 1 : 0))[0];
    if (period) {
      return {
        cycleStart: earnedOn > period.cycleStart ? earnedOn : period.cycleStart,
        cycleEnd: period.cycleEnd,
        basis: `Aligned with your ${period.code} period: a new AAPC credential's first period is pro-rated to the existing membership renewal.`,
        alignedWith: period.id,
      };
    }
    return {
      ...cycleFrom(earnedOn, def.cycleYears),
      basis: `A ${def.cycleYears}-year AAPC period from the day you earned ${def.code}; set the end to your membership renewal date.`,
    };
  }
  return {
    ...cycleFrom(earnedOn, def.cycleYears),
    basis: `Your first AHIMA cycle begins on the day you passed the exam and lasts ${def.cycleYears} years; check the end date AHIMA gave you.`,
  };
}

/** The cycle after the current one: it begins the day after the current end. */
export function nextCycleDates(credential: HeldCredential): CycleDates | undefined {
  const def = getCredentialDef(credential.code);
  return def ? cycleFrom(addDaysIso(credential.cycleEnd, 1), def.cycleYears) : undefined;
}

/** The current cycle's last day is behind us. */
export function isCycleOver(credential: HeldCredential, today: IsoDate): boolean {
  return credential.cycleEnd < today;
}

export interface RolloverInput {
  /** Every held credential (AAPC totals depend on the others). */
  held: readonly HeldCredential[];
  entries: readonly CeuEntry[];
  today: IsoDate;
  closedAt: IsoDateTime;
  ruleSettings?: RuleSettings;
}

export interface Rollover {
  closed: ClosedCycle;
  next: CycleDates;
}

/** Closes `credentialId`'s cycle with its final result; undefined while the cycle runs or for unknown codes. */
export function rollOverCycle(credentialId: Id, input: RolloverInput): Rollover | undefined {
  const credential = input.held.find((h) => h.id === credentialId);
  if (!credential || !isActive(credential, input.today) || !isCycleOver(credential, input.today)) return undefined;
  const next = nextCycleDates(credential);
  const result = requirementFor(computeRequirements(input), credentialId);
  if (!next || !result) return undefined;
  return {
    closed: {
      start: credential.cycleStart,
      end: credential.cycleEnd,
      required: result.required,
      earned: result.earned,
      complete: result.needed === 0,
      closedAt: input.closedAt,
    },
    next,
  };
}

export function applyRollover(credential: HeldCredential, rollover: Rollover): HeldCredential {
  return {
    ...credential,
    ...rollover.next,
    history: [...credential.history, rollover.closed],
    updatedAt: rollover.closed.closedAt,
  };
}

/** Safety bound: a user away for decades still ends in the current cycle well before this. */
const MAX_ROLLOVER_ROUNDS = 100;

/**
 * Rolls every active credential forward until its cycle contains today, closing each passed cycle with its final
 * result. All credentials of a round are judged together, so AAPC totals see the whole membership.
 * Returns only the credentials that changed.
 */
export function rollOverDue(input: RolloverInput): HeldCredential[] {
  let current = [...input.held];
  const changed = new Set<Id>();
  for (let round = 0; round < MAX_ROLLOVER_ROUNDS; round += 1) {
    const snapshot = { ...input, held: current };
    const rollovers = new Map<Id, Rollover>();
    for (const credential of current) {
      const rollover = rollOverCycle(credential.id, snapshot);
      if (rollover) rollovers.set(credential.id, rollover);
    }
    if (rollovers.size === 0) break;
    current = current.map((credential) => {
      const rollover = rollovers.get(credential.id);
      if (!rollover) return credential;
      changed.add(credential.id);
      return applyRollover(credential, rollover);
    });
  }
  return current.filter((credential) => changed.has(credential.id));
}
