/**
 * Start-up work that reads a lot (roadmap sync, deadline notices) waits until the first screen has finished
 * drawing, so it does not compete with it. The dashboard reports when its charts are drawn; other screens draw in
 * their first render, so there is nothing to wait for. A report that never comes is waited for at most `timeoutMs`.
 */
let reportDrawn: () => void = () => {};
const drawn = new Promise<void>((resolve) => {
  reportDrawn = resolve;
});

/** Called by the dashboard once every chart it shows is drawn (or it has none). */
export function firstScreenDrawn(): void {
  reportDrawn();
}

/** Screens that draw after their first render and report it (firstScreenDrawn). */
const REPORTING_PATHS = new Set(['/']);

/** Resolves once the first screen, at route `path`, has drawn (at once for screens that do not report). */
export function waitForFirstScreen(path: string, timeoutMs: number): Promise<void> {
  if (!REPORTING_PATHS.has(path)) return Promise.resolve();
  return Promise.race([drawn, new Promise<void>((resolve) => setTimeout(resolve, timeoutMs))]);
}
