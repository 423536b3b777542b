/**
 * A small seeded PRNG (mulberry32) and the draws the generators need. Datasets must be reproducible: the same
 * seed gives the same records, so nothing here may touch Math.random or the clock.
 */

export interface Rng {
  /** Float in [0, 1). */
  next(): number;
  /** Unsigned 32-bit integer. */
  uint32(): number;
  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** An item drawn with probability proportional to its weight (weights ≥ 0, at least one > 0). */
  weighted<T>(items: readonly T[], weights: readonly number[]): T;
  /** A version-4-shaped UUID made from this generator's bits (so ids are reproducible too). */
  uuid(): string;
}

/** mulberry32: 32-bit state, fast, good enough for test data (not for anything secret). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (t ^ (t >>> 14)) >>> 0;
  };
}

export function createRng(seed: number): Rng {
  const raw = mulberry32(seed);
  const next = () => raw() / 4294967296;
  const rng: Rng = {
    next,
    uint32: raw,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[Math.floor(next() * items.length)]!;
    },
    weighted: (items, weights) => {
      const total = weights.reduce((sum, w) => sum + w, 0);
      let r = next() * total;
      for (let i = 0; i < items.length; i++) {
        r -= weights[i] ?? 0;
        if (r < 0) return items[i]!;
      }
      return items[items.length - 1]!;
    },
    uuid: () => {
      const hex = [raw(), raw(), raw(), raw()].map((n) => n.toString(16).padStart(8, '0')).join('');
      const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
    },
  };
  return rng;
}

/** Derives an independent seed for a sub-stream (one per table), so adding records to one table leaves the others alone. */
export function subSeed(seed: number, stream: string): number {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  for (let i = 0; i < stream.length; i++) h = Math.imul(h ^ stream.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** Fills `length` bytes from the seed, four at a time (fast enough for tens of megabytes). */
export function randomBytes(seed: number, length: number): Uint8Array<ArrayBuffer> {
  const raw = mulberry32(seed);
  const words = new Uint32Array(Math.ceil(length / 4));
  for (let i = 0; i < words.length; i++) words[i] = raw();
  return new Uint8Array(words.buffer, 0, length);
}
