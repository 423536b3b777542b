import { describe, expect, it } from 'vitest';
import type { Milestone, RoadmapStage } from '../model/entities';
import { buildTimeline, isLate, nextMilestone, reorderMilestone } from './timeline';

const T0 = '2024-01-01T00:00:00.000Z';
const TODAY = '2026-11-25';
const ms = (p: Partial<Milestone> & { id: string; stage: RoadmapStage }): Milestone => ({
  title: p.id,
  targetDate: '2027-01-01',
  state: 'planned',
  notes: '',
  order: 0,
  createdAt: T0,
  updatedAt: T0,
  ...p,
});

describe('isLate', () => {
  it('is late when the target is before today and the milestone is not done', () => {
    expect(isLate({ targetDate: '2026-11-24', state: 'planned' }, TODAY)).toBe(true);
    expect(isLate({ targetDate: '2026-11-24', state: 'in-progress' }, TODAY)).toBe(true);
    expect(isLate({ targetDate: '2026-11-24', state: 'done' }, TODAY)).toBe(false);
    expect(isLate({ targetDate: TODAY, state: 'planned' }, TODAY)).toBe(false);
  });
});

describe('buildTimeline', () => {
  const list = [
    ms({ id: 'edu', stage: 'education', targetDate: '2025-01-01', state: 'done', doneOn: '2024-12-15' }),
    ms({ id: 'cert-b', stage: 'certification', targetDate: '2026-06-01', order: 1 }),
    ms({ id: 'cert-a', stage: 'certification', targetDate: '2026-01-01', order: 0, state: 'done', doneOn: '2026-02-01', auto: { reason: 'CPC added', ref: 'c1' } }),
    ms({ id: 'cert-c', stage: 'certification', targetDate: '2027-06-01', order: 2, state: 'in-progress' }),
    ms({ id: 'job', stage: 'first-job', targetDate: '2028-01-01' }),
  ];
  const t = buildTimeline(list, TODAY);

  it('gives all five stages in path order, with per-stage progress', () => {
    expect(t.today).toBe(TODAY);
    expect(t.stages.map((s) => [s.stage, s.label, s.done, s.total, s.progressPct])).toEqual([
      ['education', 'Education', 1, 1, 100],
      ['certification', 'Certification', 1, 3, 33],
      ['first-job', 'First job', 0, 1, 0],
      ['specialization', 'Specialization', 0, 0, null],
      ['upskilling', 'Upskilling', 0, 0, null],
    ]);
    expect([t.done, t.total, t.progressPct]).toEqual([2, 5, 40]);
  });

  it('lists each stage in order with target, done date, state, lateness and the auto reason', () => {
    expect(t.stages[1]?.milestones).toEqual([
      { id: 'cert-a', title: 'cert-a', targetDate: '2026-01-01', doneOn: '2026-02-01', state: 'done', late: false, order: 0, autoReason: 'CPC added' },
      { id: 'cert-b', title: 'cert-b', targetDate: '2026-06-01', state: 'planned', late: true, order: 1 },
      { id: 'cert-c', title: 'cert-c', targetDate: '2027-06-01', state: 'in-progress', late: false, order: 2 },
    ]);
  });

  it('spans the time axis over every date and today', () => {
    expect(t.range).toEqual({ start: '2024-12-15', end: '2028-01-01' });
    expect(buildTimeline([], TODAY).range).toEqual({ start: TODAY, end: TODAY });
    expect(buildTimeline([], TODAY).progressPct).toBeNull();
  });
});

describe('nextMilestone', () => {
  it('picks a late milestone before one still ahead, with negative days left', () => {
    const list = [
      ms({ id: 'ahead', stage: 'education', targetDate: '2026-12-05' }),
      ms({ id: 'late', stage: 'upskilling', targetDate: '2026-11-20', state: 'in-progress' }),
      ms({ id: 'done', stage: 'education', targetDate: '2026-01-01', state: 'done', doneOn: '2026-01-01' }),
    ];
    const next = nextMilestone(list, TODAY)!;
    expect([next.milestone.id, next.late, next.daysLeft]).toEqual(['late', true, -5]);
  });

  it('otherwise picks the earliest target ahead, with the days left', () => {
    const list = [
      ms({ id: 'later', stage: 'education', targetDate: '2027-01-01' }),
      ms({ id: 'soon', stage: 'first-job', targetDate: '2026-12-05' }),
    ];
    const next = nextMilestone(list, TODAY)!;
    expect([next.milestone.id, next.late, next.daysLeft]).toEqual(['soon', false, 10]);
  });

  it('breaks a tie on the date by stage then order', () => {
    const list = [
      ms({ id: 'job', stage: 'first-job', targetDate: '2027-01-01' }),
      ms({ id: 'cert-1', stage: 'certification', targetDate: '2027-01-01', order: 1 }),
      ms({ id: 'cert-0', stage: 'certification', targetDate: '2027-01-01', order: 0 }),
    ];
    expect(nextMilestone(list, TODAY)?.milestone.id).toBe('cert-0');
  });

  it('is null when every milestone is done or there are none', () => {
    expect(nextMilestone([], TODAY)).toBeNull();
    expect(nextMilestone([ms({ id: 'a', stage: 'education', state: 'done' })], TODAY)).toBeNull();
  });
});

describe('reorderMilestone', () => {
  const list = [
    ms({ id: 'a', stage: 'certification', order: 0 }),
    ms({ id: 'b', stage: 'certification', order: 1 }),
    ms({ id: 'c', stage: 'certification', order: 2 }),
    ms({ id: 'x', stage: 'education', order: 0 }),
  ];
  const orders = (changed: Milestone[]) => changed.map((m) => [m.id, m.order]);

  it('moves a milestone up, swapping with its neighbour, and stamps the change', () => {
    const changed = reorderMilestone(list, 'c', 'up', '2026-11-25T10:00:00.000Z');
    expect(orders(changed)).toEqual([['c', 1], ['b', 2]]);
    expect(changed.every((m) => m.updatedAt === '2026-11-25T10:00:00.000Z')).toBe(true);
  });

  it('moves a milestone down', () => {
    expect(orders(reorderMilestone(list, 'a', 'down'))).toEqual([['b', 0], ['a', 1]]);
  });

  it('renumbers a stage with gaps 0, 1, 2 while moving', () => {
    const gapped = [
      ms({ id: 'a', stage: 'specialization', order: 3 }),
      ms({ id: 'b', stage: 'specialization', order: 7 }),
      ms({ id: 'c', stage: 'specialization', order: 9 }),
    ];
    expect(orders(reorderMilestone(gapped, 'a', 'down'))).toEqual([['b', 0], ['a', 1], ['c', 2]]);
  });

  it('changes nothing at the ends of the stage or for an unknown id', () => {
    expect(reorderMilestone(list, 'a', 'up')).toEqual([]);
    expect(reorderMilestone(list, 'c', 'down')).toEqual([]);
    expect(reorderMilestone(list, 'x', 'down')).toEqual([]);
    expect(reorderMilestone(list, 'nope', 'up')).toEqual([]);
  });

  it('leaves other stages and its input untouched', () => {
    const copy = structuredClone(list);
    const changed = reorderMilestone(list, 'b', 'up');
    expect(changed.every((m) => m.stage === 'certification')).toBe(true);
    expect(list).toEqual(copy);
  });
});
