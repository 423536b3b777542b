/**
 * The heavy dataset's eight held credentials with their renewal cycles and closed-cycle history. Cycle lengths
 * and required totals come from the CEU catalog (cycleYears, the AAPC and AHIMA totals rules in force when each
 * cycle began), never from numbers written here.
 */
import { addYears, format, startOfMonth, subDays } from 'date-fns';
import { aapcTotalFor, getCredentialDef, rulesInForce, type CredentialBody } from '../../shared/ceu/catalog';
import type { ClosedCycle, HeldCredential, IsoDate } from '../../shared/model/entities';
import { addDaysToDay, dateToDay, dayToDate } from '../../shared/study/days';
import type { Rng } from '../../shared/datasets/prng';
import { instantOn } from '../../shared/datasets/time';

/** Who holds what, and since roughly how many years before today (the test data's story, not a rule). */
export const HEAVY_CREDENTIALS: readonly { code: string; yearsAgo: number }[] = [
  { code: 'CPC', yearsAgo: 9.5 },
  { code: 'RHIT', yearsAgo: 9 },
  { code: 'COC', yearsAgo: 8 },
  { code: 'CCS', yearsAgo: 7 },
  { code: 'CPMA', yearsAgo: 6.5 },
  { code: 'CRC', yearsAgo: 5 },
  { code: 'CCS-P', yearsAgo: 4 },
  { code: 'CIC', yearsAgo: 3 },
];

interface Period {
  start: IsoDate;
  end: IsoDate;
}

/** Consecutive periods of `years` from `anchor` until one contains `today`. */
function periodsUntil(anchor: IsoDate, years: number, today: IsoDate): Period[] {
  const out: Period[] = [];
  for (let k = 0; ; k++) {
    const start = addYears(dayToDate(anchor), k * years);
    const end = subDays(addYears(dayToDate(anchor), (k + 1) * years), 1);
    out.push({ start: dateToDay(start), end: dateToDay(end) });
    if (dateToDay(end) >= today) return out;
  }
}

/** Required CEUs for a cycle of `body` that began on `start`, by the catalog rules in force then. */
function requiredFor(body: CredentialBody, start: IsoDate, heldCodes: string[]): number {
  const rules = rulesInForce(body, start);
  if (body === 'AAPC') return rules.aapcTotals ? aapcTotalFor(rules.aapcTotals, heldCodes.length) : 0;
  const bases = heldCodes.map((c) => getCredentialDef(c)?.ahimaBaseCeus ?? 0);
  const t = rules.ahimaTotals;
  if (!t || bases.length === 0) return 0;
  return Math.min(t.cap, Math.max(...bases) + t.extraPerAdditionalCredential * (bases.length - 1));
}

export function buildHeavyCredentials(today: IsoDate, rng: Rng, newId: () => string): HeldCredential[] {
  const held = HEAVY_CREDENTIALS.map(({ code, yearsAgo }) => {
    const def = getCredentialDef(code);
    if (!def) throw new Error(`CEU catalog has no ${code}`);
    const earnedOn = addDaysToDay(today, -Math.round(yearsAgo * 365.25) + rng.int(-45, 45));
    return { code, def, earnedOn };
  });

  return held.map(({ code, def, earnedOn }) => {
    const sameBody = held.filter((h) => h.def.body === def.body);
    const first = sameBody.reduce((a, b) => (a.earnedOn <= b.earnedOn ? a : b));
    // AAPC: one membership period for all credentials, from the first of the month the first one was earned.
    // AHIMA: the first cycle begins on the day the first exam was passed (credentials.md).
    const anchor = def.body === 'AAPC' ? format(startOfMonth(dayToDate(first.earnedOn)), 'yyyy-MM-dd') : first.earnedOn;
    const periods = periodsUntil(anchor, def.cycleYears, today)
      .filter((p) => p.end >= earnedOn)
      // CEUs before certification do not count: the first period starts on the day it was earned.
      .map((p) => (p.start < earnedOn ? { ...p, start: earnedOn } : p));
    const current = periods[periods.length - 1]!;
    const history: ClosedCycle[] = periods.slice(0, -1).map((p) => {
      const heldThen = sameBody.filter((h) => h.earnedOn <= p.start).map((h) => h.code);
      const required = requiredFor(def.body, p.start, heldThen.length > 0 ? heldThen : [code]);
      return {
        start: p.start,
        end: p.end,
        required,
        earned: required + rng.int(0, 12) / 2,
        complete: true,
        closedAt: instantOn(addDaysToDay(p.end, 1), 9, 0),
      };
    });
    const created = instantOn(earnedOn, 18, rng.int(0, 59));
    return {
      id: newId(), code, earnedOn, cycleStart: current.start, cycleEnd: current.end, history,
      createdAt: created, updatedAt: history.at(-1)?.closedAt ?? created,
    };
  });
}
