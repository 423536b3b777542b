import { defineConfig, type HtmlTagDescriptor, type Plugin, type Rollup } from 'vite';
import react from '@vitejs/plugin-react';
import { buildCsp } from './shared/security/csp';

/** The built app carries its strict CSP in a meta tag: file:// pages in Electron have no response headers. */
function cspMetaTag(): Plugin {
  return {
    name: 'coderpath-csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<!-- csp -->',
        `<meta http-equiv="Content-Security-Policy" content="${buildCsp({ asMetaTag: true })}" />`,
      ),
  };
}

/** The screen the app opens on (routes.tsx: '/'). */
const LANDING_SCREEN = '/screens/dashboard/DashboardScreen.tsx';

/**
 * The landing screen's chunk and the chunks it imports are fetched together with the entry (modulepreload links),
 * not once the router asks for them after the database has opened. Chunks it loads on demand stay out.
 */
function preloadLandingScreen(): Plugin {
  return {
    name: 'coderpath-preload-landing',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        if (!bundle) return [];
        const chunks = Object.values(bundle).filter((c): c is Rollup.OutputChunk => c.type === 'chunk');
        const entry = chunks.find((c) => c.isEntry);
        const landing = chunks.find((c) => c.moduleIds.some((id) => id.endsWith(LANDING_SCREEN)));
        if (!entry || !landing) throw new Error(`coderpath-preload-landing: no entry or no chunk for ${LANDING_SCREEN}`);
        const closure = (from: string, skip: ReadonlySet<string>) => {
          const files = new Set<string>();
          const visit = (fileName: string) => {
            if (files.has(fileName) || skip.has(fileName)) return;
            files.add(fileName);
            (bundle[fileName] as Rollup.OutputChunk).imports.forEach(visit);
          };
          visit(from);
          return files;
        };
        const files = closure(landing.fileName, closure(entry.fileName, new Set())); // vite preloads the entry's own
        const styles = landing.viteMetadata?.importedCss ?? new Set<string>();
        return [
          ...[...files].map((file): HtmlTagDescriptor => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` }, injectTo: 'head' })),
          // crossorigin as vite's own stylesheet link for the chunk has it, or the browser fetches the file twice.
          ...[...styles].map((file): HtmlTagDescriptor => ({ tag: 'link', attrs: { rel: 'preload', as: 'style', crossorigin: true, href: `./${file}` }, injectTo: 'head' })),
        ];
      },
    },
  };
}

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), cspMetaTag(), preloadLandingScreen()],
  build: {
    rolldownOptions: {
      output: {
        // A few files for the first screen rather than thirty-odd small shared chunks: each file is a request (six at
        // a time over HTTP) and a module to instantiate. Screens opened later keep their own chunks.
        codeSplitting: {
          groups: [
            // What the entry imports statically: React, the router, Dexie, the app shell.
            { name: 'shell', tags: ['$initial'], priority: 2 },
            // The landing screen with everything it imports statically (but not what it loads on demand).
            { name: 'landing', test: (id) => id.endsWith(LANDING_SCREEN), priority: 1 },
            // The dashboard's charts (recharts), fetched as one file once the cards show.
            { name: 'dashboard-charts', test: (id) => id.endsWith('/screens/dashboard/DashboardCharts.tsx') },
          ],
        },
      },
    },
    // The shell (React, router, Dexie, zod) is one ~550 kB file on purpose (see codeSplitting above).
    chunkSizeWarningLimit: 600,
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: true,
  },
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
});
