/**
 * AAPC: one CEU total per member and period, set by the number of AAPC certifications held (AAPC "CEU
 * Information – Members"); each credential adds its own part, and one CEU counts toward the total and one
 * specific part. An entry counts toward the total when it counts for any AAPC credential it is applied to.
 * A credential held for part of the period (newly certified, or added mid-period) brings its step of the total and
 * its own parts pro-rated by the months left (aapcPeriod.ts). docs/ceu-rules.md, rules 4, 5 and 8.
 */
import type { IsoDate } from '../model/entities';
import { heldShare, MONTH_NAMES, endsInRenewalMonth, lastDayOfMonth, proRated } from './aapcPeriod';
import { aapcTotalFor, rulesInForce } from './catalog';
import type { AapcPeriodRule, RuleSettings } from './catalogTypes';
import { cycleResult } from './cycleResult';
import { formatDay } from './dates';
import { poolEntries, type Member } from './members';
import { partStatus, sharePart, specificPart, yearlyPart, type ResolvedPart } from './parts';
import type { BodyGroupRequirement, CredentialRequirement, RequiredBasis } from './requirementTypes';
import { countWithShareCaps } from './shareCaps';

/** Members in the order they joined the period: the first brings the base total, each later one its step. */
function byJoining(members: readonly Member[]): Member[] {
  return [...members].sort((a, b) =>
    a.held.cycleStart.localeCompare(b.held.cycleStart) || a.held.earnedOn.localeCompare(b.held.earnedOn) ||
    a.def.code.localeCompare(b.def.code));
}

/** A credential counts from the later of its cycle start and the day it was earned. */
function heldFrom(member: Member): IsoDate {
  return member.held.earnedOn > member.held.cycleStart ? member.held.earnedOn : member.held.cycleStart;
}

interface Catalogued {
  required: number;
  basis: RequiredBasis;
  /** Each member's share of the period it is held (1 = the whole period). */
  shares: Map<Member, number>;
}

function catalogued(members: readonly Member[], totals: (count: number) => number, period: AapcPeriodRule | undefined): Catalogued {
  const joined = byJoining(members);
  const shares = new Map<Member, number>();
  const proRatedNotes: string[] = [];
  let required = 0;
  joined.forEach((member, index) => {
    const step = totals(index + 1) - totals(index);
    const { share, months } = period
      ? heldShare(heldFrom(member), member.held.cycleEnd, period.monthsPerPeriod)
      : { share: 1, months: 0 };
    shares.set(member, share);
    const ceus = proRated(step, share);
    if (share < 1) proRatedNotes.push(`${member.def.code} is held ${months} of the period's ${period!.monthsPerPeriod} months, so its ${step} CEUs are pro-rated to ${ceus}`);
    required += ceus;
  });
  const count = members.length;
  const full = totals(count);
  const note = `${count} AAPC certification${count === 1 ? '' : 's'} held (${joined.map((m) => m.held.code).join(', ')}): ${full} CEUs per two-year period` +
    (proRatedNotes.length > 0 ? `; ${proRatedNotes.join('; ')}: ${required} CEUs this period.` : '.');
  return {
    required,
    shares,
    basis: {
      source: 'catalog',
      note,
      ...(proRatedNotes.length > 0 && period ? { estimate: period.proRate.estimate } : {}),
    },
  };
}

function aapcRequired(members: readonly Member[], fromCatalog: Catalogued): { required: number; basis: RequiredBasis } {
  const overrides = members.filter((member) => member.held.requiredOverride);
  if (overrides.length === 0) return fromCatalog;
  // The total is shared: the largest number the user entered wins, so nothing they were told is lost.
  const largest = overrides.reduce((a, b) =>
    (b.held.requiredOverride?.total ?? 0) > (a.held.requiredOverride?.total ?? 0) ? b : a,
  );
  const override = largest.held.requiredOverride!;
  return {
    required: override.total,
    basis: { source: 'override', note: `Your own total for ${largest.held.code}: ${override.note}` },
  };
}

function ownParts(member: Member, share: number): ResolvedPart[] {
  return member.def.parts.map((def) => {
    const part = yearlyPart(specificPart(def, member.def.code, member.def.source, member.def.unverified), def, member.held.cycleStart, member.held.cycleEnd);
    // Yearly parts (CIRCC 8 a year) are per year already; other parts scale with the months held.
    if (def.perCycleYear || share >= 1) return part;
    return { ...part, required: proRated(part.required, share), note: `Pro-rated from ${part.required} for the months ${member.def.code} is held this period (an estimate to confirm in your AAPC CEU tracker).` };
  });
}

export function aapcGroup(
  key: string,
  members: Member[],
  today: IsoDate,
  settings: RuleSettings | undefined,
  renewalMonth?: number,
): { group: BodyGroupRequirement; credentials: CredentialRequirement[] } {
  const start = members.map((member) => member.held.cycleStart).sort()[0]!;
  const end = members[0]!.held.cycleEnd;
  const rules = rulesInForce('AAPC', start, settings, end);
  const totals = (count: number) => (rules.aapcTotals ? aapcTotalFor(rules.aapcTotals, count) : 0);
  const fromCatalog = catalogued(members, totals, rules.aapcPeriod);
  const { required, basis } = aapcRequired(members, fromCatalog);
  const pool = poolEntries(members);

  const partsOf = (member: Member) => {
    const counted = member.eligible.filter((entry) => pool.keptIds.has(entry.id));
    return ownParts(member, fromCatalog.shares.get(member) ?? 1).map((part) => partStatus(part, counted, member.held.cycleStart, end));
  };
  const memberParts = members.map(partsOf);
  const shareParts = rules.shareMinimums.map((rule) => partStatus(sharePart(rule, required), pool.kept, start, end));
  const totalsCounted = countWithShareCaps(pool.kept, required, rules.shareMinimums);

  const groupResult = cycleResult({
    start, end, required, requiredBasis: basis, counted: pool.kept, totals: totalsCounted,
    parts: [...shareParts, ...memberParts.flat()], today,
  });
  const notes: string[] = [];
  if (members.some((member) => member.held.cycleStart !== start)) {
    notes.push('Your AAPC credentials began on different dates; CEUs count for each from its own start.');
  }
  if (renewalMonth && !endsInRenewalMonth(end, renewalMonth)) {
    const year = Number(end.slice(0, 4));
    const expected = lastDayOfMonth(year % 2 === renewalMonth % 2 ? year : year + 1, renewalMonth);
    notes.push(`Your AAPC membership renews in ${MONTH_NAMES[renewalMonth - 1]}, so this period should end ${formatDay(expected)}, not ${formatDay(end)}: edit the credential's dates (or the membership month).`);
  }
  const group: BodyGroupRequirement = {
    ...groupResult, key, body: 'AAPC' as const,
    credentialIds: members.map((member) => member.held.id),
    codes: members.map((member) => member.held.code),
    rules, notes,
  };

  const credentials = members.map((member, index): CredentialRequirement => {
    const result = cycleResult({
      start: member.held.cycleStart, end, required, requiredBasis: basis,
      counted: pool.kept, totals: totalsCounted,
      parts: [...shareParts, ...memberParts[index]!],
      today,
    });
    return {
      ...result, credentialId: member.held.id, code: member.def.code, name: member.def.name, body: 'AAPC' as const,
      kind: member.def.kind, groupKey: key, totalScope: 'body-group' as const,
      unverified: member.def.unverified ? [member.def.unverified] : [],
    };
  });
  return { group, credentials };
}
