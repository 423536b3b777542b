import { parseISO } from 'date-fns';
import { describe, expect, it } from 'vitest';
import type { Milestone } from '../../../../shared/model/entities';
import { buildTimeline } from '../../../../shared/roadmap/timeline';
import { dateTicks, tickLabel, timelineChartData } from './chartData';

const stamp = '2026-01-01T00:00:00.000Z';
const ms = (over: Partial<Milestone> & Pick<Milestone, 'id' | 'stage'>): Milestone => ({
  title: over.id,
  targetDate: '2027-01-01',
  state: 'planned',
  notes: '',
  order: 0,
  createdAt: stamp,
  updatedAt: stamp,
  ...over,
});
const day = (d: string) => parseISO(d).getTime();

describe('the timeline chart data', () => {
  const milestones = [
    ms({ id: 'edu', stage: 'education', targetDate: '2025-12-01', state: 'done', doneOn: '2025-11-20' }),
    ms({ id: 'cert-a', stage: 'certification', targetDate: '2026-03-01', order: 0 }),
    ms({ id: 'cert-b', stage: 'certification', targetDate: '2027-03-01', order: 1 }),
    ms({ id: 'up', stage: 'upskilling', targetDate: '2031-06-15', state: 'in-progress' }),
  ];
  const data = timelineChartData(buildTimeline(milestones, '2026-06-15'));

  it('draws a target point per milestone, a done point per done milestone, and marks late targets', () => {
    expect(data.points.map((p) => [p.id, p.kind, p.date])).toEqual([
      ['edu', 'target', '2025-12-01'],
      ['edu', 'done', '2025-11-20'],
      ['cert-a', 'late', '2026-03-01'],
      ['cert-b', 'target', '2027-03-01'],
      ['up', 'target', '2031-06-15'],
    ]);
    expect(data.points[1]!.x).toBe(day('2025-11-20'));
    expect(data.today).toBe(day('2026-06-15'));
  });

  it('puts each stage on its own row, spreading a stage’s milestones within it', () => {
    const y = Object.fromEntries(data.points.filter((p) => p.kind !== 'done').map((p) => [p.id, p.y]));
    expect(y).toEqual({ edu: 0, 'cert-a': 0.75, 'cert-b': 1.25, up: 4 });
    expect(data.stageLabels).toEqual(['Education', 'Certification', 'First job', 'Specialization', 'Upskilling']);
  });

  it('pads the axis beyond the earliest and latest date, today included', () => {
    expect(data.domain[0]).toBeLessThan(day('2025-11-20'));
    expect(data.domain[1]).toBeGreaterThan(day('2031-06-15'));
    expect(data.ticks[0]).toBe(day('2026-01-01'));
    expect(data.ticks.map(tickLabel)).toEqual(['2026', '2027', '2028', '2029', '2030', '2031']);
  });

  it('uses quarter ticks when under three years are shown', () => {
    const ticks = dateTicks(parseISO('2026-02-10'), parseISO('2026-12-01'));
    expect(ticks.map(tickLabel)).toEqual(['Apr 2026', 'Jul 2026', 'Oct 2026']);
  });
});
