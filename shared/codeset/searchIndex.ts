/**
 * The code set's search index: every distinct description word in sorted order with the entries holding it
 * (posting lists in one typed array), and the entries sorted by code for code prefixes. It is built once at import
 * and stored with the code set, so a reload only reads it. Results equal `scanSearch` (searchScan.ts), which is
 * the plain definition; the bench checks it on a fixed list of queries.
 */
import type { Query, QueryTerm } from './query';
import { words } from './query';
import type { CodeSetData } from './types';

export interface SearchIndex {
  /** Distinct lower-case words, sorted. */
  tokens: string[];
  /** Postings of tokens[i]: postings[tokenStarts[i] .. tokenStarts[i + 1]). */
  tokenStarts: Uint32Array;
  /** Entry indexes, ascending within each token. */
  postings: Uint32Array;
  /** Entry indexes sorted by code. */
  byCode: Uint32Array;
}

export function buildSearchIndex(data: Pick<CodeSetData, 'codes' | 'longDescriptions'>): SearchIndex {
  const lists = new Map<string, number[]>();
  const n = data.codes.length;
  for (let i = 0; i < n; i++) {
    // The same words as `words()` (query.ts), cut out by character codes: no regex split, no array per entry.
    const text = data.longDescriptions[i]!.toLowerCase();
    let start = -1;
    for (let c = 0; c <= text.length; c++) {
      const code = c < text.length ? text.charCodeAt(c) : 32;
      const wordChar = (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
      if (wordChar) {
        if (start < 0) start = c;
        continue;
      }
      if (start < 0) continue;
      const word = text.slice(start, c);
      start = -1;
      let list = lists.get(word);
      if (!list) lists.set(word, (list = []));
      if (list[list.length - 1] !== i) list.push(i);
    }
  }
  const tokens = [...lists.keys()].sort();
  const tokenStarts = new Uint32Array(tokens.length + 1);
  let total = 0;
  tokens.forEach((t, i) => {
    tokenStarts[i] = total;
    total += lists.get(t)!.length;
  });
  tokenStarts[tokens.length] = total;
  const postings = new Uint32Array(total);
  tokens.forEach((t, i) => postings.set(lists.get(t)!, tokenStarts[i]));
  // An array's sort (TimSort) is near linear on tabular order, which is almost sorted by code already.
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => compare(data.codes[a]!, data.codes[b]!));
  return { tokens, tokenStarts, postings, byCode: Uint32Array.from(order) };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** First index in a sorted array whose key is >= prefix. */
function lowerBound(length: number, keyAt: (i: number) => string, prefix: string): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keyAt(mid) < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Marks (sets to 1) every entry holding a word starting with `prefix`. */
function markWordPrefix(index: SearchIndex, prefix: string, marks: Uint8Array): void {
  const { tokens, tokenStarts, postings } = index;
  for (let t = lowerBound(tokens.length, (i) => tokens[i]!, prefix); t < tokens.length && tokens[t]!.startsWith(prefix); t++) {
    for (let p = tokenStarts[t]!, end = tokenStarts[t + 1]!; p < end; p++) marks[postings[p]!] = 1;
  }
}

function markCodePrefix(data: CodeSetData, index: SearchIndex, prefix: string, marks: Uint8Array): void {
  const { byCode } = index;
  const codeAt = (i: number) => data.codes[byCode[i]!]!;
  for (let i = lowerBound(byCode.length, codeAt, prefix); i < byCode.length && codeAt(i).startsWith(prefix); i++) {
    marks[byCode[i]!] = 1;
  }
}

/** Entries one term matches, as marks. */
function termMarks(data: CodeSetData, index: SearchIndex, term: QueryTerm): Uint8Array {
  const marks = new Uint8Array(data.codes.length);
  if (term.word) markWordPrefix(index, term.word, marks);
  if (term.code !== undefined) markCodePrefix(data, index, term.code, marks);
  if (term.expansion) {
    const all = allOf(data, index, term.expansion);
    for (let i = 0; i < marks.length; i++) marks[i]! |= all[i]!;
  }
  return marks;
}

function allOf(data: CodeSetData, index: SearchIndex, prefixes: readonly string[]): Uint8Array {
  let result: Uint8Array | undefined;
  for (const prefix of prefixes) {
    const marks = new Uint8Array(data.codes.length);
    markWordPrefix(index, prefix, marks);
    if (result) for (let i = 0; i < marks.length; i++) result[i]! &= marks[i]!;
    else result = marks;
  }
  return result ?? new Uint8Array(data.codes.length);
}

export interface SearchResult {
  /** Every matching entry, ranked (see `rankMatches`). */
  ids: number[];
}

/** Every entry matching all the query's terms, ranked. */
export function searchIndex(data: CodeSetData, index: SearchIndex, query: Query): SearchResult {
  if (query.terms.length === 0) return { ids: [] };
  let result: Uint8Array | undefined;
  for (const term of query.terms) {
    const marks = termMarks(data, index, term);
    if (result) for (let i = 0; i < marks.length; i++) result[i]! &= marks[i]!;
    else result = marks;
  }
  return { ids: rankMatches(data, result!, query.exactCode) };
}

/** Exact code first, then valid-for-submission codes, then headers, each in tabular order. */
export function rankMatches(data: CodeSetData, matched: Uint8Array, exactCode?: string): number[] {
  const exact: number[] = [];
  const billable: number[] = [];
  const headers: number[] = [];
  for (let i = 0; i < matched.length; i++) {
    if (!matched[i]) continue;
    if (exactCode !== undefined && data.codes[i] === exactCode) exact.push(i);
    else if (data.billable[i]) billable.push(i);
    else headers.push(i);
  }
  return exact.concat(billable, headers);
}
