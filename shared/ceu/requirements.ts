/**
 * The CEU requirement engine: for each held credential and each body group (one body, one cycle end), what the
 * current cycle requires, what counts, what is missing and whether the pace gets there. Pure: same input, same
 * output. The rules are read from the catalog (catalog.ts); the policies are documented in eligibility.ts
 * (which entries count), aapcGroup.ts and ahimaGroup.ts (totals and allocation) and pace.ts (status).
 */
import type { HeldCredential, Id, IsoDate } from '../model/entities';
import { aapcGroup } from './aapcGroup';
import { ahimaGroup } from './ahimaGroup';
import { getCredentialDef } from './catalog';
import type { CredentialDef } from './catalogTypes';
import { judgeMembers, type Member } from './members';
import type {
  BodyGroupRequirement, CredentialRequirement, RequirementInput, RequirementReport, UnsupportedCredential,
} from './requirementTypes';

export type * from './requirementTypes';
export type { ExcludedEntry, ExclusionReason } from './eligibility';
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
  for (const member of judgeMembers(judged, input.entries)) {
    const key = groupKeyOf(member.def.body, member.held.cycleEnd);
    groups.set(key, [...(groups.get(key) ?? []), member]);
  }

  const groupResults: BodyGroupRequirement[] = [];
  const byCredential = new Map<Id, CredentialRequirement>();
  for (const [key, members] of [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const body = members[0]!.def.body;
    const { group, credentials } =
      body === 'AAPC' ? aapcGroup(key, members, today, ruleSettings) : ahimaGroup(key, members, today, ruleSettings);
    groupResults.push(group);
    for (const credential of credentials) byCredential.set(credential.credentialId, credential);
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

export function requirementFor(report: RequirementReport, credentialId: Id): CredentialRequirement | undefined {
  return report.credentials.find((credential) => credential.credentialId === credentialId);
}

export function groupFor(report: RequirementReport, credentialId: Id): BodyGroupRequirement | undefined {
  return report.groups.find((group) => group.credentialIds.includes(credentialId));
}
