import { describe, expect, it } from 'vitest';
import { exclusionsFor } from './exclusions';
import { entry, held } from './fixtures';
import { computeRequirements, requirementFor } from './requirements';

describe('exclusions are worked out only by the screens that list them (issue 15 item 6)', () => {
  it('the engine result carries the numbers and no exclusion list; exclusionsFor gives every entry of past cycles with its message', () => {
    const entries = Array.from({ length: 50 }, (_, i) =>
      entry({ id: `old-${String(i).padStart(2, '0')}`, credentialIds: ['cpc'], completedOn: `2021-0${(i % 9) + 1}-1${i % 10}` }));
    const input = { held: [held('CPC', { earnedOn: '2020-01-01' })], entries, today: '2025-01-01' };
    const report = computeRequirements(input);
    const cpc = requirementFor(report, 'cpc')!;
    expect(cpc.earned).toBe(0);
    expect(Object.keys(cpc)).not.toContain('excluded');
    // AAPC "CEU policies": CEUs count only in the cycle they were earned; every old entry is listed, earliest first.
    const excluded = exclusionsFor('cpc', input, report);
    expect(excluded).toHaveLength(50);
    expect(excluded.every((e) => e.reason === 'outside-cycle')).toBe(true);
    expect(excluded[0]).toEqual({
      entryId: 'old-00',
      reason: 'outside-cycle',
      message: 'Completed 10 January 2021, outside the CPC cycle 1 January 2024 – 31 December 2025: CEUs count only in the cycle they were earned and never carry over.',
    });
    const days = excluded.map((e) => entries.find((x) => x.id === e.entryId)!.completedOn);
    expect(days).toEqual([...days].sort());
  });

  it('an AAPC entry counted through another credential of the member is not excluded from this one', () => {
    const input = {
      held: [held('CPC'), held('CRC', { earnedOn: '2024-06-01' })],
      entries: [entry({ id: 'x', credentialIds: ['cpc', 'crc'], completedOn: '2024-03-01' })],
      today: '2025-01-01',
    };
    const report = computeRequirements(input);
    expect(exclusionsFor('crc', input, report)).toEqual([]);
  });

  it('an unknown credential id gives no exclusions rather than failing', () => {
    const input = { held: [held('CPC')], entries: [], today: '2025-01-01' };
    expect(exclusionsFor('toString', input, computeRequirements(input))).toEqual([]);
  });
});
