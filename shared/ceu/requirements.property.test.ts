import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CEU_CATEGORIES, type CeuEntry } from '../model/entities';
import { sumCeus } from './ceuMath';
import { entry, held } from './fixtures';
import { exclusionsFor } from './exclusions';
import { computeRequirements } from './requirements';

const HELD = [held('CPC'), held('CRC'), held('CPMA'), held('RHIA'), held('CCS'), held('CCS-P')];
const IDS = HELD.map((h) => h.id);

const day = fc.date({ min: new Date('2023-06-01T12:00:00Z'), max: new Date('2026-06-01T12:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const anEntry = fc.record({
  completedOn: day,
  ceus: fc.integer({ min: 1, max: 1000 }).map((n) => n / 100),
  category: fc.constantFrom(...CEU_CATEGORIES),
  specialtyCode: fc.constantFrom(undefined, 'CRC', 'CEMC'),
  approvalCode: fc.constantFrom('', 'IDX-1', 'IDX-2'),
  title: fc.constantFrom('A', 'B'),
  credentialIds: fc.subarray(IDS, { minLength: 1 }),
});
const entries = fc.array(anEntry, { maxLength: 30 }).map((list) =>
  list.map((fields, index): CeuEntry => {
    const { specialtyCode, ...rest } = fields;
    return entry({ ...rest, ...(specialtyCode ? { specialtyCode } : {}), id: `p${index}` });
  }),
);

describe('requirement engine invariants (fast-check)', () => {
  it('every entry a credential looks at is either counted or excluded with a reason, never both', () => {
    fc.assert(fc.property(entries, day, (list, today) => {
      const input = { held: HELD, entries: list, today };
      const report = computeRequirements(input);
      for (const credential of report.credentials.filter((c) => c.body === 'AHIMA')) {
        const counted = new Set(credential.countedEntryIds);
        const excluded = exclusionsFor(credential.credentialId, input, report).map((e) => e.entryId);
        expect(excluded.filter((id) => counted.has(id))).toEqual([]);
        const tagged = list.filter((e) => e.credentialIds.includes(credential.credentialId)).map((e) => e.id).sort();
        expect([...counted, ...excluded].sort()).toEqual(tagged);
      }
    }));
  });

  it('an AHIMA CEU counts toward one AHIMA credential only, and the group logs their sum', () => {
    fc.assert(fc.property(entries, day, (list, today) => {
      const report = computeRequirements({ held: HELD, entries: list, today });
      const ahima = report.credentials.filter((c) => c.body === 'AHIMA');
      const all = ahima.flatMap((c) => c.countedEntryIds);
      expect(new Set(all).size).toBe(all.length);
      const group = report.groups.find((g) => g.body === 'AHIMA')!;
      expect(group.logged).toBe(sumCeus(ahima.map((c) => c.logged)));
      expect(group.required).toBe(50);
    }));
  });

  it('numbers stay consistent: missing = required − earned (≥ 0), needed ≥ missing, complete iff nothing needed', () => {
    fc.assert(fc.property(entries, day, (list, today) => {
      const report = computeRequirements({ held: HELD, entries: list, today });
      for (const result of [...report.credentials, ...report.groups]) {
        expect(result.missingTotal).toBe(Math.max(0, Math.round((result.required - result.earned) * 100) / 100));
        // Rules 1 and 3: the counted figure never exceeds what was logged, and covers every share's shortfall.
        expect(result.earned).toBeLessThanOrEqual(result.logged);
        for (const part of result.parts.filter((p) => p.scope === 'share')) expect(result.missingTotal).toBeGreaterThanOrEqual(part.missing);
        expect(result.needed).toBeGreaterThanOrEqual(result.missingTotal);
        expect(result.status === 'complete').toBe(result.needed === 0);
        for (const part of result.parts) expect(part.missing).toBeGreaterThanOrEqual(0);
      }
    }));
  });
});
