/** Bench inputs built from the seeded heavy dataset; browser-safe (the bench page imports it too). */
import type { CeuEntry, HeldCredential, IsoDate } from '../shared/model/entities';
import { createRng, subSeed } from '../shared/datasets';
import { buildHeavyDataset, type HeavyDataset } from './datasets/heavy';
import { buildHeavyCeus } from './datasets/heavyCeu';
import { ceuEntriesToCsv } from '../shared/ceu/csv';
import { dateToDay } from '../shared/study/days';

export const BENCH_SEED = 20_240_601;
export const LARGE_ENTRY_COUNT = 10_000;

/** Today in local time, as the app computes it. */
export function benchToday(): IsoDate {
  return dateToDay(new Date());
}

export function heavy(today: IsoDate = benchToday()): HeavyDataset {
  return buildHeavyDataset({ seed: BENCH_SEED, today });
}

/** 10,000 CEU entries for the heavy dataset's 8 credentials, drawn the way the heavy dataset draws its 2,000. */
export function largeEntries(credentials: HeldCredential[], today: IsoDate, count = LARGE_ENTRY_COUNT): CeuEntry[] {
  let n = 0;
  const newId = () => `bench-entry-${++n}`;
  return buildHeavyCeus(today, credentials, count, createRng(subSeed(BENCH_SEED, 'bench-ceus')), newId);
}

/** 10,000 rows of CEU CSV as the app's own export writes them (credential codes, formula escaping). */
export function largeCsv(credentials: HeldCredential[], today: IsoDate, count = LARGE_ENTRY_COUNT): string {
  return ceuEntriesToCsv(largeEntries(credentials, today, count), credentials);
}
