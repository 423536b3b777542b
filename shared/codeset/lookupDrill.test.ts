import { describe, expect, it } from 'vitest';
import { drillHistoryPoints, isRightCode, pickDrillEntries, summariseDrill, type LookupDrillResult } from './lookupDrill';

describe('lookup drill', () => {
  it('draws distinct entries, all of a small pool', () => {
    const pool = Array.from({ length: 50 }, (_, i) => i);
    const picked = pickDrillEntries(pool, 10, () => 0.5);
    expect(new Set(picked).size).toBe(10);
    expect(picked.every((p) => pool.includes(p))).toBe(true);
    expect(pickDrillEntries([3, 4], 10).sort()).toEqual([3, 4]);
  });

  it('accepts the code with or without its dot and in any case', () => {
    expect(isRightCode('e11.22', 'E1122')).toBe(true);
    expect(isRightCode(' E1122 ', 'E1122')).toBe(true);
    expect(isRightCode('E11.2', 'E1122')).toBe(false);
  });

  it('summarises accuracy and the median time per code', () => {
    const items = [
      { code: 'E1122', answer: 'E11.22', correct: true, ms: 4000 },
      { code: 'I10', answer: 'I11', correct: false, ms: 9000 },
      { code: 'N1830', answer: 'N18.30', correct: true, ms: 6200 },
    ];
    expect(summariseDrill(items)).toEqual({ correct: 2, total: 3, accuracyPercent: 67, medianSeconds: 6.2 });
    const results: LookupDrillResult[] = [
      { id: 'b', finishedAt: '2026-12-02T10:00:00Z', year: 2026, rangeLabel: 'E08-E13', items },
      { id: 'a', finishedAt: '2026-12-01T10:00:00Z', year: 2026, rangeLabel: 'I10-I1A', items: items.slice(0, 1) },
    ];
    expect(drillHistoryPoints(results).map((p) => [p.run, p.label, p.accuracyPercent])).toEqual([[1, 'I10-I1A', 100], [2, 'E08-E13', 67]]);
  });
});
