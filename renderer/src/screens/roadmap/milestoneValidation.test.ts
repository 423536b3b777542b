import { describe, expect, it } from 'vitest';
import type { Milestone } from '../../../../shared/model/entities';
import { formValuesFor, validateMilestoneForm, type MilestoneFormValues } from './milestoneValidation';

const TODAY = '2026-06-15';
const form = (over: Partial<MilestoneFormValues> = {}): MilestoneFormValues => ({
  stage: 'certification',
  title: '  Pass the CPC exam ',
  targetDate: '2027-01-31',
  state: 'planned',
  doneOn: '',
  notes: '',
  ...over,
});

describe('the milestone form', () => {
  it('accepts a planned milestone and trims the title; a done date is dropped unless done', () => {
    expect(validateMilestoneForm(form({ doneOn: '2026-01-01' }), TODAY)).toEqual({
      ok: true,
      value: { stage: 'certification', title: 'Pass the CPC exam', targetDate: '2027-01-31', state: 'planned', notes: '' },
    });
  });

  it('requires a title', () => {
    expect(validateMilestoneForm(form({ title: '   ' }), TODAY)).toEqual({ ok: false, errors: { title: 'Enter a title.' } });
  });

  it('requires the target date to be a real calendar day', () => {
    for (const targetDate of ['', '2027-02-30', '31/01/2027']) {
      const r = validateMilestoneForm(form({ targetDate }), TODAY);
      expect(r).toEqual({ ok: false, errors: { targetDate: 'Enter the target date as a real date, for example 2027-05-12.' } });
    }
  });

  it('requires a done date when the state is done', () => {
    expect(validateMilestoneForm(form({ state: 'done' }), TODAY)).toEqual({
      ok: false,
      errors: { doneOn: 'Enter the date you completed it.' },
    });
  });

  it('refuses a done date in the future but accepts today', () => {
    expect(validateMilestoneForm(form({ state: 'done', doneOn: '2026-06-16' }), TODAY)).toEqual({
      ok: false,
      errors: { doneOn: 'The done date cannot be in the future.' },
    });
    const ok = validateMilestoneForm(form({ state: 'done', doneOn: TODAY }), TODAY);
    expect(ok.ok && ok.value.doneOn).toBe(TODAY);
  });

  it('reports every bad field at once, one message each', () => {
    const r = validateMilestoneForm(form({ title: '', targetDate: 'x', state: 'done', doneOn: '2026-13-01' }), TODAY);
    expect(r).toEqual({
      ok: false,
      errors: {
        title: 'Enter a title.',
        targetDate: 'Enter the target date as a real date, for example 2027-05-12.',
        doneOn: 'Enter the done date as a real date, for example 2026-05-12.',
      },
    });
  });

  it('starts from the edited milestone, or blank in the chosen stage', () => {
    const m: Milestone = {
      id: 'm1', stage: 'first-job', title: 'Job', targetDate: '2027-01-01', state: 'done', doneOn: '2026-02-01',
      notes: 'n', order: 0, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z',
    };
    expect(formValuesFor(m, 'education')).toEqual({
      stage: 'first-job', title: 'Job', targetDate: '2027-01-01', state: 'done', doneOn: '2026-02-01', notes: 'n',
    });
    expect(formValuesFor(null, 'upskilling')).toMatchObject({ stage: 'upskilling', title: '', state: 'planned' });
  });
});
