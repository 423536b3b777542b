/**
 * Cumulative CEUs across one cycle (shared/ceu/progress.ts): earned, the required total, the steady pace from the
 * start and the pace from today to the deadline. An accessible name and a text summary go with it.
 */
import { addDays, format, parseISO } from 'date-fns';
import { useId } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ProgressChart as ChartData } from '../../../../shared/ceu/progress';
import { useChartColours } from '../../components/chartColours';
import { formatDay } from '../../lib/dates';
import { formatCeus } from './ceuView';

export function CeuProgressChart({ code, chart, summary }: { code: string; chart: ChartData; summary: string }) {
  const id = useId();
  const c = useChartColours();
  const colours = { earned: c.score, required: c.pass, expected: c.average, pace: c.trend, grid: c.grid, text: c.text };
  const start = parseISO(chart.cycleStart);
  const lastDay = chart.requiredLine.at(-1)?.day ?? 0;
  const todayDay = chart.rows.find((row) => row.date === chart.today)?.day;
  const dayLabel = (day: number) => format(addDays(start, day), 'MMM yyyy');
  const top = Math.max(chart.required, chart.earned.at(-1)?.ceus ?? 0);
  return (
    <figure className="ceu-chart" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>CEUs across the cycle</h4>
      <p id={`${id}-summary`} className="muted" data-testid="chart-summary">{summary}</p>
      <div
        role="img"
        aria-label={`Line chart: ${code} CEUs earned across the cycle against the required ${formatCeus(chart.required)}, with the pace to the deadline`}
        aria-describedby={`${id}-summary`}
        style={{ height: 240 }}
      >
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={chart.rows} margin={{ top: 22, right: 16, bottom: 4, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid stroke={colours.grid} vertical={false} />
            <XAxis
              dataKey="day"
              type="number"
              domain={[0, lastDay]}
              ticks={[0, Math.round(lastDay / 2), lastDay]}
              tickFormatter={dayLabel}
              stroke={colours.text}
            />
            <YAxis width={40} domain={[0, Math.ceil(top)]} allowDecimals={false} stroke={colours.text} />
            <Tooltip
              isAnimationActive={false}
              labelFormatter={(day) => formatDay(format(addDays(start, Number(day)), 'yyyy-MM-dd'))}
              formatter={(value, name) => [`${formatCeus(Number(value))} CEUs`, name]}
            />
            <Legend />
            <ReferenceLine
              y={chart.required}
              stroke={colours.required}
              strokeWidth={2}
              label={{ value: `Required ${formatCeus(chart.required)}`, position: 'insideTopLeft', fill: colours.text }}
            />
            {todayDay !== undefined ? <ReferenceLine x={todayDay} stroke={colours.text} strokeDasharray="2 3" label={{ value: 'Today', position: 'top', fill: colours.text }} /> : null}
            <Line dataKey="earned" name="Earned" type="stepAfter" stroke={colours.earned} strokeWidth={3} dot={false} connectNulls isAnimationActive={false} />
            <Line dataKey="expected" name="Steady pace" stroke={colours.expected} strokeDasharray="6 4" dot={false} connectNulls isAnimationActive={false} />
            <Line dataKey="pace" name="Pace to deadline" stroke={colours.pace} strokeDasharray="2 3" strokeWidth={2} dot={false} connectNulls isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
