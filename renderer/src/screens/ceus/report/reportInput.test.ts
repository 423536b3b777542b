import { describe, expect, it } from 'vitest';
import type { CeuEntry, HeldCredential } from '../../../../../shared/model/entities';
import { auditPdfName, heldAsOf, prepareAuditReport, type ReportInput } from './reportInput';

const stamp = '2025-01-01T00:00:00.000Z';
const cpc: HeldCredential = {
  id: 'cpc',
  code: 'CPC',
  earnedOn: '2020-06-01',
  cycleStart: '2025-01-01',
  cycleEnd: '2026-12-31',
  history: [{ start: '2023-01-01', end: '2024-12-31', required: 36, earned: 30, complete: false, closedAt: stamp }],
  createdAt: stamp,
  updatedAt: stamp,
};
const crc: HeldCredential = { ...cpc, id: 'crc', code: 'CRC', earnedOn: '2025-06-01', cycleStart: '2025-06-01', history: [] };

const entry = (id: string, over: Partial<CeuEntry>): CeuEntry => ({
  id, completedOn: '2025-02-10', title: 'E/M update', provider: 'AAPC', ceus: 2, category: 'general', approvalCode: 'IDX-1',
  credentialIds: ['cpc'], notes: '', createdAt: stamp, updatedAt: stamp, ...over,
});
const entries = [
  entry('e1', {}),
  entry('e2', { completedOn: '2025-07-01', title: 'Risk adjustment', ceus: 3, category: 'specialty', specialtyCode: 'CRC', approvalCode: 'IDX-2', credentialIds: ['cpc', 'crc'] }),
  entry('e3', { completedOn: '2025-08-01' }), // the same course as e1, taken again
  entry('e4', { completedOn: '2024-05-01', title: 'Old course', ceus: 5, approvalCode: 'IDX-0' }),
];

const input = (over: Partial<ReportInput> = {}): ReportInput => ({
  held: [cpc, crc], entries, attachments: [{ entryId: 'e1', fileName: 'em-cert.pdf' }], credentialId: 'cpc', cycleEnd: null,
  holderName: ' Dana Whitfield ', today: '2026-03-15', ...over,
});

describe('prepareAuditReport', () => {
  it('current cycle: the AAPC group total for CPC + CRC, counted entries with certificates, the repeat listed apart', () => {
    const outcome = prepareAuditReport(input());
    if (outcome.kind !== 'report') throw new Error(outcome.kind);
    const { report } = outcome;
    expect(report.holder).toBe('Dana Whitfield');
    expect(report.generatedOn).toBe('2026-03-15');
    expect(report.cycle).toEqual({ start: '2025-01-01', end: '2026-12-31' });
    // AAPC totals by number of certifications held (bodyRules.ts): 2 → 40.
    expect([report.required, report.earned, report.needed]).toEqual([40, 5, 35]);
    expect(report.rows.map((r) => [r.title, r.indexNumber, r.certificates, r.missingCertificate])).toEqual([
      ['E/M update', 'IDX-1', ['em-cert.pdf'], false],
      ['Risk adjustment', 'IDX-2', [], true],
    ]);
    // Each credential's view shows the shared AAPC total and its own parts: CPC has none.
    expect(report.parts).toEqual([]);
    const crcView = prepareAuditReport(input({ credentialId: 'crc' }));
    if (crcView.kind !== 'report') throw new Error(crcView.kind);
    // CRC was earned with 19 of the period's 24 months left: its 8 specialty CEUs are pro-rated to 7 (rule 5).
    expect(crcView.report.parts).toEqual([{ label: 'CRC specialty CEUs', required: 7, earned: 3, missing: 4 }]);
    // "A course counts once" (AAPC CEU policies): the second E/M update is excluded with its reason.
    expect(outcome.excluded.map((row) => row.entry.id)).toEqual(['e3']);
    expect(outcome.excluded[0]!.message).toContain('a course counts once');
    // The 2024 course belongs to the previous cycle: counted, not listed.
    expect(outcome.otherCycleEntries).toBe(1);
    expect(outcome.closed).toBeUndefined();
  });

  it('closed cycle (?cycle=end): judged on its last day with the credentials held then', () => {
    const outcome = prepareAuditReport(input({ cycleEnd: '2024-12-31' }));
    if (outcome.kind !== 'report') throw new Error(outcome.kind);
    expect(outcome.report.cycle).toEqual({ start: '2023-01-01', end: '2024-12-31' });
    // CRC was earned after that cycle: one AAPC certification → 36.
    expect([outcome.report.required, outcome.report.earned, outcome.report.needed]).toEqual([36, 5, 31]);
    expect(outcome.report.status).toBe('behind');
    expect(outcome.report.rows.map((r) => r.entryId)).toEqual(['e4']);
    expect(outcome.closed?.earned).toBe(30);
    expect(outcome.report.generatedOn).toBe('2026-03-15');
  });

  it('an unknown credential id or cycle end is reported, not guessed', () => {
    expect(prepareAuditReport(input({ credentialId: 'nope' }))).toEqual({ kind: 'unknown-credential' });
    expect(prepareAuditReport(input({ cycleEnd: '2022-12-31' }))).toMatchObject({ kind: 'unknown-cycle', cycleEnd: '2022-12-31' });
  });

  it('a retired credential has no current cycle to report; a code outside the catalog says so', () => {
    const retired = { ...cpc, retiredOn: '2026-01-01' };
    expect(prepareAuditReport(input({ held: [retired] }))).toMatchObject({
      kind: 'no-result', message: 'CPC was retired on 2026-01-01: it has no current cycle to report.',
    });
    const unknown = { ...cpc, code: 'XYZ' };
    expect(prepareAuditReport(input({ held: [unknown] }))).toMatchObject({
      kind: 'no-result', message: 'XYZ is not in the credential catalog: its CEU requirement cannot be computed.',
    });
  });

  it('a retired credential still reports its closed cycles', () => {
    const retired = { ...cpc, retiredOn: '2026-01-01' };
    expect(prepareAuditReport(input({ held: [retired], cycleEnd: '2024-12-31' })).kind).toBe('report');
  });
});

describe('heldAsOf', () => {
  it('gives each credential the cycle it was in that day and drops those earned later', () => {
    expect(heldAsOf([cpc, crc], '2024-12-31').map((h) => [h.code, h.cycleStart, h.cycleEnd])).toEqual([
      ['CPC', '2023-01-01', '2024-12-31'],
    ]);
    expect(heldAsOf([cpc, crc], '2026-01-31').map((h) => h.code)).toEqual(['CPC', 'CRC']);
  });

  it('drops a credential with no recorded cycle covering the day', () => {
    expect(heldAsOf([{ ...cpc, history: [] }], '2024-06-30')).toEqual([]);
  });
});

describe('auditPdfName', () => {
  it('names the file by code and cycle dates', () => {
    expect(auditPdfName('CPC', { start: '2025-01-01', end: '2026-12-31' })).toBe('CPC-audit-2025-01-01_2026-12-31.pdf');
    expect(auditPdfName('C/P C', { start: '2025-01-01', end: '2026-12-31' })).toBe('CPC-audit-2025-01-01_2026-12-31.pdf');
  });
});
