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

  it('rule 1: the 40%-from-AHIMA rule is in force with the 80% HIIM rule for cycles from 2025-01-01, not before', () => {
    expect(rulesInForce('AHIMA', '2025-01-01').shareMinimums.map((r) => [r.partId, r.share])).toEqual([['hiim', 0.8], ['from-ahima', 0.4]]);
    expect(rulesInForce('AHIMA', '2024-12-31').shareMinimums.map((r) => r.partId)).toEqual(['hiim']);
  });

  it('rule 1: a confirmed rule cannot be switched off by settings; for a running cycle it is "may apply" until enabled', () => {
    expect(rulesInForce('AHIMA', '2025-02-01', { 'ahima-from-ahima-minimum': { enabled: false } }).shareMinimums).toHaveLength(2);
    const running = rulesInForce('AHIMA', '2024-06-01', {}, '2026-05-31');
    expect(running.rules.find((r) => r.id === 'ahima-from-ahima-minimum')).toMatchObject({ mayApply: true, enabled: false });
    expect(running.shareMinimums).toHaveLength(1);
    expect(rulesInForce('AHIMA', '2024-06-01', { 'ahima-from-ahima-minimum': { enabled: true } }, '2026-05-31').shareMinimums).toHaveLength(2);
  });

  it('settings cannot switch off a rule that is not editable', () => {
    expect(rulesInForce('AHIMA', '2024-01-01', { 'ahima-hiim-minimum': { enabled: false } }).shareMinimums).toHaveLength(1);
    // A stored key named like an Object.prototype member is not a setting.
    expect(() => rulesInForce('AHIMA', '2024-06-01', JSON.parse('{"__proto__": {"enabled": true}, "toString": 1}'), '2026-05-31')).not.toThrow();
  });
});
