import { describe, expect, it } from 'vitest';
import type { HeldCredential } from '../model/entities';
import { entry, held } from './fixtures';
import { exclusionsFor } from './exclusions';
import { computeRequirements, groupFor, requirementFor } from './requirements';

const TODAY = '2025-01-01';
const run = (heldList: HeldCredential[], entries: Parameters<typeof computeRequirements>[0]['entries'] = [], today = TODAY) =>
  computeRequirements({ held: heldList, entries, today });
const groupRequired = (codes: string[]) => groupFor(run(codes.map((code) => held(code))), codes[0]!.toLowerCase())?.required;

describe('AHIMA totals (ahima.org "Recertification"): base 20 or 30, +10 per additional credential, up to 50', () => {
  it('one credential: 30 for RHIA, 20 for CCS', () => {
    expect(groupRequired(['RHIA'])).toBe(30);
    expect(groupRequired(['CCS'])).toBe(20);
  });

  it("AHIMA's own examples: CCS + CCS-P = 30; RHIT + CHPS = 40; RHIA + CHDA = 40; RHIA + CCS + CCS-P = 50", () => {
    expect(groupRequired(['CCS', 'CCS-P'])).toBe(30);
    expect(groupRequired(['RHIT', 'CHPS'])).toBe(40);
    expect(groupRequired(['RHIA', 'CHDA'])).toBe(40);
    expect(groupRequired(['RHIA', 'CCS', 'CCS-P'])).toBe(50);
  });

  it('never more than 50', () => {
    expect(groupRequired(['RHIA', 'CHDA', 'CCS', 'CCS-P'])).toBe(50);
  });

  it('shares: the highest base goes to its credential, 10 to each other one', () => {
    const report = run([held('RHIT'), held('CHPS')]);
    expect(requirementFor(report, 'chps')).toMatchObject({ required: 30, totalScope: 'credential' });
    expect(requirementFor(report, 'rhit')?.required).toBe(10);
  });

  it('a requiredOverride replaces that credential\'s share', () => {
    const report = run([held('CCS', { requiredOverride: { total: 25, note: 'CCHIIM email' } }), held('CCS-P')]);
    expect(requirementFor(report, 'ccs')).toMatchObject({ required: 25, requiredBasis: { source: 'override', note: 'CCHIIM email' } });
    expect(groupFor(report, 'ccs')).toMatchObject({ required: 35, requiredBasis: { source: 'override' } });
  });

  it('rule 2: credentials with different cycle ends are separate groups sharing the holder\'s total (RHIA 30 + CCS 10)', () => {
    const report = run([held('CCS'), held('RHIA', { cycleEnd: '2026-06-30' })]);
    expect(report.groups.map((group) => [group.key, group.required])).toEqual([
      ['AHIMA:2025-12-31', 10],
      ['AHIMA:2026-06-30', 30],
    ]);
  });
});

describe('an AHIMA CEU counts toward one credential only (ahima.org "Recertification")', () => {
  it('an entry applied to two AHIMA credentials is counted once, for one of them, and excluded from the other', () => {
    const input = { held: [held('CCS'), held('CCS-P')], entries: [entry({ id: 'x', credentialIds: ['ccs', 'ccs-p'], ceus: 4 })], today: TODAY };
    const report = computeRequirements(input);
    expect(groupFor(report, 'ccs')).toMatchObject({ earned: 4, countedEntryIds: ['x'] });
    // Same base and both missing all: the first in order (CCS before CCS-P) takes it.
    expect(requirementFor(report, 'ccs')).toMatchObject({ earned: 4, countedEntryIds: ['x'] });
    expect(exclusionsFor('ccs-p', input, report)).toEqual([
      { entryId: 'x', reason: 'counted-for-other-credential', message: 'Counted toward CCS: an AHIMA CEU counts toward one credential only.' },
    ]);
  });

  it('allocation: entries for one credential go to it first, shared ones then to the credential missing most', () => {
    const report = run([held('CCS'), held('CCS-P')], [
      entry({ id: 'only-ccs', credentialIds: ['ccs'], ceus: 18, completedOn: '2024-09-01' }),
      entry({ id: 'both-1', credentialIds: ['ccs', 'ccs-p'], ceus: 3, completedOn: '2024-02-01' }),
      entry({ id: 'both-2', credentialIds: ['ccs', 'ccs-p'], ceus: 3, completedOn: '2024-03-01' }),
    ]);
    // CCS share 20 has 18 from its own entry (2 missing); CCS-P share 10 misses 10: both shared entries go there.
    expect(requirementFor(report, 'ccs')).toMatchObject({ earned: 18, countedEntryIds: ['only-ccs'] });
    expect(requirementFor(report, 'ccs-p')).toMatchObject({ earned: 6, countedEntryIds: ['both-1', 'both-2'] });
    expect(groupFor(report, 'ccs')).toMatchObject({ required: 30, earned: 24, missingTotal: 6 });
  });

  it('allocation is the same whatever order the entries come in', () => {
    const held2 = [held('RHIA'), held('CCS')];
    const entries = [1, 2, 3, 4, 5].map((n) =>
      entry({ id: `s${n}`, credentialIds: ['rhia', 'ccs'], ceus: n * 2, completedOn: `2024-0${n}-01` }),
    );
    const a = run(held2, entries);
    const b = run([...held2].reverse(), [...entries].reverse());
    expect(requirementFor(b, 'rhia')?.countedEntryIds).toEqual(requirementFor(a, 'rhia')?.countedEntryIds);
    expect(requirementFor(b, 'ccs')?.countedEntryIds).toEqual(requirementFor(a, 'ccs')?.countedEntryIds);
  });
});

describe('AHIMA: at least 80% of the CEUs within the HIIM domains (ahima.org "Recertification")', () => {
  it('rule 3: 20 required with 10 non-HIIM logged: 4 of them count (20%), 14 of 20 counted, 6 logged but not counted', () => {
    const report = run([held('CCS')], [
      entry({ id: 'h', credentialIds: ['ccs'], ceus: 10, category: 'hiim' }),
      entry({ id: 'n', credentialIds: ['ccs'], ceus: 10, category: 'non-hiim' }),
    ]);
    const ccs = requirementFor(report, 'ccs')!;
    expect(ccs.parts).toEqual([expect.objectContaining({ id: 'hiim', scope: 'share', required: 16, earned: 10, missing: 6 })]);
    // The headline, pace and status all use the counted figure.
    expect(ccs).toMatchObject({ earned: 14, logged: 20, missingTotal: 6, needed: 6 });
    expect(ccs.status).not.toBe('complete');
    expect(ccs.notCounted).toEqual([{
      ruleId: 'ahima-hiim-minimum', ceus: 6, limit: 4, entries: [{ entryId: 'n', ceus: 6 }],
      message: '6 CEUs in other activities (outside the HIIM domains) logged but not counted: at most 20% of the 20 required (4 CEUs) may be in other activities (outside the HIIM domains).',
    }]);
    expect(groupFor(report, 'ccs')).toMatchObject({ earned: 14, logged: 20 });
  });

  it('rule 3: non-HIIM CEUs within 20% all count; HIIM CEUs are never capped', () => {
    const report = run([held('CCS')], [
      entry({ credentialIds: ['ccs'], ceus: 30, category: 'hiim' }),
      entry({ credentialIds: ['ccs'], ceus: 4, category: 'non-hiim' }),
    ]);
    expect(requirementFor(report, 'ccs')).toMatchObject({ earned: 34, logged: 34, notCounted: [], status: 'complete' });
  });

  it('the group minimum is 80% of the group total (RHIA + CHDA: 32 of 40)', () => {
    expect(groupFor(run([held('RHIA'), held('CHDA')]), 'rhia')?.parts[0]).toMatchObject({ id: 'hiim', required: 32 });
  });
});

describe('AHIMA annual coding self-review: CCA/CCS/CCS-P, 5 CEUs each year, only for cycles that began before 2021-01-01', () => {
  const oldCycle = { earnedOn: '2019-07-01', cycleStart: '2019-07-01', cycleEnd: '2021-06-30' };

  it('rule 7: a cycle that began in 2020 needs one self-review (its first year), not two', () => {
    const report = run([held('CCS', { earnedOn: '2020-06-01', cycleStart: '2020-06-01', cycleEnd: '2022-05-31' })], [], '2021-02-01');
    const part = requirementFor(report, 'ccs')!.parts.find((p) => p.id === 'CCS:coding-self-review')!;
    expect(part).toMatchObject({ required: 5, missing: 5 });
    expect(part.years?.map((year) => [year.start, year.end])).toEqual([['2020-06-01', '2021-05-31']]);
  });

  it('rule 7: a 2019–2021 CCS cycle needs a self-review in each of its two years (both began before 2021)', () => {
    const report = run([held('CCS', oldCycle)], [
      entry({ credentialIds: ['ccs'], ceus: 5, category: 'coding-self-review', completedOn: '2019-10-01' }),
      entry({ credentialIds: ['ccs'], ceus: 15, category: 'hiim', completedOn: '2020-10-01' }),
    ], '2021-03-01');
    const part = requirementFor(report, 'ccs')!.parts.find((p) => p.id === 'CCS:coding-self-review')!;
    expect(part).toMatchObject({ required: 10, earned: 5, missing: 5 });
    expect(part.years?.map((year) => [year.start, year.end, year.missing])).toEqual([
      ['2019-07-01', '2020-06-30', 0],
      ['2020-07-01', '2021-06-30', 5],
    ]);
    expect(requirementFor(report, 'ccs')).toMatchObject({ earned: 20, missingTotal: 0, needed: 5 });
  });

  it('a cycle that began on 2021-01-01 or later has no self-review part', () => {
    const report = run([held('CCS', { cycleStart: '2021-01-01', earnedOn: '2021-01-01', cycleEnd: '2022-12-31' })], [], '2022-01-01');
    expect(requirementFor(report, 'ccs')?.parts.map((p) => p.id)).toEqual(['hiim']);
  });

  it('RHIA never had it', () => {
    const report = run([held('RHIA', oldCycle)], [], '2020-01-01');
    expect(requirementFor(report, 'rhia')?.parts.map((p) => p.id)).toEqual(['hiim']);
  });

  it('a shared self-review entry goes to the credential whose self-review still needs it', () => {
    const report = run([held('RHIA', oldCycle), held('CCS', oldCycle)], [
      entry({ id: 'sr', credentialIds: ['rhia', 'ccs'], ceus: 5, category: 'coding-self-review', completedOn: '2019-09-01' }),
    ], '2020-01-01');
    expect(requirementFor(report, 'ccs')?.countedEntryIds).toEqual(['sr']);
  });
});

describe('rule 1: 40% of the CEUs from AHIMA sources (ahima.org "Recertification", from 2025-01-01)', () => {
  const cycle = { earnedOn: '2025-01-01', cycleStart: '2025-01-01', cycleEnd: '2026-12-31' };
  const entries = [
    entry({ id: 'a', credentialIds: ['ccs'], ceus: 4, provider: 'AHIMA', category: 'hiim', completedOn: '2025-03-01' }),
    entry({ id: 't', credentialIds: ['ccs'], ceus: 2, provider: 'TxHIMA', category: 'hiim', completedOn: '2025-03-01' }),
    entry({ id: 'c', credentialIds: ['ccs'], ceus: 1, provider: 'California Health Information Association', category: 'hiim', completedOn: '2025-03-01' }),
    entry({ id: 'r', credentialIds: ['ccs'], ceus: 13, provider: 'Rahima Coding Academy', category: 'hiim', completedOn: '2025-03-01' }),
  ];

  it('rule 1: on by default for a cycle that began on or after 2025-01-01: 8 of 20 from AHIMA sources, the rest counted up to 12', () => {
    const ccs = requirementFor(run([held('CCS', cycle)], entries, '2025-06-01'), 'ccs')!;
    expect(ccs.parts.find((p) => p.id === 'from-ahima')).toMatchObject({ required: 8, earned: 7, missing: 1 });
    expect(ccs).toMatchObject({ earned: 19, logged: 20, needed: 1 });
    expect(ccs.notCounted[0]).toMatchObject({ ruleId: 'ahima-from-ahima-minimum', ceus: 1, limit: 12, entries: [{ entryId: 'r', ceus: 1 }] });
  });

  it('rule 1: HCPro and its brands (DecisionHealth, ACDIS, NAHRI) are AHIMA sources; a provider marked "AHIMA source" is one too', () => {
    const on = { category: 'hiim' as const, completedOn: '2025-03-01' };
    const brands = ['HCPro', 'DecisionHealth', 'ACDIS', 'NAHRI'].map((provider) => entry({ credentialIds: ['ccs'], ceus: 1, provider, ...on }));
    const marked = entry({ credentialIds: ['ccs'], ceus: 2, provider: 'Ohio chapter', ahimaSource: true, ...on });
    const ccs = requirementFor(run([held('CCS', cycle)], [...brands, marked], '2025-06-01'), 'ccs')!;
    expect(ccs.parts.find((p) => p.id === 'from-ahima')).toMatchObject({ earned: 6 });
  });

  it('rule 1: a cycle that began before 2025 and ran on 2025-01-01 shows it as "may apply", applied only after "applies to me"', () => {
    const running = { earnedOn: '2024-03-01', cycleStart: '2024-03-01', cycleEnd: '2026-02-28' };
    const report = run([held('CCS', running)], entries, '2025-06-01');
    expect(requirementFor(report, 'ccs')!.parts.map((p) => p.id)).toEqual(['hiim']);
    expect(groupFor(report, 'ccs')!.rules.rules.find((r) => r.id === 'ahima-from-ahima-minimum')).toMatchObject({ mayApply: true, enabled: false });
    const applied = computeRequirements({
      held: [held('CCS', running)], entries, today: '2025-06-01', ruleSettings: { 'ahima-from-ahima-minimum': { enabled: true } },
    });
    expect(requirementFor(applied, 'ccs')!.parts.map((p) => p.id)).toEqual(['hiim', 'from-ahima']);
  });

  it('rule 1: a cycle that ended before 2025 never has it', () => {
    const old = { earnedOn: '2022-01-01', cycleStart: '2022-01-01', cycleEnd: '2023-12-31' };
    const report = run([held('CCS', old)], [], '2023-06-01');
    expect(groupFor(report, 'ccs')!.rules.rules.map((r) => r.id)).not.toContain('ahima-from-ahima-minimum');
  });

  it('rule 1 + 3: an entry outside the HIIM domains from another provider uses both limits; the most possible is counted', () => {
    const report = run([held('CCS', cycle)], [
      entry({ credentialIds: ['ccs'], ceus: 8, provider: 'AHIMA', category: 'non-hiim', completedOn: '2025-03-01' }),
      entry({ credentialIds: ['ccs'], ceus: 12, provider: 'Other', category: 'hiim', completedOn: '2025-03-01' }),
      entry({ credentialIds: ['ccs'], ceus: 3, provider: 'Other', category: 'non-hiim', completedOn: '2025-03-01' }),
    ], '2025-06-01');
    // Non-HIIM counts up to 4 (4 of the AHIMA 8), other providers up to 12 (the HIIM 12): the 3 under both limits do not count.
    const ccs = requirementFor(report, 'ccs')!;
    expect(ccs.earned).toBe(16);
    expect(ccs.needed).toBe(4);
  });
});

describe('rule 2: AHIMA credentials share the holder\'s one recertification cycle', () => {
  it('rule 2: CCS and CCS-P with different end dates still need 20 + 10 = 30, not 40, and say so', () => {
    const report = run([held('CCS'), held('CCS-P', { cycleEnd: '2026-06-30' })]);
    expect(report.groups.map((group) => [group.key, group.required])).toEqual([
      ['AHIMA:2025-12-31', 20],
      ['AHIMA:2026-06-30', 10],
    ]);
    expect(report.groups[1]!.notes.join(' ')).toMatch(/one recertification cycle, so they need 30 CEUs in all/);
    expect(requirementFor(report, 'ccs-p')!.requiredBasis.note).toMatch(/additional AHIMA credential: 10 CEUs of your AHIMA total of 30/);
  });

  it('rule 2: a CEU applied to both, kept apart, counts in one of them only', () => {
    const report = run([held('CCS'), held('CCS-P', { cycleEnd: '2026-06-30' })], [entry({ id: 'x', credentialIds: ['ccs', 'ccs-p'], ceus: 3 })]);
    expect(requirementFor(report, 'ccs')!.countedEntryIds).toEqual(['x']);
    expect(requirementFor(report, 'ccs-p')!.countedEntryIds).toEqual([]);
  });
});
