/**
 * Study time charts: hours per week against the goal, and hours per topic. Each chart has an accessible name and a
 * text summary (studyView.ts); colours come from CSS (study.css) so they follow the theme.
 */
import { useId, type ReactNode } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { DomainHours, WeekHours } from '../../../../shared/study/sessions';
import { formatDay } from '../../lib/dates';
import { domainHoursSummary, formatHours, shortDay, weeklyHoursSummary } from './studyView';

function ChartFigure({ title, label, summary, height, children }: {
  title: string;
  label: string;
  summary: string;
  height: number;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <figure className="study-chart" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      <p id={`${id}-summary`} className="muted" data-testid="chart-summary">{summary}</p>
      <div role="img" aria-label={label} aria-describedby={`${id}-summary`} style={{ height }}>
        {children}
      </div>
    </figure>
  );
}

export function WeeklyHoursChart({ weeks }: { weeks: WeekHours[] }) {
  const goal = weeks[0]?.goal ?? 0;
  const rows = weeks.map((w) => ({ ...w, label: shortDay(w.weekStart) }));
  return (
    <ChartFigure
      title="Hours per week"
      label={`Bar chart: study hours per week against the goal of ${formatHours(goal)}`}
      summary={weeklyHoursSummary(weeks)}
      height={240}
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} margin={{ top: 16, right: 16, bottom: 4, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid vertical={false} className="chart-grid" />
          <XAxis dataKey="label" />
          <YAxis allowDecimals={false} width={36} domain={[0, (max: number) => Math.ceil(Math.max(max, goal))]} />
          <Tooltip
            isAnimationActive={false}
            formatter={(value) => [formatHours(Number(value)), 'Studied']}
            labelFormatter={(_, payload) => {
              const week = payload?.[0]?.payload as WeekHours | undefined;
              return week ? `Week of ${formatDay(week.weekStart)}` : '';
            }}
          />
          <Bar dataKey="hours" name="Hours studied" className="bar-hours" isAnimationActive={false} />
          <ReferenceLine
            y={goal}
            className="goal-line"
            strokeDasharray="5 4"
            label={{ value: `Goal ${formatHours(goal)}`, position: 'insideTopRight', className: 'goal-label' }}
          />
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}

export function DomainHoursChart({ rows }: { rows: DomainHours[] }) {
  return (
    <ChartFigure
      title="Hours per topic"
      label="Bar chart: study hours per topic"
      summary={domainHoursSummary(rows)}
      height={Math.max(120, rows.length * 30 + 40)}
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid horizontal={false} className="chart-grid" />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="label" width={200} interval={0} tick={{ fontSize: 12 }} />
          <Tooltip isAnimationActive={false} formatter={(value) => [formatHours(Number(value)), 'Studied']} />
          <Bar dataKey="hours" name="Hours studied" className="bar-domain" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
