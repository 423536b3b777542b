/**
 * AHIMA: the highest base of the credentials held plus a fixed amount per additional credential, capped; those
 * CEUs may not be counted for more than one credential (ahima.org "Recertification").
 *
 * Shares: credentials are ordered by base (highest first), then code, then id. The first carries its base, each
 * other one the per-credential extra, trimmed so the sum stays within the cap; a `requiredOverride` replaces that
 * credential's share.
 *
 * All of a holder's AHIMA credentials share one recertification cycle (docs/ceu-rules.md, rule 2): the shares
 * are worked out over every AHIMA credential held, whatever cycle dates the user gave them, so two credentials
 * kept apart on purpose still need 20 + 10, not 20 + 20; a CEU counted in one group is not counted in another.
 *
 * Allocation (each CEU to exactly one credential): entries that count for only one credential go to it; then the
 * others, earliest first, go to the credential (a) with a specific part (e.g. the coding self-review of that
 * year) the entry still fills, else (b) with the most CEUs still missing from its share, else (c) first in order.
 */
import type { CeuEntry, Id, IsoDate } from '../model/entities';
import { roundCeus, sumCeus } from './ceuMath';
import { rulesInForce } from './catalog';
import type { AhimaTotalsRule, RuleSettings } from './catalogTypes';
import { byCompletion } from './eligibility';
import { cycleResult } from './cycleResult';
import { poolEntries, type Member } from './members';
import { AllocationTally } from './allocationTally';
import { partStatus, sharePart, specificPart, yearlyPart, type ResolvedPart } from './parts';
import type { BodyGroupRequirement, CredentialRequirement } from './requirementTypes';

export function orderAhimaMembers(members: Member[]): Member[] {
  return [...members].sort(
    (a, b) =>
      (b.def.ahimaBaseCeus ?? 0) - (a.def.ahimaBaseCeus ?? 0) ||
      (a.def.code < b.def.code ? -1 : a.def.code > b.def.code ? 1 : 0) ||
      (a.held.id < b.held.id ? -1 : a.held.id > b.held.id ? 1 : 0),
  );
}

/** Each member's share of the group total, in member order. */
export function ahimaShares(members: readonly Member[], rule: AhimaTotalsRule | undefined): number[] {
  let left = rule?.cap ?? Number.POSITIVE_INFINITY;
  return members.map((member, index) => {
    const catalogShare = index === 0 ? (member.def.ahimaBaseCeus ?? 0) : (rule?.extraPerAdditionalCredential ?? 0);
    const capped = Math.max(0, Math.min(catalogShare, left));
    left -= capped;
    return member.held.requiredOverride?.total ?? capped;
  });
}

function specificPartsOf(member: Member, settings: RuleSettings | undefined): ResolvedPart[] {
  const { def, held } = member;
  const own = def.parts.map((part) => yearlyPart(specificPart(part, def.code, def.source, def.unverified), part, held.cycleStart, held.cycleEnd));
  const fromRules = rulesInForce('AHIMA', held.cycleStart, settings)
    .credentialParts.filter((rule) => rule.credentials.includes(def.code))
    .map((rule) => yearlyPart(specificPart(rule.part, def.code, rule.source, rule.unverified), rule.part, held.cycleStart, held.cycleEnd))
    .filter((part) => part.required > 0);
  return [...own, ...fromRules];
}

function allocate(
  members: readonly Member[],
  kept: readonly CeuEntry[],
  shares: readonly number[],
  parts: readonly ResolvedPart[][],
): Map<Id, CeuEntry[]> {
  const eligibleFor = new Map<Id, number[]>();
  members.forEach((member, index) => {
    for (const entry of member.eligible) {
      const candidates = eligibleFor.get(entry.id);
      if (candidates) candidates.push(index);
      else eligibleFor.set(entry.id, [index]);
    }
  });
  const allocated = members.map((): CeuEntry[] => []);
  const single = kept.filter((entry) => eligibleFor.get(entry.id)?.length === 1);
  const multi = kept.filter((entry) => (eligibleFor.get(entry.id)?.length ?? 0) > 1).sort(byCompletion);
  for (const entry of single) allocated[eligibleFor.get(entry.id)![0]!]!.push(entry);
  const tallies = members.map((member, index) => new AllocationTally(member, parts[index]!, allocated[index]!));
  for (const entry of multi) {
    const candidates = eligibleFor.get(entry.id)!;
    const fillsPart = candidates.filter((index) => tallies[index]!.partStillNeeds(entry));
    const pool = fillsPart.length > 0 ? fillsPart : candidates;
    const missing = (index: number) => roundCeus(shares[index]! - tallies[index]!.earned());
    // Candidates are in member order, so the first of equals wins.
    const chosen = pool.reduce((best, index) => (missing(index) > missing(best) ? index : best));
    allocated[chosen]!.push(entry);
    tallies[chosen]!.add(entry);
  }
  return new Map(members.map((member, index) => [member.held.id, allocated[index]!.sort(byCompletion)]));
}

export interface AhimaHolder {
  /** Each AHIMA credential's share of the holder's total (ahimaShares over every AHIMA credential held). */
  shareOf: ReadonlyMap<Id, number>;
  /** The holder's total over all AHIMA credentials. */
  holderRequired: number;
  /** The credential that carries its base (the first in `orderAhimaMembers` order); each other one adds its extra. */
  baseId: Id;
  /** Entries counted by an earlier AHIMA group; filled as groups are judged. */
  taken: Set<Id>;
}

export function ahimaGroup(
  key: string,
  unordered: Member[],
  today: IsoDate,
  settings: RuleSettings | undefined,
  holder?: AhimaHolder,
): { group: BodyGroupRequirement; credentials: CredentialRequirement[] } {
  const members = orderAhimaMembers(unordered);
  const start = members.map((member) => member.held.cycleStart).sort()[0]!;
  const end = members[0]!.held.cycleEnd;
  const rules = rulesInForce('AHIMA', start, settings, end);
  const ownShares = ahimaShares(members, rules.ahimaTotals);
  const shares = members.map((member, index) => holder?.shareOf.get(member.held.id) ?? ownShares[index]!);
  const required = sumCeus(shares);
  const holderRequired = holder?.holderRequired ?? required;
  const pool = poolEntries(members, holder?.taken);
  for (const entry of pool.kept) holder?.taken.add(entry.id);
  const specificParts = members.map((member) => specificPartsOf(member, settings));
  const allocation = allocate(members, pool.kept, shares, specificParts);

  const credentials = members.map((member, index): CredentialRequirement => {
    const counted = allocation.get(member.held.id)!;
    const share = shares[index]!;
    const memberRules = rulesInForce('AHIMA', member.held.cycleStart, settings, member.held.cycleEnd);
    const override = member.held.requiredOverride;
    const first = holder ? holder.baseId === member.held.id : index === 0;
    const result = cycleResult({
      start: member.held.cycleStart, end: member.held.cycleEnd, required: share,
      requiredBasis: override
        ? { source: 'override', note: override.note }
        : {
            source: 'catalog',
            note: first
              ? `${member.def.code}: ${share} CEUs per cycle${holderRequired > share ? `; your AHIMA credentials need ${holderRequired} in all` : ''}.`
              : `${member.def.code} as an additional AHIMA credential: ${share} CEUs of your AHIMA total of ${holderRequired}.`,
          },
      counted,
      shareRules: memberRules.shareMinimums,
      parts: [
        ...memberRules.shareMinimums.map((rule) =>
          partStatus(sharePart(rule, share), counted, member.held.cycleStart, member.held.cycleEnd),
        ),
        ...specificParts[index]!.map((part) => partStatus(part, counted, member.held.cycleStart, member.held.cycleEnd)),
      ],
      today,
    });
    return {
      ...result, credentialId: member.held.id, code: member.def.code, name: member.def.name, body: 'AHIMA' as const,
      kind: member.def.kind, groupKey: key, totalScope: 'credential' as const,
      unverified: member.def.unverified ? [member.def.unverified] : [],
    };
  });

  const overrides = members.filter((member) => member.held.requiredOverride);
  const codes = members.map((member) => member.def.code);
  const groupResult = cycleResult({
    start, end, required,
    requiredBasis: overrides.length > 0
      ? { source: 'override', note: overrides.map((m) => `${m.def.code}: ${m.held.requiredOverride!.note}`).join('; ') }
      : {
          source: 'catalog',
          note: `${codes.join(' + ')}: ${required} CEUs per cycle` +
            (members.length > 1 ? ` (highest base plus ${rules.ahimaTotals?.extraPerAdditionalCredential ?? 0} per additional credential, up to ${rules.ahimaTotals?.cap ?? required}).` : '.'),
        },
    counted: pool.kept,
    shareRules: rules.shareMinimums,
    parts: [
      ...rules.shareMinimums.map((rule) => partStatus(sharePart(rule, required), pool.kept, start, end)),
      ...credentials.flatMap((credential) => credential.parts.filter((part) => part.scope === 'specific')),
    ],
    today,
  });
  const group: BodyGroupRequirement = {
    ...groupResult, key, body: 'AHIMA' as const, credentialIds: members.map((m) => m.held.id), codes, rules,
    notes: members.some((member) => member.held.cycleStart !== start)
      ? ['Your AHIMA credentials began on different dates; CEUs count for each from its own start.']
      : [],
  };
  return { group, credentials };
}
