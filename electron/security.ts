/**
 * The security policy of the desktop shell as plain functions and data, so each item of Electron's security
 * checklist is pinned by a unit test without starting Electron.
 */
export { buildCsp } from '../shared/security/csp';

/** Web preferences of every window: isolated, sandboxed, no Node, web security on. */
export function secureWebPreferences(preloadPath: string) {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: true,
  } as const;
}

/**
 * True when `url` is a page of the app itself: the same scheme and host as `appBase` (app://coderpath, or the dev
 * server's origin in development), never anything else.
 */
export function isAppUrl(url: unknown, appBase: string): boolean {
  if (typeof url !== 'string') return false;
  try {
    const parsed = new URL(url);
    const base = new URL(appBase);
    return base.host !== '' && parsed.protocol === base.protocol && parsed.host === base.host;
  } catch {
    return false;
  }
}

/**
 * The URL the system browser may be given: https only (no http, file:, javascript:, custom schemes that start
 * programs), and no credentials in it. Null for anything else.
 */
export function externalUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && !url.username && !url.password ? url.toString() : null;
  } catch {
    return null;
  }
}

/** What to do when a page tries to navigate the window: only the app's own pages load in it. */
export function navigationDecision(url: string, appBase: string): 'allow' | 'deny' {
  return isAppUrl(url, appBase) ? 'allow' : 'deny';
}

/**
 * window.open and target=_blank never create a window, and never reach the system browser either: Electron does not
 * say whether a user gesture started them. Links go through the preload's openExternal, which checks for one.
 */
export function windowOpenDecision(): { action: 'deny' } {
  return { action: 'deny' };
}

/** The app needs no web permission (camera, geolocation, ...): every request is refused. */
export function permissionDecision(_permission: string): boolean {
  return false;
}
