import { describe, expect, it } from 'vitest';
import { entry, held } from '../../../../shared/ceu/fixtures';
import { buildProgressChart } from '../../../../shared/ceu/progress';
import { computeCeuStatuses } from './ceuStatuses';
import { progressSummary } from './ceuView';

const TODAY = '2026-03-10';
const cpc = held('CPC', { id: 'cpc', earnedOn: '2025-06-15', cycleStart: '2025-06-15', cycleEnd: '2027-06-14' });
const entries = [
  entry({ id: 'a', credentialIds: ['cpc'], completedOn: '2025-09-01', ceus: 1.5 }),
  entry({ id: 'b', credentialIds: ['cpc'], completedOn: '2026-01-20', ceus: 0.75 }),
  entry({ id: 'early', credentialIds: ['cpc'], completedOn: '2025-05-01', ceus: 1 }),
];

describe('computeCeuStatuses', () => {
  it('one CPC (AAPC: 36 CEUs for one certification): earned, pace, and the entry before certification excluded', () => {
    const statuses = computeCeuStatuses([cpc], entries, {}, TODAY);
    const result = statuses.requirementOf('cpc')!;
    expect(result).toMatchObject({
      required: 36, earned: 2.25, needed: 33.75, status: 'behind', daysLeft: 461,
      // 36 × 268 elapsed days / 730 cycle days.
      expectedByToday: 13.22,
      // 33.75 over 462 days (15.18 average months), rounded up.
      perMonthNeeded: 2.23,
    });
    expect(statuses.exclusionsOf('cpc')).toEqual([
      expect.objectContaining({ entryId: 'early', reason: 'before-earned', message: expect.stringContaining('CEUs earned before certification do not count') }),
    ]);
    // Behind, but more than 90 days left (CEU_WARNING_POLICY): no warning yet.
    expect(statuses.warnings).toEqual([]);
    expect(statuses.dueForRollover).toEqual([]);
  });

  it('warns when the deadline is within 90 days and the pace falls short', () => {
    // Earned earlier, so the May 2025 entry counts too: 3.25 earned of 36.
    const soon = { ...cpc, cycleStart: '2024-06-01', cycleEnd: '2026-05-31', earnedOn: '2024-06-01' };
    const statuses = computeCeuStatuses([soon], entries, {}, TODAY);
    expect(statuses.warnings).toHaveLength(1);
    expect(statuses.warnings[0]).toMatchObject({
      key: 'AAPC:2026-05-31', severity: 'behind', daysLeft: 82, needed: 32.75,
      title: 'CPC (AAPC): 32.75 CEUs needed by 31 May 2026',
    });
  });

  it('leaves retired credentials out of the engine and offers the rollover of ended cycles', () => {
    const ended = { ...cpc, id: 'old', cycleEnd: '2026-02-28' };
    const retired = held('CRC', { id: 'crc', retiredOn: '2026-01-01' });
    const statuses = computeCeuStatuses([ended, retired], [], {}, TODAY);
    expect(statuses.active.map((h) => h.id)).toEqual(['old']);
    expect(statuses.retired.map((h) => h.id)).toEqual(['crc']);
    expect(statuses.report.credentials.map((c) => c.credentialId)).toEqual(['old']);
    expect(statuses.dueForRollover.map((h) => h.id)).toEqual(['old']);
    expect(statuses.requirementOf('old')?.status).toBe('overdue');
  });

  it('the chart summary says the numbers the chart draws', () => {
    const statuses = computeCeuStatuses([cpc], entries, {}, TODAY);
    const result = statuses.requirementOf('cpc')!;
    const chart = buildProgressChart(result, entries, TODAY);
    expect(progressSummary('CPC', result, chart)).toBe(
      'CPC, cycle Jun 15, 2025 to Jun 14, 2027: 2.25 of 36 CEUs earned. The steady pace expects 13.22 by today, so you ' +
        'are behind it. To finish by Jun 14, 2027: 33.75 CEUs more, about 2.23 a month.',
    );
  });
});

describe('ids named like Object.prototype members never crash a screen (issue 17, "Data")', () => {
  it('credentials and entries with ids "__proto__", "toString" and "constructor": statuses, exclusions, audit report and entry form', async () => {
    const { buildAuditReport } = await import('../../../../shared/ceu/auditReport');
    const { entryFormInput, valuesFromEntry } = await import('./entryFormValues');
    const odd = ['__proto__', 'toString', 'constructor'].map((id, i) => ({ ...cpc, id, code: ['CPC', 'CRC', 'CCS'][i]! }));
    const list = odd.map((credential) => ({ ...entries[0]!, id: credential.id, credentialIds: [credential.id], cycleChoice: {} }));
    const statuses = computeCeuStatuses(odd, list, {}, TODAY);
    for (const credential of odd) {
      expect(statuses.requirementOf(credential.id)).toBeDefined();
      expect(() => statuses.exclusionsOf(credential.id)).not.toThrow();
      const report = buildAuditReport(credential, statuses.requirementOf(credential.id)!, list, {});
      expect(report.rows.every((row) => row.certificates.length === 0)).toBe(true);
    }
    const input = entryFormInput({ ...valuesFromEntry(list[1]!), cycleChoice: JSON.parse('{"__proto__":"2026-01-31"}') }, odd);
    expect(Object.getPrototypeOf(input.cycleChoice)).toBe(Object.prototype);
  });
});
