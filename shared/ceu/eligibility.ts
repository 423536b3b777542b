/**
 * Whether one CEU entry counts toward one held credential's current cycle, and why not.
 * Rules (AAPC "CEU policies"; docs/ceu-rules.md, rules 6 and 10–12):
 * - CEUs earned before certification are not accepted.
 * - CEUs count by date of completion, within the renewal period; excess CEUs do not carry over.
 * - CEUs earned in the renewal month (the month a cycle ends) may apply to the ending or the next period;
 *   `entry.cycleChoice[credentialId]` holds the END date of the cycle the user chose. Without a choice an entry
 *   counts where its date falls, which for a renewal month is the ending cycle. The choice is the entry's, for the
 *   whole AAPC member: the first AAPC credential of the entry with a choice sets it for every AAPC credential it
 *   applies to, so the entry counts in one period only. It is AAPC's rule: AHIMA credentials ignore it.
 * - No entry dated after a cycle's last day counts in it, whatever the choice.
 * - A course counts once, however often it is taken.
 */
import type { CeuEntry, HeldCredential, Id, IsoDate } from '../model/entities';
import { getCredentialDef } from './catalog';
import { addDaysIso, formatDay, sameMonth } from './dates';

export type ExclusionReason =
  | 'before-earned'
  | 'outside-cycle'
  | 'renewal-month-other-cycle'
  | 'duplicate-course'
  | 'counted-for-other-credential';

export interface ExcludedEntry {
  entryId: Id;
  reason: ExclusionReason;
  /** A sentence for the UI that names the rule. */
  message: string;
}

export type Judgement = { counts: true } | { counts: false; reason: ExclusionReason; message: string };

/** The end of the cycle before the current one: the last closed cycle, or the day before this one began. */
export function previousCycleEnd(credential: HeldCredential): IsoDate {
  const closedEnds = credential.history.map((cycle) => cycle.end).filter((end) => end < credential.cycleStart);
  return closedEnds.sort().at(-1) ?? addDaysIso(credential.cycleStart, -1);
}

/**
 * What judging an entry needs from its credential alone, worked out once per credential: a long history is
 * judged entry by entry, and most of it is excluded with a message naming the same cycle.
 */
export interface CredentialContext {
  /** The renewal-month choice that applies to an entry for this credential (undefined: judged by its date). */
  choiceOf: (entry: CeuEntry) => IsoDate | undefined;
  prevEnd: IsoDate;
  earnedOnText: string;
  /** The end of the "outside the cycle" message, after the entry's own day. */
  outsideText: string;
}

/** An own property of a choice map (a stored key like `toString` is not inherited into a choice). */
function ownChoice(entry: CeuEntry, id: Id): IsoDate | undefined {
  const map = entry.cycleChoice;
  return map && Object.hasOwn(map, id) && typeof map[id] === 'string' ? map[id] : undefined;
}

/**
 * The choice for an AAPC credential: its own, else that of the first other AAPC credential of the entry
 * (`aapcIds`: the member's AAPC credentials). None for AHIMA.
 */
export function renewalChoiceOf(entry: CeuEntry, credential: HeldCredential, aapcIds: ReadonlySet<Id>): IsoDate | undefined {
  if (!entry.cycleChoice || getCredentialDef(credential.code)?.body !== 'AAPC') return undefined;
  const own = ownChoice(entry, credential.id);
  if (own) return own;
  for (const id of entry.credentialIds) {
    if (id === credential.id || !aapcIds.has(id)) continue;
    const other = ownChoice(entry, id);
    if (other) return other;
  }
  return undefined;
}

export function credentialContext(credential: HeldCredential, aapcIds: ReadonlySet<Id> = new Set([credential.id])): CredentialContext {
  const { cycleStart: start, cycleEnd: end, code } = credential;
  return {
    choiceOf: (entry) => renewalChoiceOf(entry, credential, aapcIds),
    prevEnd: previousCycleEnd(credential),
    earnedOnText: `, before ${code} was earned (${formatDay(credential.earnedOn)}): CEUs earned before certification do not count.`,
    outsideText: `, outside the ${code} cycle ${formatDay(start)} – ${formatDay(end)}: CEUs count only in the cycle they were earned and never carry over.`,
  };
}

export function judgeEntry(entry: CeuEntry, credential: HeldCredential, context: CredentialContext = credentialContext(credential)): Judgement {
  const day = entry.completedOn;
  const { cycleStart: start, cycleEnd: end } = credential;
  if (day < credential.earnedOn) {
    return { counts: false, reason: 'before-earned', message: `Completed ${formatDay(day)}${context.earnedOnText}` };
  }
  const choice = context.choiceOf(entry);
  const prevEnd = context.prevEnd;
  const inWindow = start <= day && day <= end;
  if (day > end) return { counts: false, reason: 'outside-cycle', message: outsideCycleMessage(day, context) };
  if (choice && sameMonth(day, end)) {
    if (choice > end) {
      return {
        counts: false,
        reason: 'renewal-month-other-cycle',
        message: `Completed in the renewal month and applied to the next cycle (ending ${formatDay(choice)}), as you chose.`,
      };
    }
    if (choice > prevEnd) return { counts: true };
  } else if (choice && sameMonth(day, prevEnd)) {
    if (choice > prevEnd) return { counts: true };
    if (inWindow) {
      return {
        counts: false,
        reason: 'renewal-month-other-cycle',
        message: `Completed in the renewal month and applied to the previous cycle (ending ${formatDay(choice)}), as you chose.`,
      };
    }
  }
  if (inWindow) return { counts: true };
  return { counts: false, reason: 'outside-cycle', message: outsideCycleMessage(day, context) };
}

export function outsideCycleMessage(day: IsoDate, context: CredentialContext): string {
  return `Completed ${formatDay(day)}${context.outsideText}`;
}

/** Same course: the same index/approval number and the same title (case and spacing ignored). */
export function courseKey(entry: CeuEntry): string | undefined {
  const code = normalized(entry.approvalCode);
  if (!code) return undefined; // without an index number two entries cannot be shown to be the same course
  return `${code}\u0000${normalized(entry.title)}`;
}

/** Earliest first, then by id, so the same data always gives the same result. */
export function byCompletion(a: CeuEntry, b: CeuEntry): number {
  if (a.completedOn !== b.completedOn) return a.completedOn < b.completedOn ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Sorts in place with `byCompletion`, skipping the sort when the list is already in order (the usual case here). */
export function sortByCompletion(list: CeuEntry[]): CeuEntry[] {
  for (let i = 1; i < list.length; i += 1) {
    if (byCompletion(list[i - 1]!, list[i]!) > 0) return list.sort(byCompletion);
  }
  return list;
}

function normalized(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ');
}

/**
 * Keeps the first completion of each course; later ones are excluded, naming the one that counts. Same course as
 * `courseKey` says, but a title is normalised only once a second entry has the same index number: most numbers
 * are unique, and this runs over every counted entry.
 */
export function dropRepeatedCourses(entries: readonly CeuEntry[]): { kept: CeuEntry[]; repeats: ExcludedEntry[] } {
  /** The first kept entry of each index number, until a second one makes its course key needed (then null). */
  const alone = new Map<string, CeuEntry | null>();
  const firstByKey = new Map<string, CeuEntry>();
  const keyOf = (code: string, entry: CeuEntry) => `${code}\u0000${normalized(entry.title)}`;
  const kept: CeuEntry[] = [];
  const repeats: ExcludedEntry[] = [];
  for (const entry of sortByCompletion([...entries])) {
    const code = normalized(entry.approvalCode);
    if (!code) {
      kept.push(entry); // without an index number two entries cannot be shown to be the same course
      continue;
    }
    const only = alone.get(code);
    if (only === undefined) {
      alone.set(code, entry);
      kept.push(entry);
      continue;
    }
    if (only) {
      firstByKey.set(keyOf(code, only), only);
      alone.set(code, null);
    }
    const key = keyOf(code, entry);
    const first = firstByKey.get(key);
    if (first) {
      repeats.push({
        entryId: entry.id,
        reason: 'duplicate-course',
        message: `Same course as the one completed ${formatDay(first.completedOn)} (index ${first.approvalCode}, "${first.title}"): a course counts once, however often it is taken.`,
      });
      continue;
    }
    firstByKey.set(key, entry);
    kept.push(entry);
  }
  return { kept, repeats };
}
