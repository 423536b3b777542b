import { describe, expect, it } from 'vitest';
import { validatePlanForm } from './planForm';

const form = (over: Record<string, unknown> = {}) => ({
  name: ' CPC spring ',
  examCode: 'CCS',
  startDate: '2026-03-01',
  examDate: '2026-06-01',
  weeklyHoursGoal: '7.5',
  ...over,
});

describe('validatePlanForm', () => {
  it('accepts a plan; without weights it takes the exam’s default weights', () => {
    const r = validatePlanForm(form());
    expect(r.ok && r.value).toMatchObject({
      name: 'CPC spring',
      examCode: 'CCS',
      weeklyHoursGoal: 7.5,
      weights: [
        { domainId: 'coding-knowledge', weight: 35 },
        { domainId: 'coding-documentation', weight: 20 },
        { domainId: 'provider-queries', weight: 15 },
        { domainId: 'inpatient-regulatory', weight: 15 },
        { domainId: 'outpatient-regulatory', weight: 15 },
      ],
    });
  });

  it('name required', () => {
    expect(validatePlanForm(form({ name: '   ' }))).toEqual({ ok: false, errors: { name: 'Enter a name for the plan.' } });
  });

  it('exam date after the start date', () => {
    expect(validatePlanForm(form({ examDate: '2026-03-01' }))).toEqual({
      ok: false,
      errors: { examDate: 'The exam date must be after the start date.' },
    });
  });

  it('weekly hours from 1 to 80', () => {
    const msg = 'Weekly hours must be between 1 and 80.';
    expect(validatePlanForm(form({ weeklyHoursGoal: 0.5 }))).toEqual({ ok: false, errors: { weeklyHoursGoal: msg } });
    expect(validatePlanForm(form({ weeklyHoursGoal: '81' }))).toEqual({ ok: false, errors: { weeklyHoursGoal: msg } });
    expect(validatePlanForm(form({ weeklyHoursGoal: 80 })).ok).toBe(true);
  });

  it('weights: kept as given, but not all zero', () => {
    const r = validatePlanForm(form({ weights: [{ domainId: 'provider-queries', weight: '2' }] }));
    expect(r.ok && r.value.weights).toEqual([{ domainId: 'provider-queries', weight: 2 }]);
    expect(validatePlanForm(form({ weights: [{ domainId: 'provider-queries', weight: 0 }] }))).toEqual({
      ok: false,
      errors: { weights: 'Give at least one topic a weight above zero.' },
    });
  });

  it('unknown exam', () => {
    expect(validatePlanForm(form({ examCode: 'RHIT' }))).toEqual({ ok: false, errors: { examCode: 'Choose the exam.' } });
  });
});
