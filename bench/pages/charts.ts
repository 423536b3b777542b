/**
 * The chart bench page: draws the dashboard's five charts (DashboardCharts.tsx) for the heavy dataset's dashboard,
 * again and again, and times it. For comparing ways of drawing them: the timing is the median of many rounds, so a
 * busy machine moves it less than one navigation. `window.coderpathCharts.run(rounds)` returns the figures.
 */
import { createElement, Fragment } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { isActive } from '../../shared/ceu/requirements';
import { buildDashboardView, type DashboardView } from '../../renderer/src/screens/dashboard/dashboardView';
import { chartHeight, dashboardChartSpecs } from '../../renderer/src/screens/dashboard/chartSpecs';
import { DashboardChart } from '../../renderer/src/screens/dashboard/DashboardCharts';
import { benchToday, heavy } from '../data';

const WIDTH = 360;

function heavyView(): DashboardView {
  const today = benchToday();
  const data = heavy(today);
  const activePlan = data.studyPlans.find((p) => p.active) ?? data.studyPlans[0];
  const examCode = activePlan?.examCode ?? data.practiceAttempts[0]?.examCode;
  return buildDashboardView({
    ...(activePlan ? { activePlan } : {}),
    attempts: data.practiceAttempts.filter((a) => a.examCode === examCode),
    practiceTargets: {},
    recentSessions: data.studySessions,
    credentials: data.credentials.filter((c) => isActive(c, today)),
    entries: data.ceuEntries,
    ruleSettings: {},
    milestones: data.milestones,
  }, today);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** Resolves once the element's subtree has not changed for one macrotask (recharts' follow-up renders are done). */
function settled(el: HTMLElement): Promise<void> {
  return new Promise((resolve) => {
    let timer = setTimeout(done, 0);
    const observer = new MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(done, 0);
    });
    observer.observe(el, { childList: true, subtree: true, attributes: true });
    function done() {
      observer.disconnect();
      resolve();
    }
  });
}

export interface ChartRounds {
  /** Median ms from render to the commit that puts every chart's <svg> in the page (what the bench watches for, bench/observe.ts). */
  firstCommitMs: number;
  /** Median ms until recharts' follow-up renders are over too (no DOM change for a macrotask). */
  settledMs: number;
  /** The first round: code not yet compiled or optimised, as on the dashboard's first draw. */
  coldMs: number;
  svgs: number;
  elements: number;
}

async function run(rounds: number): Promise<ChartRounds> {
  const specs = dashboardChartSpecs(heavyView());
  const host = document.getElementById('charts')!;
  const first: number[] = [];
  const all: number[] = [];
  let coldMs = NaN;
  let svgs = 0;
  let elements = 0;
  for (let i = 0; i < rounds + 2; i++) {
    const box = document.createElement('div');
    host.replaceChildren(box);
    const root = createRoot(box);
    const start = performance.now();
    flushSync(() => {
      root.render(createElement(Fragment, null, specs.map((spec) =>
        createElement('div', { key: spec.id, style: { width: WIDTH, height: chartHeight(spec), contain: 'size layout' } },
          createElement(DashboardChart, { spec, width: WIDTH, height: chartHeight(spec) })))));
    });
    const firstCommit = performance.now() - start;
    if (i === 0) coldMs = firstCommit;
    await settled(box);
    const total = performance.now() - start;
    svgs = box.getElementsByTagName('svg').length;
    elements = box.getElementsByTagName('*').length;
    root.unmount();
    if (i >= 2) {
      first.push(firstCommit);
      all.push(total);
    }
  }
  return { firstCommitMs: median(first), settledMs: median(all), coldMs, svgs, elements };
}

(window as unknown as { coderpathCharts: { run: typeof run } }).coderpathCharts = { run };
document.getElementById('status')!.textContent = 'ready';
