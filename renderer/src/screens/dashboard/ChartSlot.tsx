/**
 * A card's chart box: its accessible name, description and height are there with the card's text; the chart itself
 * (DashboardCharts.tsx, with recharts) is fetched once the cards are on screen and drawn right after, at the box's
 * measured width. So the dashboard shows its numbers without waiting for the chart code or the drawing.
 */
import { createContext, startTransition, useContext, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { chartHeight, chartLabel, type ChartSpec } from './chartSpecs';

type ChartsModule = typeof import('./DashboardCharts');

const Charts = createContext<ChartsModule | null>(null);
export const ChartsModuleProvider = Charts.Provider;

/**
 * The chart code, loaded once `wanted` (the cards are on screen and some card has a chart); null until then.
 * Its drawing is a transition, so it never holds up what is already shown.
 */
export function useChartsModule(wanted: boolean): ChartsModule | null {
  const [charts, setCharts] = useState<ChartsModule | null>(null);
  useEffect(() => {
    if (!wanted || charts) return;
    let live = true;
    import('./DashboardCharts').then(
      (module) => live && startTransition(() => setCharts(module)),
      (error: unknown) => console.warn('[coderpath] dashboard charts failed to load:', error),
    );
    return () => {
      live = false;
    };
  }, [wanted, charts]);
  return charts;
}

/** The box's content width, read before the first paint and followed on resize (one observer per box). */
function useWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    setWidth(el.clientWidth);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setWidth(el.clientWidth));
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

export function ChartSlot({ spec, summaryId }: { spec: ChartSpec; summaryId: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const charts = useContext(Charts);
  const width = useWidth(ref);
  const height = chartHeight(spec);
  return (
    <div ref={ref} className="dash-chart" role="img" aria-label={chartLabel(spec)} aria-describedby={summaryId} style={{ height }}>
      {charts && width > 0 ? <charts.DashboardChart spec={spec} width={width} height={height} /> : null}
    </div>
  );
}
