import { beforeAll, describe, expect, it } from 'vitest';
import { displayCode, parseOrderFile } from './orderFile';
import { highlight, highlightPrefixes, parseQuery } from './query';
import { buildSearchIndex, searchIndex } from './searchIndex';
import { scanSearch, scanWords } from './searchScan';
import { orderFile, readRealOrderFile, SMALL_ROWS } from './testFiles';
import type { CodeSetData } from './types';

function load(text: string): CodeSetData {
  const result = parseOrderFile(text, 2026);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.data;
}

describe('search (small file)', () => {
  const data = load(orderFile(SMALL_ROWS));
  const index = buildSearchIndex(data);
  const find = (q: string) => searchIndex(data, index, parseQuery(q)).ids.map((i) => displayCode(data.codes[i]!));

  it('puts the exact code first, then valid-for-submission codes, then headers', () => {
    expect(find('E11.2')).toEqual(['E11.2', 'E11.21', 'E11.22', 'E11.29']);
    expect(find('e11')).toEqual(['E11', 'E11.21', 'E11.22', 'E11.29', 'E11.9', 'E11.2']);
    expect(find('e1122')).toEqual(['E11.22']);
  });

  it('matches words in any order and word prefixes', () => {
    expect(find('kidney diabetes type 2')).toEqual(['E11.22', 'E11.29', 'E11.2']);
    expect(find('type 2 diabetes kidney')).toEqual(find('kidney diabetes type 2'));
    expect(find('hypert')).toEqual(['I10', 'I12.0', 'I12']);
    expect(find('diab chron')).toEqual(['E11.22']);
  });

  it('expands clinical abbreviations to their words', () => {
    expect(find('diabetes ckd')).toEqual(['E11.22']);
    expect(find('htn ckd')).toEqual(['I12.0', 'I12']);
    expect(find('CKD')).toEqual(['E11.22', 'I12.0', 'N18.30', 'I12', 'N18', 'N18.3']);
  });

  it('finds nothing for a word no description has, and nothing for an empty query', () => {
    expect(find('zebra')).toEqual([]);
    expect(find('   ')).toEqual([]);
  });

  it('highlights the matching words and leaves the rest as plain text', () => {
    const parts = highlight('Type 2 diabetes mellitus with diabetic chronic kidney disease', highlightPrefixes(parseQuery('diab ckd')));
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(['diabetes', 'diabetic', 'chronic', 'kidney', 'disease']);
    expect(parts.map((p) => p.text).join('')).toBe('Type 2 diabetes mellitus with diabetic chronic kidney disease');
    expect(highlight('<b>x</b> kidney', ['kid']).map((p) => p.text)).toEqual(['<b>x</b> ', 'kidney']);
  });
});

describe('search (official FY2026 file)', () => {
  let data: CodeSetData;
  let index: ReturnType<typeof buildSearchIndex>;
  let scan: string[][];
  beforeAll(() => {
    data = load(readRealOrderFile());
    index = buildSearchIndex(data);
    scan = scanWords(data);
  });

  it('finds E11.22 by "type 2 diabetes kidney" and by "diabetes ckd"', () => {
    for (const q of ['type 2 diabetes kidney', 'diabetes ckd']) {
      const ids = searchIndex(data, index, parseQuery(q)).ids.slice(0, 10).map((i) => displayCode(data.codes[i]!));
      expect(ids).toContain('E11.22');
    }
  });

  it('returns what an exhaustive scan returns, in the same order', () => {
    for (const q of ['e11.2', 'hypert', 'd', 'copd exac', 'fracture femur left', 'afib', 'Z00.0', 'uti preg']) {
      expect(searchIndex(data, index, parseQuery(q)).ids).toEqual(scanSearch(data, scan, parseQuery(q)));
    }
  });
});
