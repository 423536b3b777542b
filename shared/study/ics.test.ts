import { describe, expect, it } from 'vitest';
import { defaultWeights, getExamDef } from './exams';
import { buildStudyCalendar, escapeText, foldLine, icsFileName, utcStamp } from './ics';
import { buildPlan, type PlanWeek } from './plan';

const CPC = getExamDef('CPC')!;
const plan = { id: 'p-1', name: 'Spring, CPC; take 2', examDate: '2026-03-16' };
const weeks: Pick<PlanWeek, 'sessions'>[] = [
  {
    sessions: [
      { id: '2026-03-02#0', date: '2026-03-02', minutes: 60, kind: 'focus', domainId: 'anesthesia' },
      { id: '2026-03-02#1', date: '2026-03-02', minutes: 30, kind: 'review', domainId: 'radiology' },
    ],
  },
  { sessions: [{ id: '2026-03-14#0', date: '2026-03-14', minutes: 240, kind: 'practice-exam' }] },
];

describe('buildStudyCalendar (RFC 5545)', () => {
  it('writes the exact calendar: CRLF lines, folded at 75 octets, escaped text, stable UIDs, timed sessions in a row', () => {
    const ics = buildStudyCalendar({ plan, exam: CPC, weeks, now: '2026-03-01T09:05:07.123Z' });
    expect(ics).toBe(
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//CoderPath//Study plan//EN',
        'CALSCALE:GREGORIAN',
        'METHOD:PUBLISH',
        'X-WR-CALNAME:CoderPath: Spring\\, CPC\\; take 2',
        'BEGIN:VEVENT',
        'UID:exam-p-1@coderpath.app',
        'DTSTAMP:20260301T090507Z',
        'DTSTART;VALUE=DATE:20260316',
        'DTEND;VALUE=DATE:20260317',
        'SUMMARY:CPC exam (AAPC)',
        'DESCRIPTION:Certified Professional Coder: 100 questions\\, 4 h. Check the da',
        ' te and time with your exam confirmation.',
        'END:VEVENT',
        'BEGIN:VEVENT',
        'UID:session-p-1-2026-03-02-0@coderpath.app',
        'DTSTAMP:20260301T090507Z',
        'DTSTART:20260302T180000',
        'DTEND:20260302T190000',
        'SUMMARY:CPC Focus: Anesthesia',
        'DESCRIPTION:60 minutes of focused study toward the CPC exam.',
        'END:VEVENT',
        'BEGIN:VEVENT',
        'UID:session-p-1-2026-03-02-1@coderpath.app',
        'DTSTAMP:20260301T090507Z',
        'DTSTART:20260302T190000',
        'DTEND:20260302T193000',
        'SUMMARY:CPC Review: Radiology',
        'DESCRIPTION:30 minutes of review toward the CPC exam.',
        'END:VEVENT',
        'BEGIN:VEVENT',
        'UID:session-p-1-2026-03-14-0@coderpath.app',
        'DTSTAMP:20260301T090507Z',
        'DTSTART:20260314T180000',
        'DTEND:20260314T220000',
        'SUMMARY:CPC Full timed practice exam (100 questions)',
        'DESCRIPTION:Take a full timed practice exam: 100 questions in 4 h\\, as on t',
        ' he day.',
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    );
  });

  it('offers a reminder before each session (VALARM) at the chosen study time', () => {
    const ics = buildStudyCalendar({ plan, exam: CPC, weeks, now: '2026-03-01T00:00:00Z', startTime: '07:30', reminderMinutes: 15 });
    const lines = ics.split('\r\n');
    expect(lines.filter((l) => l === 'BEGIN:VALARM')).toHaveLength(3);
    expect(lines.filter((l) => l === 'TRIGGER:-PT15M')).toHaveLength(3);
    expect(lines).toContain('ACTION:DISPLAY');
    expect(lines).toContain('DESCRIPTION:Focus: Anesthesia');
    expect(lines).toContain('DTSTART:20260302T073000');
    // The exam itself (all day) carries no alarm.
    const exam = ics.slice(ics.indexOf('UID:exam'), ics.indexOf('END:VEVENT'));
    expect(exam).not.toContain('VALARM');
  });

  it('no line is longer than 75 octets and every line ends with CRLF', () => {
    const ics = buildStudyCalendar({ plan: { ...plan, name: 'é'.repeat(120) }, exam: CPC, weeks, now: new Date(0) });
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('keeps its UIDs when the plan is edited or re-planned (calendar apps update rather than duplicate)', () => {
    const uids = (s: string) => s.split('\r\n').filter((l) => l.startsWith('UID:'));
    const input = {
      plan: { id: 'p-1', startDate: '2026-03-09', examDate: '2026-05-16', weeklyHoursGoal: 6, weights: defaultWeights(CPC) },
      exam: CPC,
      today: '2026-03-09',
      evidence: { attempts: [], sessions: [] },
    };
    const before = buildPlan(input);
    // The learner re-weights one topic: topics move between sessions, the days and their session counts stay.
    const edited = buildPlan({ ...input, plan: { ...input.plan, weights: input.plan.weights.map((w) => (w.domainId === 'anesthesia' ? { ...w, weight: 30 } : w)) } });
    const a = buildStudyCalendar({ plan: { ...plan, id: 'p-1' }, exam: CPC, weeks: before.weeks, now: '2026-03-01T00:00:00Z' });
    const b = buildStudyCalendar({ plan: { ...plan, id: 'p-1' }, exam: CPC, weeks: edited.weeks, now: '2026-03-10T00:00:00Z' });
    expect(a).not.toBe(b);
    expect(uids(b)).toEqual(uids(a));
  });
});

describe('RFC 5545 helpers', () => {
  it('escapeText: backslash, semicolon, comma, newline (§3.3.11)', () => {
    expect(escapeText('a\\b; c, d\ne\r\nf')).toBe('a\\\\b\\; c\\, d\\ne\\nf');
  });

  it('foldLine: 75 octets on the first line, space + 74 after; never splits a UTF-8 character (§3.1)', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
    expect(foldLine('x'.repeat(75 + 74 + 1))).toBe(`${'x'.repeat(75)}\r\n ${'x'.repeat(74)}\r\n x`);
    // 'é' is 2 octets: 74 x's + 'é' would be 76, so 'é' moves to the next line.
    expect(foldLine(`${'x'.repeat(74)}é`)).toBe(`${'x'.repeat(74)}\r\n é`);
  });

  it('utcStamp and icsFileName', () => {
    expect(utcStamp('2026-12-31T23:59:59.999Z')).toBe('20261231T235959Z');
    expect(utcStamp('2026-06-01T10:00:00+02:00')).toBe('20260601T080000Z');
    expect(icsFileName(CPC)).toBe('coderpath-cpc-study-plan.ics');
  });
});
