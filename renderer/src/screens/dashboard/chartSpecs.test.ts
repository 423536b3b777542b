import { describe, expect, it } from 'vitest';
import { chartHeight, chartLabel } from './chartSpecs';

describe('chart boxes are sized and named before the chart code loads', () => {
  it('bar charts get one band per row, with a floor; the others a fixed height', () => {
    expect(chartHeight({ id: 'ceu-status', rows: [] })).toBe(80);
    expect(chartHeight({ id: 'ceu-status', rows: Array(8).fill({}) })).toBe(8 * 34 + 30);
    expect(chartHeight({ id: 'next-deadline', deadlines: Array(4).fill({}) })).toBe(4 * 34 + 30);
    expect(chartHeight({ id: 'next-milestone', points: [], todayX: 0 })).toBe(110);
    expect(chartHeight({ id: 'readiness', rows: [], passPercent: 70 })).toBe(150);
  });

  it('the accessible name says what is drawn, with the pass mark and the weekly goal', () => {
    expect(chartLabel({ id: 'readiness', rows: [], passPercent: 70 })).toBe('Line chart: practice scores over time against the pass mark of 70%');
    expect(chartLabel({ id: 'week-study', weeks: [{ weekStart: '2026-03-09', hours: 2, goal: 8, metGoal: false }] as never })).toMatch(/against the goal of 8 h$/);
  });
});
