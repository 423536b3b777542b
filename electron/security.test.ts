import { describe, expect, it, vi } from 'vitest';
import {
  buildCsp,
  isAppUrl,
  navigationDecision,
  openExternalUrl,
  permissionDecision,
  secureWebPreferences,
  windowOpenDecision,
} from './security';

const appBase = 'file:///opt/CoderPath/resources/app.asar/dist/renderer/index.html';

describe('window web preferences (Electron security checklist 2-4, 6, 11)', () => {
  const prefs = secureWebPreferences('/app/preload.cjs');
  it('isolate the context, sandbox the renderer and keep Node out of it', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });
  it('keep web security on, insecure content off, and no <webview>', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
  });
  it('load the preload given', () => {
    expect(prefs.preload).toBe('/app/preload.cjs');
  });
});

describe('Content-Security-Policy (checklist 7)', () => {
  const csp = buildCsp();
  const directive = (name: string) => csp.split('; ').find((d) => d.startsWith(`${name} `));
  it('allows scripts only from the app itself: no inline script, no eval, no remote origin', () => {
    expect(directive('script-src')).toBe("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toMatch(/https?:/);
  });
  it('lets the page connect only to itself and embeds no plugins', () => {
    expect(directive('connect-src')).toBe("connect-src 'self'");
    expect(directive('object-src')).toBe("object-src 'none'");
    expect(directive('base-uri')).toBe("base-uri 'none'");
    expect(directive('frame-ancestors')).toBe("frame-ancestors 'none'");
  });
  it('omits frame-ancestors in the meta-tag form, where browsers ignore it', () => {
    expect(buildCsp({ asMetaTag: true })).not.toContain('frame-ancestors');
  });
  it('adds only the dev server (and its websocket) in development', () => {
    const dev = buildCsp({ devServerOrigin: 'http://localhost:5173' });
    expect(dev).toContain("connect-src 'self' http://localhost:5173 ws://localhost:5173");
    expect(dev.match(/https?:\/\/[^ ;]+/g)?.every((o) => o === 'http://localhost:5173')).toBe(true);
  });
});

describe('navigation (checklist 13)', () => {
  it('allows the app’s own pages, including other hash routes', () => {
    expect(navigationDecision(`${appBase}#/ceus`, appBase)).toBe('allow');
  });
  it('denies remote pages, other local files and tricks with ..', () => {
    expect(navigationDecision('https://example.com/', appBase)).toBe('deny');
    expect(navigationDecision('file:///etc/passwd', appBase)).toBe('deny');
    expect(navigationDecision('file:///opt/CoderPath/resources/app.asar/dist/renderer/../../../../etc/passwd', appBase)).toBe('deny');
    expect(navigationDecision('javascript:alert(1)', appBase)).toBe('deny');
    expect(navigationDecision('not a url', appBase)).toBe('deny');
  });
  it('in development allows only the dev server origin', () => {
    expect(isAppUrl('http://localhost:5173/#/study', 'http://localhost:5173/')).toBe(true);
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173/')).toBe(false);
    expect(isAppUrl(42, 'http://localhost:5173/')).toBe(false);
  });
});

describe('new windows (checklist 14) and opening links (checklist 15)', () => {
  it('never opens a window; a web link goes to the system browser', () => {
    const open = vi.fn();
    expect(windowOpenDecision('https://www.aapc.com/ceus', open)).toEqual({ action: 'deny' });
    expect(open).toHaveBeenCalledWith('https://www.aapc.com/ceus');
  });
  it('refuses to hand anything but http(s) to the OS', () => {
    const open = vi.fn();
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'ms-msdt:foo', '', 'nonsense', 7, null]) {
      expect(openExternalUrl(url, open)).toBe(false);
    }
    expect(windowOpenDecision('file:///C:/Windows/System32/calc.exe', open)).toEqual({ action: 'deny' });
    expect(open).not.toHaveBeenCalled();
  });
});

describe('permissions (checklist 5)', () => {
  it('refuses every permission request', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      expect(permissionDecision(permission)).toBe(false);
    }
  });
});
