/**
 * Calendar export (RFC 5545 `.ics`) of a study plan: an all-day event for the exam and one timed event for each
 * planned session, optionally with a reminder (VALARM) before it.
 *
 * The plan decides days, not times: sessions start at the learner's chosen study time (floating local time, so
 * they stay at 18:00 wherever the calendar is), one after another on days with several.
 * UIDs are stable: the exam's is keyed by the plan, a session's by the plan, its day and its place in the day, so
 * importing a fresh export after the plan is edited or re-planned updates the events instead of duplicating them.
 */
import type { IsoDate, IsoDateTime, StudyPlan } from '../model/entities';
import { sessionLabel } from './agenda';
import { addDaysToDay } from './days';
import type { ExamDef } from './exams';
import type { PlannedSession, PlanWeek } from './plan';

const CRLF = '\r\n';
const MAX_OCTETS = 75;
const UID_DOMAIN = 'coderpath.app';

export interface CalendarInput {
  plan: Pick<StudyPlan, 'id' | 'name' | 'examDate'>;
  exam: ExamDef;
  weeks: Pick<PlanWeek, 'sessions'>[];
  /** When the file is made: written as DTSTAMP on every event. */
  now: Date | IsoDateTime;
  /** Local time the day's first session starts, `HH:MM` (default 18:00). */
  startTime?: string;
  /** A reminder this many minutes before each session; none when absent. */
  reminderMinutes?: number;
}

export function buildStudyCalendar({ plan, exam, weeks, now, startTime = '18:00', reminderMinutes }: CalendarInput): string {
  const stamp = utcStamp(now);
  const [h, m] = /^([01]\d|2[0-3]):([0-5]\d)$/.test(startTime) ? startTime.split(':').map(Number) : [18, 0];
  const sessions = weeks.flatMap((w) => w.sessions);
  const dayOffset = new Map<IsoDate, number>();
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//CoderPath//Study plan//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(`CoderPath: ${plan.name}`)}`,
    ...allDayEvent({
      uid: `exam-${plan.id}@${UID_DOMAIN}`,
      stamp,
      start: plan.examDate,
      end: plan.examDate,
      summary: `${exam.code} exam (${exam.body})`,
      description:
        `${exam.name}: ${exam.questions.value} questions, ${hours(exam.minutes.value / 60)} h. ` +
        'Check the date and time with your exam confirmation.',
    }),
    ...sessions.flatMap((s) => {
      const offset = dayOffset.get(s.date) ?? 0;
      dayOffset.set(s.date, offset + s.minutes);
      const startMinutes = h! * 60 + m! + offset;
      return sessionEvent(s, { plan, exam, stamp, startMinutes, reminderMinutes });
    }),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** The stable UID of a planned session. */
export function sessionUid(planId: string, session: Pick<PlannedSession, 'date' | 'id'>): string {
  const slot = session.id.split('#')[1] ?? '0';
  return `session-${planId}-${session.date}-${slot}@${UID_DOMAIN}`;
}

function sessionEvent(
  s: PlannedSession,
  o: { plan: CalendarInput['plan']; exam: ExamDef; stamp: string; startMinutes: number; reminderMinutes: number | undefined },
): string[] {
  const label = sessionLabel(s, o.exam);
  const description =
    s.kind === 'practice-exam'
      ? `Take a full timed practice exam: ${o.exam.questions.value} questions in ${hours(o.exam.minutes.value / 60)} h, as on the day.`
      : s.kind === 'exam-review'
        ? 'Go through every question you missed in the practice exam and why.'
        : `${s.minutes} minutes of ${s.kind === 'focus' ? 'focused study' : 'review'} toward the ${o.exam.code} exam.`;
  return [
    'BEGIN:VEVENT',
    `UID:${sessionUid(o.plan.id, s)}`,
    `DTSTAMP:${o.stamp}`,
    `DTSTART:${localDateTime(s.date, o.startMinutes)}`,
    `DTEND:${localDateTime(s.date, o.startMinutes + s.minutes)}`,
    `SUMMARY:${escapeText(`${o.exam.code} ${label}`)}`,
    `DESCRIPTION:${escapeText(description)}`,
    ...(o.reminderMinutes !== undefined && o.reminderMinutes > 0
      ? ['BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${escapeText(label)}`, `TRIGGER:-PT${Math.round(o.reminderMinutes)}M`, 'END:VALARM']
      : []),
    'END:VEVENT',
  ];
}

/** Floating local DATE-TIME, `20260310T180000`; minutes past midnight may run into the next day. */
function localDateTime(day: IsoDate, minutes: number): string {
  const date = addDaysToDay(day, Math.floor(minutes / 1440));
  const rest = minutes % 1440;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${icsDate(date)}T${pad(Math.floor(rest / 60))}${pad(rest % 60)}00`;
}

function allDayEvent(e: {
  uid: string;
  stamp: string;
  start: IsoDate;
  /** Last day, inclusive (DTEND is written as the day after, as RFC 5545 wants). */
  end: IsoDate;
  summary: string;
  description: string;
  transparent?: boolean;
}): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${e.uid}`,
    `DTSTAMP:${e.stamp}`,
    `DTSTART;VALUE=DATE:${icsDate(e.start)}`,
    `DTEND;VALUE=DATE:${icsDate(addDaysToDay(e.end, 1))}`,
    `SUMMARY:${escapeText(e.summary)}`,
    `DESCRIPTION:${escapeText(e.description)}`,
    ...(e.transparent ? ['TRANSP:TRANSPARENT'] : []),
    'END:VEVENT',
  ];
}

function hours(h: number): string {
  return String(Math.round(h * 100) / 100);
}

/** `2026-05-12` → `20260512`. */
export function icsDate(day: IsoDate): string {
  return day.replaceAll('-', '');
}

/** An instant as a UTC DATE-TIME, e.g. `20260310T140501Z`. */
export function utcStamp(t: Date | IsoDateTime): string {
  const iso = (typeof t === 'string' ? new Date(t) : t).toISOString();
  return iso.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
}

/** RFC 5545 §3.3.11 TEXT escaping: backslash, semicolon, comma, and newlines as `\n`. */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n|\r/g, '\\n');
}

/**
 * RFC 5545 §3.1 folding: no line longer than 75 octets (UTF-8); continuation lines start with one space, which
 * counts toward their 75. Splits between characters, never inside a multi-byte one.
 */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** A file name like `coderpath-cpc-study-plan.ics`. */
export function icsFileName(exam: Pick<ExamDef, 'code'>): string {
  return `coderpath-${exam.code.toLowerCase()}-study-plan.ics`;
}
