/** CEU amounts have at most two decimals: add them in hundredths so 0.1 + 0.2 is 0.3. */

export function toHundredths(ceus: number): number {
  return Math.round(ceus * 100);
}

export function sumCeus(values: readonly number[]): number {
  return values.reduce((total, value) => total + toHundredths(value), 0) / 100;
}

export function roundCeus(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Rounded up to the hundredth, for amounts still needed (never promise less than is needed). */
export function ceilCeus(value: number): number {
  return Math.ceil(roundCeus(value * 100)) / 100;
}

export function atLeastZero(value: number): number {
  return value > 0 ? roundCeus(value) : 0;
}
