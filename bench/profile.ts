/**
 * `npm run bench -- --profile heavy|empty`: one dashboard navigation under the V8 sampling profiler, to find out where
 * an over-budget dashboard figure goes. Prints the page's performance marks, main-thread time by script and the
 * functions with the most self time, and writes the profile to bench/dashboard-<scenario>.cpuprofile (open it in
 * Chromium's DevTools, Performance panel).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SourceMapConsumer } from 'source-map-js';
import { CHARTS_DRAWN_MARK, seedStore, withFreshBrowser } from './browser';
import type { StaticServer } from './server';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Self time (ms) per node id, from the samples and the gaps between them. */
function selfTimes(profile: CpuProfile): Map<number, number> {
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i + 1] ?? 0;
    self.set(id, (self.get(id) ?? 0) + delta / 1000);
  });
  return self;
}

/** Where a frame of the built renderer comes from (its source file, or its npm package), through the build's source maps. */
function sourceResolver(server: StaticServer): (frame: ProfileNode['callFrame']) => { file: string; fn: string } | undefined {
  const maps = new Map<string, SourceMapConsumer | null>();
  return (frame) => {
    if (!frame.url.startsWith(server.origin)) return undefined;
    const js = server.fileFor(new URL(frame.url).pathname);
    if (!js) return undefined;
    if (!maps.has(js)) maps.set(js, existsSync(`${js}.map`) ? new SourceMapConsumer(JSON.parse(readFileSync(`${js}.map`, 'utf8'))) : null);
    const map = maps.get(js);
    if (!map) return undefined;
    const at = map.originalPositionFor({ line: frame.lineNumber + 1, column: frame.columnNumber });
    if (!at.source) return undefined;
    const source = at.source.replace(/^.*node_modules\//, 'npm:').replace(/^(\.\.\/)+/, '');
    const parts = source.split('/');
    const file = source.startsWith('npm:') ? parts.slice(0, source.startsWith('npm:@') ? 2 : 1).join('/') : source;
    return { file, fn: `${at.name ?? frame.functionName ?? '(anonymous)'} ${source}:${at.line}` };
  };
}

function shortUrl(url: string): string {
  if (!url) return '(native)';
  const path = new URL(url, 'http://x').pathname;
  return path.split('/').slice(-1)[0] || path;
}

function top<T>(entries: Iterable<[T, number]>, n: number): [T, number][] {
  return [...entries].sort((a, b) => b[1] - a[1]).slice(0, n);
}

export function summarise(profile: CpuProfile, resolve: ReturnType<typeof sourceResolver>): string[] {
  const self = selfTimes(profile);
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const byUrl = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const [id, ms] of self) {
    const frame = byNode.get(id)!.callFrame;
    const source = resolve(frame);
    const url = source?.file ?? (frame.functionName.startsWith('(') ? frame.functionName : shortUrl(frame.url));
    byUrl.set(url, (byUrl.get(url) ?? 0) + ms);
    const fn = source?.fn ?? `${frame.functionName || '(anonymous)'} ${shortUrl(frame.url)}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
  }
  const lines = ['Main thread by source file or npm package (self ms):'];
  for (const [url, ms] of top(byUrl, 25)) lines.push(`  ${ms.toFixed(1).padStart(8)}  ${url}`);
  lines.push('Functions by self time (ms):');
  for (const [fn, ms] of top(byFunction, 30)) lines.push(`  ${ms.toFixed(1).padStart(8)}  ${fn}`);
  return lines;
}

export async function profileDashboard(server: StaticServer, scenario: 'heavy' | 'empty', root: string): Promise<string[]> {
  return withFreshBrowser(async ({ context }) => {
    await seedStore(context, server.origin, scenario);
    const page = await context.newPage();
    // Same-origin first, so the navigation below stays in this renderer process and its profiler.
    await page.goto(`${server.origin}/bench/raw.html`);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await page.goto(`${server.origin}/index.html#/`, { waitUntil: 'commit' });
    await page.waitForFunction((name) => performance.getEntriesByName(name, 'mark').length > 0, CHARTS_DRAWN_MARK, { timeout: 60_000 });
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    const marks = await page.evaluate(() =>
      [...performance.getEntriesByType('mark'), ...performance.getEntriesByType('measure')]
        .map((m) => ({ name: m.name, start: m.startTime, duration: m.duration }))
        .sort((a, b) => a.start - b.start),
    );
    const file = join(root, 'bench', `dashboard-${scenario}.cpuprofile`);
    writeFileSync(file, JSON.stringify(profile));
    return [
      `Marks (ms from navigation start):`,
      ...marks.map((m) => `  ${m.start.toFixed(1).padStart(8)}  ${m.name}${m.duration ? ` (${m.duration.toFixed(1)} ms)` : ''}`),
      ...summarise(profile, sourceResolver(server)),
      `Profile written to ${file}`,
    ];
  });
}

interface TraceEvent { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; cat: string; args?: { name?: string } }

/** Main-thread time by trace event name (top-level events only: the ones that nest in no other). */
function summariseTrace(events: TraceEvent[], startTs: number, endTs: number): string[] {
  const thread = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((x) => x.pid === e.pid && x.name === 'ParseHTML'));
  if (!thread) return ['(no renderer main thread in the trace)'];
  const main = events
    .filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X' && e.dur !== undefined && e.ts >= startTs && e.ts <= endTs)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const byName = new Map<string, number>();
  const nested = new Map<string, number>();
  let openEnd = -1;
  for (const e of main) {
    const ms = e.dur! / 1000;
    if (e.ts >= openEnd) {
      byName.set(e.name, (byName.get(e.name) ?? 0) + ms);
      openEnd = e.ts + e.dur!;
    }
    nested.set(e.name, (nested.get(e.name) ?? 0) + ms);
  }
  const busy = [...byName.values()].reduce((a, b) => a + b, 0);
  return [
    `Main thread busy ${busy.toFixed(0)} ms of ${((endTs - startTs) / 1000).toFixed(0)} ms; top-level events:`,
    ...top(byName, 12).map(([name, ms]) => `  ${ms.toFixed(1).padStart(8)}  ${name}`),
    'All events, nested included (ms):',
    ...top(nested, 25).map(([name, ms]) => `  ${ms.toFixed(1).padStart(8)}  ${name}`),
  ];
}

export async function traceDashboard(server: StaticServer, scenario: 'heavy' | 'empty'): Promise<string[]> {
  return withFreshBrowser(async ({ context }) => {
    await seedStore(context, server.origin, scenario);
    const page = await context.newPage();
    await page.goto(`${server.origin}/bench/raw.html`);
    const cdp = await context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => {
      events.push(...(e.value as unknown as TraceEvent[]));
    });
    const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.start', {
      traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink', 'loading', '__metadata'] },
      transferMode: 'ReportEvents',
    });
    await page.goto(`${server.origin}/index.html#/`, { waitUntil: 'commit' });
    await page.waitForFunction((name) => performance.getEntriesByName(name, 'mark').length > 0, CHARTS_DRAWN_MARK, { timeout: 60_000 });
    await cdp.send('Tracing.end');
    await done;
    // The last navigation start is the app's; the mark's user-timing event ends the span.
    const start = Math.max(...events.filter((e) => e.name === 'navigationStart').map((e) => e.ts));
    const end = events.find((e) => e.name === CHARTS_DRAWN_MARK)?.ts ?? Math.max(...events.map((e) => e.ts));
    return summariseTrace(events, start, end);
  });
}
