import { describe, expect, it } from 'vitest';
import { validateCeuEntryForm } from '../../../../shared/ceu/entryForm';
import { entry, held } from '../../../../shared/ceu/fixtures';
import {
  certificateProblem, certificateSaveFilter, certificateType, entryFormInput, newEntryValues, renewalChoice, specialtyOptions, valuesFromEntry,
} from './entryFormValues';

const cpc = held('CPC', { id: 'cpc', earnedOn: '2024-06-15', cycleStart: '2024-06-15', cycleEnd: '2026-06-30' });
const ccs = held('CCS', { id: 'ccs', earnedOn: '2024-06-15', cycleStart: '2024-06-15', cycleEnd: '2026-06-14' });

describe('entry form values', () => {
  it('a new entry is completed today and applies to every credential held', () => {
    expect(newEntryValues('2026-03-10', [cpc, ccs])).toMatchObject({ completedOn: '2026-03-10', credentialIds: ['cpc', 'ccs'], category: 'general' });
  });

  it('a stored entry round-trips through the form and shared/ceu/entryForm.ts', () => {
    const stored = entry({ credentialIds: ['cpc'], ceus: 1.25, category: 'specialty', specialtyCode: 'CRC', approvalCode: 'X1' });
    const result = validateCeuEntryForm(entryFormInput(valuesFromEntry(stored), [cpc]), '2026-03-10');
    expect(result).toEqual({
      ok: true,
      value: {
        completedOn: stored.completedOn, title: stored.title, provider: 'AAPC', ceus: 1.25, category: 'specialty',
        specialtyCode: 'CRC', approvalCode: 'X1', credentialIds: ['cpc'], notes: '',
      },
    });
  });

  it('a specialty code is sent only for specialty entries', () => {
    const values = { ...newEntryValues('2026-03-10', [cpc]), specialtyCode: 'CRC', category: 'general' as const };
    expect(entryFormInput(values, [cpc]).specialtyCode).toBe('');
  });

  it('specialty credentials held come first', () => {
    const options = specialtyOptions([held('CEMC', { id: 'x' })]);
    expect(options[0]).toMatchObject({ code: 'CEMC', held: true });
    expect(options.map((o) => o.code)).toContain('CRC');
    expect(options.map((o) => o.code)).not.toContain('CPC');
  });
});

describe('renewal-month choice (AAPC CEU policies: CEUs earned in the renewal month may apply to the current or next period)', () => {
  it('in the month the cycle ends: this cycle (default) or the next', () => {
    const choice = renewalChoice('2026-06-10', cpc);
    expect(choice).toEqual({
      options: [
        { cycleEnd: '2026-06-30', label: 'This cycle (ends Jun 30, 2026)' },
        { cycleEnd: '2028-06-30', label: 'The next cycle (ends Jun 30, 2028)' },
      ],
      defaultEnd: '2026-06-30',
    });
  });

  it('in the month the previous cycle ended: that one (default) or this one', () => {
    const rolled = held('CPC', { id: 'cpc', earnedOn: '2020-01-01', cycleStart: '2026-07-01', cycleEnd: '2028-06-30' });
    expect(renewalChoice('2026-06-20', rolled)).toMatchObject({
      options: [{ cycleEnd: '2026-06-30' }, { cycleEnd: '2028-06-30' }],
      defaultEnd: '2026-06-30',
    });
  });

  it('no choice outside a renewal month, before the credential was earned, or for AHIMA credentials', () => {
    expect(renewalChoice('2026-03-10', cpc)).toBeUndefined();
    expect(renewalChoice('2024-06-01', cpc)).toBeUndefined();
    expect(renewalChoice('2026-06-10', ccs)).toBeUndefined();
    expect(renewalChoice('2026-06-3', cpc)).toBeUndefined();
  });

  it('only choices that still apply are sent: the credential selected and the date in its renewal month', () => {
    const values = {
      ...newEntryValues('2026-06-10', [cpc, ccs]),
      cycleChoice: { cpc: '2028-06-30', ccs: '2028-06-13', gone: '2026-06-30' },
    };
    expect(entryFormInput(values, [cpc, ccs]).cycleChoice).toEqual({ cpc: '2028-06-30' });
    expect(entryFormInput({ ...values, completedOn: '2026-05-31' }, [cpc, ccs]).cycleChoice).toEqual({});
    expect(entryFormInput({ ...values, credentialIds: ['ccs'] }, [cpc, ccs]).cycleChoice).toEqual({});
  });
});

describe('certificate files', () => {
  it('accepts PDFs and images, naming the first file that is not one', () => {
    expect(certificateProblem([{ name: 'c.pdf', type: 'application/pdf', size: 10 }, { name: 'c.jpg', type: 'image/jpeg', size: 10 }])).toBeUndefined();
    expect(certificateProblem([{ name: 'notes.docx', type: 'application/vnd.openxmlformats', size: 10 }])).toBe(
      'notes.docx is not a PDF or an image: attach the certificate as a PDF, PNG, JPEG, WebP or HEIC file.',
    );
    // An HTML page or an SVG (which can carry script) is never kept as a certificate, whatever its name says.
    expect(certificateProblem([{ name: 'cert.pdf', type: 'text/html', size: 10 }])).toContain('cert.pdf is not a PDF or an image');
    expect(certificateProblem([{ name: 'badge.svg', type: 'image/svg+xml', size: 10 }])).toContain('badge.svg is not a PDF or an image');
    expect(certificateProblem([{ name: 'photo.heic', type: '', size: 10 }])).toBeUndefined();
    expect(certificateProblem([{ name: 'big.pdf', type: 'application/pdf', size: 26 * 1024 * 1024 }])).toBe('big.pdf is larger than 25 MB.');
    expect(certificateProblem([{ name: 'empty.pdf', type: 'application/pdf', size: 0 }])).toBe('empty.pdf is empty.');
  });

  it('guesses the type from the name when the system gives none', () => {
    expect(certificateType({ name: 'Cert.PDF', type: '' })).toBe('application/pdf');
    expect(certificateType({ name: 'scan.jpeg', type: '' })).toBe('image/jpeg');
    expect(certificateType({ name: 'x', type: '' })).toBe('');
  });
});

describe('saving a certificate again', () => {
  it('offers the file’s own extension, else one from its type', () => {
    expect(certificateSaveFilter({ fileName: 'AAPC cert.PDF', mimeType: 'application/pdf' })).toEqual({ name: 'Certificate', extensions: ['pdf'] });
    expect(certificateSaveFilter({ fileName: 'scan', mimeType: 'image/png' })).toEqual({ name: 'Certificate', extensions: ['png'] });
    expect(certificateSaveFilter({ fileName: 'odd.ext-ension!', mimeType: 'image/jpeg' })).toEqual({ name: 'Certificate', extensions: ['jpg'] });
  });
});
