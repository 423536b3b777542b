/**
 * Bounds of one CEU entry's amount (app policy), shared by the entry form, CSV import and backup restore so no
 * stored value can do what the form refuses: more than 0, at most 100 (a single activity above that is a typo), at
 * most two decimals; above 30 the form asks the user to confirm. docs/ceu-rules.md, "Data".
 */
export const CEU_ENTRY_LIMITS = { maxCeus: 100, maxDecimals: 2, confirmAbove: 30 } as const;

export function hasAtMostDecimals(value: number, decimals: number): boolean {
  const scaled = value * 10 ** decimals;
  return Math.abs(scaled - Math.round(scaled)) < 1e-7;
}

/** Why `ceus` is not an amount one entry may carry, or undefined when it is. */
export function ceuAmountProblem(ceus: number): string | undefined {
  const { maxCeus, maxDecimals } = CEU_ENTRY_LIMITS;
  if (typeof ceus !== 'number' || !Number.isFinite(ceus)) return 'must be a number';
  if (ceus <= 0) return 'must be more than 0';
  if (ceus > maxCeus) return `cannot be more than ${maxCeus}`;
  if (!hasAtMostDecimals(ceus, maxDecimals)) return `must have at most ${maxDecimals} decimals`;
  return undefined;
}
