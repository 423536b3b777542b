import { describe, expect, it } from 'vitest';
import { buildAuditReport } from './auditReport';
import { entry, held } from './fixtures';
import { computeRequirements, requirementFor } from './requirements';

describe('buildAuditReport', () => {
  const cpc = held('CPC');
  const crc = held('CRC');
  const entries = [
    entry({ id: 'b', credentialIds: ['cpc', 'crc'], completedOn: '2024-05-01', title: 'HCC coding', provider: 'AAPC', approvalCode: 'IDX-2', ceus: 2, category: 'specialty', specialtyCode: 'CRC' }),
    entry({ id: 'a', credentialIds: ['cpc'], completedOn: '2024-02-01', title: 'ICD-10 update', provider: 'Chapter 12', approvalCode: 'IDX-1', ceus: 1.5 }),
    entry({ id: 'c', credentialIds: ['cpc'], completedOn: '2024-03-01', title: 'Webinar', provider: 'AAPC', approvalCode: 'IDX-3', ceus: 1.25 }),
    entry({ id: 'old', credentialIds: ['cpc'], completedOn: '2023-01-01', ceus: 5 }),
  ];
  const status = requirementFor(computeRequirements({ held: [cpc, crc], entries, today: '2025-01-01' }), 'crc')!;
  const report = buildAuditReport(crc, status, entries, new Map([['a', [{ fileName: 'icd10.pdf' }]], ['b', [{ fileName: 'hcc.pdf' }, { fileName: 'hcc-2.png' }]]]), {
    holderName: 'Dana Coder', generatedOn: '2025-01-01',
  });

  it('names the holder, the credential and the cycle', () => {
    expect(report).toMatchObject({
      holder: 'Dana Coder',
      credential: { id: 'crc', code: 'CRC', name: 'Certified Risk Adjustment Coder', body: 'AAPC', earnedOn: '2024-01-01' },
      cycle: { start: '2024-01-01', end: '2025-12-31' },
      required: 40, earned: 4.75, status: 'behind',
    });
    expect(report.parts).toEqual([{ label: 'CRC specialty CEUs', required: 8, earned: 2, missing: 6 }]);
  });

  it('lists every counted entry with index number and provider, earliest first, with its certificates', () => {
    expect(report.rows.map((r) => [r.completedOn, r.indexNumber, r.provider, r.ceus, r.certificates])).toEqual([
      ['2024-02-01', 'IDX-1', 'Chapter 12', 1.5, ['icd10.pdf']],
      ['2024-03-01', 'IDX-3', 'AAPC', 1.25, []],
      ['2024-05-01', 'IDX-2', 'AAPC', 2, ['hcc.pdf', 'hcc-2.png']],
    ]);
  });

  it('flags entries missing a certificate', () => {
    expect(report.rows.find((r) => r.entryId === 'c')?.missingCertificate).toBe(true);
    expect(report.missingCertificateEntryIds).toEqual(['c']);
  });

  it('totals by category, specialty CEUs by their specialty', () => {
    expect(report.totalsByCategory).toEqual([
      { category: 'general', label: 'General', ceus: 2.75, entries: 2 },
      { category: 'specialty', specialtyCode: 'CRC', label: 'Specialty (CRC)', ceus: 2, entries: 1 },
    ]);
  });

  it('accepts attachments as a plain record too', () => {
    const again = buildAuditReport(crc, status, entries, { c: [{ fileName: 'web.pdf' }] });
    expect(again.missingCertificateEntryIds).toEqual(['a', 'b']);
    expect(again.holder).toBe('');
  });
});

describe('the audit report uses the counted figure and says what counts toward what (issue 17)', () => {
  it('rule 8: a CRC specialty CEU counts toward the AAPC total and the CRC specialty part, and the row says both', () => {
    const entries = [entry({ id: 's', credentialIds: ['cpc', 'crc'], completedOn: '2024-05-01', ceus: 2, category: 'specialty', specialtyCode: 'CRC' })];
    const status = requirementFor(computeRequirements({ held: [held('CPC'), held('CRC')], entries, today: '2025-01-01' }), 'crc')!;
    const report = buildAuditReport(held('CRC'), status, entries, new Map());
    expect(report.rows[0]!.countsToward).toEqual(['AAPC total', 'CRC specialty CEUs']);
  });

  it('rule 3: counted 14 of 20 with 10 non-HIIM logged, the 6 not counted named with the reason and on their row', () => {
    const entries = [
      entry({ id: 'h', credentialIds: ['ccs'], completedOn: '2024-05-01', ceus: 10, category: 'hiim' }),
      entry({ id: 'n', credentialIds: ['ccs'], completedOn: '2024-06-01', ceus: 10, category: 'non-hiim' }),
    ];
    const status = requirementFor(computeRequirements({ held: [held('CCS')], entries, today: '2025-01-01' }), 'ccs')!;
    const report = buildAuditReport(held('CCS'), status, entries, new Map());
    expect(report).toMatchObject({ required: 20, earned: 14, logged: 20, needed: 6 });
    expect(report.notCounted[0]!.message).toMatch(/^6 CEUs in other activities \(outside the HIIM domains\) logged but not counted/);
    expect(report.rows.map((row) => [row.entryId, row.notCountedCeus])).toEqual([['h', 0], ['n', 6]]);
  });
});
