import { describe, expect, it } from 'vitest';
import type { PracticeAttempt } from '../../../../shared/model/entities';
import {
  changeExam, checkAttemptForm, hasDomainInput, newAttemptValues, percentToCount, rememberedCounts, valuesFromAttempt, type AttemptFormValues,
} from './attemptFormValues';

const TODAY = '2026-03-10';
const withDomain = (v: AttemptFormValues, id: string, correct: string, total: string): AttemptFormValues => ({
  ...v,
  domains: v.domains.map((r) => (r.domainId === id ? { ...r, correct, total } : r)),
});
const filled = (over: Partial<AttemptFormValues> = {}) => ({
  ...newAttemptValues('CPC', TODAY),
  source: 'Vendor A',
  correct: '72',
  minutesUsed: '215',
  ...over,
});

describe('newAttemptValues', () => {
  it('defaults the date to today and the total to the exam’s question count (CPC 100, CIC 47; exams.ts)', () => {
    const v = newAttemptValues('CPC', TODAY);
    expect(v).toMatchObject({ examCode: 'CPC', date: TODAY, totalQuestions: '100', correct: '', minutesUsed: '' });
    expect(v.domains).toHaveLength(17); // one row per CPC content domain in the catalog
    expect(v.domains[0]).toEqual({ domainId: 'surgery-10000', label: 'Surgery 10000 series: integumentary system', correct: '', total: '' });
    expect(newAttemptValues('CIC', TODAY).totalQuestions).toBe('47');
  });
});

describe('changeExam', () => {
  it('swaps in the new exam’s domains, keeping typed rows the exams share, and moves a default total along', () => {
    const v = withDomain(newAttemptValues('CPC', TODAY), 'icd-10-cm', '5', '7');
    const next = changeExam(v, 'CCS');
    expect(next.totalQuestions).toBe('107');
    expect(next.domains.map((d) => d.domainId)).toEqual([
      'coding-knowledge', 'coding-documentation', 'provider-queries', 'inpatient-regulatory', 'outpatient-regulatory',
    ]);
    const toCrc = changeExam(v, 'CRC');
    expect(toCrc.domains.find((d) => d.domainId === 'icd-10-cm')).toMatchObject({ correct: '5', total: '7' });
  });

  it('keeps a total the user typed themselves', () => {
    expect(changeExam({ ...newAttemptValues('CPC', TODAY), totalQuestions: '50' }, 'CCS').totalQuestions).toBe('50');
  });
});

describe('checkAttemptForm', () => {
  it('valid: gives the draft with numbers, blank domain rows left out', () => {
    const r = checkAttemptForm(withDomain(filled(), 'anesthesia', '3', '4'), TODAY);
    expect(r).toEqual({
      ok: true,
      value: {
        examCode: 'CPC', date: TODAY, source: 'Vendor A', totalQuestions: 100, correct: 72, minutesUsed: 215,
        domainResults: [{ domainId: 'anesthesia', correct: 3, total: 4 }],
      },
    });
  });

  it('correct > total and a future date: messages on those fields (attemptForm.ts rules)', () => {
    const r = checkAttemptForm(filled({ correct: '101', date: '2026-03-11' }), TODAY);
    expect(r).toEqual({
      ok: false,
      errors: {
        fields: { date: 'The date cannot be in the future.', correct: 'Correct answers cannot exceed the number of questions.' },
        domains: {},
      },
    });
  });

  it('maps a row message back to its domain even when earlier rows were blank', () => {
    let v = withDomain(filled(), 'radiology', '2', '6');
    v = withDomain(v, 'medicine', '9', '6');
    const r = checkAttemptForm(v, TODAY);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.domains).toEqual({ medicine: { correct: 'Correct answers cannot exceed the domain’s questions.' } });
  });

  it('a row with only a question count is not a score (counts are remembered); a bad total sits on the total column', () => {
    let v = withDomain(filled(), 'radiology', '', '6');
    v = withDomain(v, 'medicine', '1', 'x');
    const r = checkAttemptForm(v, TODAY);
    expect(r.ok ? null : r.errors.domains).toEqual({ medicine: { total: 'Questions must be a number.' } });
  });

  it('domain sums above the test’s numbers give one message for the domain rows together', () => {
    const v = withDomain(filled({ totalQuestions: '10', correct: '5' }), 'anesthesia', '1', '11');
    const r = checkAttemptForm(v, TODAY);
    expect(r.ok ? null : r.errors.domainsTotal).toBe('The domains add up to 11 questions, more than the 10 in the test.');
  });
});

describe('valuesFromAttempt', () => {
  it('fills the form from a stored attempt; a domain the catalog no longer lists keeps its own row', () => {
    const a: PracticeAttempt = {
      id: 'x', examCode: 'CPC', date: '2026-03-01', source: 'S', totalQuestions: 100, correct: 70, minutesUsed: 200,
      domainResults: [{ domainId: 'anesthesia', correct: 3, total: 4 }, { domainId: 'old-domain', correct: 1, total: 2 }],
      createdAt: '2026-03-01T10:00:00.000Z',
    };
    const v = valuesFromAttempt(a);
    expect(v).toMatchObject({ examCode: 'CPC', date: '2026-03-01', totalQuestions: '100', correct: '70', minutesUsed: '200' });
    expect(v.domains.find((d) => d.domainId === 'anesthesia')).toMatchObject({ correct: '3', total: '4' });
    expect(v.domains[v.domains.length - 1]).toEqual({ domainId: 'old-domain', label: 'old-domain', correct: '1', total: '2' });
    expect(hasDomainInput(v)).toBe(true);
    expect(hasDomainInput(newAttemptValues('CPC', TODAY))).toBe(false);
  });
});

describe('scores as percents and remembered question counts', () => {
  const attempt = (date: string, domainResults: PracticeAttempt['domainResults'], examCode = 'CPC'): PracticeAttempt => ({
    id: date, examCode, date, source: '', totalQuestions: 100, correct: 70, minutesUsed: 200, domainResults, createdAt: `${date}T10:00:00.000Z`,
  });

  it('remembers each exam’s per-domain question counts from its last attempt that had them', () => {
    const remembered = rememberedCounts([
      attempt('2026-03-01', [{ domainId: 'anesthesia', correct: 2, total: 6 }]),
      attempt('2026-03-05', [{ domainId: 'anesthesia', correct: 3, total: 8 }, { domainId: 'radiology', correct: 5, total: 6 }]),
      attempt('2026-03-08', []),
      attempt('2026-03-02', [{ domainId: 'icd-10-cm', correct: 9, total: 12 }], 'CRC'),
    ]);
    expect(remembered).toEqual({ CPC: { anesthesia: 8, radiology: 6 }, CRC: { 'icd-10-cm': 12 } });
    const v = newAttemptValues('CPC', TODAY, remembered);
    expect(v.domains.find((d) => d.domainId === 'anesthesia')).toMatchObject({ correct: '', total: '8' });
    // Remembered counts alone are not scores: the domain section stays optional.
    expect(hasDomainInput(v)).toBe(false);
    const r = checkAttemptForm({ ...v, source: 'A', correct: '70', minutesUsed: '200' }, TODAY);
    expect(r.ok && r.value.domainResults).toEqual([]);
    expect(changeExam(v, 'CRC', remembered).domains.find((d) => d.domainId === 'icd-10-cm')?.total).toBe('12');
  });

  it('takes domain scores as percents of the domain’s questions, and the overall score as a percent', () => {
    const v = withDomain(withDomain({ ...filled({ correct: '72%' }), domainMode: 'percent' }, 'anesthesia', '33', '6'), 'radiology', '100%', '6');
    const r = checkAttemptForm(v, TODAY);
    expect(r.ok && r.value).toMatchObject({
      correct: 72,
      domainResults: [
        { domainId: 'radiology', correct: 6, total: 6 },
        { domainId: 'anesthesia', correct: 2, total: 6 },
      ].sort((a, b) => (a.domainId === 'radiology' ? 1 : b.domainId === 'radiology' ? -1 : 0)),
    });
    expect(percentToCount('150%', '100')).toBe('101');
    const over = checkAttemptForm(filled({ correct: '150%' }), TODAY);
    expect(over.ok).toBe(false);
    expect(!over.ok && over.errors.fields.correct).toBe('Correct answers cannot exceed the number of questions.');
  });
});
