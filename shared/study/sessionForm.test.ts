import { describe, expect, it } from 'vitest';
import { validateSessionForm } from './sessionForm';

const TODAY = '2026-03-10';

describe('validateSessionForm', () => {
  it('accepts a session and leaves out blank optional fields', () => {
    expect(validateSessionForm({ date: '2026-03-10', minutes: '45', domainId: '', notes: ' ch. 4 ' }, TODAY)).toEqual({
      ok: true,
      value: { date: '2026-03-10', minutes: 45, notes: 'ch. 4' },
    });
    expect(validateSessionForm({ date: '2026-03-01', minutes: 30, domainId: 'anesthesia', planId: 'p1' }, TODAY)).toEqual({
      ok: true,
      value: { date: '2026-03-01', minutes: 30, domainId: 'anesthesia', planId: 'p1', notes: '' },
    });
  });

  it('date not in the future', () => {
    expect(validateSessionForm({ date: '2026-03-11', minutes: 30 }, TODAY)).toEqual({
      ok: false,
      errors: { date: 'The date cannot be in the future.' },
    });
  });

  it('minutes from 1 to 1440 (one day), whole minutes', () => {
    const msg = 'Minutes must be between 1 and 1440 (one day).';
    expect(validateSessionForm({ date: TODAY, minutes: 0 }, TODAY)).toEqual({ ok: false, errors: { minutes: msg } });
    expect(validateSessionForm({ date: TODAY, minutes: 1441 }, TODAY)).toEqual({ ok: false, errors: { minutes: msg } });
    expect(validateSessionForm({ date: TODAY, minutes: 1440 }, TODAY).ok).toBe(true);
    expect(validateSessionForm({ date: TODAY, minutes: '' }, TODAY)).toEqual({ ok: false, errors: { minutes: 'Enter minutes.' } });
  });
});
