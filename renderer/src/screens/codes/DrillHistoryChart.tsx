/** The lookup drills so far: accuracy and median seconds per code, one point per drill, with a summary in words. */
import { useId } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { drillHistoryPoints, type LookupDrillResult } from '../../../../shared/codeset/lookupDrill';
import { useChartColours } from '../../components/chartColours';

export function DrillHistoryChart({ results }: { results: readonly LookupDrillResult[] }) {
  const c = useChartColours();
  const id = useId();
  const points = drillHistoryPoints(results);
  const last = points[points.length - 1];
  if (!last) return null;
  const summary = `${points.length} lookup ${points.length === 1 ? 'drill' : 'drills'}; the last: ${last.correct} of ${last.total} right, median ${last.medianSeconds} s per code (${last.label}).`;
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Your lookup drills</h2>
      <p id={`${id}-summary`} className="muted">{summary}</p>
      <div role="img" aria-label="Chart of lookup drills: accuracy in percent and median seconds per code, drill by drill" aria-describedby={`${id}-summary`}>
        <ResponsiveContainer width="100%" height={240}>
          <LineChart data={points} margin={{ top: 12, right: 24, bottom: 8, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid stroke={c.grid} />
            <XAxis dataKey="run" stroke={c.muted} tick={{ fill: c.text }} label={{ value: 'Drill', position: 'insideBottomRight', offset: -4, fill: c.muted }} />
            <YAxis yAxisId="pct" domain={[0, 100]} stroke={c.muted} tick={{ fill: c.text }} unit="%" />
            <YAxis yAxisId="sec" orientation="right" stroke={c.muted} tick={{ fill: c.text }} unit=" s" />
            <Tooltip />
            <Legend />
            <Line yAxisId="pct" dataKey="accuracyPercent" name="Accuracy (%)" stroke={c.pass} isAnimationActive={false} />
            <Line yAxisId="sec" dataKey="medianSeconds" name="Median seconds per code" stroke={c.score} isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </div>
    </section>
  );
}
