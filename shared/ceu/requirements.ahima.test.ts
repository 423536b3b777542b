import { describe, expect, it } from 'vitest';
import type { HeldCredential } from '../model/entities';
import { entry, held } from './fixtures';
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

  it('credentials with different cycle ends are separate groups', () => {
    const report = run([held('CCS'), held('RHIA', { cycleEnd: '2026-06-30' })]);
    expect(report.groups.map((group) => [group.key, group.required])).toEqual([
      ['AHIMA:2025-12-31', 20],
      ['AHIMA:2026-06-30', 30],
    ]);
  });
});

describe('an AHIMA CEU counts toward one credential only (ahima.org "Recertification")', () => {
  it('an entry applied to two AHIMA credentials is counted once, for one of them, and excluded from the other', () => {
    const report = run([held('CCS'), held('CCS-P')], [entry({ id: 'x', credentialIds: ['ccs', 'ccs-p'], ceus: 4 })]);
    expect(groupFor(report, 'ccs')).toMatchObject({ earned: 4, countedEntryIds: ['x'] });
    // Same base and both missing all: the first in order (CCS before CCS-P) takes it.
    expect(requirementFor(report, 'ccs')).toMatchObject({ earned: 4, countedEntryIds: ['x'] });
    expect(requirementFor(report, 'ccs-p')?.excluded).toEqual([
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
  it('20 required with 10 non-HIIM: 16 HIIM needed, 6 still missing though 20 were earned', () => {
    const report = run([held('CCS')], [
      entry({ credentialIds: ['ccs'], ceus: 10, category: 'hiim' }),
      entry({ credentialIds: ['ccs'], ceus: 10, category: 'non-hiim' }),
    ]);
    const ccs = requirementFor(report, 'ccs')!;
    expect(ccs.parts).toEqual([expect.objectContaining({ id: 'hiim', scope: 'share', required: 16, earned: 10, missing: 6 })]);
    expect(ccs).toMatchObject({ earned: 20, missingTotal: 0, needed: 6 });
    expect(ccs.status).not.toBe('complete');
  });

  it('the group minimum is 80% of the group total (RHIA + CHDA: 32 of 40)', () => {
    expect(groupFor(run([held('RHIA'), held('CHDA')]), 'rhia')?.parts[0]).toMatchObject({ id: 'hiim', required: 32 });
  });
});

describe('AHIMA annual coding self-review: CCA/CCS/CCS-P, 5 CEUs each year, only for cycles that began before 2021-01-01', () => {
  const oldCycle = { earnedOn: '2019-07-01', cycleStart: '2019-07-01', cycleEnd: '2021-06-30' };

  it('a 2019–2021 CCS cycle needs a self-review in each of its two years', () => {
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

describe('AHIMA 2024 "40% from AHIMA or a state association" (unverified, editable, off by default)', () => {
  const cycle = { earnedOn: '2024-01-01', cycleStart: '2024-01-01', cycleEnd: '2025-12-31' };
  const entries = [
    entry({ credentialIds: ['ccs'], ceus: 4, provider: 'AHIMA' }),
    entry({ credentialIds: ['ccs'], ceus: 2, provider: 'TxHIMA' }),
    entry({ credentialIds: ['ccs'], ceus: 1, provider: 'California Health Information Association' }),
    entry({ credentialIds: ['ccs'], ceus: 5, provider: 'Rahima Coding Academy' }),
  ];

  it('is not applied unless switched on', () => {
    expect(requirementFor(run([held('CCS', cycle)], entries), 'ccs')?.parts.map((p) => p.id)).toEqual(['hiim']);
  });

  it('when switched on, needs 40% of the total from AHIMA-family providers (recognised by name)', () => {
    const report = computeRequirements({
      held: [held('CCS', cycle)], entries, today: TODAY,
      ruleSettings: { 'ahima-from-ahima-minimum': { enabled: true } },
    });
    expect(requirementFor(report, 'ccs')?.parts.find((p) => p.id === 'from-ahima')).toMatchObject({
      required: 8, earned: 7, missing: 1, unverified: expect.any(String),
    });
  });
});
