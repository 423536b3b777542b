/**
 * The dashboard's five small charts. Each is an image with an accessible name, described by the card's text
 * summary (dashboardView.ts), and reports when its SVG is drawn (chartsDrawn.tsx). Colours come from the theme's
 * CSS variables (practice/chartColours.ts), so they follow light and dark.
 */
import { useRef, type ReactNode } from 'react';
import {
  Bar, BarChart, CartesianGrid, Cell, Line, LineChart, ReferenceLine, ResponsiveContainer, Scatter, ScatterChart,
  Tooltip, XAxis, YAxis,
} from 'recharts';
import type { Deadline } from '../../../../shared/dashboard/nextDeadline';
import type { TrendRow } from '../../../../shared/study/charts';
import type { WeekHours } from '../../../../shared/study/sessions';
import { formatDay } from '../../lib/dates';
import { useChartColours } from '../practice/chartColours';
import { formatHours, shortDay } from '../study/studyView';
import { useReportDrawn } from './chartsDrawn';
import { daysLeftText, monthTick, type CeuRow, type MilestonePoint } from './dashboardView';

function DashChart({ id, label, summaryId, height, children }: {
  id: string;
  label: string;
  summaryId: string;
  height: number;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useReportDrawn(id, ref);
  return (
    <div ref={ref} className="dash-chart" role="img" aria-label={label} aria-describedby={summaryId} data-testid="dashboard-chart" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">{children as never}</ResponsiveContainer>
    </div>
  );
}

const margin = { top: 8, right: 16, bottom: 4, left: 4 };

export function DeadlineChart({ deadlines, summaryId }: { deadlines: Deadline[]; summaryId: string }) {
  const c = useChartColours();
  const rows = deadlines.map((d) => ({ label: d.label, days: Math.max(0, d.daysLeft), deadline: d }));
  return (
    <DashChart id="next-deadline" label="Bar chart: days left until each upcoming deadline" summaryId={summaryId} height={Math.max(90, rows.length * 34 + 30)}>
      <BarChart data={rows} layout="vertical" margin={margin} accessibilityLayer={false}>
        <CartesianGrid horizontal={false} stroke={c.grid} />
        <XAxis type="number" allowDecimals={false} stroke={c.muted} tick={{ fontSize: 11 }} />
        <YAxis type="category" dataKey="label" width={150} interval={0} stroke={c.muted} tick={{ fontSize: 11 }} />
        <Tooltip
          isAnimationActive={false}
          formatter={(_value, _name, item) => {
            const d = (item?.payload as { deadline: Deadline } | undefined)?.deadline;
            return d ? [`${formatDay(d.date)}, ${daysLeftText(d.daysLeft)}`, 'Due'] : ['', ''];
          }}
        />
        <Bar dataKey="days" name="Days left" isAnimationActive={false} minPointSize={3}>
          {rows.map((r, i) => (
            <Cell key={`${r.label}-${r.deadline.date}`} fill={r.deadline.overdue ? c.average : i === 0 ? c.score : c.muted} />
          ))}
        </Bar>
      </BarChart>
    </DashChart>
  );
}

export function ReadinessChart({ rows, passPercent, summaryId }: { rows: TrendRow[]; passPercent: number; summaryId: string }) {
  const c = useChartColours();
  const first = rows[0]?.date ?? '';
  return (
    <DashChart id="readiness" label={`Line chart: practice scores over time against the pass mark of ${passPercent}%`} summaryId={summaryId} height={150}>
      <LineChart data={rows} margin={margin} accessibilityLayer={false}>
        <CartesianGrid stroke={c.grid} vertical={false} />
        <XAxis type="number" dataKey="day" domain={['dataMin', 'dataMax']} stroke={c.muted} tick={{ fontSize: 11 }}
          tickFormatter={(d: number) => (first ? shortDay(rows.find((r) => r.day === d)?.date ?? first) : '')} />
        <YAxis domain={[0, 100]} unit="%" width={40} stroke={c.muted} tick={{ fontSize: 11 }} />
        <Tooltip isAnimationActive={false} labelFormatter={(d) => rows.find((r) => r.day === d)?.date ?? ''} />
        <ReferenceLine y={passPercent} stroke={c.pass} strokeWidth={2}
          label={{ value: `Pass ${passPercent}%`, position: 'insideBottomRight', fill: c.text, fontSize: 11 }} />
        <Line dataKey="trend" name="Trend" stroke={c.trend} strokeDasharray="5 4" dot={false} isAnimationActive={false} />
        <Line dataKey="score" name="Score" stroke={c.score} strokeWidth={2} dot={{ r: 3 }} isAnimationActive={false} />
      </LineChart>
    </DashChart>
  );
}

export function WeekChart({ weeks, summaryId }: { weeks: WeekHours[]; summaryId: string }) {
  const c = useChartColours();
  const goal = weeks[0]?.goal ?? 0;
  const rows = weeks.map((w) => ({ ...w, label: shortDay(w.weekStart) }));
  return (
    <DashChart id="week-study" label={`Bar chart: study hours this week and the weeks before, against the goal of ${formatHours(goal)}`} summaryId={summaryId} height={150}>
      <BarChart data={rows} margin={{ ...margin, top: 16 }} accessibilityLayer={false}>
        <CartesianGrid vertical={false} stroke={c.grid} />
        <XAxis dataKey="label" stroke={c.muted} tick={{ fontSize: 11 }} />
        <YAxis allowDecimals={false} width={32} stroke={c.muted} tick={{ fontSize: 11 }} domain={[0, (max: number) => Math.ceil(Math.max(max, goal))]} />
        <Tooltip isAnimationActive={false} formatter={(v) => [formatHours(Number(v)), 'Studied']} />
        <Bar dataKey="hours" name="Hours studied" isAnimationActive={false}>
          {rows.map((w, i) => <Cell key={w.weekStart} fill={i === rows.length - 1 ? c.score : c.muted} />)}
        </Bar>
        <ReferenceLine y={goal} stroke={c.average} strokeWidth={2} strokeDasharray="5 4"
          label={{ value: `Goal ${formatHours(goal)}`, position: 'insideTopLeft', fill: c.text, fontSize: 11 }} />
      </BarChart>
    </DashChart>
  );
}

export function CeuChart({ rows, summaryId }: { rows: CeuRow[]; summaryId: string }) {
  const c = useChartColours();
  return (
    <DashChart id="ceu-status" label="Progress bars: CEUs earned against required for each held credential" summaryId={summaryId} height={Math.max(80, rows.length * 34 + 30)}>
      <BarChart data={rows} layout="vertical" margin={margin} accessibilityLayer={false}>
        <CartesianGrid horizontal={false} stroke={c.grid} />
        <XAxis type="number" allowDecimals={false} stroke={c.muted} tick={{ fontSize: 11 }} />
        <YAxis type="category" dataKey="code" width={56} interval={0} stroke={c.muted} tick={{ fontSize: 12 }} />
        <Tooltip isAnimationActive={false} formatter={(v, name) => [`${v} CEUs`, name]} />
        <Bar dataKey="filled" name="Earned" stackId="ceu" fill={c.pass} isAnimationActive={false} />
        <Bar dataKey="remaining" name="Still needed" stackId="ceu" fill={c.grid} isAnimationActive={false} />
      </BarChart>
    </DashChart>
  );
}

interface PointProps { cx?: number; cy?: number; payload?: MilestonePoint }

function MilestoneShape({ cx, cy, payload }: PointProps) {
  if (cx === undefined || cy === undefined || !payload) return null;
  if (payload.state === 'done') return <circle className="ms-pt ms-done" cx={cx} cy={cy} r={5} />;
  const r = payload.next ? 9 : 6;
  return <path className={`ms-pt ${payload.next ? 'ms-next' : 'ms-open'}`} d={`M${cx},${cy - r} L${cx + r},${cy} L${cx},${cy + r} L${cx - r},${cy} Z`} />;
}

export function MilestoneChart({ points, todayX, summaryId }: { points: MilestonePoint[]; todayX: number; summaryId: string }) {
  const c = useChartColours();
  const xs = [todayX, ...points.map((p) => p.x)];
  const pad = 1000 * 60 * 60 * 24 * 30;
  const domain: [number, number] = [Math.min(...xs) - pad, Math.max(...xs) + pad];
  return (
    <DashChart id="next-milestone" label="Timeline: roadmap milestones by date, done and open, with the next one and today marked" summaryId={summaryId} height={110}>
      <ScatterChart margin={{ top: 20, right: 24, bottom: 4, left: 24 }} accessibilityLayer={false}>
        <XAxis type="number" dataKey="x" domain={domain} tickFormatter={monthTick} stroke={c.muted} tick={{ fontSize: 11 }} tickCount={4} />
        <YAxis type="number" dataKey="y" hide domain={[-1, 1]} />
        <Tooltip isAnimationActive={false} cursor={false}
          formatter={(_v, _n, item) => {
            const p = item?.payload as MilestonePoint | undefined;
            return p ? [formatDay(p.date), p.title] : ['', ''];
          }} />
        <ReferenceLine x={todayX} stroke={c.text} strokeDasharray="4 4" label={{ value: 'Today', position: 'top', fill: c.text, fontSize: 11 }} />
        <Scatter data={points.map((p) => ({ ...p, y: 0 }))} shape={(props: PointProps) => <MilestoneShape {...props} />} isAnimationActive={false} />
      </ScatterChart>
    </DashChart>
  );
}
