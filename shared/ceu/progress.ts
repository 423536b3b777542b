/**
 * Chart data for one cycle: cumulative CEUs earned by date, the required line, the linear pace expected from
 * the start, and the pace line from today's earned to the required at the deadline. Numbers only; the renderer
 * draws them (recharts can plot `points` directly, x = `day` or `date`).
 */
import type { CeuEntry, Id, IsoDate } from '../model/entities';
import { sumCeus } from './ceuMath';
import { daysBetween } from './dates';
import type { CycleResult } from './requirementTypes';

export interface SeriesPoint {
  date: IsoDate;
  /** Days since the cycle began. */
  day: number;
  ceus: number;
}

/** One row per date for a chart library: every series that has a value at that date. */
export interface ChartRow {
  date: IsoDate;
  day: number;
  earned?: number;
  required: number;
  expected?: number;
  pace?: number;
}

export interface ProgressChart {
  cycleStart: IsoDate;
  cycleEnd: IsoDate;
  today: IsoDate;
  required: number;
  /** Cumulative earned, a point at the start (0), at each completion date and at today (or the end). */
  earned: SeriesPoint[];
  /** The required total across the cycle. */
  requiredLine: SeriesPoint[];
  /** Linear pace from 0 at the start to the required at the end (what "on track" compares with). */
  expectedLine: SeriesPoint[];
  /** From today's earned to the required at the deadline; empty when complete or past the end. */
  paceLine: SeriesPoint[];
  rows: ChartRow[];
}

function clampDay(day: IsoDate, start: IsoDate, end: IsoDate): IsoDate {
  return day < start ? start : day > end ? end : day;
}

export function buildProgressChart(result: CycleResult, entries: readonly CeuEntry[], today: IsoDate): ProgressChart {
  const { cycleStart: start, cycleEnd: end, required } = result;
  const point = (date: IsoDate, ceus: number): SeriesPoint => ({ date, day: daysBetween(start, date), ceus });
  const counted = new Set<Id>(result.countedEntryIds);
  // What a share cap keeps out of the total (rules 1 and 3) is not drawn: the line ends at the counted figure.
  const cut = new Map<Id, number>();
  for (const part of result.notCounted) for (const { entryId, ceus } of part.entries) cut.set(entryId, (cut.get(entryId) ?? 0) + ceus);
  // Renewal-month entries moved across the boundary are drawn at the cycle's edge.
  const byDate = new Map<IsoDate, number[]>();
  for (const entry of entries) {
    if (!counted.has(entry.id)) continue;
    const date = clampDay(entry.completedOn, start, end);
    byDate.set(date, [...(byDate.get(date) ?? []), entry.ceus - (cut.get(entry.id) ?? 0)]);
  }
  const earned: SeriesPoint[] = [point(start, 0)];
  let running: number[] = [];
  for (const date of [...byDate.keys()].sort()) {
    running = [...running, ...byDate.get(date)!];
    const ceus = sumCeus(running);
    if (date === start) earned[0] = point(start, ceus);
    else earned.push(point(date, ceus));
  }
  const last = earned.at(-1)!;
  const through = clampDay(today, start, end);
  if (through > last.date) earned.push(point(through, last.ceus));

  const paceLine =
    result.status === 'complete' || today > end || today < start
      ? []
      : [point(today, last.ceus), point(end, Math.max(required, last.ceus))];
  const requiredLine = [point(start, required), point(end, required)];
  const expectedLine = [point(start, 0), point(end, required)];
  return { cycleStart: start, cycleEnd: end, today, required, earned, requiredLine, expectedLine, paceLine, rows: mergeRows(earned, expectedLine, paceLine, required, start) };
}

function mergeRows(
  earned: SeriesPoint[], expected: SeriesPoint[], pace: SeriesPoint[], required: number, start: IsoDate,
): ChartRow[] {
  const rows = new Map<IsoDate, ChartRow>();
  const row = (date: IsoDate) => {
    const existing = rows.get(date) ?? { date, day: daysBetween(start, date), required };
    rows.set(date, existing);
    return existing;
  };
  for (const p of earned) row(p.date).earned = p.ceus;
  for (const p of expected) row(p.date).expected = p.ceus;
  for (const p of pace) row(p.date).pace = p.ceus;
  return [...rows.values()].sort((a, b) => a.day - b.day);
}
