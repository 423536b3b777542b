import { describe, expect, it } from 'vitest';
import { compareKeys } from './compareKeys';

describe('compareKeys', () => {
  it('orders ISO days and instants by time', () => {
    expect(['2026-11-25', '2025-01-31', '2026-02-01'].sort(compareKeys)).toEqual(['2025-01-31', '2026-02-01', '2026-11-25']);
    expect(compareKeys('2026-11-25T09:00:00.000Z', '2026-11-25T10:00:00.000Z')).toBe(-1);
  });

  it('is code-unit order: upper case before lower case, equal strings tie', () => {
    expect(['cpc', 'CPC-A', 'CCS'].sort(compareKeys)).toEqual(['CCS', 'CPC-A', 'cpc']);
    expect(compareKeys('a', 'a')).toBe(0);
  });
});
