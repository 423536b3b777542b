/**
 * What a search box query means, shared by the index, the exhaustive scan and the highlighting: words in any order,
 * each a prefix of a word of the long description or of the code (`e112`, `E11.2`), abbreviations expanded.
 */
import { expansionOf } from './abbreviations';
import { normaliseCode } from './orderFile';

export interface QueryTerm {
  /** Lower-case word prefix matched against the description's words. */
  word: string;
  /** Upper-case code prefix without a dot, when the typed word could be one (`E11.2` → `E112`). */
  code?: string;
  /** An abbreviation's words: a description holding all of them (as prefixes) matches too. */
  expansion?: readonly string[];
}

export interface Query {
  terms: QueryTerm[];
  /** The code the whole query names exactly, if it is code-shaped (ranked first). */
  exactCode?: string;
}

const CODE_PREFIX = /^[A-Z][0-9A-Z]{0,6}$/;

/** The words of a description as the search sees them: lower case, split at anything but letters and digits. */
export function words(text: string): string[] {
  return text.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w !== '');
}

export function parseQuery(typed: string): Query {
  const terms: QueryTerm[] = [];
  for (const raw of typed.trim().split(/\s+/)) {
    if (raw === '') continue;
    const code = normaliseCode(raw);
    const parts = words(raw);
    const codeShaped = CODE_PREFIX.test(code) && /^[a-z][0-9a-z]*\.?[0-9a-z]*$/i.test(raw);
    if (codeShaped) {
      terms.push({ word: parts.join(''), code, expansion: expansionOf(raw) });
      continue;
    }
    for (const word of parts) terms.push({ word, expansion: expansionOf(word) });
  }
  const whole = normaliseCode(typed);
  const exactCode = terms.length === 1 && terms[0]!.code !== undefined ? whole : undefined;
  return exactCode ? { terms, exactCode } : { terms };
}

/** Does a description's word list (from `words`) and code satisfy one term? The plain definition the index must equal. */
export function termMatches(term: QueryTerm, descriptionWords: readonly string[], code: string): boolean {
  if (term.code !== undefined && code.startsWith(term.code)) return true;
  if (descriptionWords.some((w) => w.startsWith(term.word))) return true;
  const expansion = term.expansion;
  return expansion !== undefined && expansion.every((e) => descriptionWords.some((w) => w.startsWith(e)));
}

/** The prefixes whose matching words are highlighted. */
export function highlightPrefixes(query: Query): string[] {
  const prefixes = new Set<string>();
  for (const term of query.terms) {
    if (term.word) prefixes.add(term.word);
    for (const e of term.expansion ?? []) prefixes.add(e);
  }
  return [...prefixes];
}

export interface TextPart {
  text: string;
  match: boolean;
}

/** Splits a description into plain and matching parts (a word matches when it starts with a query word). */
export function highlight(text: string, prefixes: readonly string[]): TextPart[] {
  const parts: TextPart[] = [];
  const pattern = /[A-Za-z0-9]+/g;
  let last = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const lower = m[0].toLowerCase();
    if (!prefixes.some((p) => lower.startsWith(p))) continue;
    if (m.index > last) parts.push({ text: text.slice(last, m.index), match: false });
    parts.push({ text: m[0], match: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), match: false });
  return parts;
}
