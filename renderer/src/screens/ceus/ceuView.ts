/**
 * What the CEUs screen shows, computed from the engine's results and the stored entries: the filter and sort of
 * the entry list with its totals, labels, and the text summaries of the charts. No rule is decided here.
 */
import { getCredentialDef } from '../../../../shared/ceu/catalog';
import { sumCeus } from '../../../../shared/ceu/ceuMath';
import type { ProgressChart } from '../../../../shared/ceu/progress';
import type { CycleResult, CycleStatus } from '../../../../shared/ceu/requirements';
import type { CeuCategory, CeuEntry, ClosedCycle, HeldCredential, Id, IsoDate } from '../../../../shared/model/entities';
import { formatDay } from '../../lib/dates';
import { compareKeys } from '../../../../shared/model/compareKeys';

export interface EntryFilter {
  /** Inclusive completion-day bounds; '' for open. */
  from: IsoDate | '';
  to: IsoDate | '';
  credentialId: Id | '';
  category: CeuCategory | '';
  /** A provider as written on an entry (case-insensitive); '' for any. */
  provider: string;
}

export type EntrySortKey = 'date' | 'credential' | 'category' | 'provider' | 'ceus';
export interface EntrySort {
  key: EntrySortKey;
  direction: 'asc' | 'desc';
}

export const NO_FILTER: EntryFilter = { from: '', to: '', credentialId: '', category: '', provider: '' };
export const DEFAULT_SORT: EntrySort = { key: 'date', direction: 'desc' };

export function isFiltered(filter: EntryFilter): boolean {
  return Object.values(filter).some((value) => value !== '');
}

/** "2.25", "36", "0.5": at most two decimals, no trailing zeros. */
export function formatCeus(value: number): string {
  return String(Math.round(value * 100) / 100);
}

export function ceusLabel(value: number): string {
  return `${formatCeus(value)} CEU${value === 1 ? '' : 's'}`;
}

export const STATUS_LABELS: Record<CycleStatus, string> = {
  complete: 'Complete',
  'on-track': 'On track',
  behind: 'Behind',
  overdue: 'Overdue',
};

/** "CPC" or, for a code the catalog does not know, the code as stored. */
export function codeOf(held: readonly HeldCredential[], id: Id): string | undefined {
  const credential = held.find((h) => h.id === id);
  return credential ? (getCredentialDef(credential.code)?.code ?? credential.code) : undefined;
}

/** "CPC, CRC": the credentials an entry applies to, in the order they are held. */
export function entryCredentialCodes(entry: CeuEntry, held: readonly HeldCredential[]): string {
  return held.filter((h) => entry.credentialIds.includes(h.id)).map((h) => codeOf(held, h.id)).join(', ');
}

/** Distinct providers (case ignored), each spelt as on its earliest entry, sorted. */
export function providersOf(entries: readonly CeuEntry[]): string[] {
  const byKey = new Map<string, string>();
  for (const entry of [...entries].sort((a, b) => compareKeys(a.completedOn, b.completedOn) || compareKeys(a.id, b.id))) {
    const key = entry.provider.trim().toLowerCase();
    if (key && !byKey.has(key)) byKey.set(key, entry.provider.trim());
  }
  return [...byKey.values()].sort((a, b) => a.localeCompare(b));
}

export function filterEntries(entries: readonly CeuEntry[], filter: EntryFilter): CeuEntry[] {
  const provider = filter.provider.trim().toLowerCase();
  return entries.filter(
    (entry) =>
      (!filter.from || entry.completedOn >= filter.from) &&
      (!filter.to || entry.completedOn <= filter.to) &&
      (!filter.credentialId || entry.credentialIds.includes(filter.credentialId)) &&
      (!filter.category || entry.category === filter.category) &&
      (!provider || entry.provider.trim().toLowerCase() === provider),
  );
}

/** Sorted by the key, then newest first, then title, so equal keys keep a stable, readable order. */
export function sortEntries(entries: readonly CeuEntry[], sort: EntrySort, held: readonly HeldCredential[]): CeuEntry[] {
  const keyOf = (entry: CeuEntry): string | number => {
    switch (sort.key) {
      case 'date': return entry.completedOn;
      case 'credential': return entryCredentialCodes(entry, held);
      case 'category': return entry.category;
      case 'provider': return entry.provider.trim().toLowerCase();
      case 'ceus': return entry.ceus;
    }
  };
  const sign = sort.direction === 'asc' ? 1 : -1;
  return [...entries].sort((a, b) => {
    const ka = keyOf(a);
    const kb = keyOf(b);
    const primary = typeof ka === 'number' && typeof kb === 'number' ? ka - kb : String(ka).localeCompare(String(kb));
    return sign * primary || compareKeys(b.completedOn, a.completedOn) || a.title.localeCompare(b.title);
  });
}

export function entryTotals(entries: readonly CeuEntry[]): { count: number; ceus: number } {
  return { count: entries.length, ceus: sumCeus(entries.map((entry) => entry.ceus)) };
}

export function totalsText(totals: { count: number; ceus: number }, filtered: boolean): string {
  const what = `${totals.count} entr${totals.count === 1 ? 'y' : 'ies'}, ${ceusLabel(totals.ceus)}`;
  return filtered ? `Shown: ${what}` : `All entries: ${what}`;
}

/** Days left in words, for the progress card. */
export function daysLeftText(daysLeft: number): string {
  if (daysLeft < 0) return `Ended ${-daysLeft} day${daysLeft === -1 ? '' : 's'} ago`;
  if (daysLeft === 0) return 'Ends today';
  return `${daysLeft} day${daysLeft === 1 ? '' : 's'} left`;
}

export function paceText(result: Pick<CycleResult, 'perMonthNeeded' | 'status'>): string {
  if (result.status === 'complete') return 'Nothing more needed this cycle';
  if (result.perMonthNeeded === null) return 'The cycle has ended';
  return `${formatCeus(result.perMonthNeeded)} CEUs a month needed`;
}

/** The text summary that goes with the progress chart (what a screen-reader user or a reader in a hurry needs). */
export function progressSummary(code: string, result: CycleResult, chart: ProgressChart): string {
  const earned = chart.earned.at(-1)?.ceus ?? 0;
  const end = formatDay(result.cycleEnd);
  const head = `${code}, cycle ${formatDay(result.cycleStart)} to ${end}: ${formatCeus(earned)} of ${formatCeus(result.required)} CEUs earned.`;
  switch (result.status) {
    case 'complete':
      return `${head} The requirement is met.`;
    case 'overdue':
      return `${head} The cycle ended with ${ceusLabel(result.needed)} still needed.`;
    default: {
      const pace = result.status === 'behind' ? 'behind' : 'on or ahead of';
      return `${head} The steady pace expects ${formatCeus(result.expectedByToday)} by today, so you are ${pace} it. ` +
        `To finish by ${end}: ${ceusLabel(result.needed)} more, about ${formatCeus(result.perMonthNeeded ?? 0)} a month.`;
    }
  }
}

/** "Mar 1, 2024 – Feb 28, 2026: 30 of 36 CEUs, incomplete", newest cycle first. */
export function historyLines(history: readonly ClosedCycle[]): string[] {
  return [...history]
    .sort((a, b) => compareKeys(b.end, a.end))
    .map((cycle) =>
      `${formatDay(cycle.start)} – ${formatDay(cycle.end)}: ${formatCeus(cycle.earned)} of ${formatCeus(cycle.required)} CEUs, ${cycle.complete ? 'complete' : 'incomplete'}`,
    );
}

/** Credentials held now first (by cycle end), then retired ones. */
export function splitHeld(held: readonly HeldCredential[], today: IsoDate) {
  const active = held.filter((h) => !h.retiredOn || h.retiredOn > today).sort((a, b) => compareKeys(a.cycleEnd, b.cycleEnd) || compareKeys(a.code, b.code));
  const retired = held.filter((h) => h.retiredOn && h.retiredOn <= today).sort((a, b) => compareKeys(b.retiredOn ?? '', a.retiredOn ?? ''));
  return { active, retired };
}
