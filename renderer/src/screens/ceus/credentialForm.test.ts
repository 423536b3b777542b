import { describe, expect, it } from 'vitest';
import { held } from '../../../../shared/ceu/fixtures';
import {
  credentialOptionGroups, newCredentialValues, suggestedCycle, validateCredentialForm, valuesFromCredential, withSuggestedCycle,
  type CredentialFormValues,
} from './credentialForm';

const TODAY = '2026-03-10';
const values = (over: Partial<CredentialFormValues> = {}): CredentialFormValues => ({
  ...newCredentialValues(),
  code: 'CPC',
  earnedOn: '2025-06-15',
  cycleStart: '2025-06-15',
  cycleEnd: '2027-06-14',
  ...over,
});

describe('credential choices', () => {
  it('groups the catalog by body, AAPC first', () => {
    const groups = credentialOptionGroups();
    expect(groups.map((g) => g.body)).toEqual(['AAPC', 'AHIMA']);
    expect(groups[0]!.defs.map((d) => d.code)).toContain('CPC');
    expect(groups[1]!.defs.map((d) => d.code)).toContain('CCS-P');
  });
});

describe('default cycle (shared/ceu/cycles.ts defaultCycle)', () => {
  it('a first AAPC credential: two years from the day it was earned', () => {
    expect(suggestedCycle({ code: 'CPC', earnedOn: '2025-06-15', aapcRenewalMonth: '' }, [], '2025-07-01')).toMatchObject({
      cycleStart: '2025-06-15', cycleEnd: '2027-06-14',
    });
  });

  it('rule 4: with the membership month, the suggested period ends on its last day and contains today', () => {
    expect(suggestedCycle({ code: 'CPC', earnedOn: '2015-06-15', aapcRenewalMonth: '3' }, [], '2026-12-02')).toMatchObject({
      cycleStart: '2025-04-01', cycleEnd: '2027-03-31',
    });
  });

  it('a second AAPC credential joins the period of the one held (AAPC CEU policies: pro-rated first period)', () => {
    const cpc = held('CPC', { id: 'cpc', cycleStart: '2025-01-01', cycleEnd: '2026-12-31', earnedOn: '2025-01-01' });
    const next = withSuggestedCycle(values({ code: 'CRC', earnedOn: '2026-02-01', cycleStart: '', cycleEnd: '' }), [cpc], '2026-02-01');
    expect(next).toMatchObject({ cycleStart: '2026-02-01', cycleEnd: '2026-12-31' });
    // Editing the CPC itself does not align it with itself.
    expect(suggestedCycle({ code: 'CPC', earnedOn: '2025-01-01', aapcRenewalMonth: '' }, [cpc], '2025-01-01', 'cpc')?.cycleEnd).toBe('2026-12-31');
  });

  it('nothing to suggest without a code or a real earned day', () => {
    expect(suggestedCycle({ code: '', earnedOn: '2025-06-15', aapcRenewalMonth: '' }, [], '2025-07-01')).toBeUndefined();
    expect(suggestedCycle({ code: 'CPC', earnedOn: '2025-02-30', aapcRenewalMonth: '' }, [], '2025-07-01')).toBeUndefined();
  });
});

describe('validateCredentialForm', () => {
  it('returns a clean draft', () => {
    expect(validateCredentialForm(values({ code: 'ccs-p' }), TODAY, [])).toEqual({
      ok: true,
      value: { code: 'CCS-P', earnedOn: '2025-06-15', cycleStart: '2025-06-15', cycleEnd: '2027-06-14' },
    });
  });

  it('puts a message next to each wrong field', () => {
    const result = validateCredentialForm(values({ code: '', earnedOn: '2026-04-01', cycleStart: '2026-13-01', cycleEnd: '' }), TODAY, []);
    expect(result).toEqual({
      ok: false,
      errors: {
        code: 'Choose the credential.',
        earnedOn: 'The date cannot be in the future.',
        cycleStart: 'Enter a real date (YYYY-MM-DD).',
        cycleEnd: 'Enter the day the current cycle ends.',
      },
    });
  });

  it('a cycle must end after it begins and not before the credential was earned', () => {
    expect(validateCredentialForm(values({ cycleEnd: '2025-06-15' }), TODAY, [])).toMatchObject({
      errors: { cycleEnd: 'The cycle must end after it begins.' },
    });
    expect(validateCredentialForm(values({ cycleStart: '2023-01-01', cycleEnd: '2024-12-31' }), TODAY, [])).toMatchObject({
      errors: { cycleEnd: 'The cycle cannot end before the day you earned the credential.' },
    });
  });

  it('refuses a second active credential with the same code, but not a retired one or the one edited', () => {
    const cpc = held('CPC', { id: 'cpc' });
    expect(validateCredentialForm(values(), TODAY, [cpc])).toMatchObject({ errors: { code: 'You already hold CPC.' } });
    expect(validateCredentialForm(values(), TODAY, [cpc], 'cpc').ok).toBe(true);
    expect(validateCredentialForm(values(), TODAY, [{ ...cpc, retiredOn: '2025-01-01' }]).ok).toBe(true);
  });

  it('an own required total needs a number and a note saying where it comes from', () => {
    expect(validateCredentialForm(values({ overrideOn: true, overrideTotal: 'x' }), TODAY, [])).toEqual({
      ok: false,
      errors: {
        overrideTotal: 'Enter the total CEUs as a number.',
        overrideNote: 'Say where this number comes from (e.g. a letter from the body).',
      },
    });
    expect(validateCredentialForm(values({ overrideOn: true, overrideTotal: '0' }), TODAY, [])).toMatchObject({
      errors: { overrideTotal: 'Enter a total between 1 and 200.' },
    });
    const ok = validateCredentialForm(values({ overrideOn: true, overrideTotal: '24,5', overrideNote: ' Pro-rated ' }), TODAY, []);
    expect(ok).toMatchObject({ ok: true, value: { requiredOverride: { total: 24.5, note: 'Pro-rated' } } });
    // Switched off, the typed total is dropped.
    const off = validateCredentialForm(values({ overrideTotal: '24' }), TODAY, []);
    expect(off).toEqual({ ok: true, value: { code: 'CPC', earnedOn: '2025-06-15', cycleStart: '2025-06-15', cycleEnd: '2027-06-14' } });
  });

  it('round-trips a stored credential', () => {
    const stored = held('CRC', { requiredOverride: { total: 20, note: 'Letter' } });
    expect(valuesFromCredential(stored, 3)).toEqual({
      code: 'CRC', earnedOn: '2024-01-01', cycleStart: '2024-01-01', cycleEnd: '2025-12-31',
      overrideOn: true, overrideTotal: '20', overrideNote: 'Letter', aapcRenewalMonth: '3',
    });
  });
});
