/**
 * Chart colours read from the theme's CSS variables (app.css --chart-*), re-read when the system switches
 * between light and dark, so recharts gets real colour values that follow the theme.
 */
import { useEffect, useState } from 'react';

export interface ChartColours {
  score: string;
  trend: string;
  average: string;
  pass: string;
  grid: string;
  text: string;
  muted: string;
}

function readColours(): ChartColours {
  const style = typeof document === 'undefined' ? null : getComputedStyle(document.documentElement);
  const v = (name: string, fallback: string) => style?.getPropertyValue(name).trim() || fallback;
  return {
    score: v('--chart-1', '#1f5fbf'),
    trend: v('--chart-4', '#8e44ad'),
    average: v('--chart-2', '#c2571a'),
    pass: v('--chart-3', '#2e8b57'),
    grid: v('--chart-grid', '#d5dae2'),
    text: v('--text', '#1a1f2b'),
    muted: v('--muted', '#505a6b'),
  };
}

export function useChartColours(): ChartColours {
  const [colours, setColours] = useState(readColours);
  useEffect(() => {
    const query = window.matchMedia?.('(prefers-color-scheme: dark)');
    if (!query) return;
    const update = () => setColours(readColours());
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, []);
  return colours;
}
