import { describe, expect, it } from 'vitest';
import { aapcTotalFor, getCredentialDef, listCredentialDefs, rulesInForce } from './catalog';

const CODES = [
  'CPC', 'COC', 'CIC', 'CPB', 'CRC', 'CPMA', 'CPCO', 'CDEO', 'CPPM', 'CIRCC', 'CEMC', 'CGSC', 'COSC', 'CCC', 'CCVTC',
  'CHONC', 'CPEDC', 'CEDC', 'CFPC', 'CIMC', 'CGIC', 'COBGC', 'CPRC', 'CUC', 'CANPC', 'CASCC', 'CEMA', 'RHIA', 'CHPS',
  'CHDA', 'CDIP', 'CPHI', 'RHIT', 'CHTS', 'CCA', 'CCS', 'CCS-P',
];

describe('credential catalog (shared/domain/credentials.md)', () => {
  it('holds every credential named in credentials.md, once, each with a source and checked date', () => {
    const defs = listCredentialDefs();
    expect(defs.map((def) => def.code).sort()).toEqual([...CODES].sort());
    for (const def of defs) {
      expect(def.source).not.toBe('');
      expect(def.checked).toMatch(/^\d{4}/);
      expect(def.cycleYears).toBe(2);
    }
  });

  it('looks codes up case-insensitively', () => {
    expect(getCredentialDef(' ccs-p ')?.name).toBe('Certified Coding Specialist – Physician-based');
    expect(getCredentialDef('XYZ')).toBeUndefined();
  });

  it('AAPC parts: CPMA 16 auditing, CPCO 16 compliance, CDEO 16 documentation, CPPM 16 practice management, CIRCC 16', () => {
    expect(getCredentialDef('CPMA')?.parts[0]).toMatchObject({ ceus: 16, match: { category: 'auditing' } });
    expect(getCredentialDef('CPCO')?.parts[0]).toMatchObject({ ceus: 16, match: { category: 'compliance' } });
    expect(getCredentialDef('CDEO')?.parts[0]).toMatchObject({ ceus: 16, match: { category: 'documentation' } });
    expect(getCredentialDef('CPPM')?.parts[0]).toMatchObject({ ceus: 16, match: { category: 'practice-management' } });
    expect(getCredentialDef('CIRCC')?.parts[0]).toMatchObject({ ceus: 16, perCycleYear: 8 });
  });

  it('AAPC: each specialty credential needs 8 CEUs of its own specialty; core credentials add no part', () => {
    for (const def of listCredentialDefs({ kind: 'specialty' })) {
      expect(def.parts).toEqual([
        expect.objectContaining({ ceus: 8, match: { kind: 'category', category: 'specialty', specialtyCode: def.code } }),
      ]);
    }
    expect(getCredentialDef('CPC')?.parts).toEqual([]);
  });

  it('marks CRC core-vs-specialty as unverified', () => {
    expect(getCredentialDef('CRC')?.unverified).toMatch(/core/);
  });

  it('AHIMA bases: 30 for RHIA/CHPS/CHDA/CDIP/CPHI, 20 for RHIT/CHTS/CCA/CCS/CCS-P', () => {
    const bases = Object.fromEntries(listCredentialDefs({ body: 'AHIMA' }).map((d) => [d.code, d.ahimaBaseCeus]));
    expect(bases).toEqual({ RHIA: 30, CHPS: 30, CHDA: 30, CDIP: 30, CPHI: 30, RHIT: 20, CHTS: 20, CCA: 20, CCS: 20, 'CCS-P': 20 });
    expect(getCredentialDef('CCS')?.kind).toBe('ahima-coding');
    expect(getCredentialDef('RHIA')?.kind).toBe('ahima-other');
  });
});

describe('rulesInForce: a cycle is judged by the rules in force when it began (credentials.md)', () => {
  it('AAPC totals by number of certifications: 36/40/44/48/52, 52 for five or more', () => {
    const rule = rulesInForce('AAPC', '2025-01-01').aapcTotals!;
    expect([1, 2, 3, 4, 5, 7].map((count) => aapcTotalFor(rule, count))).toEqual([36, 40, 44, 48, 52, 52]);
  });

  it('AHIMA coding self-review is in force for cycles that began before 2021-01-01 only', () => {
    expect(rulesInForce('AHIMA', '2020-12-31').credentialParts.map((r) => r.id)).toEqual(['ahima-coding-self-review']);
    expect(rulesInForce('AHIMA', '2021-01-01').credentialParts).toEqual([]);
  });

  it('AHIMA 80% HIIM minimum is in force; the unverified 2024 40%-from-AHIMA rule is off by default', () => {
    const rules = rulesInForce('AHIMA', '2024-03-01');
    expect(rules.shareMinimums.map((r) => [r.partId, r.share])).toEqual([['hiim', 0.8]]);
    const fromAhima = rules.rules.find((r) => r.id === 'ahima-from-ahima-minimum');
    expect(fromAhima).toMatchObject({ enabled: false, unverified: expect.any(String) });
  });

  it('the 40%-from-AHIMA rule can be switched on and edited, only for cycles from 2024-01-01', () => {
    const settings = { 'ahima-from-ahima-minimum': { enabled: true, share: 0.5 } };
    expect(rulesInForce('AHIMA', '2024-01-01', settings).shareMinimums.map((r) => [r.partId, r.share])).toEqual([
      ['hiim', 0.8],
      ['from-ahima', 0.5],
    ]);
    expect(rulesInForce('AHIMA', '2023-12-31', settings).shareMinimums.map((r) => r.partId)).toEqual(['hiim']);
  });

  it('settings cannot switch off a rule that is not editable', () => {
    expect(rulesInForce('AHIMA', '2025-01-01', { 'ahima-hiim-minimum': { enabled: false } }).shareMinimums).toHaveLength(1);
  });
});
