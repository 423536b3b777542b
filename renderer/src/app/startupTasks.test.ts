import { describe, expect, it, vi } from 'vitest';
import { runStartupTasks } from './startupTasks';

describe('runStartupTasks', () => {
  it('runs nothing before the first paint, then every task in order, one at a time', async () => {
    let painted: () => void = () => {};
    const wait = () => new Promise<void>((resolve) => (painted = resolve));
    const log: string[] = [];
    const task = (name: string) => ({
      name,
      run: async () => {
        log.push(`${name} start`);
        await Promise.resolve();
        log.push(`${name} end`);
      },
    });
    const done = runStartupTasks([task('a'), task('b')], wait);
    await Promise.resolve();
    expect(log).toEqual([]);
    painted();
    await done;
    expect(log).toEqual(['a start', 'a end', 'b start', 'b end']);
  });

  it('a failing task is reported and the next one still runs', async () => {
    const warn = vi.fn();
    const ran: string[] = [];
    await runStartupTasks(
      [
        { name: 'roadmap sync', run: () => Promise.reject(new Error('boom')) },
        { name: 'notices', run: async () => ran.push('notices') },
      ],
      () => Promise.resolve(),
      warn,
    );
    expect(ran).toEqual(['notices']);
    expect(warn).toHaveBeenCalledWith('[coderpath] start-up task "roadmap sync" failed:', expect.objectContaining({ message: 'boom' }));
  });
});
