/**
 * The dashboard's five small charts, drawn into their card's box (ChartSlot.tsx) at its measured size: fixed-size
 * recharts charts, no ResponsiveContainer and no animation, so each draws once. Loaded on demand, after the cards
 * show. Colours come from the theme's CSS variables (components/chartColours.ts), so they follow light and dark.
 */
import {
  Bar, BarChart, Cell, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis, type BaseTickContentProps,
} from 'recharts';
import type { Deadline } from '../../../../shared/dashboard/nextDeadline';
import type { TrendRow } from '../../../../shared/study/charts';
import type { WeekHours } from '../../../../shared/study/sessions';
import { useChartColours, type ChartColours } from '../../components/chartColours';
import { addDays, format, parseISO } from 'date-fns';
import { spreadTicks, thinTicks } from '../../lib/chartTicks';
import { formatDay } from '../../lib/dates';
import { dateTicks, tickLabel } from '../roadmap/chartData';
import { formatHours, shortDay } from '../study/studyView';
import type { ChartSpec } from './chartSpecs';
import { wrapLabel } from './wrapLabel';
import { daysLeftText, type CeuRow, type MilestonePoint } from './dashboardView';

interface Size { width: number; height: number }
interface Drawn<T> extends Size { c: ChartColours; data: T }

const margin = { top: 8, right: 16, bottom: 4, left: 4 };
// Every axis shows all its ticks (interval 0): a few ticks each, so none overlap, and recharts skips measuring each
// label in the DOM to thin them out (a forced layout per label, the costliest part of drawing these charts). For
// the same reason the small charts draw no grid: recharts measures the tick labels again to place its lines.
/**
 * An axis tick as a plain <text>. recharts' own tick text is given the axis width and so measures its words in the
 * DOM to wrap them: a forced layout per tick. These labels are short; a long one (a deadline's) is wrapped at
 * `wrapAt` characters instead (wrapLabel.ts). Offsets are recharts' own (Text.tsx): cap height 0.71em, lines 1em.
 */
function plainTick(fontSize: number, wrapAt = Infinity) {
  return function PlainTick({ x, y, textAnchor, verticalAnchor, fill, className, index, payload, tickFormatter }: BaseTickContentProps) {
    const value = payload?.value;
    const lines = wrapLabel(tickFormatter ? tickFormatter(value, index) : String(value ?? ''), wrapAt);
    const firstDy = verticalAnchor === 'start' ? 0.71 : verticalAnchor === 'middle' ? 0.355 - (lines.length - 1) / 2 : -(lines.length - 1);
    return (
      <text x={x} y={y} textAnchor={textAnchor} fill={fill} fontSize={fontSize} className={className}>
        {lines.map((line, i) => <tspan key={i} x={x} dy={`${i === 0 ? firstDy : 1}em`}>{line}</tspan>)}
      </text>
    );
  };
}

const tick = plainTick(11);
const codeTick = plainTick(12);
// The deadline axis is 150 px wide: about 24 characters of 11 px text.
const deadlineTick = plainTick(11, 24);

interface ViewBox { x?: number; y?: number; width?: number; height?: number }
type LabelPlace = 'insideBottomRight' | 'insideTopLeft' | 'top';

/**
 * A reference line's label as a plain <text>: recharts' own Label measures its words in the DOM to wrap them, a
 * forced layout per label, for labels of a word or two.
 */
function lineLabel(text: string, place: LabelPlace, fill: string) {
  return function LineLabel({ viewBox }: { viewBox?: ViewBox }) {
    const { x = 0, y = 0, width = 0, height = 0 } = viewBox ?? {};
    const at: Record<LabelPlace, { x: number; y: number; textAnchor: 'start' | 'middle' | 'end' }> = {
      insideBottomRight: { x: x + width - 4, y: y + height - 4, textAnchor: 'end' },
      insideTopLeft: { x: x + 4, y: y + 14, textAnchor: 'start' },
      top: { x: x + width / 2, y: y - 6, textAnchor: 'middle' },
    };
    return <text {...at[place]} fill={fill} fontSize={11}>{text}</text>;
  };
}

/** The chart for one card's spec. */
export function DashboardChart({ spec, width, height }: { spec: ChartSpec } & Size) {
  const c = useChartColours();
  const size = { width, height, c };
  switch (spec.id) {
    case 'next-deadline':
      return <DeadlineChart {...size} data={spec.deadlines} />;
    case 'readiness':
      return <ReadinessChart {...size} data={spec.rows} passPercent={spec.passPercent} />;
    case 'week-study':
      return <WeekChart {...size} data={spec.weeks} />;
    case 'ceu-status':
      return <CeuChart {...size} data={spec.rows} />;
    case 'next-milestone':
      return <MilestoneChart {...size} data={spec.points} todayX={spec.todayX} />;
  }
}

function DeadlineChart({ width, height, c, data }: Drawn<Deadline[]>) {
  const rows = data.map((d) => ({ label: d.label, days: Math.max(0, d.daysLeft), deadline: d }));
  return (
    <BarChart width={width} height={height} data={rows} layout="vertical" margin={margin} accessibilityLayer={false}>
      <XAxis interval={0} type="number" allowDecimals={false} stroke={c.muted} tick={tick} />
      <YAxis type="category" dataKey="label" width={150} interval={0} stroke={c.muted} tick={deadlineTick} />
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
  );
}

/** Tick labels of about 55 px ("Mar 12") with room between them. */
const DAY_TICK_PX = 70;

function ReadinessChart({ width, height, c, data, passPercent }: Drawn<TrendRow[]> & { passPercent: number }) {
  const dateOf = new Map(data.map((r) => [r.day, r.date]));
  // `day` counts days from the first attempt: every tick is a real day, each a different one.
  const first = data.find((r) => r.day === 0)?.date ?? data[0]?.date;
  const days = data.map((r) => r.day);
  const ticks = spreadTicks(Math.min(...days), Math.max(...days), Math.max(2, Math.floor((width - 60) / DAY_TICK_PX)));
  return (
    <LineChart width={width} height={height} data={data} margin={margin} accessibilityLayer={false}>
      <XAxis interval={0} type="number" dataKey="day" domain={['dataMin', 'dataMax']} ticks={ticks} padding={{ left: 24, right: 24 }} stroke={c.muted} tick={tick}
        tickFormatter={(d: number) => (first ? shortDay(format(addDays(parseISO(first), d), 'yyyy-MM-dd')) : '')} />
      <YAxis interval={0} domain={[0, 100]} tickFormatter={(v: number) => `${v}%`} width={40} stroke={c.muted} tick={tick} />
      <Tooltip isAnimationActive={false} labelFormatter={(d) => dateOf.get(d as number) ?? ''} />
      <ReferenceLine y={passPercent} stroke={c.pass} strokeWidth={2}
        label={lineLabel(`Pass ${passPercent}%`, 'insideBottomRight', c.text)} />
      <Line dataKey="trend" name="Trend" stroke={c.trend} strokeDasharray="5 4" dot={false} isAnimationActive={false} />
      <Line dataKey="score" name="Score" stroke={c.score} strokeWidth={2} dot={{ r: 3 }} isAnimationActive={false} />
    </LineChart>
  );
}

function WeekChart({ width, height, c, data }: Drawn<WeekHours[]>) {
  const goal = data[0]?.goal ?? 0;
  const rows = data.map((w) => ({ ...w, label: shortDay(w.weekStart) }));
  return (
    <BarChart width={width} height={height} data={rows} margin={{ ...margin, top: 16 }} accessibilityLayer={false}>
      <XAxis interval={0} dataKey="label" stroke={c.muted} tick={tick} />
      <YAxis interval={0} allowDecimals={false} width={32} stroke={c.muted} tick={tick} domain={[0, (max: number) => Math.ceil(Math.max(max, goal))]} />
      <Tooltip isAnimationActive={false} formatter={(v) => [formatHours(Number(v)), 'Studied']} />
      <Bar dataKey="hours" name="Hours studied" isAnimationActive={false}>
        {rows.map((w, i) => <Cell key={w.weekStart} fill={i === rows.length - 1 ? c.score : c.muted} />)}
      </Bar>
      <ReferenceLine y={goal} stroke={c.average} strokeWidth={2} strokeDasharray="5 4"
        label={lineLabel(`Goal ${formatHours(goal)}`, 'insideTopLeft', c.text)} />
    </BarChart>
  );
}

function CeuChart({ width, height, c, data }: Drawn<CeuRow[]>) {
  return (
    <BarChart width={width} height={height} data={data} layout="vertical" margin={margin} accessibilityLayer={false}>
      <XAxis interval={0} type="number" allowDecimals={false} stroke={c.muted} tick={tick} />
      <YAxis type="category" dataKey="code" width={56} interval={0} stroke={c.muted} tick={codeTick} />
      <Tooltip isAnimationActive={false} formatter={(v, name) => [`${v} CEUs`, name]} />
      <Bar dataKey="filled" name="Earned" stackId="ceu" fill={c.pass} isAnimationActive={false} />
      <Bar dataKey="remaining" name="Still needed" stackId="ceu" fill={c.grid} isAnimationActive={false} />
    </BarChart>
  );
}

interface DotProps { cx?: number; cy?: number; index?: number; payload?: MilestonePoint }

function MilestoneDot({ cx, cy, payload }: DotProps) {
  if (cx === undefined || cy === undefined || !payload) return null;
  if (payload.state === 'done') return <circle className="ms-pt ms-done" cx={cx} cy={cy} r={5} />;
  const r = payload.next ? 9 : 6;
  return <path className={`ms-pt ${payload.next ? 'ms-next' : 'ms-open'}`} d={`M${cx},${cy - r} L${cx + r},${cy} L${cx},${cy + r} L${cx - r},${cy} Z`} />;
}

/** A strip of dots on a time axis: a line chart with no line, lighter than a scatter chart for a dozen points. */
function MilestoneChart({ width, height, c, data, todayX }: Drawn<MilestonePoint[]> & { todayX: number }) {
  const xs = [todayX, ...data.map((p) => p.x)];
  const pad = 1000 * 60 * 60 * 24 * 30;
  const domain: [number, number] = [Math.min(...xs) - pad, Math.max(...xs) + pad];
  const rows = data.map((p) => ({ ...p, y: 0 }));
  // Year starts (or quarter starts on a short span), as many as fit "Apr 2026"-wide labels.
  const ticks = thinTicks(dateTicks(new Date(domain[0]), new Date(domain[1])), Math.max(2, Math.floor((width - 64) / 80)));
  return (
    <LineChart width={width} height={height} data={rows} margin={{ top: 20, right: 32, bottom: 4, left: 32 }} accessibilityLayer={false}>
      <XAxis interval={0} type="number" dataKey="x" domain={domain} ticks={ticks} tickFormatter={tickLabel} stroke={c.muted} tick={tick} />
      <YAxis type="number" dataKey="y" hide domain={[-1, 1]} />
      <Tooltip isAnimationActive={false} cursor={false}
        formatter={(_v, _n, item) => {
          const p = item?.payload as MilestonePoint | undefined;
          return p ? [formatDay(p.date), p.title] : ['', ''];
        }} />
      <ReferenceLine x={todayX} stroke={c.text} strokeDasharray="4 4" label={lineLabel('Today', 'top', c.text)} />
      <Line dataKey="y" stroke="none" isAnimationActive={false} activeDot={false}
        dot={(props: DotProps) => <MilestoneDot key={props.payload?.id ?? props.index} {...props} />} />
    </LineChart>
  );
}
