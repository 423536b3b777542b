import { describe, expect, it } from 'vitest';
import { entry, held } from './fixtures';
import { elapsedShare, paceOf, perMonthNeeded } from './pace';
import { computeRequirements, requirementFor } from './requirements';

// Cycle 2024-01-01..2025-12-31 has 731 days; on 2025-01-01, 366 whole days have passed.
const START = '2024-01-01';
const END = '2025-12-31';

describe('pace: "on track" = CEUs that count are at least the linear pace required × elapsed days / cycle days', () => {
  it('elapsed share counts whole days before today', () => {
    expect(elapsedShare(START, END, START)).toBe(0);
    expect(elapsedShare(START, END, '2025-01-01')).toBeCloseTo(366 / 731, 10);
    expect(elapsedShare(START, END, '2030-01-01')).toBe(1);
  });

  it('halfway through a 36-CEU cycle the pace expects 18.02; 18 earned is behind, 18.5 on track', () => {
    expect(paceOf(36, 18, START, END, '2025-01-01')).toMatchObject({ status: 'behind', expectedByToday: 18.02, daysLeft: 364 });
    expect(paceOf(36, 17.5, START, END, '2025-01-01').status).toBe('on-track');
  });

  it('nothing earned on the first day is on track', () => {
    expect(paceOf(36, 36, START, END, START)).toMatchObject({ status: 'on-track', expectedByToday: 0, daysLeft: 730 });
  });

  it('complete as soon as nothing is needed, even after the deadline', () => {
    expect(paceOf(36, 0, START, END, '2026-03-01')).toMatchObject({ status: 'complete', perMonthNeeded: 0 });
  });

  it('overdue after the end day with CEUs still needed; 0 days left on the end day itself', () => {
    expect(paceOf(36, 1, START, END, END)).toMatchObject({ daysLeft: 0 });
    expect(paceOf(36, 1, START, END, '2026-01-01')).toMatchObject({ status: 'overdue', daysLeft: -1, perMonthNeeded: null });
  });

  it('CEUs per month needed, rounded up to the hundredth; the whole amount when less than a month is left', () => {
    // 365 days including today is 11.99 average months: 18 / 11.99 = 1.5009... → 1.51.
    expect(perMonthNeeded(18, 364)).toBe(1.51);
    expect(perMonthNeeded(10, 3)).toBe(10);
  });
});

describe('status in the engine', () => {
  it('reports days left, per-month pace and status for a credential', () => {
    const report = computeRequirements({
      held: [held('CPC')],
      entries: [entry({ credentialIds: ['cpc'], ceus: 18 })],
      today: '2025-01-01',
    });
    expect(requirementFor(report, 'cpc')).toMatchObject({
      required: 36, earned: 18, missingTotal: 18, needed: 18, status: 'behind', daysLeft: 364, perMonthNeeded: 1.51,
    });
  });

  it('a missing part holds progress back: 36 general CEUs with an 8-CEU specialty part unmet is not complete', () => {
    const report = computeRequirements({
      held: [held('CEMC')],
      entries: [entry({ credentialIds: ['cemc'], ceus: 36 })],
      today: '2025-01-01',
    });
    expect(requirementFor(report, 'cemc')).toMatchObject({ missingTotal: 0, needed: 8, status: 'on-track' });
  });
});
