import { describe, expect, it } from 'vitest';
import { entry, held } from './fixtures';
import { buildProgressChart } from './progress';
import { computeRequirements, requirementFor } from './requirements';

function chartFor(entries: ReturnType<typeof entry>[], today: string) {
  const report = computeRequirements({ held: [held('CPC', { earnedOn: '2020-01-01' })], entries, today });
  return buildProgressChart(requirementFor(report, 'cpc')!, entries, today);
}

describe('buildProgressChart', () => {
  const entries = [
    entry({ credentialIds: ['cpc'], completedOn: '2024-03-01', ceus: 2 }),
    entry({ credentialIds: ['cpc'], completedOn: '2024-03-01', ceus: 1.5 }),
    entry({ credentialIds: ['cpc'], completedOn: '2024-07-10', ceus: 4 }),
    entry({ credentialIds: ['cpc'], completedOn: '2023-05-01', ceus: 9 }), // outside the cycle: not drawn
  ];

  it('draws cumulative earned by date, from 0 at the start to today', () => {
    const chart = chartFor(entries, '2025-01-01');
    expect(chart.earned.map((p) => [p.date, p.day, p.ceus])).toEqual([
      ['2024-01-01', 0, 0],
      ['2024-03-01', 60, 3.5],
      ['2024-07-10', 191, 7.5],
      ['2025-01-01', 366, 7.5],
    ]);
  });

  it('draws the required line, the linear expectation and the pace line from today to the deadline', () => {
    const chart = chartFor(entries, '2025-01-01');
    expect(chart.requiredLine.map((p) => [p.date, p.ceus])).toEqual([['2024-01-01', 36], ['2025-12-31', 36]]);
    expect(chart.expectedLine.map((p) => [p.date, p.ceus])).toEqual([['2024-01-01', 0], ['2025-12-31', 36]]);
    expect(chart.paceLine.map((p) => [p.date, p.day, p.ceus])).toEqual([['2025-01-01', 366, 7.5], ['2025-12-31', 730, 36]]);
  });

  it('merges the series into one row per date for the chart', () => {
    const rows = chartFor(entries, '2025-01-01').rows;
    expect(rows[0]).toEqual({ date: '2024-01-01', day: 0, required: 36, earned: 0, expected: 0 });
    expect(rows.at(-1)).toEqual({ date: '2025-12-31', day: 730, required: 36, expected: 36, pace: 36 });
    expect(rows.find((r) => r.date === '2025-01-01')).toMatchObject({ earned: 7.5, pace: 7.5 });
  });

  it('no pace line once the cycle has ended; earned stops at the end', () => {
    const chart = chartFor(entries, '2026-02-01');
    expect(chart.paceLine).toEqual([]);
    expect(chart.earned.at(-1)).toMatchObject({ date: '2025-12-31', ceus: 7.5 });
  });

  it('a renewal-month entry moved in from the previous cycle is drawn on the first day', () => {
    const report = computeRequirements({
      held: [held('CPC', { earnedOn: '2020-01-01' })],
      entries: [entry({ id: 'm', credentialIds: ['cpc'], completedOn: '2023-12-20', ceus: 2, cycleChoice: { cpc: '2025-12-31' } })],
      today: '2024-02-01',
    });
    const chart = buildProgressChart(requirementFor(report, 'cpc')!, [entry({ id: 'm', credentialIds: ['cpc'], completedOn: '2023-12-20', ceus: 2 })], '2024-02-01');
    expect(chart.earned[0]).toMatchObject({ date: '2024-01-01', ceus: 2 });
  });
});

describe('rule 3 on the chart: the earned line ends at the counted figure', () => {
  it('CEUs logged but not counted (over the 20% non-HIIM limit) are not drawn', () => {
    const entries = [
      entry({ credentialIds: ['ccs'], ceus: 10, category: 'hiim', completedOn: '2024-03-01' }),
      entry({ credentialIds: ['ccs'], ceus: 10, category: 'non-hiim', completedOn: '2024-04-01' }),
    ];
    const result = requirementFor(computeRequirements({ held: [held('CCS')], entries, today: '2024-06-01' }), 'ccs')!;
    const chart = buildProgressChart(result, entries, '2024-06-01');
    expect(chart.earned.at(-1)?.ceus).toBe(14);
  });
});
