/**
 * What counts toward a total under share minimums (docs/ceu-rules.md, rules 1 and 3). "At least 80% HIIM" means
 * CEUs outside the HIIM domains count only up to 20% of the required total; "40% from AHIMA sources" means CEUs
 * from other providers count only up to 60%. The rest is logged but not counted, and the headline, pace and status
 * use the counted figure, so "still needed" is never less than any share's shortfall.
 *
 * Entries are counted earliest first, those under fewer caps before those under more (an entry outside the HIIM
 * domains AND from another provider uses up both caps, so it goes last): that order counts the most possible.
 */
import type { CeuEntry, Id } from '../model/entities';
import { roundCeus, toHundredths } from './ceuMath';
import type { ShareMinimumRule } from './catalogTypes';
import { byCompletion } from './eligibility';
import { entryMatches } from './parts';

export interface NotCounted {
  ruleId: string;
  /** CEUs logged that the rule keeps out of the total. */
  ceus: number;
  /** At most this many CEUs of that kind count. */
  limit: number;
  /** Which entries, and how much of each, are not counted. */
  entries: { entryId: Id; ceus: number }[];
  message: string;
}

export interface CountedTotal {
  /** CEUs counted toward the total. */
  earned: number;
  /** CEUs of the counted entries as logged, before the caps. */
  logged: number;
  notCounted: NotCounted[];
}

function capMessage(rule: ShareMinimumRule, ceus: number, limit: number, required: number): string {
  const percent = Math.round((1 - rule.share) * 100);
  return `${roundCeus(ceus)} CEUs ${rule.otherLabel} logged but not counted: at most ${percent}% of the ` +
    `${roundCeus(required)} required (${roundCeus(limit)} CEUs) may be ${rule.otherLabel}.`;
}

export function countWithShareCaps(entries: readonly CeuEntry[], required: number, rules: readonly ShareMinimumRule[]): CountedTotal {
  const total = entries.reduce((sum, entry) => sum + toHundredths(entry.ceus), 0);
  if (rules.length === 0) return { earned: total / 100, logged: total / 100, notCounted: [] };
  const requiredH = toHundredths(required);
  // The cap is what the share's own part leaves over, in hundredths, so cap + part = required exactly.
  const limits = rules.map((rule) => requiredH - toHundredths(roundCeus(required * rule.share)));
  const room = [...limits];
  const cut = rules.map(() => new Map<Id, number>());
  const capsOf = new Map<CeuEntry, number[]>();
  for (const entry of entries) {
    capsOf.set(entry, rules.flatMap((rule, index) => (entryMatches(rule.match, entry) ? [] : [index])));
  }
  const ordered = [...entries].sort((a, b) => capsOf.get(a)!.length - capsOf.get(b)!.length || byCompletion(a, b));
  let earned = 0;
  for (const entry of ordered) {
    const caps = capsOf.get(entry)!;
    const amount = toHundredths(entry.ceus);
    const allowed = Math.max(0, Math.min(amount, ...caps.map((index) => room[index]!)));
    for (const index of caps) room[index]! -= allowed;
    earned += allowed;
    if (allowed < amount) {
      // The cap with the least room left is the one that kept the rest out.
      const binding = caps.reduce((a, b) => (room[b]! < room[a]! ? b : a));
      cut[binding]!.set(entry.id, (cut[binding]!.get(entry.id) ?? 0) + amount - allowed);
    }
  }
  const notCounted = rules.flatMap((rule, index): NotCounted[] => {
    const list = [...cut[index]!.entries()];
    if (list.length === 0) return [];
    const ceus = list.reduce((sum, [, h]) => sum + h, 0) / 100;
    const limit = limits[index]! / 100;
    return [{
      ruleId: rule.id, ceus, limit,
      entries: list.map(([entryId, h]) => ({ entryId, ceus: h / 100 })),
      message: capMessage(rule, ceus, limit, required),
    }];
  });
  return { earned: earned / 100, logged: total / 100, notCounted };
}
