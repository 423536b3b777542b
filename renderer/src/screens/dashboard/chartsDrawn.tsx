/**
 * `performance.mark('dashboard:charts-drawn')` once every chart the dashboard shows has drawn its SVG, so a benchmark
 * can measure navigation → dashboard ready. The charts load and draw after the cards show (ChartSlot.tsx), so each
 * chart box watches itself until an <svg> appears and reports in; the dashboard marks when all expected ones have.
 */
import { firstScreenDrawn } from '../../app/firstScreen';
import { createContext, useCallback, useContext, useEffect, useRef, useState, type RefObject } from 'react';

export const CHARTS_DRAWN_MARK = 'dashboard:charts-drawn';
/** Set once per visit when the cards with their numbers are on screen (charts may still be drawing). */
export const SHOWN_MARK = 'dashboard:shown';

const Report = createContext<(id: string) => void>(() => {});
export const ChartsDrawnProvider = Report.Provider;

/** Calls the reporter once the element holds an <svg>. */
export function useReportDrawn(id: string, ref: RefObject<HTMLElement | null>) {
  const report = useContext(Report);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    // A live collection: checking its length on each mutation costs nothing, unlike a querySelector per mutation.
    const svgs = el.getElementsByTagName('svg');
    if (svgs.length > 0) {
      report(id);
      return;
    }
    const observer = new MutationObserver(() => {
      if (svgs.length === 0) return;
      observer.disconnect();
      report(id);
    });
    observer.observe(el, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [id, ref, report]);
}

/**
 * Collects reports; marks once (per dashboard visit) when every id in `expected` has drawn. `expected` undefined
 * means the data is still loading; an empty list (nothing to draw) marks as soon as the data is there.
 */
export function useChartsDrawnMark(expected: readonly string[] | undefined): { report: (id: string) => void; drawn: boolean } {
  const [seen, setSeen] = useState<ReadonlySet<string>>(() => new Set());
  const marked = useRef(false);
  const [drawn, setDrawn] = useState(false);
  const report = useCallback((id: string) => {
    setSeen((prev) => (prev.has(id) ? prev : new Set([...prev, id])));
  }, []);
  useEffect(() => {
    if (marked.current || !expected || !expected.every((id) => seen.has(id))) return;
    marked.current = true;
    performance.mark(CHARTS_DRAWN_MARK, { detail: { charts: expected.length } });
    firstScreenDrawn();
    setDrawn(true);
  }, [expected, seen]);
  return { report, drawn };
}

/** Marks SHOWN_MARK once (per dashboard visit), in the commit that first puts the cards on screen. */
export function useShownMark(shown: boolean): void {
  const marked = useRef(false);
  useEffect(() => {
    if (!shown || marked.current) return;
    marked.current = true;
    performance.mark(SHOWN_MARK);
  }, [shown]);
}
