import { afterEach, describe, expect, it, vi } from 'vitest';
import { firstScreenDrawn, waitForFirstScreen } from './firstScreen';
import { hashPath } from './routes';

afterEach(() => {
  vi.useRealTimers();
});

const settled = async (p: Promise<void>) => {
  let done = false;
  void p.then(() => (done = true));
  await Promise.resolve();
  await Promise.resolve();
  return done;
};

describe('waitForFirstScreen', () => {
  it('reads the path of a hash URL', () => {
    expect(hashPath('')).toBe('/');
    expect(hashPath('#/')).toBe('/');
    expect(hashPath('#/ceus?tab=1')).toBe('/ceus');
  });

  it('does not wait for screens that draw in their first render', async () => {
    expect(await settled(waitForFirstScreen('/ceus', 60_000))).toBe(true);
  });

  it('waits for the dashboard at most the timeout, then until it reports', async () => {
    vi.useFakeTimers();
    const timedOut = waitForFirstScreen('/', 1000);
    expect(await settled(timedOut)).toBe(false);
    await vi.advanceTimersByTimeAsync(1000);
    expect(await settled(timedOut)).toBe(true);

    const reported = waitForFirstScreen(hashPath(''), 60_000);
    expect(await settled(reported)).toBe(false);
    firstScreenDrawn();
    expect(await settled(reported)).toBe(true);
  });
});
