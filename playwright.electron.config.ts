import { defineConfig } from '@playwright/test';
import { findElectronBinary } from './tests/electron/electronBinary';

// The desktop app itself, through Playwright's Electron support; skipped, with the reason printed, where no
// Electron binary is installed.
const binary = findElectronBinary(process.cwd());
if ('missing' in binary && !process.env.TEST_WORKER_INDEX) {
  console.log(`\n[electron tests] SKIPPED: ${binary.missing}.\n`);
}

export default defineConfig({
  testDir: 'tests/electron',
  workers: 1,
  timeout: 60_000,
  reporter: [['list']],
});
