/**
 * Start-up tasks run one after another once the first screen has painted and the main thread is idle, so they
 * never hold up what the user opened. Each task's failure is logged and the next still runs.
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
