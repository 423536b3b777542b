import { defineConfig } from '@playwright/test';

// The desktop app itself, through Playwright's Electron support; skipped (with the reason printed) where no
// Electron binary is installed.
export default defineConfig({
  testDir: 'tests/electron',
  workers: 1,
  timeout: 60_000,
  reporter: [['list']],
});
