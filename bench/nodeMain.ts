/**
 * Entry of the Node figures' own process (bench/run.mjs bundles it beside main.mjs): the pure domain code is timed in
 * a Node that holds nothing else, not in the bench's process with vite, esbuild and Playwright loaded (whose heap
 * made each run's garbage collection slower). Prints the figures as JSON.
 */
import { codeSearchFigures } from './codeSearch';
import { nodeFigures } from './nodeFigures';

/** argv[2]: the project root (the code-set figures read ../shared/data/code-sets beside it); argv[3] 'codes': only those. */
const root = process.argv[2] ?? process.cwd();
const onlyCodes = process.argv[3] === 'codes';
process.stdout.write(JSON.stringify([...(onlyCodes ? [] : nodeFigures()), ...codeSearchFigures(root)]));
