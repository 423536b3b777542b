/** Shared by the Electron main process (as a header) and the renderer build (as a meta tag). */

/**
 * The Content-Security-Policy of the app. No remote origin anywhere, no inline script. Inline styles are allowed
 * because the chart library sets style attributes. `blob:` serves certificate previews kept in IndexedDB.
 * In development the Vite server (and its HMR websocket) is the one extra origin.
 */
export function buildCsp(options: { devServerOrigin?: string; asMetaTag?: boolean } = {}): string {
  const dev = options.devServerOrigin;
  const self = dev ? `'self' ${dev}` : `'self'`;
  const directives: Record<string, string> = {
    'default-src': self,
    'script-src': dev ? `${self} 'unsafe-inline'` : self,
    'style-src': `${self} 'unsafe-inline'`,
    'img-src': `${self} data: blob:`,
    'font-src': self,
    'connect-src': dev ? `${self} ${dev.replace(/^http/, 'ws')}` : self,
    'media-src': `${self} blob:`,
    'frame-src': 'blob:',
    'worker-src': `${self} blob:`,
    'object-src': `'none'`,
    'base-uri': `'none'`,
    'form-action': `'none'`,
    'frame-ancestors': `'none'`,
  };
  // Browsers ignore frame-ancestors in a <meta> tag and warn about it.
  if (options.asMetaTag) delete directives['frame-ancestors'];
  return Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}
