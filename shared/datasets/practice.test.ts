import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listExamDefs } from '../study/exams';
import { apportion, domainResultsFor } from './practice';

describe('apportion', () => {
  it('splits a whole number in proportion to the weights, summing exactly (largest remainder)', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(100, [6, 6, 4])).toEqual([38, 37, 25]);
    expect(apportion(5, [0, 0])).toEqual([0, 0]);
  });
});

describe('domainResultsFor', () => {
  it('uses the exam catalog: CPC domain totals are the blueprint counts and sum to 100', () => {
    const cpc = listExamDefs().find((e) => e.code === 'CPC')!;
    const results = domainResultsFor(cpc, 100, 70);
    expect(results.map((r) => r.domainId)).toEqual(cpc.domains.map((d) => d.id));
    expect(results.map((r) => r.total)).toEqual(cpc.domains.map((d) => d.defaultWeight));
    expect(results.reduce((s, r) => s + r.correct, 0)).toBe(70);
  });

  it('gives a stronger domain a larger share of correct answers', () => {
    const cpc = listExamDefs().find((e) => e.code === 'CPC')!;
    const results = domainResultsFor(cpc, 100, 60, { radiology: 1.5, medicine: 0.5 });
    const pct = (id: string) => results.find((r) => r.domainId === id)!;
    expect(pct('radiology').correct).toBeGreaterThan(pct('medicine').correct);
  });

  it('always adds up: totals = questions, correct = the attempt, 0 ≤ correct ≤ total per domain', () => {
    const exams = listExamDefs();
    fc.assert(
      fc.property(
        fc.constantFrom(...exams),
        fc.integer({ min: 0, max: 150 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.dictionary(fc.constantFrom('icd-10-cm', 'radiology', 'coding-guidelines'), fc.double({ min: 0.1, max: 3, noNaN: true })),
        (exam, questions, share, skill) => {
          const correct = Math.round(questions * share);
          const results = domainResultsFor(exam, questions, correct, skill);
          expect(results.reduce((s, r) => s + r.total, 0)).toBe(questions);
          expect(results.reduce((s, r) => s + r.correct, 0)).toBe(correct);
          for (const r of results) expect(r.correct >= 0 && r.correct <= r.total).toBe(true);
        },
      ),
    );
  });
});
