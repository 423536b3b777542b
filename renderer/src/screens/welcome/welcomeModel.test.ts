import { describe, expect, it } from 'vitest';
import { initialWelcomeValues, rolesOf, setupSummary, validateRoles, validateWelcome, type WelcomeValues } from './welcomeModel';

const TODAY = '2026-03-10';
const values = (over: Partial<WelcomeValues>): WelcomeValues => ({ ...initialWelcomeValues('2024-01-15'), ...over });

describe('roles', () => {
  it('maps the boxes to roles and asks for at least one', () => {
    expect(rolesOf({ preparing: true, holding: true })).toEqual(['learner', 'coder']);
    expect(rolesOf({ preparing: false, holding: true })).toEqual(['coder']);
    expect(validateRoles({ preparing: false, holding: false })).toBe('Choose at least one, or “Skip for now” to look around first.');
    expect(validateRoles({ preparing: true, holding: false })).toBeUndefined();
  });
});

describe('validateWelcome', () => {
  it('exam: a plan named for the exam, starting today, with the exam’s default weights', () => {
    const r = validateWelcome(values({ preparing: true, examCode: 'CPC', examDate: '2026-06-13', weeklyHours: '8' }), TODAY);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.roles).toEqual(['learner']);
    expect(r.value.plan).toMatchObject({ name: 'CPC exam prep', examCode: 'CPC', startDate: TODAY, examDate: '2026-06-13', weeklyHoursGoal: 8 });
    expect(r.value.plan?.weights.length).toBeGreaterThan(10);
    expect(r.value.credentials).toEqual([]);
  });

  it('exam: messages next to the exam date and the weekly hours (planForm.ts rules)', () => {
    const r = validateWelcome(values({ preparing: true, examDate: '', weeklyHours: 'lots' }), TODAY);
    expect(r).toEqual({ ok: false, errors: { examDate: 'Enter the exam date.', weeklyHours: 'Weekly hours must be a number.' } });
    const past = validateWelcome(values({ preparing: true, examDate: '2026-03-01', weeklyHours: '5' }), TODAY);
    expect(past).toEqual({ ok: false, errors: { examDate: 'The exam date must be after today.' } });
  });

  it('credentials: codes upper-cased, an extra blank row ignored, nothing else asked for', () => {
    const r = validateWelcome(
      values({ holding: true, credentials: [{ code: 'cpc', earnedOn: '2024-05-01' }, { code: '', earnedOn: '' }] }),
      TODAY,
    );
    expect(r).toEqual({ ok: true, value: { roles: ['coder'], credentials: [{ code: 'CPC', earnedOn: '2024-05-01' }], careerStart: '2024-01-15' } });
  });

  it('credentials: each row’s problems sit on that row', () => {
    const r = validateWelcome(
      values({
        holding: true,
        credentials: [{ code: 'CPC', earnedOn: '2027-01-01' }, { code: 'CPC', earnedOn: '2024-02-30' }, { code: '', earnedOn: '2024-01-01' }],
      }),
      TODAY,
    );
    expect(r).toEqual({
      ok: false,
      errors: {
        'credentials.0.earnedOn': 'The earned date cannot be in the future.',
        'credentials.1.code': 'CPC is already in the list.',
        'credentials.1.earnedOn': 'Enter a real date, for example 2024-05-12.',
        'credentials.2.code': 'Choose the credential.',
      },
    });
  });

  it('the plan is not asked for when only credentials are chosen, and vice versa', () => {
    expect(validateWelcome(values({ holding: true, examDate: 'junk', credentials: [{ code: 'CCS', earnedOn: '2025-01-01' }] }), TODAY).ok).toBe(true);
    expect(
      validateWelcome(values({ preparing: true, examDate: '2026-05-01', weeklyHours: '6', credentials: [{ code: 'junk', earnedOn: '' }] }), TODAY).ok,
    ).toBe(true);
  });

  it('both, with a career start; an empty career start is refused', () => {
    const both = values({
      preparing: true, holding: true, examCode: 'CRC', examDate: '2026-09-01', weeklyHours: '4',
      credentials: [{ code: 'CPC', earnedOn: '2025-01-10' }], careerStart: '2023-09-01',
    });
    const r = validateWelcome(both, TODAY);
    expect(r.ok && [r.value.roles, r.value.plan?.examCode, r.value.credentials.length, r.value.careerStart]).toEqual([
      ['learner', 'coder'], 'CRC', 1, '2023-09-01',
    ]);
    expect(validateWelcome({ ...both, careerStart: '' }, TODAY)).toEqual({ ok: false, errors: { careerStart: 'Enter your career start date.' } });
  });

  it('no box ticked: one message for the roles', () => {
    expect(validateWelcome(values({}), TODAY)).toEqual({
      ok: false, errors: { roles: 'Choose at least one, or “Skip for now” to look around first.' },
    });
  });
});

describe('setupSummary', () => {
  it('says what was created', () => {
    const five = Array.from({ length: 5 }, () => ({}));
    expect(setupSummary({ plan: { examCode: 'CPC' }, credentials: [], milestones: five })).toBe(
      'All set: your CPC study plan and 5 roadmap milestones are ready.',
    );
    expect(setupSummary({ credentials: [{ code: 'CPC' }, { code: 'CRC' }], milestones: five })).toBe(
      'All set: 2 held credentials (CPC, CRC) and 5 roadmap milestones are ready.',
    );
    expect(setupSummary({ plan: { examCode: 'CRC' }, credentials: [{ code: 'CPC' }], milestones: five })).toBe(
      'All set: your CRC study plan, 1 held credential (CPC) and 5 roadmap milestones are ready.',
    );
  });
});
