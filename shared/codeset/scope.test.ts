import { describe, expect, it } from 'vitest';
import { buildHierarchy } from './hierarchy';
import { parseOrderFile } from './orderFile';
import { blockScopeOf, resolveScope } from './scope';
import { orderFile, SMALL_ROWS } from './testFiles';

describe('drill scopes', () => {
  const parsed = parseOrderFile(orderFile(SMALL_ROWS), 2026);
  if (!parsed.ok) throw new Error('bad file');
  const data = parsed.data;
  const tree = buildHierarchy(data);
  const byCode = new Map(data.codes.map((c, i) => [c, i]));

  it('resolves a chapter, a block and a code subtree to their entries', () => {
    expect(resolveScope('chapter:4', data, tree, byCode)).toMatchObject({ first: 0, end: 6 });
    expect(resolveScope('block:I10-I1A', data, tree, byCode)).toEqual({ label: 'I10-I1A Hypertensive diseases', first: 6, end: 9 });
    expect(resolveScope('code:E112', data, tree, byCode)).toEqual({ label: 'E11.2 Type 2 diabetes mellitus with kidney complications', first: 1, end: 5 });
    expect(resolveScope('code:Z99', data, tree, byCode)).toBeUndefined();
    expect(resolveScope('nonsense', data, tree, byCode)).toBeUndefined();
    expect(blockScopeOf(tree, 3)).toBe('block:E08-E13');
  });
});
