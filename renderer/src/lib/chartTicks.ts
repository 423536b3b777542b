/**
 * Axis ticks chosen by the app instead of recharts, so a label is never repeated and never crowds its neighbour:
 * a few whole-number positions spread over a range, or a long list thinned to every k-th.
 */

/** Up to `count` distinct whole numbers from `min` to `max`, evenly spread, both ends included. */
export function spreadTicks(min: number, max: number, count: number): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [];
  const lo = Math.ceil(Math.min(min, max));
  const hi = Math.floor(Math.max(min, max));
  if (hi <= lo) return [lo];
  const n = Math.max(2, Math.min(count, hi - lo + 1));
  const ticks = new Set<number>();
  for (let i = 0; i < n; i++) ticks.add(Math.round(lo + ((hi - lo) * i) / (n - 1)));
  return [...ticks];
}

/** At most `max` of `ticks`: every k-th one, starting with the first. */
export function thinTicks<T>(ticks: readonly T[], max: number): T[] {
  if (ticks.length <= max) return [...ticks];
  const step = Math.ceil(ticks.length / Math.max(1, max));
  return ticks.filter((_, i) => i % step === 0);
}
