/**
 * The timed lookup drill: find the code for 10 random valid-for-submission descriptions from a chosen range, as on
 * the exam, where finding codes fast is the skill. Time per code and accuracy are recorded and charted.
 */
import { normaliseCode } from './orderFile';

export const LOOKUP_DRILL_SIZE = 10;

export interface LookupDrillItem {
  code: string;
  answer: string;
  correct: boolean;
  ms: number;
}

export interface LookupDrillResult {
  id: string;
  finishedAt: string;
  year: number;
  /** What was drilled, as shown: "E08-E13 Diabetes mellitus". */
  rangeLabel: string;
  items: LookupDrillItem[];
}

/** `count` distinct entries drawn from `pool` (all of it when smaller), by a Fisher-Yates shuffle. */
export function pickDrillEntries(pool: readonly number[], count: number, random: () => number = Math.random): number[] {
  const copy = [...pool];
  const n = Math.min(count, copy.length);
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(random() * (copy.length - i));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, n);
}

/** A typed answer is right when it is the code, with or without its dot, in any case. */
export function isRightCode(typed: string, code: string): boolean {
  return normaliseCode(typed) === normaliseCode(code);
}

export interface DrillSummary {
  correct: number;
  total: number;
  accuracyPercent: number;
  /** Median seconds per code, one decimal. */
  medianSeconds: number;
}

export function summariseDrill(items: readonly LookupDrillItem[]): DrillSummary {
  const correct = items.filter((i) => i.correct).length;
  const times = items.map((i) => i.ms).sort((a, b) => a - b);
  const mid = times.length / 2;
  const median = times.length === 0 ? 0 : times.length % 2 ? times[Math.floor(mid)]! : (times[mid - 1]! + times[mid]!) / 2;
  return {
    correct,
    total: items.length,
    accuracyPercent: items.length === 0 ? 0 : Math.round((correct / items.length) * 100),
    medianSeconds: Math.round(median / 100) / 10,
  };
}

/** Points of the history chart, oldest first. */
export function drillHistoryPoints(results: readonly LookupDrillResult[]) {
  return [...results]
    .sort((a, b) => a.finishedAt.localeCompare(b.finishedAt))
    .map((r, i) => ({ run: i + 1, label: r.rangeLabel, ...summariseDrill(r.items) }));
}
