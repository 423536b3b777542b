// Bundles the main process and the preload into CommonJS files Electron loads directly.
// The sandboxed preload may only require('electron'), so everything else is bundled into it.
import { build, context } from 'esbuild';

const watch = process.argv.includes('--watch');
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  external: ['electron'],
  sourcemap: true,
  logLevel: 'info',
};
const targets = [
  { ...common, entryPoints: ['electron/main.ts'], outfile: 'dist/electron/main.cjs' },
  { ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist/electron/preload.cjs' },
];

if (watch) {
  for (const options of targets) await (await context(options)).watch();
} else {
  await Promise.all(targets.map((options) => build(options)));
}
