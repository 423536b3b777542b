/**
 * The three practice charts (data from shared/study/charts.ts): score trend with the pass line and projection
 * band, per-domain latest vs average, and time per question against the exam's pace. Each chart is an image with
 * an accessible name, described by a text summary that says the same in words.
 */
import { format } from 'date-fns';
import { useId, type ReactNode } from 'react';
import {
  Area,
  Bar,
  BarChart,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { DomainBar, PaceRow, TrendChart } from '../../../../shared/study/charts';
import { addDaysToDay, daysBetween, dayToDate } from '../../../../shared/study/days';
import type { Readiness } from '../../../../shared/study/readiness';
import { useChartColours } from '../../components/chartColours';
import { formatPercent } from './practiceView';

function ChartCard({ title, label, summary, testId, children }: { title: string; label: string; summary: string; testId: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="card practice-chart-card" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      <p id={`${id}-summary`} className="muted" data-testid={`${testId}-summary`}>{summary}</p>
      <div className="practice-chart" role="img" aria-label={label} aria-describedby={`${id}-summary`} data-testid={testId}>
        {children}
      </div>
    </section>
  );
}

const shortDay = (day: string) => format(dayToDate(day), 'MMM d');

export function ScoreTrendChart({ chart, reach, summary }: { chart: TrendChart; reach: Readiness['reach']; summary: string }) {
  const c = useChartColours();
  const first = chart.rows[0]?.date;
  if (!first) return null;
  const dayOf = (day: number) => addDaysToDay(first, day);
  const projectedDay = reach?.state === 'around' ? daysBetween(first, reach.date) : undefined;
  return (
    <ChartCard
      title="Score trend"
      label={`Score trend chart: practice scores over time, the pass line at ${formatPercent(chart.passPercent)}, and, for a clear rise, the range of the trend`}
      summary={summary}
      testId="trend-chart"
    >
      <ResponsiveContainer width="100%" height={300}>
        <ComposedChart data={chart.rows} margin={{ top: 16, right: 24, bottom: 8, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke={c.grid} />
          <XAxis
            type="number"
            dataKey="day"
            domain={['dataMin', 'dataMax']}
            tickFormatter={(d: number) => shortDay(dayOf(d))}
            stroke={c.muted}
          />
          <YAxis domain={[0, 100]} unit="%" stroke={c.muted} width={48} />
          <Tooltip labelFormatter={(d) => (typeof d === 'number' ? shortDay(dayOf(d)) : String(d))} isAnimationActive={false} />
          <Legend />
          {reach?.state === 'around' ? (
            <Area dataKey="band" name="Range of the trend" stroke="none" fill={c.trend} fillOpacity={0.18} isAnimationActive={false} />
          ) : null}
          <Line dataKey="trend" name="Trend" stroke={c.trend} strokeDasharray="6 4" dot={false} isAnimationActive={false} />
          <Line dataKey="score" name="Score" stroke={c.score} strokeWidth={2} dot={{ r: 4 }} isAnimationActive={false} />
          <ReferenceLine
            y={chart.passPercent}
            stroke={c.pass}
            strokeWidth={2}
            label={{ value: `Pass ${formatPercent(chart.passPercent)}`, position: 'insideTopLeft', fill: c.text, fontSize: 12 }}
          />
          {projectedDay !== undefined ? (
            <ReferenceLine
              x={projectedDay}
              ifOverflow="extendDomain"
              stroke={c.muted}
              strokeDasharray="3 3"
              label={{ value: 'Pass mark around', position: 'insideTopRight', fill: c.text, fontSize: 12 }}
            />
          ) : null}
        </ComposedChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}

export function DomainBarsChart({ bars, passPercent, summary }: { bars: DomainBar[]; passPercent: number; summary: string }) {
  const c = useChartColours();
  if (bars.length === 0) {
    return (
      <section className="card practice-chart-card" aria-label="Scores per content domain">
        <h3>Scores per content domain</h3>
        <p className="muted" data-testid="domain-chart-summary">{summary}</p>
      </section>
    );
  }
  return (
    <ChartCard
      title="Scores per content domain"
      label="Per-domain chart: latest and average percent correct in each content domain, weakest first"
      summary={summary}
      testId="domain-chart"
    >
      <ResponsiveContainer width="100%" height={Math.max(160, bars.length * 44 + 70)}>
        <BarChart data={bars} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid stroke={c.grid} horizontal={false} />
          <XAxis type="number" domain={[0, 100]} unit="%" stroke={c.muted} />
          <YAxis type="category" dataKey="label" width={230} stroke={c.muted} tick={{ fontSize: 12 }} interval={0} />
          <Tooltip isAnimationActive={false} formatter={(v) => `${String(v)}%`} />
          <Legend />
          <Bar dataKey="latest" name="Latest" fill={c.score} isAnimationActive={false} />
          <Bar dataKey="average" name="Average" fill={c.average} isAnimationActive={false} />
          <ReferenceLine x={passPercent} stroke={c.pass} strokeWidth={2} />
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}

export function PaceChart({ rows, summary }: { rows: PaceRow[]; summary: string }) {
  const c = useChartColours();
  const examPace = rows[0]?.examPace;
  if (rows.length === 0 || examPace === undefined) {
    return (
      <section className="card practice-chart-card" aria-label="Time per question">
        <h3>Time per question</h3>
        <p className="muted" data-testid="pace-chart-summary">{summary}</p>
      </section>
    );
  }
  const max = Math.ceil(Math.max(examPace, ...rows.map((r) => r.minutesPerQuestion)) * 1.2);
  return (
    <ChartCard
      title="Time per question"
      label={`Time per question chart: minutes per question in each attempt, with the exam's average pace of ${examPace} minutes`}
      summary={summary}
      testId="pace-chart"
    >
      <ResponsiveContainer width="100%" height={240}>
        <LineChart data={rows} margin={{ top: 16, right: 24, bottom: 8, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke={c.grid} />
          <XAxis dataKey="date" tickFormatter={(d: string) => shortDay(d)} stroke={c.muted} />
          <YAxis domain={[0, max]} stroke={c.muted} width={48} />
          <Tooltip isAnimationActive={false} formatter={(v) => `${String(v)} min`} />
          <Legend />
          <Line dataKey="minutesPerQuestion" name="Minutes per question" stroke={c.score} strokeWidth={2} dot={{ r: 4 }} isAnimationActive={false} />
          <ReferenceLine
            y={examPace}
            stroke={c.pass}
            strokeWidth={2}
            label={{ value: `Exam pace ${examPace} min`, position: 'insideTopLeft', fill: c.text, fontSize: 12 }}
          />
        </LineChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
