/**
 * Study time: hours per week (starting on the user's chosen day, weeks.ts) against the weekly goal, hours per domain, and the running timer
 * (elapsed time, and turning a stopped timer into a session draft).
 */
import { addWeeks } from 'date-fns';
import type { IsoDate, IsoDateTime, RunningTimer, StudySession } from '../model/entities';
import { compareKeys } from '../model/compareKeys';
import { addDaysToDay, dateToDay, dayToDate, round } from './days';
import type { ExamDef } from './exams';
import { domainLabel } from './exams';
import type { SessionDraft } from './sessionForm';
import { DEFAULT_WEEK_START, weekStartOf, type WeekStartDay } from './weeks';

/** A logged session's length, in whole minutes: at least one, at most a day. */
export const SESSION_LIMITS = { minMinutes: 1, maxMinutes: 1440 } as const;

/** A timer running longer than this was probably left on: the UI asks before saving. */
export const TIMER_POLICY = { askAfterHours: 12 } as const;

export interface WeekHours {
  /** The week's first day (the chosen week start). */
  weekStart: IsoDate;
  /** Its last day. */
  weekEnd: IsoDate;
  hours: number;
  goal: number;
  metGoal: boolean;
}

/** Every week touching [from, to], oldest first, with zero-hour weeks included so a chart has no gaps. */
export function weeklyHours(
  sessions: Pick<StudySession, 'date' | 'minutes'>[],
  range: { from: IsoDate; to: IsoDate; goalHours: number; weekStartsOn?: WeekStartDay },
): WeekHours[] {
  if (range.from > range.to) return [];
  const startOf = (day: IsoDate) => weekStartOf(day, range.weekStartsOn ?? DEFAULT_WEEK_START);
  const minutes = new Map<IsoDate, number>();
  for (const s of sessions) {
    const first = startOf(s.date);
    minutes.set(first, (minutes.get(first) ?? 0) + s.minutes);
  }
  const weeks: WeekHours[] = [];
  const last = dayToDate(startOf(range.to));
  for (let d = dayToDate(startOf(range.from)); d <= last; d = addWeeks(d, 1)) {
    const weekStart = dateToDay(d);
    const hours = round((minutes.get(weekStart) ?? 0) / 60, 2);
    weeks.push({ weekStart, weekEnd: addDaysToDay(weekStart, 6), hours, goal: range.goalHours, metGoal: hours >= range.goalHours });
  }
  return weeks;
}


export interface DomainHours {
  /** null: general study (no domain). */
  domainId: string | null;
  label: string;
  hours: number;
}

/** Hours per domain: the exam's domains in exam order, then other ids alphabetically, then general study. */
export function hoursByDomain(sessions: Pick<StudySession, 'minutes' | 'domainId'>[], exam?: ExamDef): DomainHours[] {
  const minutes = new Map<string | null, number>();
  for (const s of sessions) minutes.set(s.domainId ?? null, (minutes.get(s.domainId ?? null) ?? 0) + s.minutes);
  const order = new Map((exam?.domains ?? []).map((d, i) => [d.id, i]));
  const rank = (id: string | null) => (id === null ? Infinity : (order.get(id) ?? order.size));
  return [...minutes.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || compareKeys(String(a), String(b)))
    .map(([domainId, m]) => ({
      domainId,
      label: domainId === null ? 'General study' : domainLabel(exam, domainId),
      hours: round(m / 60, 2),
    }));
}

export interface TimerElapsed {
  elapsedMs: number;
  /** Whole minutes, rounded to the nearest. */
  minutes: number;
  /** `H:MM:SS`. */
  display: string;
  /** Ran longer than TIMER_POLICY.askAfterHours: probably left running. */
  longRunning: boolean;
  /** The clock went back while the timer ran (now is before the start or the last checkpoint): elapsed kept. */
  clockChanged: boolean;
}

/**
 * The last time the app saw the timer running and how long it had run by then, written while it runs. Elapsed
 * time counts on from here, so a clock set back (by hand, a time-zone or a sync fix) cannot take away time already
 * counted: after a reload the wall clock is all there is to go on. `startedAt` ties it to one timer.
 */
export interface TimerCheckpoint {
  startedAt: IsoDateTime;
  at: IsoDateTime;
  elapsedMs: number;
  clockChanged: boolean;
}

export function timerElapsed(
  timer: Pick<RunningTimer, 'startedAt'>,
  now: Date | IsoDateTime,
  checkpoint?: TimerCheckpoint | null,
): TimerElapsed {
  const base = checkpoint && checkpoint.startedAt === timer.startedAt
    ? checkpoint
    : { at: timer.startedAt, elapsedMs: 0, clockChanged: false };
  const since = toMs(now) - Date.parse(base.at);
  const wentBack = !(since >= 0);
  const elapsedMs = base.elapsedMs + (wentBack ? 0 : since);
  return {
    elapsedMs,
    minutes: Math.round(elapsedMs / 60_000),
    display: formatElapsed(elapsedMs),
    longRunning: elapsedMs > TIMER_POLICY.askAfterHours * 3_600_000,
    clockChanged: base.clockChanged || wentBack,
  };
}

/** The checkpoint to keep after seeing the timer running at `now`. */
export function advanceTimerCheckpoint(
  timer: Pick<RunningTimer, 'startedAt'>,
  checkpoint: TimerCheckpoint | null | undefined,
  now: Date,
): TimerCheckpoint {
  const { elapsedMs, clockChanged } = timerElapsed(timer, now, checkpoint);
  return { startedAt: timer.startedAt, at: now.toISOString(), elapsedMs, clockChanged };
}

function toMs(t: Date | IsoDateTime): number {
  return typeof t === 'string' ? Date.parse(t) : t.getTime();
}

export function formatElapsed(ms: number): string {
  const total = Math.floor(Math.max(0, ms) / 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${Math.floor(total / 3600)}:${pad(Math.floor((total % 3600) / 60))}:${pad(total % 60)}`;
}

export type TimerStop =
  | { kind: 'draft'; draft: SessionDraft }
  /** Ran longer than the policy allows: show the message, let the user fix the minutes (draft capped to a day). */
  | { kind: 'confirm'; draft: SessionDraft; message: string }
  | { kind: 'too-short'; message: string };

/**
 * A stopped timer as a session draft dated the local day it started. `minutesOverride` is the user's answer after
 * a `confirm` (clamped to 1..1440).
 */
export function timerToSessionDraft(
  timer: Pick<RunningTimer, 'startedAt' | 'planId' | 'domainId'>,
  stoppedAt: Date | IsoDateTime,
  options: { minutesOverride?: number; notes?: string; checkpoint?: TimerCheckpoint | null } = {},
): TimerStop {
  const elapsed = timerElapsed(timer, stoppedAt, options.checkpoint);
  const { minMinutes, maxMinutes } = SESSION_LIMITS;
  const clamp = (m: number) => Math.min(maxMinutes, Math.max(minMinutes, Math.round(m)));
  const draft = (minutes: number): SessionDraft => ({
    date: dateToDay(new Date(timer.startedAt)),
    minutes,
    notes: options.notes?.trim() ?? '',
    ...(timer.planId ? { planId: timer.planId } : {}),
    ...(timer.domainId ? { domainId: timer.domainId } : {}),
  });
  if (options.minutesOverride !== undefined && Number.isFinite(options.minutesOverride)) {
    return { kind: 'draft', draft: draft(clamp(options.minutesOverride)) };
  }
  if (elapsed.clockChanged) {
    const counted = elapsed.minutes < minMinutes ? 'less than a minute' : `${Math.floor(elapsed.minutes / 60)} h ${elapsed.minutes % 60} min`;
    return {
      kind: 'confirm',
      draft: draft(clamp(elapsed.minutes)),
      message: `The computer's clock was set back while the timer ran, so the time may be short. It counted ${counted}. Check the minutes before saving.`,
    };
  }
  if (elapsed.minutes < minMinutes) {
    return { kind: 'too-short', message: 'The timer ran for less than a minute: nothing to save.' };
  }
  if (elapsed.longRunning) {
    const h = Math.floor(elapsed.minutes / 60);
    return {
      kind: 'confirm',
      draft: draft(clamp(elapsed.minutes)),
      message: `The timer ran for ${h} h ${elapsed.minutes % 60} min. Was it left running? Check the minutes before saving.`,
    };
  }
  return { kind: 'draft', draft: draft(elapsed.minutes) };
}
