/**
 * `npm run bench -- --profile heavy|empty`: one dashboard navigation under the V8 sampling profiler, to find out where
 * an over-budget dashboard figure goes. Prints the page's performance marks, main-thread time by script and the
 * functions with the most self time, and writes the profile to bench/dashboard-<scenario>.cpuprofile (open it in
 * Chromium's DevTools, Performance panel).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SourceMapConsumer } from 'source-map-js';
import { CHARTS_DRAWN_MARK, seedStore, SHOWN_MARK, watchDashboard, withFreshBrowser } from './browser';
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

/** Self time (ms) per node id, from the samples taken in [from, to) (profile clock, µs) and the gaps between them. */
function selfTimes(profile: CpuProfile, from: number, to: number): Map<number, number> {
  const self = new Map<number, number>();
  let t = profile.startTime;
  profile.samples.forEach((id, i) => {
    t += profile.timeDeltas[i] ?? 0;
    if (t < from || t >= to) return;
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

export function summarise(profile: CpuProfile, resolve: ReturnType<typeof sourceResolver>, title: string, from = -Infinity, to = Infinity): string[] {
  const self = selfTimes(profile, from, to);
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
  const lines = [`${title}: main thread by source file or npm package (self ms):`];
  for (const [url, ms] of top(byUrl, 20)) lines.push(`  ${ms.toFixed(1).padStart(8)}  ${url}`);
  lines.push(`${title}: functions by self time (ms):`);
  for (const [fn, ms] of top(byFunction, 25)) lines.push(`  ${ms.toFixed(1).padStart(8)}  ${fn}`);
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
    // User-timing events of a trace carry the marks on the profiler's clock, to split the profile at them.
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => {
      events.push(...(e.value as unknown as TraceEvent[]));
    });
    const traced = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['blink.user_timing'] }, transferMode: 'ReportEvents' });
    await cdp.send('Profiler.start');
    await watchDashboard(page);
    await page.goto(`${server.origin}/index.html#/`, { waitUntil: 'commit' });
    await page.waitForFunction((name) => performance.getEntriesByName(name, 'mark').length > 0, CHARTS_DRAWN_MARK, { timeout: 60_000 });
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    await cdp.send('Tracing.end');
    await traced;
    const shownAt = events.find((e) => e.name === SHOWN_MARK)?.ts;
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
      ...(shownAt === undefined
        ? summarise(profile, sourceResolver(server), 'Whole run')
        : [
          ...summarise(profile, sourceResolver(server), 'Navigation -> shown', -Infinity, shownAt),
          ...summarise(profile, sourceResolver(server), 'Shown -> charts drawn', shownAt),
        ]),
      `Profile written to ${file}`,
    ];
  });
}

interface TraceEvent { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; cat: string; args?: { name?: string } }

/** Self time (ms) of each trace event name on the renderer's main thread, within [from, to) (µs): each event's
 * time inside the window less that of the events nested directly in it. */
function selfTimeByName(events: TraceEvent[], from: number, to: number): Map<string, number> {
  const clipped = (e: TraceEvent) => Math.max(0, Math.min(e.ts + e.dur!, to) - Math.max(e.ts, from));
  const self = new Map<string, number>();
  const stack: { e: TraceEvent; children: number }[] = [];
  const close = () => {
    const { e, children } = stack.pop()!;
    self.set(e.name, (self.get(e.name) ?? 0) + Math.max(0, clipped(e) - children) / 1000);
  };
  for (const e of events) {
    while (stack.length && stack[stack.length - 1]!.e.ts + stack[stack.length - 1]!.e.dur! < e.ts + e.dur!) close();
    if (stack.length) stack[stack.length - 1]!.children += clipped(e);
    stack.push({ e, children: 0 });
  }
  while (stack.length) close();
  return self;
}

/** Main-thread self time by trace event name, before the dashboard shows and between that and its charts drawn. */
function summariseTrace(events: TraceEvent[], marks: { start: number; shown: number; drawn: number }): string[] {
  const thread = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((x) => x.pid === e.pid && x.name === 'ParseHTML'));
  if (!thread) return ['(no renderer main thread in the trace)'];
  const main = events
    .filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const lines: string[] = [];
  for (const [label, from, to] of [['navigation -> shown', marks.start, marks.shown], ['shown -> charts drawn', marks.shown, marks.drawn]] as const) {
    const self = selfTimeByName(main, from, to);
    const busy = [...self.values()].reduce((a, b) => a + b, 0);
    lines.push(`Main thread, ${label}: ${((to - from) / 1000).toFixed(0)} ms, busy ${busy.toFixed(0)} ms; self time by trace event:`);
    lines.push(...top(self, 14).map(([name, ms]) => `  ${ms.toFixed(1).padStart(8)}  ${name}`));
  }
  return lines;
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
      traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink', 'blink.user_timing', 'loading', '__metadata'] },
      transferMode: 'ReportEvents',
    });
    await watchDashboard(page);
    await page.goto(`${server.origin}/index.html#/`, { waitUntil: 'commit' });
    await page.waitForFunction((name) => performance.getEntriesByName(name, 'mark').length > 0, CHARTS_DRAWN_MARK, { timeout: 60_000 });
    await page.waitForFunction((name) => performance.getEntriesByName(name, 'mark').length > 0, SHOWN_MARK);
    await cdp.send('Tracing.end');
    await done;
    // The marks' user-timing events split the span; navigation start is the shown mark less its page time.
    const shownMs = await page.evaluate((name) => performance.getEntriesByName(name, 'mark')[0]?.startTime ?? 0, SHOWN_MARK);
    const at = (name: string) => events.find((e) => e.name === name)?.ts ?? Math.max(...events.map((e) => e.ts));
    const start = at(SHOWN_MARK) - shownMs * 1000;
    return summariseTrace(events, { start, shown: at(SHOWN_MARK), drawn: at(CHARTS_DRAWN_MARK) });
  });
}
