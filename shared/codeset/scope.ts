/**
 * A part of the code set chosen for a drill: a chapter, a block or a code with its subtree, written in URLs as
 * `chapter:4`, `block:E08-E13` or `code:E11`.
 */
import { blockOf, subtreeEnd, type Hierarchy } from './hierarchy';
import { displayCode } from './orderFile';
import type { CodeSetData } from './types';

export interface ScopeRange {
  /** As shown: "E08-E13 Diabetes mellitus". */
  label: string;
  first: number;
  end: number;
}

export function chapterScope(number: number): string {
  return `chapter:${number}`;
}

export function blockScope(range: string): string {
  return `block:${range}`;
}

export function codeScope(code: string): string {
  return `code:${code}`;
}

export function resolveScope(
  scope: string,
  data: CodeSetData,
  hierarchy: Hierarchy,
  byCode: ReadonlyMap<string, number>,
): ScopeRange | undefined {
  const [kind, value = ''] = scope.split(/:(.*)/s);
  if (kind === 'chapter') {
    const chapter = hierarchy.chapters.find((c) => String(c.number) === value);
    return chapter && { label: `Chapter ${chapter.number} (${chapter.range}) ${chapter.title}`, first: chapter.first, end: chapter.end };
  }
  if (kind === 'block') {
    const block = hierarchy.chapters.flatMap((c) => c.blocks).find((b) => b.range === value);
    return block && { label: `${block.range} ${block.title}`, first: block.first, end: block.end };
  }
  if (kind === 'code') {
    const index = byCode.get(value);
    if (index === undefined) return undefined;
    return { label: `${displayCode(value)} ${data.longDescriptions[index]}`, first: index, end: subtreeEnd(data, index) };
  }
  return undefined;
}

/** The block scope of an entry (what "drill this block" on a code page means). */
export function blockScopeOf(hierarchy: Hierarchy, index: number): string | undefined {
  const place = blockOf(hierarchy, index);
  return place && blockScope(place.block.range);
}
