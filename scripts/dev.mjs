// `npm run dev`: the Vite dev server (hot reload), the main/preload bundles rebuilt on change, and Electron on top.
import { spawn } from 'node:child_process';
import { createServer } from 'vite';

const server = await createServer({ configFile: 'vite.config.ts' });
await server.listen();
const url = server.resolvedUrls?.local[0] ?? 'http://localhost:5173/';
spawn(process.execPath, ['scripts/build-electron.mjs', '--watch'], { stdio: 'inherit' });
// Give esbuild its first build before Electron starts.
await new Promise((resolve) => setTimeout(resolve, 1500));
const electron = spawn(process.execPath, ['node_modules/electron/cli.js', '.'], {
  stdio: 'inherit',
  env: { ...process.env, VITE_DEV_SERVER_URL: url },
});
electron.on('exit', async (code) => {
  await server.close();
  process.exit(code ?? 0);
});
