/**
 * AAPC: one CEU total per member and period, set by the number of AAPC certifications held (AAPC "CEU
 * Information – Members"); each credential adds its own part, and one CEU counts toward the total and one
 * specific part. An entry counts toward the total when it counts for any AAPC credential it is applied to.
 */
import type { IsoDate } from '../model/entities';
import { aapcTotalFor, rulesInForce } from './catalog';
import type { RuleSettings } from './catalogTypes';
import { cycleResult } from './cycleResult';
import { lazyProperty } from './lazy';
import { memberExclusions, poolEntries, type Member } from './members';
import { partStatus, sharePart, specificPart } from './parts';
import type { BodyGroupRequirement, CredentialRequirement, RequiredBasis } from './requirementTypes';

function aapcRequired(members: readonly Member[], total: number): { required: number; basis: RequiredBasis } {
  const overrides = members.filter((member) => member.held.requiredOverride);
  if (overrides.length > 0) {
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
  const count = members.length;
  return {
    required: total,
    basis: {
      source: 'catalog',
      note: `${count} AAPC certification${count === 1 ? '' : 's'} held (${members.map((m) => m.held.code).join(', ')}): ${total} CEUs per two-year period.`,
    },
  };
}

export function aapcGroup(
  key: string,
  members: Member[],
  today: IsoDate,
  settings: RuleSettings | undefined,
): { group: BodyGroupRequirement; credentials: CredentialRequirement[] } {
  const start = members.map((member) => member.held.cycleStart).sort()[0]!;
  const end = members[0]!.held.cycleEnd;
  const rules = rulesInForce('AAPC', start, settings);
  const total = rules.aapcTotals ? aapcTotalFor(rules.aapcTotals, members.length) : 0;
  const { required, basis } = aapcRequired(members, total);
  const pool = poolEntries(members);

  const partsOf = (member: Member) => {
    const counted = member.eligible.filter((entry) => pool.keptIds.has(entry.id));
    return member.def.parts.map((def) =>
      partStatus(specificPart(def, member.def.code, member.def.source, member.def.unverified), counted, member.held.cycleStart, end),
    );
  };
  const shareParts = rules.shareMinimums.map((rule) => partStatus(sharePart(rule, required), pool.kept, start, end));
  const memberParts = members.map(partsOf);

  const groupResult = cycleResult({
    start, end, required, requiredBasis: basis, counted: pool.kept,
    parts: [...shareParts, ...memberParts.flat()], today,
  });
  const notes: string[] = [];
  if (members.some((member) => member.held.cycleStart !== start)) {
    notes.push('Your AAPC credentials began on different dates; CEUs count for each from its own start.');
  }
  const group: BodyGroupRequirement = lazyProperty({
    ...groupResult, key, body: 'AAPC' as const,
    credentialIds: members.map((member) => member.held.id),
    codes: members.map((member) => member.held.code),
    rules, notes,
  }, 'excluded', () => [...pool.repeats, ...pool.unusable()]);

  const credentials = members.map((member, index): CredentialRequirement => {
    const result = cycleResult({
      start: member.held.cycleStart, end, required,
      requiredBasis: basis,
      counted: pool.kept, earnedOverride: groupResult.earned,
      parts: [...shareParts, ...memberParts[index]!],
      today,
    });
    return lazyProperty({
      ...result, credentialId: member.held.id, code: member.def.code, name: member.def.name, body: 'AAPC' as const,
      kind: member.def.kind, groupKey: key, totalScope: 'body-group' as const,
      unverified: member.def.unverified ? [member.def.unverified] : [],
    }, 'excluded', () =>
      // An entry that counts for the shared total through another credential is not "excluded" here.
      memberExclusions(member, pool).filter((exclusion) => !pool.keptIds.has(exclusion.entryId)));
  });
  return { group, credentials };
}
