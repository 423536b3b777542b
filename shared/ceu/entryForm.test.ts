import { describe, expect, it } from 'vitest';
import { entryFromDraft, isSpecialtyCode, validateCeuEntryForm } from './entryForm';

const TODAY = '2025-06-30';
const valid = {
  completedOn: '2025-06-01', title: ' E/M update ', provider: 'AAPC', ceus: '1.5', category: 'general',
  approvalCode: 'AAPC-1', credentialIds: ['cpc'], notes: '',
};

describe('CEU entry form', () => {
  it('accepts a valid entry and returns a clean draft (trimmed text, CEUs as a number)', () => {
    expect(validateCeuEntryForm(valid, TODAY)).toEqual({
      ok: true,
      value: { completedOn: '2025-06-01', title: 'E/M update', provider: 'AAPC', ceus: 1.5, category: 'general', approvalCode: 'AAPC-1', credentialIds: ['cpc'], notes: '' },
    });
  });

  it.each([
    [{ completedOn: '2025-07-01' }, 'completedOn', 'The date cannot be in the future.'],
    [{ completedOn: '2025-02-30' }, 'completedOn', 'Enter a real date (YYYY-MM-DD).'],
    [{ completedOn: '' }, 'completedOn', 'Enter the date the course was completed.'],
    [{ ceus: '0' }, 'ceus', 'CEUs must be more than 0.'],
    [{ ceus: -1 }, 'ceus', 'CEUs must be more than 0.'],
    [{ ceus: '100.5' }, 'ceus', 'CEUs cannot be more than 100.'],
    [{ ceus: '1.255' }, 'ceus', 'Use at most 2 decimals.'],
    [{ ceus: 'abc' }, 'ceus', 'Enter the CEUs as a number.'],
    [{ ceus: '' }, 'ceus', 'Enter the CEUs as a number.'],
    [{ title: '   ' }, 'title', 'Enter the course title.'],
    [{ provider: undefined }, 'provider', 'Enter the provider.'],
    [{ credentialIds: [] }, 'credentialIds', 'Choose at least one credential.'],
    [{ category: 'fun' }, 'category', 'Choose a category.'],
    [{ category: 'specialty' }, 'specialtyCode', 'Choose the specialty credential these CEUs are for.'],
    [{ category: 'specialty', specialtyCode: 'CPC' }, 'specialtyCode', 'CPC is not a specialty credential.'],
  ])('%o → %s: %s', (change, field, message) => {
    const result = validateCeuEntryForm({ ...valid, ...change }, TODAY);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[field as keyof typeof result.errors]).toBe(message);
  });

  it('accepts 100 CEUs, 2 decimals, a comma decimal and today', () => {
    expect(validateCeuEntryForm({ ...valid, ceus: 100 }, TODAY).ok).toBe(true);
    expect(validateCeuEntryForm({ ...valid, ceus: '0.25' }, TODAY).ok).toBe(true);
    expect(validateCeuEntryForm({ ...valid, ceus: '1,25' }, TODAY)).toMatchObject({ value: { ceus: 1.25 } });
    expect(validateCeuEntryForm({ ...valid, completedOn: TODAY }, TODAY).ok).toBe(true);
  });

  it('keeps the specialty code (upper case) only for specialty entries', () => {
    expect(validateCeuEntryForm({ ...valid, category: 'specialty', specialtyCode: 'crc' }, TODAY)).toMatchObject({ value: { specialtyCode: 'CRC' } });
    const general = validateCeuEntryForm({ ...valid, specialtyCode: 'CRC' }, TODAY);
    expect(general).toMatchObject({ ok: true });
    expect(general.ok && 'specialtyCode' in general.value).toBe(false);
  });

  it('reports every field at once, and never throws on junk', () => {
    const result = validateCeuEntryForm({}, TODAY);
    expect(result.ok ? [] : Object.keys(result.errors).sort()).toEqual(['ceus', 'completedOn', 'credentialIds', 'provider', 'title']);
    expect(validateCeuEntryForm(null, TODAY)).toMatchObject({ ok: false, errors: { form: expect.any(String) } });
  });

  it('knows which codes are specialty codes', () => {
    expect([isSpecialtyCode('CRC'), isSpecialtyCode('CIRCC'), isSpecialtyCode('CPMA'), isSpecialtyCode('X')]).toEqual([true, true, false, false]);
  });

  it('builds a stored entry from a draft', () => {
    const result = validateCeuEntryForm(valid, TODAY);
    if (!result.ok) throw new Error('expected valid');
    expect(entryFromDraft(result.value, 'id-1', '2025-06-30T12:00:00.000Z')).toMatchObject({ id: 'id-1', createdAt: '2025-06-30T12:00:00.000Z', ceus: 1.5 });
  });
});
