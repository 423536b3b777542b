import { describe, expect, it } from 'vitest';
import { validateAttemptForm } from './attemptForm';

const TODAY = '2026-03-10';
const form = (over: Record<string, unknown> = {}) => ({
  examCode: 'cpc',
  date: '2026-03-09',
  source: ' Vendor practice test A ',
  totalQuestions: '100',
  correct: '72',
  minutesUsed: '215',
  domainResults: [
    { domainId: 'anesthesia', correct: '3', total: '4' },
    { domainId: 'radiology', correct: '', total: '' }, // left blank: skipped
    { domainId: 'medicine', correct: 5, total: 6 },
  ],
  ...over,
});

describe('validateAttemptForm', () => {
  it('accepts a valid form, turning typed strings into numbers and skipping blank domain rows', () => {
    expect(validateAttemptForm(form(), TODAY)).toEqual({
      ok: true,
      value: {
        examCode: 'CPC',
        date: '2026-03-09',
        source: 'Vendor practice test A',
        totalQuestions: 100,
        correct: 72,
        minutesUsed: 215,
        domainResults: [
          { domainId: 'anesthesia', correct: 3, total: 4 },
          { domainId: 'medicine', correct: 5, total: 6 },
        ],
      },
    });
  });

  it('correct answers cannot exceed the questions', () => {
    expect(validateAttemptForm(form({ correct: '101' }), TODAY)).toEqual({
      ok: false,
      errors: { correct: 'Correct answers cannot exceed the number of questions.' },
    });
  });

  it('each domain: correct ≤ its total, with the row’s field path', () => {
    const r = validateAttemptForm(form({ domainResults: [{ domainId: 'anesthesia', correct: 5, total: 4 }] }), TODAY);
    expect(r).toEqual({ ok: false, errors: { 'domainResults.0.correct': 'Correct answers cannot exceed the domain’s questions.' } });
  });

  it('domain totals add up to at most the test total', () => {
    const r = validateAttemptForm(
      form({ totalQuestions: 10, correct: 5, domainResults: [{ domainId: 'a', correct: 1, total: 6 }, { domainId: 'b', correct: 1, total: 6 }] }),
      TODAY,
    );
    expect(r).toEqual({ ok: false, errors: { domainResults: 'The domains add up to 12 questions, more than the 10 in the test.' } });
  });

  it('domain correct answers add up to at most the overall correct', () => {
    const r = validateAttemptForm(form({ correct: 5, domainResults: [{ domainId: 'a', correct: 4, total: 6 }, { domainId: 'b', correct: 3, total: 6 }] }), TODAY);
    expect(r).toEqual({ ok: false, errors: { domainResults: 'The domains add up to 7 correct, more than the 5 overall.' } });
  });

  it('a domain listed twice', () => {
    const r = validateAttemptForm(form({ domainResults: [{ domainId: 'a', correct: 1, total: 2 }, { domainId: 'a', correct: 1, total: 2 }] }), TODAY);
    expect(r).toEqual({ ok: false, errors: { 'domainResults.1.domainId': 'This domain is listed twice.' } });
  });

  it('no future dates; today is fine', () => {
    expect(validateAttemptForm(form({ date: '2026-03-11' }), TODAY)).toEqual({
      ok: false,
      errors: { date: 'The date cannot be in the future.' },
    });
    expect(validateAttemptForm(form({ date: TODAY }), TODAY).ok).toBe(true);
    expect(validateAttemptForm(form({ date: '2026-02-30' }), TODAY)).toEqual({
      ok: false,
      errors: { date: 'Enter the date as a real date, for example 2026-05-12.' },
    });
  });

  it('minutes must be above zero and sane (at most 12 hours)', () => {
    const msg = 'Minutes used must be between 1 and 720 (12 hours).';
    expect(validateAttemptForm(form({ minutesUsed: '0' }), TODAY)).toEqual({ ok: false, errors: { minutesUsed: msg } });
    expect(validateAttemptForm(form({ minutesUsed: 721 }), TODAY)).toEqual({ ok: false, errors: { minutesUsed: msg } });
  });

  it('missing and non-numeric values get their own messages, one per field', () => {
    const r = validateAttemptForm(form({ examCode: 'XYZ', totalQuestions: '', correct: 'seventy', date: undefined }), TODAY);
    expect(r).toEqual({
      ok: false,
      errors: {
        examCode: 'Choose the exam.',
        date: 'Enter the date.',
        totalQuestions: 'Enter the number of questions.',
        correct: 'Correct answers must be a number.',
      },
    });
  });

  it('whole numbers only for question counts', () => {
    expect(validateAttemptForm(form({ totalQuestions: '99.5' }), TODAY)).toEqual({
      ok: false,
      errors: { totalQuestions: 'The number of questions must be a whole number.' },
    });
  });
});
