// Entry of `npm run bench`: bundles the TypeScript bench (bench/main.ts) with esbuild and runs it. The bundle goes
// under node_modules/.cache so its bare imports (playwright, vite, esbuild) still resolve from the project.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'node_modules', '.cache', 'coderpath-bench');
mkdirSync(outDir, { recursive: true });
const outfile = join(outDir, 'main.mjs');
await build({
  entryPoints: { main: join(root, 'bench', 'main.ts'), nodeFigures: join(root, 'bench', 'nodeMain.ts') },
  outdir: outDir,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'inline',
  logLevel: 'warning',
});
const { main } = await import(pathToFileURL(outfile).href);
process.exitCode = await main(process.argv.slice(2), root);
