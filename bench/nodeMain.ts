/**
 * Entry of the Node figures' own process (bench/run.mjs bundles it beside main.mjs): the pure domain code is timed in
 * a Node that holds nothing else, not in the bench's process with vite, esbuild and Playwright loaded (whose heap
 * made each run's garbage collection slower). Prints the figures as JSON.
 */
import { nodeFigures } from './nodeFigures';

process.stdout.write(JSON.stringify(nodeFigures()));
