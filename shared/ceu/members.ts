/**
 * The held credentials of one body group, each with the entries that count toward its cycle.
 *
 * A long history is mostly entries of past cycles (ten years of entries, a two-year cycle): those are skipped here
 * without a message. The screens that list what does not count ask exclusions.ts, which judges them again.
 */
import type { CeuEntry, HeldCredential, Id } from '../model/entities';
import type { CredentialDef } from './catalogTypes';
import {
  credentialContext, dropRepeatedCourses, judgeEntry, sortByCompletion, type CredentialContext, type ExcludedEntry,
} from './eligibility';

export interface Member {
  held: HeldCredential;
  def: CredentialDef;
  /** Entries applied to this credential that fall in its cycle, earliest first (repeats not yet removed). */
  eligible: CeuEntry[];
}

/** One held credential being judged: its cycle, and the entries that count so far. */
interface Judge {
  held: HeldCredential;
  def: CredentialDef;
  context: CredentialContext;
  /** AHIMA ignores renewal-month choices, so its entries are judged by date alone. */
  ignoresChoice: boolean;
  eligible: CeuEntry[];
  /** The entry judged last, so an id listed twice on one entry still applies it once. */
  last?: CeuEntry;
}

/**
 * Judges every entry applied to each of `credentials`, in one pass over `entries` (in any order) however many
 * credentials are held; the members come back in the order of `credentials`.
 */
export function judgeMembers(credentials: readonly { held: HeldCredential; def: CredentialDef }[], entries: readonly CeuEntry[]): Member[] {
  const aapcIds = new Set(credentials.filter(({ def }) => def.body === 'AAPC').map(({ held }) => held.id));
  const judges = credentials.map(({ held, def }): Judge => ({
    held, def, context: credentialContext(held, aapcIds), ignoresChoice: def.body !== 'AAPC', eligible: [],
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
  return judges.map(({ held, def, eligible }) => ({ held, def, eligible: sortByCompletion(eligible) }));
}

function judgeInto(judge: Judge, entry: CeuEntry): void {
  if (judge.last === entry) return;
  judge.last = entry;
  const { earnedOn, cycleStart, cycleEnd } = judge.held;
  const day = entry.completedOn;
  // The common case (no renewal-month choice, earned before) decided inline, as judgeEntry would decide it.
  if (day >= earnedOn && (!entry.cycleChoice || judge.ignoresChoice)) {
    if (cycleStart <= day && day <= cycleEnd) judge.eligible.push(entry);
    return;
  }
  if (judgeEntry(entry, judge.held, judge.context).counts) judge.eligible.push(entry);
}

export interface GroupPool {
  /** Entries that count for at least one member, each course once, earliest first. */
  kept: CeuEntry[];
  keptIds: Set<Id>;
  /** Later completions of a course already counted. */
  repeats: ExcludedEntry[];
}

/** `taken`: entries already counted elsewhere (an AHIMA CEU counts toward one credential only). */
export function poolEntries(members: readonly Member[], taken: ReadonlySet<Id> = new Set()): GroupPool {
  const byId = new Map<Id, CeuEntry>();
  for (const member of members) for (const entry of member.eligible) if (!taken.has(entry.id)) byId.set(entry.id, entry);
  const { kept, repeats } = dropRepeatedCourses([...byId.values()]);
  return { kept, keptIds: new Set(kept.map((entry) => entry.id)), repeats };
}
