/** Builds what the browser figures load, into a temporary folder: the renderer (vite, the app's own config) and the bench pages (esbuild). */
import { build as esbuild } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build as viteBuild } from 'vite';

export const CODE_SET_ZIP = '2026-code-descriptions-tabular-order.zip';

export interface BenchBuild {
  appDir: string;
  benchDir: string;
}

export async function buildForBench(root: string, outDir: string): Promise<BenchBuild> {
  const appDir = join(outDir, 'renderer');
  const benchDir = join(outDir, 'bench');
  // Same renderer config as `npm run build` (vite.config.ts), written elsewhere so dist/ (used by the tests) is left alone.
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
  // The official ICD-10-CM release, served to the bench page from the temporary folder (never copied into the project).
  copyFileSync(join(root, '..', 'shared', 'data', 'code-sets', CODE_SET_ZIP), join(benchDir, CODE_SET_ZIP));
  return { appDir, benchDir };
}
