import { describe, expect, it } from 'vitest';
import { aapcPeriodContaining, endsInRenewalMonth, heldShare, monthsLeft, proRated } from './aapcPeriod';
import { entry, held } from './fixtures';
import { computeRequirements, groupFor, requirementFor } from './requirements';

describe('rule 4: AAPC periods follow the membership month (aapc.com "Maintain your certification")', () => {
  it('rule 4: even months report in even years, odd months in odd years; the period contains today', () => {
    expect(aapcPeriodContaining(2, '2026-12-02')).toEqual({ cycleStart: '2026-03-01', cycleEnd: '2028-02-29' });
    expect(aapcPeriodContaining(3, '2026-12-02')).toEqual({ cycleStart: '2025-04-01', cycleEnd: '2027-03-31' });
    expect(aapcPeriodContaining(11, '2026-12-02')).toEqual({ cycleStart: '2025-12-01', cycleEnd: '2027-11-30' });
    // On the last day of the renewal month the period is still the ending one.
    expect(aapcPeriodContaining(12, '2026-12-31').cycleEnd).toBe('2026-12-31');
    expect(aapcPeriodContaining(12, '2027-01-01').cycleEnd).toBe('2028-12-31');
  });

  it('rule 4: a period end that is not the renewal month\'s last day (or in the wrong year) is flagged', () => {
    expect(endsInRenewalMonth('2027-03-31', 3)).toBe(true);
    expect(endsInRenewalMonth('2026-03-31', 3)).toBe(false);
    expect(endsInRenewalMonth('2027-03-30', 3)).toBe(false);
    const report = computeRequirements({ held: [held('CPC', { cycleStart: '2025-03-15', cycleEnd: '2027-03-14' })], entries: [], today: '2026-01-01', aapcRenewalMonth: 3 });
    expect(groupFor(report, 'cpc')!.notes.join(' ')).toMatch(/renews in March, so this period should end 31 March 2027/);
  });
});

describe('rule 5: a newly certified member\'s first period is pro-rated (estimate)', () => {
  it('rule 5: months left count a part month as a whole one', () => {
    expect(monthsLeft('2025-10-01', '2027-03-31')).toBe(18);
    expect(monthsLeft('2025-10-15', '2027-03-31')).toBe(18);
    expect(monthsLeft('2025-04-01', '2027-03-31')).toBe(24);
    expect(heldShare('2025-04-01', '2027-03-31', 24)).toEqual({ share: 1, months: 24 });
    expect(heldShare('2024-01-01', '2027-03-31', 24).share).toBe(1);
    expect(proRated(36, 18 / 24)).toBe(27);
    expect(proRated(8, 19 / 24)).toBe(7);
  });

  it('rule 5: AAPC\'s published example: 27 of 36 with 18 months left, marked as an estimate to confirm', () => {
    const cpc = held('CPC', { earnedOn: '2025-10-01', cycleStart: '2025-10-01', cycleEnd: '2027-03-31' });
    const result = requirementFor(computeRequirements({ held: [cpc], entries: [], today: '2026-01-01' }), 'cpc')!;
    expect(result.required).toBe(27);
    expect(result.requiredBasis).toMatchObject({ source: 'catalog', estimate: expect.stringMatching(/Confirm it in your AAPC CEU tracker/) });
    expect(result.requiredBasis.note).toMatch(/CPC is held 18 of the period's 24 months, so its 36 CEUs are pro-rated to 27/);
  });

  it('rule 5: a credential added mid-period brings its step of the total and its specialty part pro-rated', () => {
    const cpc = held('CPC', { earnedOn: '2015-01-01', cycleStart: '2025-04-01', cycleEnd: '2027-03-31' });
    const crc = held('CRC', { earnedOn: '2026-04-01', cycleStart: '2026-04-01', cycleEnd: '2027-03-31' });
    const report = computeRequirements({ held: [cpc, crc], entries: [], today: '2026-06-01' });
    // CPC 36 for the whole period; CRC's step (40 − 36 = 4) and its 8 specialty CEUs for 12 of 24 months.
    expect(groupFor(report, 'cpc')!.required).toBe(38);
    expect(requirementFor(report, 'crc')!.parts[0]).toMatchObject({ id: 'CRC:specialty', required: 4 });
  });

  it('rule 5: the user can replace the estimate with AAPC\'s own figure', () => {
    const cpc = held('CPC', { earnedOn: '2025-10-01', cycleStart: '2025-10-01', cycleEnd: '2027-03-31', requiredOverride: { total: 28, note: 'AAPC tracker' } });
    expect(requirementFor(computeRequirements({ held: [cpc], entries: [], today: '2026-01-01' }), 'cpc')).toMatchObject({
      required: 28, requiredBasis: { source: 'override' },
    });
  });
});

describe('rule 6: the renewal-month choice belongs to the entry, for the whole AAPC member', () => {
  const cpc = held('CPC');
  const crc = held('CRC');

  it('rule 6: "next period" chosen for CPC applies to CRC too: the entry counts in one period only', () => {
    const report = computeRequirements({
      held: [cpc, crc], today: '2025-12-20',
      entries: [entry({ id: 'r', credentialIds: ['cpc', 'crc'], completedOn: '2025-12-10', ceus: 3, category: 'specialty', specialtyCode: 'CRC', cycleChoice: { cpc: '2027-12-31' } })],
    });
    expect(groupFor(report, 'cpc')).toMatchObject({ earned: 0, countedEntryIds: [] });
    expect(requirementFor(report, 'crc')!.parts[0]).toMatchObject({ earned: 0 });
  });

  it('rule 6: no entry dated after a period\'s last day counts in it, whatever the choice', () => {
    const midMonth = held('CPC', { cycleEnd: '2025-12-15' });
    const report = computeRequirements({
      held: [midMonth], today: '2025-12-20',
      entries: [entry({ id: 'late', credentialIds: ['cpc'], completedOn: '2025-12-20', cycleChoice: { cpc: '2025-12-15' } })],
    });
    expect(requirementFor(report, 'cpc')!.countedEntryIds).toEqual([]);
  });

  it('rule 6: a choice stored under an id named like a built-in ("toString") is not a choice and never crashes', () => {
    const odd = held('CPC', { id: 'toString' });
    const report = computeRequirements({
      held: [odd], today: '2025-06-01',
      entries: [entry({ id: 'x', credentialIds: ['toString'], completedOn: '2024-06-01', cycleChoice: {} })],
    });
    expect(requirementFor(report, 'toString')!.countedEntryIds).toEqual(['x']);
  });
});

describe('rule 8: a specialty CEU counts toward one specialty and one core credential at once (AAPC, since 2012-10-01)', () => {
  it('rule 8: 8 CRC specialty CEUs fill the shared CPC + CRC total and the CRC specialty part', () => {
    const report = computeRequirements({
      held: [held('CPC'), held('CRC'), held('CEMC')], today: '2025-01-01',
      entries: [entry({ id: 's', credentialIds: ['cpc', 'crc', 'cemc'], ceus: 8, category: 'specialty', specialtyCode: 'CRC' })],
    });
    const group = groupFor(report, 'cpc')!;
    expect(group.earned).toBe(8);
    const crc = requirementFor(report, 'crc')!.parts.find((p) => p.id === 'CRC:specialty')!;
    expect(crc).toMatchObject({ earned: 8, missing: 0, countedEntryIds: ['s'] });
    // One specialty only: CEMC's part is not filled by it.
    expect(requirementFor(report, 'cemc')!.parts.find((p) => p.id === 'CEMC:specialty')).toMatchObject({ earned: 0 });
  });
});
