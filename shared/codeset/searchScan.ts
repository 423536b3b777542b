/** The plain definition of a search: every entry checked against every term. The index must return the same. */
import { termMatches, words, type Query } from './query';
import { rankMatches } from './searchIndex';
import type { CodeSetData } from './types';

/** Each entry's description words, computed once per code set (the scan's only preparation). */
export function scanWords(data: CodeSetData): string[][] {
  return data.longDescriptions.map((d) => words(d));
}

export function scanSearch(data: CodeSetData, descriptionWords: readonly (readonly string[])[], query: Query): number[] {
  const matched = new Uint8Array(data.codes.length);
  if (query.terms.length === 0) return [];
  for (let i = 0; i < matched.length; i++) {
    const w = descriptionWords[i]!;
    const code = data.codes[i]!;
    if (query.terms.every((t) => termMatches(t, w, code))) matched[i] = 1;
  }
  return rankMatches(data, matched, query.exactCode);
}
