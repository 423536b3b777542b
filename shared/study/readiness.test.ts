import { describe, expect, it } from 'vitest';
import type { DomainResult, PracticeAttempt } from '../model/entities';
import { getExamDef } from './exams';
import { assessReadiness, recentDomainScores, smoothedPercent } from './readiness';

const CPC = getExamDef('CPC')!;
const CCA = getExamDef('CCA')!;

let seq = 0;
function attempt(date: string, correct: number, total = 100, domainResults: DomainResult[] = [], examCode = 'CPC'): PracticeAttempt {
  seq++;
  return {
    id: `a${String(seq).padStart(3, '0')}`,
    examCode,
    date,
    source: 'test',
    totalQuestions: total,
    correct,
    minutesUsed: 200,
    domainResults,
    createdAt: `${date}T12:00:${String(seq % 60).padStart(2, '0')}.000Z`,
  };
}

// Weekly attempts rising 5 points a week: 50, 55, 60, 65 (2026-01-05 … 2026-01-26).
const rising = () => [
  attempt('2026-01-05', 50),
  attempt('2026-01-12', 55),
  attempt('2026-01-19', 60),
  attempt('2026-01-26', 65),
];

describe('assessReadiness: latest, smoothed, trend', () => {
  it('rising scores: slope 5 points/week; pass mark (CPC 70%) projected a week out with a band', () => {
    const r = assessReadiness(rising(), CPC, '2026-01-26');
    expect(r.passPercent).toBe(70);
    expect(r.attemptCount).toBe(4);
    expect(r.latest).toEqual({ date: '2026-01-26', percent: 65 });
    // Weights by age (21, 14, 7, 0 days; half-life 21): 0.5, 0.63, 0.794, 1 → 58.9 (lags the line, by design).
    expect(r.smoothedPercent).toBe(58.9);
    // The points lie on a line, so the band comes from the binomial floor: sqrt(0.575·0.425·10⁴/100 / 5) = 2.2.
    expect(r.trend).toEqual({ state: 'ok', pointsPerWeek: 5, standardError: 2.2 });
    // Line crosses 70% at week 4 (2026-02-02); slopes 7.2 and 2.8 give 2026-01-28 and 2026-02-16.
    expect(r.projection).toEqual({
      state: 'projected',
      date: '2026-02-02',
      earliest: '2026-01-28',
      latest: '2026-02-16',
      message: 'At the current rate you would reach 70% around 2026-02-02, likely between 2026-01-28 and 2026-02-16.',
    });
  });

  it('noisy scores: a central date and an earliest date, but no latest date when the slower slope is not rising', () => {
    const noisy = [attempt('2026-01-05', 40), attempt('2026-01-12', 60), attempt('2026-01-19', 45), attempt('2026-01-26', 58)];
    const r = assessReadiness(noisy, CPC, '2026-01-26');
    expect(r.trend).toEqual({ state: 'ok', pointsPerWeek: 3.9, standardError: 4.6 });
    expect(r.projection).toEqual({
      state: 'projected',
      date: '2026-02-20',
      earliest: '2026-02-01',
      latest: null,
      message:
        'At the current rate you would reach 70% around 2026-02-20 (earliest 2026-02-01); ' +
        'the trend is too uncertain to give a latest date within a year.',
    });
  });

  it('unsorted input gives the same answer as sorted input', () => {
    const sorted = assessReadiness(rising(), CPC, '2026-01-26');
    const shuffled = rising();
    const unsorted = assessReadiness([shuffled[2]!, shuffled[0]!, shuffled[3]!, shuffled[1]!], CPC, '2026-01-26');
    expect({ ...unsorted }).toEqual({ ...sorted });
  });

  it('one attempt: latest and smoothed shown, no trend, and a reason instead of a projection', () => {
    const r = assessReadiness([attempt('2026-02-01', 62)], CPC, '2026-02-03');
    expect(r.latest).toEqual({ date: '2026-02-01', percent: 62 });
    expect(r.smoothedPercent).toBe(62);
    expect(r.trend).toEqual({ state: 'unavailable', reason: 'A trend needs at least two attempts on different days.' });
    expect(r.projection).toEqual({
      state: 'insufficient-data',
      message: 'A projection needs at least 3 practice attempts; you have 1.',
    });
  });

  it('two attempts: a trend, but still no projection (rule: at least 3 attempts)', () => {
    const r = assessReadiness([attempt('2026-02-01', 50), attempt('2026-02-08', 60)], CPC, '2026-02-08');
    expect(r.trend).toMatchObject({ state: 'ok', pointsPerWeek: 10 });
    expect(r.projection.state).toBe('insufficient-data');
  });

  it('no attempts', () => {
    const r = assessReadiness([], CPC, '2026-02-08');
    expect(r.latest).toBeUndefined();
    expect(r.projection).toEqual({ state: 'insufficient-data', message: 'No practice attempts yet: record one to see where you stand.' });
  });

  it('identical dates: no trend can be fitted, so no projection', () => {
    const r = assessReadiness(
      [attempt('2026-02-01', 50), attempt('2026-02-01', 60), attempt('2026-02-01', 55)],
      CPC,
      '2026-02-02',
    );
    expect(r.trend).toEqual({
      state: 'unavailable',
      reason: 'All attempts are on the same day: a trend needs attempts on different days.',
    });
    expect(r.projection.state).toBe('insufficient-data');
    expect(r.latest?.percent).toBe(55); // same day: the one recorded last
  });

  it('identical scores below the pass mark: not improving', () => {
    const r = assessReadiness([attempt('2026-01-05', 60), attempt('2026-01-12', 60), attempt('2026-01-19', 60)], CPC, '2026-01-20');
    expect(r.trend).toMatchObject({ state: 'ok', pointsPerWeek: 0 });
    expect(r.projection).toEqual({
      state: 'not-improving',
      message: 'Your scores are not rising, so no date for 70% can be projected.',
    });
  });

  it('identical scores above the pass mark: already passing', () => {
    const r = assessReadiness([attempt('2026-01-05', 80), attempt('2026-01-12', 80), attempt('2026-01-19', 80)], CPC, '2026-01-20');
    expect(r.projection).toEqual({ state: 'already-passing', message: 'Your score trend is at or above the 70% pass mark.' });
  });

  it('slow progress: more than a year away is "beyond a year", not a date', () => {
    // 400-question tests at 50, 50.25, 50.5%: 0.25 points/week, 19.5 points to go ≈ 78 weeks.
    const r = assessReadiness(
      [attempt('2026-01-05', 200, 400), attempt('2026-01-12', 201, 400), attempt('2026-01-19', 202, 400)],
      CPC,
      '2026-01-19',
    );
    expect(r.projection.state).toBe('beyond-a-year');
    expect(r.projection.message).toBe('At the current rate, 70% is more than a year away.');
  });

  it('a crossing already behind the last attempt clamps to today and asks for a new attempt', () => {
    const r = assessReadiness(rising(), CPC, '2026-03-01');
    expect(r.projection).toMatchObject({ state: 'projected', date: '2026-03-01' });
    expect(r.projection.message).toBe('Your trend suggests you may be at 70% now: a new practice attempt would confirm it.');
  });

  it('scaled exam (CCA): compares with the practice target, default 70%, or the user’s target', () => {
    const attempts = [attempt('2026-01-05', 60, 100, [], 'CCA'), attempt('2026-01-12', 70, 100, [], 'CCA'), attempt('2026-01-19', 78, 100, [], 'CCA')];
    expect(assessReadiness(attempts, CCA, '2026-01-19').projection.state).toBe('already-passing');
    const r = assessReadiness(attempts, CCA, '2026-01-19', { targetPercent: 85 });
    expect(r.passPercent).toBe(85);
    expect(r.projection.state).toBe('projected');
  });

  it('ignores attempts of other exams and attempts with no questions', () => {
    const r = assessReadiness([attempt('2026-01-05', 60), attempt('2026-01-06', 90, 100, [], 'CRC'), attempt('2026-01-07', 0, 0)], CPC, '2026-01-08');
    expect(r.attemptCount).toBe(1);
  });
});

describe('smoothedPercent', () => {
  it('weights by question count: 60% of 100 and 90% of 20 on one day → 65%', () => {
    expect(smoothedPercent([attempt('2026-01-01', 60), attempt('2026-01-01', 18, 20)])).toBe(65);
  });
  it('halves the weight of an attempt one half-life (21 days) older: 40% then 80% → 66.7%', () => {
    expect(smoothedPercent([attempt('2026-01-01', 40), attempt('2026-01-22', 80)])).toBeCloseTo(66.67, 2);
  });
});

describe('per-domain readiness', () => {
  const d = (domainId: string, correct: number, total: number) => ({ domainId, correct, total });
  const attempts = [
    attempt('2026-01-05', 60, 100, [d('anesthesia', 1, 4), d('radiology', 5, 6), d('medicine', 0, 0)]),
    attempt('2026-01-12', 65, 100, [d('anesthesia', 3, 4), d('radiology', 6, 6)]),
    attempt('2026-01-19', 70, 100, [d('anesthesia', 2, 4), d('radiology', 3, 6), d('custom-topic', 2, 2)]),
    attempt('2026-01-26', 72, 100, [d('radiology', 6, 6)]),
  ];

  it('latest, pooled average and recent (last 3) percent, in the exam’s domain order; zero-question domains ignored', () => {
    const r = assessReadiness(attempts, CPC, '2026-01-26');
    expect(r.domains.map((x) => x.domainId)).toEqual(['anesthesia', 'radiology', 'custom-topic']);
    expect(r.domains[0]).toEqual({
      domainId: 'anesthesia',
      label: 'Anesthesia',
      latestPercent: 50,
      latestDate: '2026-01-19',
      averagePercent: 50, // 6 of 12
      recentPercent: 50,
      questions: 12,
      attempts: 3,
    });
    // Radiology: latest 6/6; average 20/24 = 83.3; recent (last 3) 15/18 = 83.3.
    expect(r.domains[1]).toMatchObject({ latestPercent: 100, averagePercent: 83.3, recentPercent: 83.3, attempts: 4 });
    expect(r.domains[2]?.label).toBe('custom-topic');
  });

  it('strongest and weakest by recent percent; need at least two domains with questions', () => {
    const r = assessReadiness(attempts, CPC, '2026-01-26');
    expect(r.strongest?.domainId).toBe('custom-topic');
    expect(r.weakest?.domainId).toBe('anesthesia');
    const one = assessReadiness([attempt('2026-01-05', 60, 100, [d('anesthesia', 1, 4)])], CPC, '2026-01-05');
    expect(one.strongest).toBeUndefined();
    expect(one.weakest).toBeUndefined();
  });

  it('recentDomainScores feeds the schedule', () => {
    expect(recentDomainScores(assessReadiness(attempts, CPC, '2026-01-26'))).toEqual({
      anesthesia: 50,
      radiology: 83.3,
      'custom-topic': 100,
    });
  });
});
