/**
 * Flashcard statistics: due forecast for the next 30 days, reviews per day and retention over the last 30 days
 * against the desired retention, and the streak. Each chart is an image with an accessible name and a summary in
 * words beside it.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, type ReactNode } from 'react';
import { Bar, BarChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useChartColours } from '../../components/chartColours';
import { formatDayShort, readFlashcardStats } from '../../db/flashcardReads';

function Chart({ title, summary, children }: { title: string; summary: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="card flash-chart-card" aria-labelledby={`${id}-t`}>
      <h3 id={`${id}-t`}>{title}</h3>
      <p id={`${id}-s`} className="muted">{summary}</p>
      <div className="flash-chart" role="img" aria-label={title} aria-describedby={`${id}-s`}>{children}</div>
    </section>
  );
}

const pct = (value: number) => `${Math.round(value * 1000) / 10}%`;

export function StatsPanel() {
  const stats = useLiveQuery(() => readFlashcardStats(), []);
  const colours = useChartColours();
  if (!stats) return <p className="loading" role="status">Loading statistics…</p>;
  const forecast = stats.forecast.map((d) => ({ label: formatDayShort(d.day), count: d.count }));
  const perDay = stats.perDay.map((d) => ({ label: formatDayShort(d.day), count: d.count }));
  const dueTotal = stats.forecast.reduce((s, d) => s + d.count, 0);
  const reviewTotal = stats.perDay.reduce((s, d) => s + d.count, 0);
  const { retention, target } = stats;
  const retentionText =
    retention.rate === null
      ? 'No reviews of learned cards in the last 30 days yet.'
      : `${pct(retention.rate)} of ${retention.reviews} reviews recalled (not Again)${target !== null ? `, against a desired retention of ${pct(target)}` : ''}: ${
          target === null ? '' : retention.rate >= target ? 'on target.' : 'below target — shorter intervals (a higher desired retention) or more reviews would help.'
        }`;
  const axis = { fontSize: 11, fill: colours.muted };
  return (
    <section className="flash-stats" aria-labelledby="flash-stats-title">
      <h2 id="flash-stats-title">Statistics</h2>
      <div className="facts">
        <p><strong>{stats.streak}</strong> day{stats.streak === 1 ? '' : 's'} streak <span className="muted">(days with nothing due do not break it)</span></p>
        <p><strong>Retention (30 days):</strong> {retentionText}</p>
      </div>
      <div className="grid flash-charts">
        <Chart title="Due in the next 30 days" summary={`${dueTotal} cards fall due in the next 30 days; ${stats.forecast[0]?.count ?? 0} today (overdue included).`}>
          <ResponsiveContainer width="100%" height={180}>
            <BarChart data={forecast}>
              <XAxis dataKey="label" tick={axis} interval={6} />
              <YAxis allowDecimals={false} tick={axis} width={36} />
              <Tooltip />
              <Bar dataKey="count" name="Cards due" fill={colours.score} isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </Chart>
        <Chart title="Reviews per day (last 30 days)" summary={`${reviewTotal} answers in the last 30 days, on ${stats.perDay.filter((d) => d.count > 0).length} days.`}>
          <ResponsiveContainer width="100%" height={180}>
            <BarChart data={perDay}>
              <XAxis dataKey="label" tick={axis} interval={6} />
              <YAxis allowDecimals={false} tick={axis} width={36} />
              <Tooltip />
              <Bar dataKey="count" name="Reviews" fill={colours.pass} isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </Chart>
      </div>
    </section>
  );
}
