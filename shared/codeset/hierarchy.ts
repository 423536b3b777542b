/**
 * The tree of one code set: chapters and blocks (from CHAPTER_SPECS), categories (3-character codes) and their
 * subdivisions (from the order file's header lines: a code's parent is the nearest earlier code that is a prefix of
 * it). Tabular order keeps every subtree contiguous, so a node's descendants are the entries that follow it.
 */
import { CHAPTER_SPECS } from './chaptersData';
import type { CodeSetData } from './types';

export interface Block {
  /** "E08-E13" */
  range: string;
  title: string;
  chapter: number;
  /** Entry indexes [first, end). */
  first: number;
  end: number;
}

export interface Chapter {
  number: number;
  range: string;
  title: string;
  blocks: Block[];
  first: number;
  end: number;
}

export interface Hierarchy {
  /** Parent entry index, or -1 for a category. */
  parents: Int32Array;
  chapters: Chapter[];
}

/** Parent of each entry: the nearest earlier entry whose code is a proper prefix of its own. */
export function buildParents(codes: readonly string[]): Int32Array {
  const parents = new Int32Array(codes.length);
  const stack: number[] = [];
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i]!;
    while (stack.length > 0 && !code.startsWith(codes[stack[stack.length - 1]!]!)) stack.pop();
    parents[i] = stack.length > 0 ? stack[stack.length - 1]! : -1;
    stack.push(i);
  }
  return parents;
}

export function buildHierarchy(data: Pick<CodeSetData, 'codes'>, parents: Int32Array = buildParents(data.codes)): Hierarchy {
  const categoryAt = new Map<string, number>();
  data.codes.forEach((code, i) => {
    if (parents[i] === -1) categoryAt.set(code, i);
  });
  const starts: { block: Omit<Block, 'end'> }[] = [];
  for (const spec of CHAPTER_SPECS) {
    for (const line of spec.blocks) {
      const range = line.slice(0, 7);
      // A range may open with a category the file does not have (U00-U49 starts at U07): the first one inside it.
      const first = categoryAt.get(range.slice(0, 3)) ?? firstCategoryWithin(categoryAt, range.slice(0, 3), range.slice(4, 7));
      // A block with no category in this year's file is left out.
      if (first !== undefined) starts.push({ block: { range, title: line.slice(8), chapter: spec.number, first } });
    }
  }
  starts.sort((a, b) => a.block.first - b.block.first);
  const blocks: Block[] = starts.map(({ block }, i) => ({ ...block, end: starts[i + 1]?.block.first ?? data.codes.length }));
  if (blocks.length > 0) blocks[0]!.first = 0;
  const chapters: Chapter[] = [];
  for (const spec of CHAPTER_SPECS) {
    const own = blocks.filter((b) => b.chapter === spec.number);
    if (own.length === 0) continue;
    chapters.push({ number: spec.number, range: spec.range, title: spec.title, blocks: own, first: own[0]!.first, end: own[own.length - 1]!.end });
  }
  chapters.sort((a, b) => a.first - b.first);
  return { parents, chapters };
}

function firstCategoryWithin(categoryAt: Map<string, number>, start: string, end: string): number | undefined {
  let found: number | undefined;
  for (const [code, i] of categoryAt) if (code >= start && code <= end && (found === undefined || i < found)) found = i;
  return found;
}

/** The block holding an entry (binary search over the blocks in tabular order). */
export function blockOf(hierarchy: Hierarchy, index: number): { chapter: Chapter; block: Block } | undefined {
  for (const chapter of hierarchy.chapters) {
    if (index < chapter.first || index >= chapter.end) continue;
    let lo = 0;
    let hi = chapter.blocks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (chapter.blocks[mid]!.first <= index) lo = mid;
      else hi = mid - 1;
    }
    return { chapter, block: chapter.blocks[lo]! };
  }
  return undefined;
}

/** Ancestors of an entry, category first, the entry itself excluded. */
export function ancestorsOf(hierarchy: Hierarchy, index: number): number[] {
  const chain: number[] = [];
  for (let p = hierarchy.parents[index]!; p !== -1; p = hierarchy.parents[p]!) chain.unshift(p);
  return chain;
}

/** End (exclusive) of an entry's subtree: its descendants are index + 1 .. end - 1. */
export function subtreeEnd(data: Pick<CodeSetData, 'codes'>, index: number): number {
  const code = data.codes[index]!;
  let end = index + 1;
  while (end < data.codes.length && data.codes[end]!.startsWith(code)) end++;
  return end;
}

/** Direct children of an entry, in tabular order. */
export function childrenOf(hierarchy: Hierarchy, data: Pick<CodeSetData, 'codes'>, index: number): number[] {
  const children: number[] = [];
  for (let i = index + 1, end = subtreeEnd(data, index); i < end; i++) if (hierarchy.parents[i] === index) children.push(i);
  return children;
}

/** Valid-for-submission entries in [first, end): an entry's own codes, a block's or a chapter's. */
export function billableIn(data: Pick<CodeSetData, 'billable'>, first: number, end: number): number[] {
  const found: number[] = [];
  for (let i = first; i < end; i++) if (data.billable[i]) found.push(i);
  return found;
}

/** Categories (3-character codes) in [first, end). */
export function categoriesIn(hierarchy: Hierarchy, first: number, end: number): number[] {
  const found: number[] = [];
  for (let i = first; i < end; i++) if (hierarchy.parents[i] === -1) found.push(i);
  return found;
}
