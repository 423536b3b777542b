import { beforeAll, describe, expect, it } from 'vitest';
import { CHAPTER_SPECS } from './chaptersData';
import { ancestorsOf, billableIn, blockOf, buildHierarchy, categoriesIn, childrenOf, type Hierarchy } from './hierarchy';
import { parseOrderFile } from './orderFile';
import { orderFile, readRealOrderFile, SMALL_ROWS } from './testFiles';
import type { CodeSetData } from './types';

function load(text: string): CodeSetData {
  const result = parseOrderFile(text, 2026);
  if (!result.ok) throw new Error('bad file');
  return result.data;
}

describe('hierarchy (small file)', () => {
  const data = load(orderFile(SMALL_ROWS));
  const tree = buildHierarchy(data);
  const code = (i: number) => data.codes[i];

  it('makes each code the child of the nearest header that is its prefix', () => {
    const e1122 = data.codes.indexOf('E1122');
    expect(ancestorsOf(tree, e1122).map(code)).toEqual(['E11', 'E112']);
    expect(childrenOf(tree, data, data.codes.indexOf('E11')).map(code)).toEqual(['E112', 'E119']);
    expect(tree.parents[data.codes.indexOf('I10')]).toBe(-1);
  });

  it('puts categories in their chapter and block', () => {
    expect(blockOf(tree, data.codes.indexOf('E1122'))?.block.range).toBe('E08-E13');
    expect(blockOf(tree, data.codes.indexOf('E1122'))?.chapter.number).toBe(4);
    expect(blockOf(tree, data.codes.indexOf('I120'))?.block.title).toBe('Hypertensive diseases');
    expect(blockOf(tree, data.codes.indexOf('N1830'))?.block.range).toBe('N17-N19');
  });

  it('lists the billable codes under a header', () => {
    const e112 = data.codes.indexOf('E112');
    expect(billableIn(data, e112, e112 + 4).map(code)).toEqual(['E1121', 'E1122', 'E1129']);
  });
});

describe('hierarchy (official FY2026 file)', () => {
  let data: CodeSetData;
  let tree: Hierarchy;
  beforeAll(() => {
    data = load(readRealOrderFile());
    tree = buildHierarchy(data);
  });

  it('finds all 22 chapters and every block of the team-written table', () => {
    expect(tree.chapters).toHaveLength(22);
    expect(tree.chapters.flatMap((c) => c.blocks)).toHaveLength(CHAPTER_SPECS.flatMap((c) => c.blocks).length);
  });

  it('every category falls in the block whose range names it (letter categories such as C4A in their place)', () => {
    for (const chapter of tree.chapters) {
      for (const block of chapter.blocks) {
        const [start, end] = block.range.split('-') as [string, string];
        for (const i of categoriesIn(tree, block.first, block.end)) {
          const category = data.codes[i]!;
          if (/^..[A-Z]/.test(category) && category !== start) continue;
          expect(category >= start && category <= end, `${category} in ${block.range}`).toBe(true);
        }
      }
    }
  });

  it('gives E11.22 its full breadcrumb', () => {
    const i = data.codes.indexOf('E1122');
    const place = blockOf(tree, i)!;
    expect([place.chapter.range, place.block.range, ...ancestorsOf(tree, i).map((a) => data.codes[a])]).toEqual(['E00-E89', 'E08-E13', 'E11', 'E112']);
  });
});
