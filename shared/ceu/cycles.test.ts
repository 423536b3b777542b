import { describe, expect, it } from 'vitest';
import { applyRollover, cycleFrom, defaultCycle, nextCycleDates, rollOverCycle, rollOverDue } from './cycles';
import { entry, held } from './fixtures';

const CLOSED_AT = '2026-01-05T10:00:00.000Z';

describe('defaultCycle', () => {
  it('AHIMA: the first cycle begins the day the exam was passed and lasts two years (ahima.org "Recertification")', () => {
    expect(defaultCycle('CCS', '2025-03-15', [])).toMatchObject({ cycleStart: '2025-03-15', cycleEnd: '2027-03-14' });
  });

  it('AAPC, first credential: a two-year period from the day it was earned', () => {
    expect(defaultCycle('CPC', '2025-03-15', [])).toMatchObject({
      cycleStart: '2025-03-15', cycleEnd: '2027-03-14', basis: expect.stringMatching(/membership renewal month/),
    });
  });

  it('rule 4: the suggested AAPC period always contains today, even for a credential earned years ago', () => {
    expect(defaultCycle('CPC', '2019-05-10', [], { today: '2026-12-02' })).toMatchObject({ cycleStart: '2025-05-10', cycleEnd: '2027-05-09' });
  });

  it('rule 4: with the membership month, the period containing today ends on its last day (odd month, odd year)', () => {
    expect(defaultCycle('CPC', '2019-05-10', [], { today: '2026-12-02', aapcRenewalMonth: 3 })).toMatchObject({
      cycleStart: '2025-04-01', cycleEnd: '2027-03-31',
    });
    // Even month: even years. December 2026 has not ended on 2 December.
    expect(defaultCycle('CPC', '2019-05-10', [], { today: '2026-12-02', aapcRenewalMonth: 12 })).toMatchObject({
      cycleStart: '2025-01-01', cycleEnd: '2026-12-31',
    });
    expect(defaultCycle('CPC', '2019-05-10', [], { today: '2026-12-02', aapcRenewalMonth: 10 })).toMatchObject({ cycleEnd: '2028-10-31' });
  });

  it('rule 5: newly certified within the period: starts the day earned, and says the first period is pro-rated', () => {
    expect(defaultCycle('CPC', '2025-10-01', [], { today: '2026-12-02', aapcRenewalMonth: 3 })).toMatchObject({
      cycleStart: '2025-10-01', cycleEnd: '2027-03-31', basis: expect.stringMatching(/pro-rated/),
    });
  });

  it('rule 2: a new AHIMA credential joins the running AHIMA cycle of the holder', () => {
    const ccs = held('CCS', { cycleStart: '2025-01-01', cycleEnd: '2026-12-31' });
    expect(defaultCycle('CCS-P', '2026-02-01', [ccs], { today: '2026-12-02' })).toMatchObject({
      cycleStart: '2026-02-01', cycleEnd: '2026-12-31', alignedWith: 'ccs', basis: expect.stringMatching(/one cycle/),
    });
  });

  it('AAPC, another credential: pro-rated to the existing membership period (AAPC "CEU policies")', () => {
    const cpc = held('CPC', { cycleStart: '2024-01-01', cycleEnd: '2025-12-31' });
    expect(defaultCycle('CRC', '2025-06-10', [cpc], { today: '2025-07-01' })).toEqual({
      cycleStart: '2025-06-10', cycleEnd: '2025-12-31', basis: expect.stringMatching(/pro-rated/), alignedWith: 'cpc',
    });
  });

  it('AAPC: a retired or already ended period is not joined', () => {
    const old = held('CPC', { cycleEnd: '2025-01-31', retiredOn: '2025-02-01' });
    expect(defaultCycle('CRC', '2025-06-10', [old])?.alignedWith).toBeUndefined();
  });

  it('undefined for a code outside the catalog', () => {
    expect(defaultCycle('NOPE', '2025-01-01', [])).toBeUndefined();
  });

  it('leap day start ends the day before the same date two years later', () => {
    expect(cycleFrom('2024-02-29', 2)).toEqual({ cycleStart: '2024-02-29', cycleEnd: '2026-02-28' });
  });
});

describe('rollover', () => {
  it('the next cycle begins the day after the current end', () => {
    expect(nextCycleDates(held('CPC'))).toEqual({ cycleStart: '2026-01-01', cycleEnd: '2027-12-31' });
  });

  it('closes a passed cycle with its final earned, required and complete', () => {
    const cpc = held('CPC');
    const entries = [entry({ credentialIds: ['cpc'], ceus: 30 })];
    const rollover = rollOverCycle('cpc', { held: [cpc], entries, today: '2026-01-05', closedAt: CLOSED_AT });
    expect(rollover).toEqual({
      closed: { start: '2024-01-01', end: '2025-12-31', required: 36, earned: 30, complete: false, closedAt: CLOSED_AT },
      next: { cycleStart: '2026-01-01', cycleEnd: '2027-12-31' },
    });
    const rolled = applyRollover(cpc, rollover!);
    expect(rolled).toMatchObject({ cycleStart: '2026-01-01', cycleEnd: '2027-12-31', history: [rollover!.closed] });
  });

  it('nothing to close while the cycle runs (its last day included)', () => {
    expect(rollOverCycle('cpc', { held: [held('CPC')], entries: [], today: '2025-12-31', closedAt: CLOSED_AT })).toBeUndefined();
  });

  it('excess CEUs do not carry over: the new cycle starts from zero', () => {
    const entries = [entry({ credentialIds: ['cpc'], ceus: 50 })];
    const [rolled] = rollOverDue({ held: [held('CPC')], entries, today: '2026-01-05', closedAt: CLOSED_AT });
    expect(rolled?.history[0]).toMatchObject({ earned: 50, complete: true });
  });

  it('rolls several passed cycles at once, judging AAPC credentials together', () => {
    const heldList = [held('CPC'), held('CRC'), held('CCS', { retiredOn: '2025-06-01' })];
    const updated = rollOverDue({ held: heldList, entries: [], today: '2028-02-01', closedAt: CLOSED_AT });
    expect(updated.map((h) => [h.code, h.cycleStart, h.cycleEnd, h.history.map((c) => [c.end, c.required])])).toEqual([
      ['CPC', '2028-01-01', '2029-12-31', [['2025-12-31', 40], ['2027-12-31', 40]]],
      ['CRC', '2028-01-01', '2029-12-31', [['2025-12-31', 40], ['2027-12-31', 40]]],
    ]);
  });
});

describe('cycle ends around leap days', () => {
  it('a cycle from 1 March 2026 ends on 29 February 2028, so that day belongs to a cycle', () => {
    expect(cycleFrom('2026-03-01', 2)).toEqual({ cycleStart: '2026-03-01', cycleEnd: '2028-02-29' });
  });
  it('a cycle from 29 February 2024 ends on 28 February 2026 and the next starts 1 March', () => {
    expect(cycleFrom('2024-02-29', 2)).toEqual({ cycleStart: '2024-02-29', cycleEnd: '2026-02-28' });
  });
  it('an ordinary cycle ends the day before its anniversary', () => {
    expect(cycleFrom('2025-06-15', 2)).toEqual({ cycleStart: '2025-06-15', cycleEnd: '2027-06-14' });
  });
});
