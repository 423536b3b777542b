/** Builds what the browser figures load, into a temporary folder: the renderer (vite, the app's own config) and the bench pages (esbuild). */
import { build as esbuild } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build as viteBuild } from 'vite';

export interface BenchBuild {
  appDir: string;
  benchDir: string;
}

export async function buildForBench(root: string, outDir: string): Promise<BenchBuild> {
  const appDir = join(outDir, 'renderer');
  const benchDir = join(outDir, 'bench');
  // Same config as `npm run build:renderer`, written elsewhere so dist/ (used by the tests) is left alone.
  await viteBuild({ root: join(root, 'renderer'), configFile: join(root, 'vite.config.ts'), logLevel: 'warn', build: { outDir: appDir, emptyOutDir: true } });
  mkdirSync(benchDir, { recursive: true });
  await esbuild({
    entryPoints: { bench: join(root, 'bench/pages/bench.ts'), raw: join(root, 'bench/pages/raw.ts'), charts: join(root, 'bench/pages/charts.ts') },
    outdir: benchDir,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'chrome130',
    minify: true,
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  for (const page of ['bench.html', 'raw.html', 'charts.html']) copyFileSync(join(root, 'bench/pages', page), join(benchDir, page));
  return { appDir, benchDir };
}
