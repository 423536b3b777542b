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
        const landing = chunks.find((c) => c.facadeModuleId?.endsWith(LANDING_SCREEN));
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
          ...[...styles].map((file): HtmlTagDescriptor => ({ tag: 'link', attrs: { rel: 'preload', as: 'style', href: `./${file}` }, injectTo: 'head' })),
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
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: true,
  },
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
});
