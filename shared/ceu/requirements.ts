/**
 * The CEU requirement engine: for each held credential and each body group (one body, one cycle end), what the
 * current cycle requires, what counts, what is missing and whether the pace gets there. Pure: same input, same
 * output. The rules are read from the catalog (catalog.ts); the policies are documented in eligibility.ts
 * (which entries count), aapcGroup.ts and ahimaGroup.ts (totals and allocation) and pace.ts (status).
 */
import type { HeldCredential, Id, IsoDate } from '../model/entities';
import { aapcGroup } from './aapcGroup';
import { ahimaGroup, ahimaShares, orderAhimaMembers, type AhimaHolder } from './ahimaGroup';
import { getCredentialDef, rulesInForce } from './catalog';
import { sumCeus } from './ceuMath';
import type { CredentialDef } from './catalogTypes';
import { judgeMembers, type Member } from './members';
import type {
  BodyGroupRequirement, CredentialRequirement, RequirementInput, RequirementReport, UnsupportedCredential,
} from './requirementTypes';

export type * from './requirementTypes';
export type { ExcludedEntry, ExclusionReason } from './eligibility';
export type { NotCounted } from './shareCaps';
export type { CycleStatus } from './pace';
export type { PartStatus, PartYear, PartScope } from './parts';

/** Held and not retired on or before `today` (a retirement dated later has not happened yet). */
export function isActive(credential: HeldCredential, today: IsoDate): boolean {
  return !credential.retiredOn || credential.retiredOn > today;
}

export function groupKeyOf(body: string, cycleEnd: IsoDate): string {
  return `${body}:${cycleEnd}`;
}

export function computeRequirements(input: RequirementInput): RequirementReport {
  const { today, ruleSettings } = input;
  const unsupported: UnsupportedCredential[] = [];
  const judged: { held: HeldCredential; def: CredentialDef }[] = [];
  for (const held of input.held) {
    if (!isActive(held, today)) continue;
    const def = getCredentialDef(held.code);
    if (!def) {
      unsupported.push({
        credentialId: held.id,
        code: held.code,
        message: `${held.code} is not in the credential catalog: its CEU requirement cannot be computed.`,
      });
      continue;
    }
    judged.push({ held, def });
  }
  const groups = new Map<string, Member[]>();
  const members = judgeMembers(judged, input.entries);
  for (const member of members) {
    const key = groupKeyOf(member.def.body, member.held.cycleEnd);
    groups.set(key, [...(groups.get(key) ?? []), member]);
  }
  const holder = ahimaHolder(members.filter((member) => member.def.body === 'AHIMA'), ruleSettings);

  const groupResults: BodyGroupRequirement[] = [];
  const byCredential = new Map<Id, CredentialRequirement>();
  for (const [key, list] of [...groups.entries()].sort(([a], [b]) => compareGroups(a, b, holder?.baseKey))) {
    const body = list[0]!.def.body;
    const { group, credentials } = body === 'AAPC'
      ? aapcGroup(key, list, today, ruleSettings, input.aapcRenewalMonth)
      : ahimaGroup(key, list, today, ruleSettings, holder);
    groupResults.push(group);
    for (const credential of credentials) byCredential.set(credential.credentialId, credential);
  }
  groupResults.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const ahimaGroups = groupResults.filter((group) => group.body === 'AHIMA');
  if (ahimaGroups.length > 1 && holder) {
    // Kept apart on purpose (or by a slip): the totals are still the holder's one cycle's.
    const base = members.find((member) => member.held.id === holder.baseId)!;
    const note = `Your AHIMA credentials have ${ahimaGroups.length} different cycle end dates. AHIMA keeps all of a holder's credentials in one recertification cycle, so they need ${holder.holderRequired} CEUs in all (${base.def.code} ${holder.shareOf.get(base.held.id)}, each other credential its extra), whichever dates they have; a CEU counts toward one of them only. Align their cycle dates unless your AHIMA CEU Center shows them apart.`;
    for (const group of ahimaGroups) group.notes.push(note);
  }
  const aapcGroups = groupResults.filter((group) => group.body === 'AAPC');
  if (aapcGroups.length > 1) {
    // AAPC counts every certification a member holds in one period; split periods are a data-entry slip.
    const note = `Your AAPC credentials have ${aapcGroups.length} different period end dates; AAPC reports them together in one membership period. Align their cycle end dates so the total counts all of them.`;
    for (const group of aapcGroups) group.notes.push(note);
  }
  // Credentials in the order they were given, so the UI keeps its own order.
  const credentials = input.held.flatMap((held) => byCredential.get(held.id) ?? []);
  return { today, credentials, groups: groupResults, unsupported };
}

/** The holder's AHIMA shares over every AHIMA credential held (one recertification cycle per holder). */
function ahimaHolder(ahima: readonly Member[], ruleSettings: RequirementInput['ruleSettings']): (AhimaHolder & { baseKey: string }) | undefined {
  if (ahima.length === 0) return undefined;
  const ordered = orderAhimaMembers([...ahima]);
  const start = ahima.map((member) => member.held.cycleStart).sort()[0]!;
  const shares = ahimaShares(ordered, rulesInForce('AHIMA', start, ruleSettings).ahimaTotals);
  const base = ordered[0]!;
  return {
    shareOf: new Map(ordered.map((member, index) => [member.held.id, shares[index]!])),
    holderRequired: sumCeus(shares),
    baseId: base.held.id,
    baseKey: groupKeyOf('AHIMA', base.held.cycleEnd),
    taken: new Set(),
  };
}

/** Groups in key order, except that the holder's own AHIMA cycle is judged before other AHIMA groups (it takes its CEUs first). */
function compareGroups(a: string, b: string, ahimaBase: string | undefined): number {
  if (ahimaBase && a !== b && (a === ahimaBase || b === ahimaBase)) return a === ahimaBase ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

export function requirementFor(report: RequirementReport, credentialId: Id): CredentialRequirement | undefined {
  return report.credentials.find((credential) => credential.credentialId === credentialId);
}

export function groupFor(report: RequirementReport, credentialId: Id): BodyGroupRequirement | undefined {
  return report.groups.find((group) => group.credentialIds.includes(credentialId));
}
