/** The held credentials of one body group, each with the entries that count toward its cycle. */
import type { CeuEntry, HeldCredential, Id } from '../model/entities';
import type { CredentialDef } from './catalogTypes';
import { byCompletion, credentialContext, dropRepeatedCourses, judgeEntry, outsideCycleMessage, type ExcludedEntry } from './eligibility';

export interface Member {
  held: HeldCredential;
  def: CredentialDef;
  /** Entries applied to this credential that fall in its cycle, earliest first (repeats not yet removed). */
  eligible: CeuEntry[];
  /** Entries applied to this credential that do not count, with the reason. */
  ineligible: ExcludedEntry[];
}

export function judgeMember(held: HeldCredential, def: CredentialDef, entries: readonly CeuEntry[]): Member {
  return judgeOwnEntries(held, def, entries.filter((e) => e.credentialIds.includes(held.id)).sort(byCompletion));
}

/** `own`: the entries applied to `held`, already earliest first (see entriesByCredential). */
export function judgeOwnEntries(held: HeldCredential, def: CredentialDef, own: readonly CeuEntry[]): Member {
  const eligible: CeuEntry[] = [];
  const ineligible: ExcludedEntry[] = [];
  const context = credentialContext(held);
  const { earnedOn, cycleStart, cycleEnd, id } = held;
  for (const entry of own) {
    const day = entry.completedOn;
    // The common case (no renewal-month choice, earned before) decided inline, as judgeEntry would decide it.
    if (day >= earnedOn && !entry.cycleChoice?.[id]) {
      if (cycleStart <= day && day <= cycleEnd) eligible.push(entry);
      else ineligible.push({ entryId: entry.id, reason: 'outside-cycle', message: outsideCycleMessage(day, context) });
      continue;
    }
    const judgement = judgeEntry(entry, held, context);
    if (judgement.counts) eligible.push(entry);
    else ineligible.push({ entryId: entry.id, reason: judgement.reason, message: judgement.message });
  }
  return { held, def, eligible, ineligible };
}

/** Each credential id's entries, earliest first: one sort and one pass however many credentials are held. */
export function entriesByCredential(entries: readonly CeuEntry[]): Map<Id, CeuEntry[]> {
  const byCredential = new Map<Id, CeuEntry[]>();
  for (const entry of [...entries].sort(byCompletion)) {
    for (const id of entry.credentialIds) {
      const list = byCredential.get(id);
      if (list) {
        // An id listed twice on one entry still applies it once.
        if (list[list.length - 1] !== entry) list.push(entry);
      } else byCredential.set(id, [entry]);
    }
  }
  return byCredential;
}

export interface GroupPool {
  /** Entries that count for at least one member, each course once, earliest first. */
  kept: CeuEntry[];
  keptIds: Set<Id>;
  /** Later completions of a course already counted. */
  repeats: ExcludedEntry[];
  /** Entries applied to members of the group that count for none of them (first member's reason). */
  unusable: ExcludedEntry[];
}

export function poolEntries(members: readonly Member[]): GroupPool {
  const byId = new Map<Id, CeuEntry>();
  for (const member of members) for (const entry of member.eligible) byId.set(entry.id, entry);
  const { kept, repeats } = dropRepeatedCourses([...byId.values()]);
  const unusable: ExcludedEntry[] = [];
  const seen = new Set<Id>(byId.keys());
  for (const member of members) {
    for (const exclusion of member.ineligible) {
      if (seen.has(exclusion.entryId)) continue;
      seen.add(exclusion.entryId);
      unusable.push(exclusion);
    }
  }
  return { kept, keptIds: new Set(kept.map((entry) => entry.id)), repeats, unusable };
}

/** The exclusions a member's own view lists: its own reasons, and repeats of courses among its entries. */
export function memberExclusions(member: Member, pool: GroupPool): ExcludedEntry[] {
  const ownIds = new Set(member.eligible.map((entry) => entry.id));
  return [...member.ineligible, ...pool.repeats.filter((repeat) => ownIds.has(repeat.entryId))];
}
