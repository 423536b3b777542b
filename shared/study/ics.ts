/**
 * Calendar export (RFC 5545 `.ics`) of a study plan: one all-day event for the exam and one for each planned week.
 *
 * One event per week, not per domain block: the plan decides hours per week, not times of day, so timed blocks
 * would invent appointments the learner never chose. Week events are all-day spans marked TRANSPARENT (they do not
 * show the learner as busy), with the week's hours per domain in the description.
 * UIDs are stable: the exam's is keyed by the plan, a week's by the plan and the week's last day (weeks are
 * counted back from the exam, so that day does not move as time passes). Importing a fresh export therefore
 * updates the events instead of duplicating them.
 */
import type { IsoDate, IsoDateTime, StudyPlan } from '../model/entities';
import { addDaysToDay } from './days';
import type { ExamDef } from './exams';
import { domainLabel } from './exams';
import type { ScheduleWeek } from './schedule';

const CRLF = '\r\n';
const MAX_OCTETS = 75;
const UID_DOMAIN = 'coderpath.app';

export interface CalendarInput {
  plan: Pick<StudyPlan, 'id' | 'name' | 'examDate'>;
  exam: ExamDef;
  weeks: ScheduleWeek[];
  /** When the file is made: written as DTSTAMP on every event. */
  now: Date | IsoDateTime;
}

export function buildStudyCalendar({ plan, exam, weeks, now }: CalendarInput): string {
  const stamp = utcStamp(now);
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
    ...weeks.flatMap((w) =>
      allDayEvent({
        uid: `study-${plan.id}-${w.end}@${UID_DOMAIN}`,
        stamp,
        start: w.start,
        end: w.end,
        summary: `${w.kind === 'practice' ? 'Practice exams' : 'Study'}: ${exam.code} week ${w.index} of ${weeks.length}, ${hours(w.hours)} h`,
        description: weekDescription(w, exam),
        transparent: true,
      }),
    ),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

function weekDescription(week: ScheduleWeek, exam: ExamDef): string {
  if (week.kind === 'practice') {
    return (
      `Take full timed practice exams (${exam.questions.value} questions, ${hours(exam.minutes.value / 60)} h) ` +
      'and review every missed question.'
    );
  }
  return week.allocations.map((a) => `${domainLabel(exam, a.domainId)}: ${hours(a.hours)} h`).join('\n');
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
