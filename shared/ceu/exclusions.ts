/**
 * Why entries applied to a credential do not count in its current cycle, for the screens that list them (the
 * CEUs screen's cards, the audit report). Worked out from the engine's result on request, so the dashboard and
 * the deadline warnings, which only need the numbers, never pay for judging every entry of a long history again.
 */
import type { CeuEntry, HeldCredential, Id } from '../model/entities';
import { getCredentialDef } from './catalog';
import { courseKey, credentialContext, judgeEntry, sortByCompletion, type ExcludedEntry } from './eligibility';
import { formatDay } from './dates';
import type { CredentialRequirement, RequirementReport } from './requirementTypes';

export interface ExclusionInput {
  /** The held credentials and entries the report was computed from. */
  held: readonly HeldCredential[];
  entries: readonly CeuEntry[];
}

/**
 * The entries applied to `credentialId` that do not count for it, with the reason: first those its cycle refuses
 * (earliest first), then repeats of a course already counted, then AHIMA CEUs counted toward another credential.
 */
export function exclusionsFor(credentialId: Id, input: ExclusionInput, report: RequirementReport): ExcludedEntry[] {
  const held = input.held.find((h) => h.id === credentialId);
  const result = report.credentials.find((c) => c.credentialId === credentialId);
  if (!held || !result) return [];
  const counted = new Set(result.countedEntryIds);
  const applied = sortByCompletion(input.entries.filter((entry) => entry.credentialIds.includes(credentialId) && !counted.has(entry.id)));
  if (applied.length === 0) return [];

  const aapcIds = new Set(input.held.filter((h) => getCredentialDef(h.code)?.body === 'AAPC').map((h) => h.id));
  const context = credentialContext(held, aapcIds);
  const refused: ExcludedEntry[] = [];
  const eligible: CeuEntry[] = [];
  for (const entry of applied) {
    const judgement = judgeEntry(entry, held, context);
    if (judgement.counts) eligible.push(entry);
    else refused.push({ entryId: entry.id, reason: judgement.reason, message: judgement.message });
  }
  if (eligible.length === 0) return refused;

  const byId = new Map(input.entries.map((entry) => [entry.id, entry]));
  const group = report.groups.find((g) => g.key === result.groupKey);
  const firstOfCourse = new Map<string, CeuEntry>();
  for (const id of group?.countedEntryIds ?? result.countedEntryIds) {
    const entry = byId.get(id);
    const key = entry && courseKey(entry);
    if (entry && key && !firstOfCourse.has(key)) firstOfCourse.set(key, entry);
  }
  const owner = (entryId: Id): CredentialRequirement | undefined =>
    report.credentials.find((c) => c.body === 'AHIMA' && c.credentialId !== credentialId && c.countedEntryIds.includes(entryId));

  const repeats: ExcludedEntry[] = [];
  const elsewhere: ExcludedEntry[] = [];
  for (const entry of eligible) {
    const key = courseKey(entry);
    const first = key ? firstOfCourse.get(key) : undefined;
    const other = result.body === 'AHIMA' ? owner(entry.id) : undefined;
    if (first && first.id !== entry.id && !other) {
      repeats.push({
        entryId: entry.id,
        reason: 'duplicate-course',
        message: `Same course as the one completed ${formatDay(first.completedOn)} (index ${first.approvalCode}, "${first.title}"): a course counts once, however often it is taken.`,
      });
    } else if (other) {
      elsewhere.push({
        entryId: entry.id,
        reason: 'counted-for-other-credential',
        message: `Counted toward ${other.code}: an AHIMA CEU counts toward one credential only.`,
      });
    }
  }
  return [...refused, ...repeats, ...elsewhere];
}
