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

/** The path of a hash URL (`#/ceus?x` → `/ceus`). */
export function hashPath(hash: string): string {
  return hash.replace(/^#/, '').split(/[?#]/)[0] || '/';
}

/** Screens that draw after their first render and report it (firstScreenDrawn). */
const REPORTING_PATHS = new Set(['/']);

export function waitForFirstScreen(hash: string, timeoutMs: number): Promise<void> {
  if (!REPORTING_PATHS.has(hashPath(hash))) return Promise.resolve();
  return Promise.race([drawn, new Promise<void>((resolve) => setTimeout(resolve, timeoutMs))]);
}
