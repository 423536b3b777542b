/**
 * The held credentials of one body group, each with the entries that count toward its cycle.
 *
 * A long history is mostly entries of past cycles (ten years of entries, a two-year cycle): those are set aside
 * unsorted and without their messages, and turned into exclusions only when a list of exclusions is read
 * (see lazy.ts). Entries that may count are sorted per credential, which is the few that matter.
 */
import type { CeuEntry, HeldCredential, Id } from '../model/entities';
import type { CredentialDef } from './catalogTypes';
import {
  credentialContext, dropRepeatedCourses, judgeEntry, outsideCycleMessage, sortByCompletion, type CredentialContext, type ExcludedEntry,
} from './eligibility';
import { once } from './lazy';

export interface Member {
  held: HeldCredential;
  def: CredentialDef;
  /** Entries applied to this credential that fall in its cycle, earliest first (repeats not yet removed). */
  eligible: CeuEntry[];
  /** Entries applied to this credential that do not count, with the reason, earliest first (built on first call). */
  ineligible: () => ExcludedEntry[];
}

/** One held credential being judged: its cycle, and the entries sorted so far by outcome. */
interface Judge {
  held: HeldCredential;
  def: CredentialDef;
  context: CredentialContext;
  eligible: CeuEntry[];
  /** Exclusions decided by judgeEntry (not the plain "outside the cycle" ones), by entry. */
  rejected: Map<CeuEntry, ExcludedEntry>;
  /** The entry judged last, so an id listed twice on one entry still applies it once. */
  last?: CeuEntry;
}

/**
 * Judges every entry applied to each of `credentials`, in one pass over `entries` (in any order) however many
 * credentials are held; the members come back in the order of `credentials`.
 */
export function judgeMembers(credentials: readonly { held: HeldCredential; def: CredentialDef }[], entries: readonly CeuEntry[]): Member[] {
  const judges = credentials.map(({ held, def }): Judge => ({
    held, def, context: credentialContext(held), eligible: [], rejected: new Map(),
  }));
  const byId = new Map<Id, Judge[]>();
  for (const judge of judges) {
    const list = byId.get(judge.held.id);
    if (list) list.push(judge);
    else byId.set(judge.held.id, [judge]);
  }
  for (const entry of entries) {
    for (const id of entry.credentialIds) {
      const list = byId.get(id);
      if (!list) continue;
      for (const judge of list) judgeInto(judge, entry);
    }
  }
  return judges.map((judge) => memberOf(judge, entries));
}

function judgeInto(judge: Judge, entry: CeuEntry): void {
  if (judge.last === entry) return;
  judge.last = entry;
  const { earnedOn, cycleStart, cycleEnd, id } = judge.held;
  const day = entry.completedOn;
  // The common case (no renewal-month choice, earned before) decided inline, as judgeEntry would decide it.
  // Entries that do not count are not collected here (most of a long history, on every run): ineligible() finds
  // them again if a list of exclusions is ever read.
  if (day >= earnedOn && !entry.cycleChoice?.[id]) {
    if (cycleStart <= day && day <= cycleEnd) judge.eligible.push(entry);
    return;
  }
  const judgement = judgeEntry(entry, judge.held, judge.context);
  if (judgement.counts) judge.eligible.push(entry);
  else judge.rejected.set(entry, { entryId: entry.id, reason: judgement.reason, message: judgement.message });
}

function memberOf({ held, def, context, eligible, rejected }: Judge, entries: readonly CeuEntry[]): Member {
  const ineligible = once((): ExcludedEntry[] => {
    // The entries applied to this credential that did not count, in the order given, so entries that tie in
    // `byCompletion` keep it (as the stable sort always did).
    const counted = new Set(eligible);
    const notCounted = entries.filter((entry) => entry.credentialIds.includes(held.id) && !counted.has(entry));
    return sortByCompletion(notCounted).map((entry) =>
      rejected.get(entry) ?? { entryId: entry.id, reason: 'outside-cycle', message: outsideCycleMessage(entry.completedOn, context) },
    );
  });
  return { held, def, eligible: sortByCompletion(eligible), ineligible };
}

export interface GroupPool {
  /** Entries that count for at least one member, each course once, earliest first. */
  kept: CeuEntry[];
  keptIds: Set<Id>;
  /** Later completions of a course already counted. */
  repeats: ExcludedEntry[];
  /** Entries applied to members of the group that count for none of them (first member's reason); built on first call. */
  unusable: () => ExcludedEntry[];
}

export function poolEntries(members: readonly Member[]): GroupPool {
  const byId = new Map<Id, CeuEntry>();
  for (const member of members) for (const entry of member.eligible) byId.set(entry.id, entry);
  const { kept, repeats } = dropRepeatedCourses([...byId.values()]);
  const unusable = once((): ExcludedEntry[] => {
    const list: ExcludedEntry[] = [];
    const seen = new Set<Id>(byId.keys());
    for (const member of members) {
      for (const exclusion of member.ineligible()) {
        if (seen.has(exclusion.entryId)) continue;
        seen.add(exclusion.entryId);
        list.push(exclusion);
      }
    }
    return list;
  });
  return { kept, keptIds: new Set(kept.map((entry) => entry.id)), repeats, unusable };
}

/** The exclusions a member's own view lists: its own reasons, and repeats of courses among its entries. */
export function memberExclusions(member: Member, pool: GroupPool): ExcludedEntry[] {
  const ownIds = new Set(member.eligible.map((entry) => entry.id));
  return [...member.ineligible(), ...pool.repeats.filter((repeat) => ownIds.has(repeat.entryId))];
}
