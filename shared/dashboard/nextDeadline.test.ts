import { describe, expect, it } from 'vitest';
import { type DeadlineCandidate, nextDeadline } from './nextDeadline';

const TODAY = '2026-11-25';
const exam = (date: string, label = 'CPC exam'): DeadlineCandidate => ({ kind: 'exam', date, label, ref: `plan-${date}` });
const cycle = (date: string, label = 'CPC renewal'): DeadlineCandidate => ({ kind: 'ceu-cycle', date, label, ref: `cred-${date}` });

describe('nextDeadline', () => {
  it('picks the soonest upcoming date with its days left', () => {
    expect(nextDeadline([cycle('2027-03-31'), exam('2026-12-12'), exam('2027-01-15')], TODAY)).toEqual({
      kind: 'exam',
      date: '2026-12-12',
      label: 'CPC exam',
      ref: 'plan-2026-12-12',
      daysLeft: 17,
      overdue: false,
    });
  });

  it('counts a deadline today as 0 days left, not overdue', () => {
    expect(nextDeadline([cycle(TODAY)], TODAY)).toMatchObject({ daysLeft: 0, overdue: false });
  });

  it('ignores an exam whose date has passed', () => {
    expect(nextDeadline([exam('2026-11-01'), cycle('2027-06-30')], TODAY)?.date).toBe('2027-06-30');
    expect(nextDeadline([exam('2026-11-01')], TODAY)).toBeNull();
  });

  it('reports an overdue CEU cycle first, with negative days left', () => {
    const d = nextDeadline([exam('2026-11-26'), cycle('2026-11-15', 'CCS recertification')], TODAY);
    expect(d).toMatchObject({ kind: 'ceu-cycle', label: 'CCS recertification', daysLeft: -10, overdue: true });
  });

  it('reports the most overdue cycle when several are', () => {
    expect(nextDeadline([cycle('2026-10-31', 'B'), cycle('2026-09-30', 'A')], TODAY)).toMatchObject({
      label: 'A',
      daysLeft: -56,
    });
  });

  it('puts a CEU cycle before an exam on the same day', () => {
    expect(nextDeadline([exam('2026-12-31'), cycle('2026-12-31')], TODAY)?.kind).toBe('ceu-cycle');
  });

  it('is null with no candidates', () => {
    expect(nextDeadline([], TODAY)).toBeNull();
  });
});
