import { describe, expect, it } from 'vitest';
import type { PracticeAttempt } from '../model/entities';
import { domainBars, scoreTrendChart, timePerQuestion } from './charts';
import { getExamDef } from './exams';
import { assessReadiness } from './readiness';

const CPC = getExamDef('CPC')!;
const attempt = (date: string, correct: number, minutesUsed = 200, domainResults: PracticeAttempt['domainResults'] = []): PracticeAttempt => ({
  id: `a-${date}`,
  examCode: 'CPC',
  date,
  source: 'test',
  totalQuestions: 100,
  correct,
  minutesUsed,
  domainResults,
  createdAt: `${date}T12:00:00.000Z`,
});
const rising = [attempt('2026-01-05', 50), attempt('2026-01-12', 55), attempt('2026-01-19', 60), attempt('2026-01-26', 65)];

describe('scoreTrendChart', () => {
  it('attempt rows with the fitted line, then weekly band rows up to the projected latest date; pass line 70 (CPC)', () => {
    const today = '2026-01-26';
    const r = assessReadiness(rising, CPC, today);
    expect(r.reach?.state).toBe('around');
    const chart = scoreTrendChart(rising, CPC, today, { reach: r.reach });
    expect(chart.passPercent).toBe(70);
    expect(chart.rows.slice(0, 3)).toEqual([
      { date: '2026-01-05', day: 0, score: 50, trend: 50 },
      { date: '2026-01-12', day: 7, score: 55, trend: 55 },
      { date: '2026-01-19', day: 14, score: 60, trend: 60 },
    ]);
    // The band widens with distance from the mean week (1.5): ± 2.21 × 1.5 at the last attempt.
    expect(chart.rows[3]).toEqual({ date: '2026-01-26', day: 21, score: 65, trend: 65, band: [61.7, 68.3] });
    // Projected latest 2026-02-16: weekly rows through it.
    expect(chart.rows.slice(4).map((x) => [x.date, x.trend])).toEqual([
      ['2026-02-02', 70],
      ['2026-02-09', 75],
      ['2026-02-16', 80],
    ]);
    // Week 6 (dx 4.5): 80 ± 9.95. The band's low edge meets 70% at the projected latest date, as it should.
    expect(chart.rows[6]?.band).toEqual([70.1, 89.9]);
  });

  it('fewer than 3 attempts: points only, no line or band', () => {
    expect(scoreTrendChart(rising.slice(0, 2), CPC, '2026-01-26').rows).toEqual([
      { date: '2026-01-05', day: 0, score: 50 },
      { date: '2026-01-12', day: 7, score: 55 },
    ]);
    expect(scoreTrendChart([], CPC, '2026-01-26')).toEqual({ rows: [], passPercent: 70 });
  });
});

describe('domainBars', () => {
  it('latest vs average per domain, weakest first', () => {
    const attempts = [
      attempt('2026-01-05', 60, 200, [{ domainId: 'radiology', correct: 6, total: 6 }, { domainId: 'anesthesia', correct: 1, total: 4 }]),
      attempt('2026-01-12', 60, 200, [{ domainId: 'radiology', correct: 3, total: 6 }, { domainId: 'anesthesia', correct: 2, total: 4 }]),
    ];
    expect(domainBars(assessReadiness(attempts, CPC, '2026-01-12'))).toEqual([
      { domainId: 'anesthesia', label: 'Anesthesia', latest: 50, average: 37.5 },
      { domainId: 'radiology', label: 'Radiology', latest: 50, average: 75 },
    ]);
  });
});

describe('timePerQuestion', () => {
  it('minutes per question per attempt against the exam pace (CPC: 240 min / 100 questions = 2.4)', () => {
    expect(timePerQuestion([attempt('2026-01-12', 60, 180), attempt('2026-01-05', 60, 250)], CPC)).toEqual([
      { attemptId: 'a-2026-01-05', date: '2026-01-05', minutesPerQuestion: 2.5, examPace: 2.4 },
      { attemptId: 'a-2026-01-12', date: '2026-01-12', minutesPerQuestion: 1.8, examPace: 2.4 },
    ]);
  });
});
