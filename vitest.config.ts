import { defineConfig } from 'vitest/config';

// Unit tests sit beside the code they test; browser tests live in tests/e2e and run under Playwright.
export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}', 'electron/**/*.test.ts', 'tests/unit/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
    pool: 'threads',
    // Property tests run a fixed number of cases, not a fixed time: on a loaded machine they need room. Timings are
    // the benchmarks' business (npm run bench), never a test's.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
