import { describe, expect, it } from 'vitest';
import { dueForecast, retention, reviewRuns, reviewsPerDay, studyStreak, type ReviewRun } from './stats';

const local = (day: string, time = '12:00') => new Date(`${day}T${time}:00`).toISOString();

describe('dueForecast', () => {
  it('counts cards per day for 30 days; overdue cards count today; later ones are left out', () => {
    const f = dueForecast([local('2026-03-01'), local('2026-03-10'), local('2026-03-10', '23:30'), local('2026-03-11'), local('2026-04-20')], '2026-03-10');
    expect(f).toHaveLength(30);
    expect(f[0]).toEqual({ day: '2026-03-10', count: 3 });
    expect(f[1]).toEqual({ day: '2026-03-11', count: 1 });
    expect(f.reduce((s, d) => s + d.count, 0)).toBe(4);
    expect(f[29]!.day).toBe('2026-04-08');
  });
});

describe('reviewsPerDay and retention', () => {
  const logs = [
    { day: '2026-03-10', rating: 1 as const, before: { state: 'review' as const } },
    { day: '2026-03-10', rating: 3 as const, before: { state: 'review' as const } },
    { day: '2026-03-09', rating: 4 as const, before: { state: 'review' as const } },
    { day: '2026-03-09', rating: 1 as const, before: { state: 'learning' as const } },
    { day: '2026-01-01', rating: 3 as const, before: { state: 'new' as const } },
  ];
  it('counts every answer on its day within the window', () => {
    const days = reviewsPerDay(logs, '2026-03-10');
    expect(days).toHaveLength(30);
    expect(days.at(-1)).toEqual({ day: '2026-03-10', count: 2 });
    expect(days.at(-2)).toEqual({ day: '2026-03-09', count: 2 });
  });
  it('is the share of review-state answers not rated Again; learning steps do not count', () => {
    expect(retention(logs)).toEqual({ reviews: 3, recalled: 2, rate: 2 / 3 });
    expect(retention([]).rate).toBeNull();
  });
});

describe('studyStreak', () => {
  const runs = (days: string[], earliest: Record<string, string> = {}): ReviewRun[] =>
    reviewRuns(days).map((r) => ({ ...r, earliestDue: earliest[r.start] ?? null }));

  it('counts consecutive days with reviews up to today or yesterday (today is not over yet)', () => {
    expect(studyStreak(runs(['2026-03-08', '2026-03-09', '2026-03-10']), '2026-03-10', null)).toBe(3);
    expect(studyStreak(runs(['2026-03-08', '2026-03-09']), '2026-03-10', null)).toBe(2);
  });

  it('does not break on a day when nothing was due', () => {
    // 03-07 had no reviews, and nothing reviewed on 03-08 had been due by 03-07.
    expect(studyStreak(runs(['2026-03-05', '2026-03-06', '2026-03-08', '2026-03-09'], { '2026-03-08': '2026-03-08' }), '2026-03-10', null)).toBe(4);
  });

  it('breaks on a day without reviews when a card reviewed later was already due', () => {
    expect(studyStreak(runs(['2026-03-05', '2026-03-06', '2026-03-08', '2026-03-09'], { '2026-03-08': '2026-03-07' }), '2026-03-10', null)).toBe(2);
  });

  it('breaks when cards are still overdue since before the gap', () => {
    expect(studyStreak(runs(['2026-03-05', '2026-03-06']), '2026-03-10', '2026-03-08')).toBe(0);
    expect(studyStreak(runs(['2026-03-05', '2026-03-06']), '2026-03-10', null)).toBe(2);
    // Overdue since 03-03: the older gap (03-04) breaks it even though the newest run reaches yesterday.
    expect(studyStreak(runs(['2026-03-02', '2026-03-03', '2026-03-05', '2026-03-06', '2026-03-07', '2026-03-08', '2026-03-09']), '2026-03-10', '2026-03-03')).toBe(5);
  });

  it('is 0 with no reviews', () => {
    expect(studyStreak([], '2026-03-10', null)).toBe(0);
  });
});
