import { describe, expect, it } from 'vitest';
import { entry, held } from './fixtures';
import { exclusionsFor } from './exclusions';
import { computeRequirements, groupFor, requirementFor, type RequirementReport } from './requirements';

const TODAY = '2025-01-01';
const inputs = new WeakMap<RequirementReport, Parameters<typeof computeRequirements>[0]>();

function run(heldList = [held('CPC')], entries: Parameters<typeof computeRequirements>[0]['entries'] = [], today = TODAY) {
  const input = { held: heldList, entries, today };
  const report = computeRequirements(input);
  inputs.set(report, input);
  return report;
}

/** The exclusions a card or the audit report lists for a credential of `report`. */
function excluded(report: RequirementReport, id: string) {
  return exclusionsFor(id, inputs.get(report)!, report);
}

describe('AAPC totals by number of certifications held (AAPC "CEU Information – Members")', () => {
  it('one certification: 36 CEUs', () => {
    const report = run([held('CPC')]);
    expect(requirementFor(report, 'cpc')).toMatchObject({ required: 36, totalScope: 'body-group', parts: [] });
  });

  it('CPC + CRC: 40 CEUs shared, 8 of them CRC specialty CEUs', () => {
    const report = run([held('CPC'), held('CRC')], [
      entry({ credentialIds: ['cpc', 'crc'], ceus: 30 }),
      entry({ credentialIds: ['crc'], ceus: 3, category: 'specialty', specialtyCode: 'CRC' }),
    ]);
    const group = groupFor(report, 'cpc')!;
    expect(group).toMatchObject({ required: 40, earned: 33, missingTotal: 7, codes: ['CPC', 'CRC'] });
    const crc = requirementFor(report, 'crc')!;
    expect(crc.parts).toEqual([expect.objectContaining({ id: 'CRC:specialty', required: 8, earned: 3, missing: 5 })]);
    expect(crc).toMatchObject({ required: 40, earned: 33, needed: 7 });
    expect(requirementFor(report, 'cpc')).toMatchObject({ required: 40, earned: 33, needed: 7 });
  });

  it('five or more certifications: 52', () => {
    const codes = ['CPC', 'COC', 'CIC', 'CPB', 'CEMC', 'CGSC'];
    expect(groupFor(run(codes.map((code) => held(code))), 'cpc')?.required).toBe(52);
  });

  it('a CEU counts toward the total and one specific part (AAPC): auditing CEUs fill the CPMA part', () => {
    const report = run([held('CPC'), held('CPMA')], [
      entry({ credentialIds: ['cpc', 'cpma'], ceus: 16, category: 'auditing' }),
      entry({ credentialIds: ['cpc'], ceus: 24 }),
    ]);
    expect(groupFor(report, 'cpc')).toMatchObject({ required: 40, earned: 40, needed: 0, status: 'complete' });
    expect(requirementFor(report, 'cpma')?.parts[0]).toMatchObject({ id: 'CPMA:auditing', earned: 16, missing: 0 });
  });

  it('specific parts are filled separately: the total met with general CEUs still leaves the parts missing', () => {
    const report = run([held('CPC'), held('CPMA'), held('CEMC')], [entry({ credentialIds: ['cpc'], ceus: 44 })]);
    // 16 auditing + 8 E/M specialty CEUs are still needed, however many general CEUs there are.
    expect(groupFor(report, 'cpc')).toMatchObject({ required: 44, missingTotal: 0, needed: 24, status: 'behind' });
  });

  it('CIRCC: 16 IR/cardiovascular CEUs, 8 in each year of the period (AAPC)', () => {
    const report = run([held('CIRCC')], [
      entry({ credentialIds: ['circc'], ceus: 16, category: 'specialty', specialtyCode: 'CIRCC', completedOn: '2024-03-01' }),
    ], '2026-01-01');
    const part = requirementFor(report, 'circc')!.parts[0]!;
    expect(part).toMatchObject({ earned: 16, missing: 8 });
    expect(part.years?.map((year) => [year.start, year.end, year.earned, year.missing])).toEqual([
      ['2024-01-01', '2024-12-31', 16, 0],
      ['2025-01-01', '2025-12-31', 0, 8],
    ]);
  });

  it('requiredOverride wins, with its note', () => {
    const report = run([held('CPC', { requiredOverride: { total: 24, note: 'Pro-rated first period (AAPC letter)' } })]);
    expect(requirementFor(report, 'cpc')).toMatchObject({
      required: 24,
      requiredBasis: { source: 'override', note: expect.stringContaining('Pro-rated first period') },
    });
  });
});

describe('which held credentials count', () => {
  it('ignores credentials retired on or before today, keeps one retiring later', () => {
    const report = run([
      held('CPC'),
      held('COC', { retiredOn: '2024-12-31' }),
      held('CIC', { retiredOn: '2025-06-01' }),
    ]);
    expect(report.credentials.map((c) => c.code)).toEqual(['CPC', 'CIC']);
    expect(groupFor(report, 'cpc')?.required).toBe(40);
  });

  it('AAPC credentials with different period ends: each group says to align them', () => {
    const report = run([held('CPC'), held('CRC', { cycleEnd: '2026-03-31' })]);
    expect(report.groups.map((group) => [group.key, group.required])).toEqual([['AAPC:2025-12-31', 36], ['AAPC:2026-03-31', 36]]);
    expect(report.groups[0]?.notes).toEqual([expect.stringMatching(/Align their cycle end dates/)]);
  });

  it('reports a code missing from the catalog instead of guessing its rules', () => {
    const report = run([held('XYZ')]);
    expect(report.unsupported).toEqual([expect.objectContaining({ code: 'XYZ', message: expect.stringMatching(/catalog/) })]);
    expect(report.credentials).toEqual([]);
  });
});

describe('which entries count (AAPC "CEU policies")', () => {
  it('CEUs earned before certification are not accepted', () => {
    const report = run([held('CPC', { earnedOn: '2024-03-15' })], [
      entry({ id: 'early', credentialIds: ['cpc'], completedOn: '2024-03-14', ceus: 2 }),
      entry({ id: 'ok', credentialIds: ['cpc'], completedOn: '2024-03-15', ceus: 1 }),
    ]);
    const cpc = requirementFor(report, 'cpc')!;
    expect(cpc.earned).toBe(1);
    expect(cpc.countedEntryIds).toEqual(['ok']);
    expect(excluded(report, 'cpc')).toEqual([
      { entryId: 'early', reason: 'before-earned', message: expect.stringMatching(/before CPC was earned/) },
    ]);
  });

  it('a specialty CEU from before the specialty was earned fills the shared total only, not the specialty part', () => {
    const report = run([held('CPC'), held('CRC', { earnedOn: '2024-06-01', cycleStart: '2024-06-01' })], [
      entry({ id: 's', credentialIds: ['cpc', 'crc'], completedOn: '2024-05-01', ceus: 4, category: 'specialty', specialtyCode: 'CRC' }),
    ]);
    const crc = requirementFor(report, 'crc')!;
    expect(crc).toMatchObject({ earned: 4, countedEntryIds: ['s'] });
    expect(excluded(report, 'crc')).toEqual([]);
    // CRC joined the period with 19 of 24 months left: its 8 specialty CEUs are pro-rated to 7 (rule 5).
    expect(crc.parts[0]).toMatchObject({ earned: 0, required: 7, missing: 7 });
  });

  it('CEUs outside the cycle do not count and never carry over', () => {
    const report = run([held('CPC', { earnedOn: '2020-01-01' })], [
      entry({ id: 'old', credentialIds: ['cpc'], completedOn: '2023-12-31', ceus: 10 }),
      entry({ id: 'late', credentialIds: ['cpc'], completedOn: '2026-02-01', ceus: 10 }),
      entry({ id: 'in', credentialIds: ['cpc'], completedOn: '2025-12-31', ceus: 1 }),
    ]);
    const cpc = requirementFor(report, 'cpc')!;
    expect(cpc.countedEntryIds).toEqual(['in']);
    expect(excluded(report, 'cpc').map((e) => [e.entryId, e.reason])).toEqual([['old', 'outside-cycle'], ['late', 'outside-cycle']]);
    expect(excluded(report, 'cpc')[0]?.message).toMatch(/never carry over/);
  });

  it('entries applied to other credentials only are not looked at', () => {
    const report = run([held('CPC')], [entry({ credentialIds: ['someone-else'], ceus: 5 })]);
    expect(requirementFor(report, 'cpc')).toMatchObject({ earned: 0, countedEntryIds: [] });
    expect(excluded(report, 'cpc')).toEqual([]);
  });

  it('a course counts once however often it is taken: same index number and title, the later one excluded', () => {
    const report = run([held('CPC')], [
      entry({ id: 'second', credentialIds: ['cpc'], completedOn: '2024-09-01', approvalCode: 'AAPC-123', title: 'E/M update', ceus: 2 }),
      entry({ id: 'first', credentialIds: ['cpc'], completedOn: '2024-02-01', approvalCode: 'aapc-123 ', title: 'e/m  UPDATE', ceus: 2 }),
      entry({ id: 'other-title', credentialIds: ['cpc'], approvalCode: 'AAPC-123', title: 'E/M update part 2', ceus: 1 }),
      entry({ id: 'no-code-1', credentialIds: ['cpc'], approvalCode: '', title: 'Chapter meeting', ceus: 1 }),
      entry({ id: 'no-code-2', credentialIds: ['cpc'], approvalCode: '', title: 'Chapter meeting', ceus: 1 }),
    ]);
    const cpc = requirementFor(report, 'cpc')!;
    expect(cpc.earned).toBe(5);
    expect(cpc.countedEntryIds).not.toContain('second');
    expect(excluded(report, 'cpc')).toEqual([
      { entryId: 'second', reason: 'duplicate-course', message: expect.stringMatching(/counts once/) },
    ]);
  });

  it('a course counts once among several courses that share an index number: the repeat names the first of its title', () => {
    const report = run([held('CPC')], [
      entry({ id: 'a1', credentialIds: ['cpc'], completedOn: '2024-02-01', approvalCode: 'CH-1', title: 'Chapter meeting: modifiers' }),
      entry({ id: 'b1', credentialIds: ['cpc'], completedOn: '2024-03-01', approvalCode: 'ch-1', title: 'Chapter meeting: E/M' }),
      entry({ id: 'b2', credentialIds: ['cpc'], completedOn: '2024-04-01', approvalCode: 'CH-1', title: 'chapter meeting:  e/m' }),
      entry({ id: 'a2', credentialIds: ['cpc'], completedOn: '2024-05-01', approvalCode: ' CH-1', title: 'Chapter Meeting: Modifiers' }),
    ]);
    const cpc = requirementFor(report, 'cpc')!;
    expect(cpc.countedEntryIds).toEqual(['a1', 'b1']);
    expect(excluded(report, 'cpc').map((e) => [e.entryId, e.reason, e.message])).toEqual([
      ['b2', 'duplicate-course', expect.stringMatching(/^Same course as the one completed 1 March 2024 \(index ch-1, "Chapter meeting: E\/M"\)/)],
      ['a2', 'duplicate-course', expect.stringMatching(/^Same course as the one completed 1 February 2024 \(index CH-1, "Chapter meeting: modifiers"\)/)],
    ]);
  });
});

describe('renewal month: CEUs earned in the month a cycle ends may apply to the ending or the next cycle (AAPC "CEU policies")', () => {
  it('by default an entry in the renewal month counts toward the ending cycle', () => {
    const report = run([held('CPC')], [entry({ id: 'r', credentialIds: ['cpc'], completedOn: '2025-12-10' })]);
    expect(requirementFor(report, 'cpc')?.countedEntryIds).toEqual(['r']);
  });

  it('the user may move it to the next cycle: excluded from the ending one, with the reason', () => {
    const report = run([held('CPC')], [
      entry({ id: 'r', credentialIds: ['cpc'], completedOn: '2025-12-10', cycleChoice: { cpc: '2027-12-31' } }),
    ]);
    const cpc = requirementFor(report, 'cpc')!;
    expect(cpc.countedEntryIds).toEqual([]);
    expect(excluded(report, 'cpc')).toEqual([
      { entryId: 'r', reason: 'renewal-month-other-cycle', message: expect.stringMatching(/next cycle/) },
    ]);
  });

  it('...and it then counts toward the next cycle, though completed before that cycle began', () => {
    const next = held('CPC', {
      cycleStart: '2026-01-01', cycleEnd: '2027-12-31',
      history: [{ start: '2024-01-01', end: '2025-12-31', required: 36, earned: 36, complete: true, closedAt: '2026-01-02T00:00:00Z' }],
    });
    const entries = [
      entry({ id: 'moved', credentialIds: ['cpc'], completedOn: '2025-12-10', cycleChoice: { cpc: '2027-12-31' } }),
      entry({ id: 'stayed', credentialIds: ['cpc'], completedOn: '2025-12-11' }),
      entry({ id: 'november', credentialIds: ['cpc'], completedOn: '2025-11-30', cycleChoice: { cpc: '2027-12-31' } }),
    ];
    const report = run([next], entries, '2026-02-01');
    const cpc = requirementFor(report, 'cpc')!;
    expect(cpc.countedEntryIds).toEqual(['moved']);
    expect(excluded(report, 'cpc').map((e) => [e.entryId, e.reason])).toEqual([['november', 'outside-cycle'], ['stayed', 'outside-cycle']]);
  });

  it('a choice naming the ending cycle keeps the entry there', () => {
    const report = run([held('CPC')], [
      entry({ id: 'r', credentialIds: ['cpc'], completedOn: '2025-12-10', cycleChoice: { cpc: '2025-12-31' } }),
    ]);
    expect(requirementFor(report, 'cpc')?.countedEntryIds).toEqual(['r']);
  });

  it('rule 6: the choice is AAPC\'s rule only: an AHIMA credential counts the entry by its date', () => {
    const report = run([held('CPC'), held('CCS', { id: 'ccs' })], [
      entry({ id: 'r', credentialIds: ['cpc', 'ccs'], completedOn: '2025-12-10', cycleChoice: { ccs: '2027-12-31', cpc: '2027-12-31' } }),
    ]);
    expect(requirementFor(report, 'cpc')?.countedEntryIds).toEqual([]);
    expect(requirementFor(report, 'ccs')?.countedEntryIds).toEqual(['r']);
  });
});
