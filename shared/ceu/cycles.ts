/**
 * Renewal cycle dates: the default cycle of a newly added held credential, and rollover of a cycle whose end has
 * passed into a ClosedCycle plus the next cycle's dates. The user can always edit the dates afterwards.
 */
import type { CeuEntry, ClosedCycle, HeldCredential, Id, IsoDate, IsoDateTime } from '../model/entities';
import { getCredentialDef } from './catalog';
import type { RuleSettings } from './catalogTypes';
import { aapcPeriodContaining, isRenewalMonth, MONTH_NAMES } from './aapcPeriod';
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

export interface DefaultCycleOptions {
  /** The suggested cycle always contains this day (defaults to the day earned). */
  today?: IsoDate;
  /** AAPC membership renewal month (1–12), once per member. */
  aapcRenewalMonth?: number;
}

/** The cycle of `years` from `earnedOn`, moved on whole cycles until it contains `today`. */
function cycleContaining(earnedOn: IsoDate, years: number, today: IsoDate): CycleDates {
  let cycle = cycleFrom(earnedOn, years);
  for (let round = 0; cycle.cycleEnd < today && round < 100; round += 1) cycle = cycleFrom(addDaysIso(cycle.cycleEnd, 1), years);
  return cycle;
}

/** The active credential of `body` whose cycle is running on `today`, soonest end first. */
function runningCycleOf(body: 'AAPC' | 'AHIMA', held: readonly HeldCredential[], today: IsoDate): HeldCredential | undefined {
  return held
    .filter((h) => isActive(h, today) && getCredentialDef(h.code)?.body === body && h.cycleEnd >= today)
    .sort((a, b) => (a.cycleEnd < b.cycleEnd ? -1 : a.cycleEnd > b.cycleEnd ? 1 : 0))[0];
}

const later = (a: IsoDate, b: IsoDate) => (a > b ? a : b);

/**
 * Default dates for a credential just added; the suggested cycle always contains `today` (docs/ceu-rules.md,
 * rules 2, 4 and 5).
 * - AAPC with the membership renewal month: the period containing today, ending on the last day of that month;
 *   a credential earned within it starts the day earned (its first period is pro-rated). Without the month: the
 *   period of an AAPC credential already held, else two-year periods from the day earned, up to today's.
 * - AHIMA: joins the holder's running AHIMA cycle when there is one (several credentials share one cycle); else
 *   the first cycle begins on the day the exam was passed and lasts two years, moved on to today's.
 * Undefined for a code that is not in the catalog.
 */
export function defaultCycle(
  code: string,
  earnedOn: IsoDate,
  held: readonly HeldCredential[],
  options: DefaultCycleOptions = {},
): DefaultCycle | undefined {
  const def = getCredentialDef(code);
  if (!def) return undefined;
  const today = later(options.today ?? earnedOn, earnedOn);
  const month = options.aapcRenewalMonth;
  if (def.body === 'AAPC') {
    if (month && isRenewalMonth(month)) {
      const period = aapcPeriodContaining(month, today);
      const newly = earnedOn > period.cycleStart;
      return {
        cycleStart: later(earnedOn, period.cycleStart),
        cycleEnd: period.cycleEnd,
        basis: `Your AAPC membership renews in ${MONTH_NAMES[month - 1]}: periods end on its last day every two years.` +
          (newly ? ` Earned within this period, so ${def.code}'s first period is pro-rated to the months left.` : ''),
      };
    }
    const period = runningCycleOf('AAPC', held, today);
    if (period) {
      return {
        cycleStart: later(earnedOn, period.cycleStart),
        cycleEnd: period.cycleEnd,
        basis: `Aligned with your ${period.code} period: a new AAPC credential's first period is pro-rated to the existing membership renewal.`,
        alignedWith: period.id,
      };
    }
    return {
      ...cycleContaining(earnedOn, def.cycleYears, today),
      basis: `${def.cycleYears}-year AAPC periods from the day you earned ${def.code}, up to the one running now; set your AAPC membership renewal month to end it where AAPC does.`,
    };
  }
  const shared = runningCycleOf('AHIMA', held, today);
  if (shared) {
    return {
      cycleStart: later(earnedOn, shared.cycleStart),
      cycleEnd: shared.cycleEnd,
      basis: `Joins your AHIMA recertification cycle with ${shared.code}: AHIMA keeps all of a holder's credentials in one cycle (check your CEU Center).`,
      alignedWith: shared.id,
    };
  }
  return {
    ...cycleContaining(earnedOn, def.cycleYears, today),
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
