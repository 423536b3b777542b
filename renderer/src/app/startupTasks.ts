import { ensurePersistentStorage } from '../db/profile';
import { platform } from '../platform';

/**
 * The start-up tasks (persistent-storage request, roadmap sync, deadline notices) run one after another once the
 * first screen has painted and the main thread is idle, so they never hold up what the user opened. Each task's
 * failure is logged and the next still runs. The persistent-storage answer goes last: Settings shows it, so once
 * it is there the start-up writes are over.
 */
export interface StartupTask {
  name: string;
  run: () => Promise<unknown>;
}

/** Resolves after the next frame has been painted and the main thread has an idle moment (at most 2 s later). */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    const idle = () =>
      typeof requestIdleCallback === 'function' ? requestIdleCallback(() => resolve(), { timeout: 2000 }) : setTimeout(resolve, 0);
    // A task queued from a frame callback runs after that frame is painted.
    requestAnimationFrame(() => setTimeout(idle, 0));
  });
}

export async function runStartupTasks(
  tasks: readonly StartupTask[],
  wait: () => Promise<void> = afterPaint,
  warn: (message: string, error: unknown) => void = (message, error) => console.warn(message, error),
): Promise<void> {
  await wait();
  for (const task of tasks) {
    try {
      await task.run();
    } catch (error) {
      warn(`[coderpath] start-up task "${task.name}" failed:`, error);
    }
  }
}

/** The app's start-up tasks; the heavier ones load their code on demand, so the first screen does not wait for it. */
export const APP_STARTUP_TASKS: readonly StartupTask[] = [
  { name: 'roadmap sync', run: async () => (await import('../db/progressSync')).syncRoadmapFromData() },
  {
    name: 'deadline notices',
    run: async () => (await import('./deadlineNotices')).sendDeadlineNotices((title, body) => platform.notify(title, body)),
  },
  { name: 'persistent storage', run: () => ensurePersistentStorage() },
];
