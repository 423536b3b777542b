import { defineConfig } from 'vitest/config';

// Unit tests sit beside the code they test; browser tests live in tests/e2e and run under Playwright.
export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}', 'electron/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    pool: 'threads',
  },
});
