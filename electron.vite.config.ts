/**
 * The build and dev loop of the desktop app (electron-vite): the main process and the preload as CommonJS bundles in
 * dist/electron, the renderer as vite.config.ts builds it (the same config `npm run web` uses) into dist/renderer.
 * `npm run dev` serves the renderer with HMR, rebuilds main and preload on change, restarts Electron after a main
 * change and reloads the window after a preload change.
 */
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import renderer from './vite.config';

/** One CommonJS bundle (electron and Node built-ins stay external; everything else is bundled in). */
const electronBundle = (entry: string, fileName: string) => ({
  build: {
    outDir: 'dist/electron',
    // main and preload share the folder: neither build empties it.
    emptyOutDir: false,
    sourcemap: true,
    target: 'node22',
    lib: { entry: resolve(entry), formats: ['cjs' as const], fileName: () => fileName },
    rolldownOptions: { output: { entryFileNames: fileName } },
  },
});

export default defineConfig({
  main: electronBundle('electron/main.ts', 'main.cjs'),
  // Sandboxed preloads may only require('electron'): one self-contained file.
  preload: electronBundle('electron/preload.ts', 'preload.cjs'),
  renderer: {
    ...renderer,
    root: resolve('renderer'),
    build: {
      ...renderer.build,
      outDir: resolve('dist/renderer'),
      rolldownOptions: { input: resolve('renderer/index.html') },
      // electron-vite leaves the renderer unminified by default; the app ships what `vite build` would.
      minify: true,
      cssMinify: true,
      reportCompressedSize: true,
    },
  },
});
