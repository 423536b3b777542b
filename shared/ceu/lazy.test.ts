import { describe, expect, it } from 'vitest';
import { entry, held } from './fixtures';
import { lazyProperty, once } from './lazy';
import { computeRequirements, requirementFor } from './requirements';

describe('once', () => {
  it('computes on the first call only and returns the same value after', () => {
    let runs = 0;
    const value = once(() => ({ run: ++runs }));
    expect(runs).toBe(0);
    expect(value()).toBe(value());
    expect(runs).toBe(1);
  });
});

describe('lazyProperty', () => {
  it('computes on first read, once, and is then a plain enumerable property', () => {
    let runs = 0;
    const target = lazyProperty({ a: 1 }, 'list', () => [++runs]);
    expect(runs).toBe(0);
    expect(Object.keys(target)).toEqual(['a', 'list']);
    expect(target.list).toEqual([1]);
    expect(target.list).toBe(target.list);
    expect(runs).toBe(1);
    expect(Object.getOwnPropertyDescriptor(target, 'list')).toMatchObject({ value: [1], enumerable: true, writable: true });
  });

  it('spreading, JSON and deep equality see the value', () => {
    const target = lazyProperty({ a: 1 }, 'list', () => ['x']);
    expect({ ...target }).toEqual({ a: 1, list: ['x'] });
    expect(JSON.parse(JSON.stringify(lazyProperty({ a: 1 }, 'list', () => ['y'])))).toEqual({ a: 1, list: ['y'] });
    expect(lazyProperty({ a: 1 }, 'list', () => ['z'])).toEqual({ a: 1, list: ['z'] });
  });

  it('an assignment before any read replaces the value without computing it', () => {
    let runs = 0;
    const target = lazyProperty({ a: 1 }, 'list', () => [++runs]);
    target.list = [42];
    expect(target.list).toEqual([42]);
    expect(runs).toBe(0);
  });
});

describe('the engine builds exclusions when they are read', () => {
  it('the numbers are there without reading them, and reading gives every entry of past cycles with its message', () => {
    const entries = Array.from({ length: 50 }, (_, i) =>
      entry({ id: `old-${String(i).padStart(2, '0')}`, credentialIds: ['cpc'], completedOn: `2021-0${(i % 9) + 1}-1${i % 10}` }));
    const report = computeRequirements({ held: [held('CPC', { earnedOn: '2020-01-01' })], entries, today: '2025-01-01' });
    const cpc = requirementFor(report, 'cpc')!;
    expect(cpc.earned).toBe(0);
    // AAPC "CEU policies": CEUs count only in the cycle they were earned; every old entry is listed, earliest first.
    expect(cpc.excluded).toHaveLength(50);
    expect(cpc.excluded.every((e) => e.reason === 'outside-cycle')).toBe(true);
    expect(cpc.excluded[0]).toEqual({
      entryId: 'old-00',
      reason: 'outside-cycle',
      message: 'Completed 10 January 2021, outside the CPC cycle 1 January 2024 – 31 December 2025: CEUs count only in the cycle they were earned and never carry over.',
    });
    const days = cpc.excluded.map((e) => entries.find((x) => x.id === e.entryId)!.completedOn);
    expect(days).toEqual([...days].sort());
  });
});
