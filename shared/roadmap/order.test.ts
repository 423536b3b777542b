import { describe, expect, it } from 'vitest';
import type { Milestone, RoadmapStage } from '../model/entities';
import { compareMilestones, milestonesOfStage } from './order';

const ms = (id: string, stage: RoadmapStage, order: number, targetDate = '2027-01-01'): Milestone => ({
  id,
  stage,
  title: id,
  targetDate,
  state: 'planned',
  notes: '',
  order,
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-01T00:00:00.000Z',
});

describe('milestone order', () => {
  it('sorts by stage in path order, then order, then target date, then id', () => {
    const list = [
      ms('up', 'upskilling', 0),
      ms('c-late', 'certification', 1, '2028-01-01'),
      ms('c-b', 'certification', 1, '2027-01-01'),
      ms('c-a', 'certification', 1, '2027-01-01'),
      ms('c0', 'certification', 0, '2029-01-01'),
      ms('edu', 'education', 5),
    ];
    expect([...list].sort(compareMilestones).map((m) => m.id)).toEqual(['edu', 'c0', 'c-a', 'c-b', 'c-late', 'up']);
  });

  it('gives one stage in its order without touching the input', () => {
    const list = [ms('b', 'first-job', 2), ms('x', 'education', 0), ms('a', 'first-job', 1)];
    expect(milestonesOfStage(list, 'first-job').map((m) => m.id)).toEqual(['a', 'b']);
    expect(list.map((m) => m.id)).toEqual(['b', 'x', 'a']);
  });
});
