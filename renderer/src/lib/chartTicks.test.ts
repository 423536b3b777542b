import { describe, expect, it } from 'vitest';
import { spreadTicks, thinTicks } from './chartTicks';

describe('spreadTicks', () => {
  it('spreads a few distinct whole numbers over the range, both ends included', () => {
    expect(spreadTicks(0, 35, 4)).toEqual([0, 12, 23, 35]);
  });
  it('never repeats a tick when the range holds fewer whole numbers than asked for', () => {
    expect(spreadTicks(0, 2, 4)).toEqual([0, 1, 2]);
    expect(spreadTicks(5, 5, 4)).toEqual([5]);
  });
  it('gives nothing for a range that is not a number', () => {
    expect(spreadTicks(Number.NaN, 3, 4)).toEqual([]);
  });
});

describe('thinTicks', () => {
  it('keeps a short list', () => {
    expect(thinTicks([1, 2, 3], 4)).toEqual([1, 2, 3]);
  });
  it('keeps every k-th of a long list, at most max of them', () => {
    const years = Array.from({ length: 22 }, (_, i) => 2024 + i);
    const thinned = thinTicks(years, 6);
    expect(thinned.length).toBeLessThanOrEqual(6);
    expect(thinned[0]).toBe(2024);
    expect(thinned).toEqual([2024, 2028, 2032, 2036, 2040, 2044]);
  });
});
