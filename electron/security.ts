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

/** True when `url` is a page of the app itself (same file tree or the dev server), never anything else. */
export function isAppUrl(url: unknown, appBase: string): boolean {
  if (typeof url !== 'string') return false;
  let parsed: URL;
  let base: URL;
  try {
    parsed = new URL(url);
    base = new URL(appBase);
  } catch {
    return false;
  }
  if (parsed.protocol !== base.protocol) return false;
  if (base.protocol === 'file:') {
    const dir = base.pathname.slice(0, base.pathname.lastIndexOf('/') + 1);
    return parsed.host === base.host && parsed.pathname.startsWith(dir) && !parsed.pathname.includes('/../');
  }
  return parsed.origin === base.origin;
}

/** Opens only plain web links, in the user's browser; anything else (file:, javascript:, custom schemes) is refused. */
export function openExternalUrl(value: unknown, open: (url: string) => unknown): boolean {
  if (typeof value !== 'string') return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  open(url.toString());
  return true;
}

/** What to do when a page tries to navigate the window: only the app's own pages load in it. */
export function navigationDecision(url: string, appBase: string): 'allow' | 'deny' {
  return isAppUrl(url, appBase) ? 'allow' : 'deny';
}

/**
 * window.open and target=_blank never create a window; a web link goes to the system browser instead.
 */
export function windowOpenDecision(url: string, open: (url: string) => unknown): { action: 'deny' } {
  openExternalUrl(url, open);
  return { action: 'deny' };
}

/** The app needs no web permission (camera, geolocation, ...): every request is refused. */
export function permissionDecision(_permission: string): boolean {
  return false;
}
