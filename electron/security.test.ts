import { describe, expect, it, vi } from 'vitest';
import { APP_INDEX_URL } from './appProtocol';
import { buildCsp, externalUrl, isAppUrl, navigationDecision } from './security';

// The window's options, handlers and guards as main.ts wires them are checked in main.test.ts; here, the policy
// functions they call.
const appBase = APP_INDEX_URL;

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
    expect(navigationDecision('app://coderpath/assets/x.js', appBase)).toBe('allow');
  });
  it('denies remote pages, local files, other app hosts and scripts', () => {
    for (const url of ['https://example.com/', 'file:///etc/passwd', 'app://other/index.html', 'javascript:alert(1)', 'not a url', 'about:blank']) {
      expect(navigationDecision(url, appBase), url).toBe('deny');
    }
  });
  it('in development allows only the dev server origin', () => {
    expect(isAppUrl('http://localhost:5173/#/study', 'http://localhost:5173/')).toBe(true);
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173/')).toBe(false);
    expect(isAppUrl(42, 'http://localhost:5173/')).toBe(false);
  });
});

describe('opening links in the system browser (checklist 15)', () => {
  it('hands over https pages only, and none with credentials in them', () => {
    expect(externalUrl('https://www.aapc.com/ceus')).toBe('https://www.aapc.com/ceus');
    for (const url of ['http://www.aapc.com/', 'https://user:pw@example.com/', 'file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'ms-msdt:foo', '', 'nonsense', 7, null]) {
      expect(externalUrl(url), String(url)).toBeNull();
    }
  });
});
