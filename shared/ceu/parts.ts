/**
 * Parts of a requirement ("16 auditing CEUs", "80% HIIM", "5 self-review CEUs a year") and how much of each
 * a set of counted entries earns.
 */
import type { CeuEntry, IsoDate } from '../model/entities';
import { atLeastZero, roundCeus, sumCeus } from './ceuMath';
import type { PartDef, PartMatch, ShareMinimumRule } from './catalogTypes';
import { addDaysIso, addYearsIso } from './dates';

/**
 * `specific`: a credential's own part; a CEU counts toward at most one specific part (AAPC: "the same CEU can count
 * toward the total and toward one specific part"; AHIMA: a CEU counts for one credential only).
 * `share`: a minimum share of the whole total (AHIMA 80% HIIM), overlapping every other part.
 */
export type PartScope = 'specific' | 'share';

export interface ResolvedPart {
  /** Unique in a result: `CPMA:auditing`, `CCS:coding-self-review`, `hiim`. */
  id: string;
  label: string;
  scope: PartScope;
  required: number;
  match: PartMatch;
  perCycleYear?: number;
  /** For yearly parts, the cycle years that need it (all of them unless a rule ended: see `yearlyPart`). */
  yearWindows?: { start: IsoDate; end: IsoDate }[];
  /** The credential the part belongs to (specific parts). */
  credentialCode?: string;
  source: string;
  unverified?: string;
  note?: string;
}

export interface PartYear {
  start: IsoDate;
  end: IsoDate;
  required: number;
  earned: number;
  missing: number;
}

export interface PartStatus {
  id: string;
  label: string;
  scope: PartScope;
  credentialCode?: string;
  required: number;
  earned: number;
  missing: number;
  /** For parts required each year of the cycle. */
  years?: PartYear[];
  countedEntryIds: string[];
  source: string;
  unverified?: string;
  note?: string;
}

/** Provider patterns compiled once (they are catalog strings, tested against every counted entry). */
const providerPatterns = new Map<string, RegExp>();

function providerPattern({ pattern, flags }: { pattern: string; flags: string }): RegExp {
  const key = `${flags}/${pattern}`;
  let compiled = providerPatterns.get(key);
  if (!compiled) providerPatterns.set(key, (compiled = new RegExp(pattern, flags)));
  return compiled;
}

export function entryMatches(match: PartMatch, entry: CeuEntry): boolean {
  switch (match.kind) {
    case 'category':
      if (entry.category !== match.category) return false;
      return !match.specialtyCode || (entry.specialtyCode ?? '').trim().toUpperCase() === match.specialtyCode;
    case 'not-category':
      return !match.categories.includes(entry.category);
    case 'provider':
      return (match.orMarked === 'ahimaSource' && entry.ahimaSource === true) ||
        match.patterns.some((pattern) => providerPattern(pattern).test(entry.provider));
  }
}

export function specificPart(def: PartDef, code: string, source: string, unverified?: string): ResolvedPart {
  return {
    id: `${code}:${def.id}`,
    label: def.label,
    scope: 'specific',
    required: def.ceus,
    match: def.match,
    ...(def.perCycleYear !== undefined ? { perCycleYear: def.perCycleYear } : {}),
    credentialCode: code,
    source,
    ...(unverified ? { unverified } : {}),
    ...(def.note ? { note: def.note } : {}),
  };
}

/**
 * A yearly part within one cycle: its years, and only those that begin before `def.yearsBeginningBefore` when
 * set (the coding self-review: a cycle that began in 2020 needs its first year's review only). docs/ceu-rules.md,
 * rule 7.
 */
export function yearlyPart(part: ResolvedPart, def: PartDef, start: IsoDate, end: IsoDate): ResolvedPart {
  const perYear = def.perCycleYear;
  if (!perYear || perYear <= 0) return part;
  const all = cycleYears(start, end, Math.max(1, Math.ceil(def.ceus / perYear)));
  const before = def.yearsBeginningBefore;
  const yearWindows = before ? all.filter((year) => year.start < before) : all;
  return { ...part, required: perYear * yearWindows.length, yearWindows };
}

/** The years a yearly part is counted in. */
export function partYearWindows(part: ResolvedPart, start: IsoDate, end: IsoDate): { start: IsoDate; end: IsoDate }[] {
  return part.yearWindows ?? cycleYears(start, end, Math.max(1, Math.ceil(part.required / (part.perCycleYear ?? 1))));
}

export function sharePart(rule: ShareMinimumRule, requiredTotal: number): ResolvedPart {
  return {
    id: rule.partId,
    label: rule.label,
    scope: 'share',
    required: roundCeus(requiredTotal * rule.share),
    match: rule.match,
    source: rule.source,
    ...(rule.unverified ? { unverified: rule.unverified } : {}),
    note: rule.title,
  };
}

/** The cycle's years: year i runs from start + i years to the day before the next; the last ends with the cycle. */
export function cycleYears(start: IsoDate, end: IsoDate, count: number): { start: IsoDate; end: IsoDate }[] {
  const years: { start: IsoDate; end: IsoDate }[] = [];
  for (let i = 0; i < count; i += 1) {
    const yearStart = addYearsIso(start, i);
    const yearEnd = i === count - 1 ? end : addDaysIso(addYearsIso(start, i + 1), -1);
    years.push({ start: yearStart, end: yearEnd });
  }
  return years;
}

/** The year of the cycle an entry falls in (entries moved in by the renewal-month rule go to the nearest year). */
export function yearIndexOf(years: { start: IsoDate; end: IsoDate }[], day: IsoDate): number {
  const index = years.findIndex((year) => year.start <= day && day <= year.end);
  if (index >= 0) return index;
  return day < (years[0]?.start ?? day) ? 0 : years.length - 1;
}

/** How much of `part` the `counted` entries earn, within the cycle `start`..`end`. */
export function partStatus(part: ResolvedPart, counted: readonly CeuEntry[], start: IsoDate, end: IsoDate): PartStatus {
  const matching = counted.filter((entry) => entryMatches(part.match, entry));
  const earned = sumCeus(matching.map((entry) => entry.ceus));
  let missing = atLeastZero(part.required - earned);
  let years: PartYear[] | undefined;
  if (part.perCycleYear && part.perCycleYear > 0) {
    const perYear = part.perCycleYear;
    const windows = partYearWindows(part, start, end);
    years = windows.map((window, index) => {
      const inYear = matching.filter((entry) => yearIndexOf(windows, entry.completedOn) === index);
      const yearEarned = sumCeus(inYear.map((entry) => entry.ceus));
      return { ...window, required: perYear, earned: yearEarned, missing: atLeastZero(perYear - yearEarned) };
    });
    // A surplus in one year does not make up for a year without its share.
    missing = Math.max(missing, sumCeus(years.map((year) => year.missing)));
  }
  return {
    id: part.id,
    label: part.label,
    scope: part.scope,
    ...(part.credentialCode ? { credentialCode: part.credentialCode } : {}),
    required: part.required,
    earned,
    missing,
    ...(years ? { years } : {}),
    countedEntryIds: matching.map((entry) => entry.id),
    source: part.source,
    ...(part.unverified ? { unverified: part.unverified } : {}),
    ...(part.note ? { note: part.note } : {}),
  };
}

/**
 * CEUs still needed, at least: the missing total, the sum of missing specific parts (one CEU fills one), or the
 * largest missing share (shares overlap everything).
 */
export function stillNeeded(missingTotal: number, parts: readonly PartStatus[]): number {
  const specific = sumCeus(parts.filter((part) => part.scope === 'specific').map((part) => part.missing));
  const share = Math.max(0, ...parts.filter((part) => part.scope === 'share').map((part) => part.missing));
  return roundCeus(Math.max(missingTotal, specific, share));
}
