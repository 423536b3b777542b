import { describe, expect, it } from 'vitest';
import { entry, held } from '../../../../shared/ceu/fixtures';
import {
  daysLeftText, entryCredentialCodes, entryTotals, filterEntries, formatCeus, historyLines, isFiltered, NO_FILTER, paceText,
  providersOf, sortEntries, splitHeld, totalsText,
} from './ceuView';

const cpc = held('CPC', { id: 'cpc' });
const crc = held('CRC', { id: 'crc' });
const entries = [
  entry({ id: 'a', credentialIds: ['cpc', 'crc'], completedOn: '2025-01-10', ceus: 1.5, provider: 'AAPC', category: 'general' }),
  entry({ id: 'b', credentialIds: ['crc'], completedOn: '2025-03-02', ceus: 0.75, provider: 'aapc ', category: 'specialty', specialtyCode: 'CRC' }),
  entry({ id: 'c', credentialIds: ['cpc'], completedOn: '2025-02-14', ceus: 2, provider: 'Coding Webinars Inc', category: 'compliance' }),
];
const ids = (list: { id: string }[]) => list.map((e) => e.id);

describe('entry list filter', () => {
  it('filters by date range (inclusive), credential, category and provider (case-insensitive)', () => {
    expect(ids(filterEntries(entries, { ...NO_FILTER, from: '2025-02-14', to: '2025-03-02' }))).toEqual(['b', 'c']);
    expect(ids(filterEntries(entries, { ...NO_FILTER, credentialId: 'cpc' }))).toEqual(['a', 'c']);
    expect(ids(filterEntries(entries, { ...NO_FILTER, category: 'specialty' }))).toEqual(['b']);
    expect(ids(filterEntries(entries, { ...NO_FILTER, provider: 'AAPC' }))).toEqual(['a', 'b']);
    expect(isFiltered(NO_FILTER)).toBe(false);
    expect(isFiltered({ ...NO_FILTER, provider: 'AAPC' })).toBe(true);
  });

  it('totals the shown entries in hundredths (0.1 + 0.2 is 0.3)', () => {
    expect(entryTotals(filterEntries(entries, { ...NO_FILTER, provider: 'aapc' }))).toEqual({ count: 2, ceus: 2.25 });
    expect(entryTotals([entry({ credentialIds: [], ceus: 0.1 }), entry({ credentialIds: [], ceus: 0.2 })]).ceus).toBe(0.3);
    expect(totalsText({ count: 2, ceus: 2.25 }, true)).toBe('Shown: 2 entries, 2.25 CEUs');
    expect(totalsText({ count: 1, ceus: 1 }, false)).toBe('All entries: 1 entry, 1 CEU');
  });

  it('lists each provider once, spelt as on its earliest entry', () => {
    expect(providersOf(entries)).toEqual(['AAPC', 'Coding Webinars Inc']);
    expect(providersOf([...entries].reverse())).toEqual(['AAPC', 'Coding Webinars Inc']);
  });
});

describe('entry list sort', () => {
  it('sorts by date, CEUs, provider, category or credential, either way', () => {
    expect(ids(sortEntries(entries, { key: 'date', direction: 'desc' }, [cpc, crc]))).toEqual(['b', 'c', 'a']);
    expect(ids(sortEntries(entries, { key: 'date', direction: 'asc' }, [cpc, crc]))).toEqual(['a', 'c', 'b']);
    expect(ids(sortEntries(entries, { key: 'ceus', direction: 'desc' }, [cpc, crc]))).toEqual(['c', 'a', 'b']);
    // Equal providers fall back to newest first.
    expect(ids(sortEntries(entries, { key: 'provider', direction: 'asc' }, [cpc, crc]))).toEqual(['b', 'a', 'c']);
    expect(ids(sortEntries(entries, { key: 'category', direction: 'asc' }, [cpc, crc]))).toEqual(['c', 'a', 'b']);
    expect(ids(sortEntries(entries, { key: 'credential', direction: 'asc' }, [cpc, crc]))).toEqual(['c', 'a', 'b']);
  });

  it('names the credentials of an entry in the order they are held', () => {
    expect(entryCredentialCodes(entries[0]!, [crc, cpc])).toBe('CRC, CPC');
  });
});

describe('labels', () => {
  it('formats CEUs with at most two decimals', () => {
    expect([formatCeus(2.25), formatCeus(36), formatCeus(0.5), formatCeus(1 / 3)]).toEqual(['2.25', '36', '0.5', '0.33']);
  });

  it('says days left and the pace in words', () => {
    expect([daysLeftText(461), daysLeftText(1), daysLeftText(0), daysLeftText(-1), daysLeftText(-9)]).toEqual([
      '461 days left', '1 day left', 'Ends today', 'Ended 1 day ago', 'Ended 9 days ago',
    ]);
    expect(paceText({ status: 'behind', perMonthNeeded: 2.23 })).toBe('2.23 CEUs a month needed');
    expect(paceText({ status: 'complete', perMonthNeeded: 0 })).toBe('Nothing more needed this cycle');
    expect(paceText({ status: 'overdue', perMonthNeeded: null })).toBe('The cycle has ended');
  });

  it('lists closed cycles newest first with their result', () => {
    expect(historyLines([
      { start: '2022-03-01', end: '2024-02-29', required: 36, earned: 36, complete: true, closedAt: '' },
      { start: '2024-03-01', end: '2026-02-28', required: 36, earned: 30.5, complete: false, closedAt: '' },
    ])).toEqual([
      'Mar 1, 2024 – Feb 28, 2026: 30.5 of 36 CEUs, incomplete',
      'Mar 1, 2022 – Feb 29, 2024: 36 of 36 CEUs, complete',
    ]);
  });

  it('splits held from retired credentials (a retirement dated later has not happened yet)', () => {
    const later = held('COC', { id: 'coc', retiredOn: '2027-01-01', cycleEnd: '2025-06-30' });
    const gone = held('CIC', { id: 'cic', retiredOn: '2025-01-01' });
    const { active, retired } = splitHeld([cpc, later, gone], '2026-03-10');
    expect(ids(active)).toEqual(['coc', 'cpc']);
    expect(ids(retired)).toEqual(['cic']);
  });
});
