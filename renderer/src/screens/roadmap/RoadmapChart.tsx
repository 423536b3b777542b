/**
 * The roadmap timeline: one row per stage, target dates (diamonds; late ones marked), done dates (dots) and a
 * "today" line, then per-stage progress as a table that doubles as the chart's text alternative.
 * Colours come from CSS classes (roadmap.css) so the chart follows the light and dark themes.
 */
import { useId } from 'react';
import {
  CartesianGrid,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from 'recharts';
import type { RoadmapTimeline } from '../../../../shared/roadmap/timeline';
import { thinTicks } from '../../lib/chartTicks';
import { formatDay } from '../../lib/dates';
import { tickLabel, timelineChartData, type ChartPoint, type PointKind } from './chartData';
import { STATE_LABELS } from './milestoneValidation';

const KIND_LABEL: Record<PointKind, string> = { target: 'Target date', late: 'Target date (late)', done: 'Done' };

interface ShapeProps {
  cx?: number;
  cy?: number;
  payload?: ChartPoint;
}

/** Diamond for a target date, filled dot for a done date; the class carries the colour. */
function PointShape({ cx, cy, payload }: ShapeProps) {
  if (cx === undefined || cy === undefined || !payload) return null;
  if (payload.kind === 'done') return <circle className="pt pt-done" cx={cx} cy={cy} r={6} />;
  const r = 7;
  return (
    <path
      className={`pt pt-${payload.kind}`}
      d={`M${cx},${cy - r} L${cx + r},${cy} L${cx},${cy + r} L${cx - r},${cy} Z`}
    />
  );
}

function PointTooltip({ active, payload }: TooltipContentProps) {
  const point = active ? (payload?.[0]?.payload as ChartPoint | undefined) : undefined;
  if (!point) return null;
  return (
    <div className="roadmap-tooltip">
      <strong>{point.title}</strong>
      <div>{point.stageLabel} · {STATE_LABELS[point.state]}</div>
      <div>{KIND_LABEL[point.kind]}: {formatDay(point.date)}</div>
    </div>
  );
}

/** Date labels ("Apr 2026") that fit side by side on the narrowest chart (an 800-px window) with room between. */
const MAX_DATE_TICKS = 6;

export function RoadmapChart({ timeline }: { timeline: RoadmapTimeline }) {
  const id = useId();
  const data = timelineChartData(timeline);
  const byKind = (kind: PointKind) => data.points.filter((p) => p.kind === kind);
  const late = timeline.stages.flatMap((s) => s.milestones.filter((m) => m.late));

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Timeline and progress</h2>
      <p id={`${id}-summary`} className="muted">
        Today is {formatDay(timeline.today)}. {timeline.done} of {timeline.total} milestones done
        {timeline.progressPct !== null ? ` (${timeline.progressPct}%)` : ''}.
        {late.length > 0 ? ` Late: ${late.map((m) => `${m.title} (target ${formatDay(m.targetDate)})`).join('; ')}.` : ''}
      </p>
      <div
        className="roadmap-chart"
        role="img"
        aria-label="Roadmap timeline chart: target and done dates of each stage's milestones, with today marked"
        aria-describedby={`${id}-summary ${id}-table`}
      >
        <ResponsiveContainer width="100%" height={300}>
          <ScatterChart margin={{ top: 24, right: 24, bottom: 8, left: 8 }} accessibilityLayer={false}>
            <CartesianGrid />
            <XAxis
              type="number"
              dataKey="x"
              domain={data.domain}
              ticks={thinTicks(data.ticks, MAX_DATE_TICKS)}
              tickFormatter={tickLabel}
              allowDataOverflow
            />
            <YAxis
              type="number"
              dataKey="y"
              domain={[-0.5, data.stageLabels.length - 0.5]}
              ticks={data.stageLabels.map((_, i) => i)}
              tickFormatter={(i: number) => data.stageLabels[i] ?? ''}
              reversed
              width={110}
              interval={0}
            />
            <Tooltip content={PointTooltip} cursor={false} isAnimationActive={false} />
            <ReferenceLine
              x={data.today}
              className="roadmap-today"
              strokeDasharray="4 4"
              label={{ value: 'Today', position: 'top', className: 'roadmap-today-label' }}
            />
            {(['target', 'late', 'done'] as const).map((kind) => (
              <Scatter
                key={kind}
                name={KIND_LABEL[kind]}
                data={byKind(kind)}
                shape={(props: ShapeProps) => <PointShape {...props} />}
                isAnimationActive={false}
              />
            ))}
          </ScatterChart>
        </ResponsiveContainer>
      </div>
      <ul className="roadmap-legend" aria-hidden="true">
        <li><span className="swatch swatch-target" /> Target date</li>
        <li><span className="swatch swatch-late" /> Target date, late</li>
        <li><span className="swatch swatch-done" /> Done</li>
        <li><span className="swatch swatch-today" /> Today</li>
      </ul>
      <table className="data roadmap-progress" id={`${id}-table`}>
        <caption className="visually-hidden">Progress per stage</caption>
        <thead>
          <tr>
            <th scope="col">Stage</th>
            <th scope="col" className="num">Done</th>
            <th scope="col">Progress</th>
          </tr>
        </thead>
        <tbody>
          {timeline.stages.map((s) => (
            <tr key={s.stage}>
              <th scope="row">{s.label}</th>
              <td className="num">{s.done} of {s.total}</td>
              <td>
                {s.progressPct === null ? (
                  <span className="muted">No milestones</span>
                ) : (
                  <span className="progress-cell">
                    <progress max={100} value={s.progressPct} aria-label={`${s.label} progress`} />
                    <span>{s.progressPct}%</span>
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
