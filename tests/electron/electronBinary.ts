import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Where the Electron binary is, or why there is none. Found without `require('electron')`, which would try to
 * download it (and fail on machines that reach only the npm registry).
 */
export function findElectronBinary(root: string): { path: string } | { missing: string } {
  const pkg = join(root, 'node_modules', 'electron');
  if (!existsSync(pkg)) return { missing: 'the electron package is not installed (run npm install)' };
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const pathFile = join(pkg, 'path.txt');
  if (!existsSync(pathFile)) {
    return {
      missing:
        'no Electron binary is installed (node_modules/electron/path.txt is absent): it is downloaded on the first ' +
        '`npm start`, which this machine cannot do',
    };
  }
  const relative = readFileSync(pathFile, 'utf8').trim();
  const binary = override ? join(override, relative) : join(pkg, 'dist', relative);
  return existsSync(binary) ? { path: binary } : { missing: `the Electron binary ${binary} does not exist` };
}
