import { describe, expect, it } from 'vitest';
import { getExamDef } from './exams';
import { buildStudyCalendar, escapeText, foldLine, icsFileName, utcStamp } from './ics';
import type { ScheduleWeek } from './schedule';

const CPC = getExamDef('CPC')!;
const plan = { id: 'p-1', name: 'Spring, CPC; take 2', examDate: '2026-03-16' };
const weeks: ScheduleWeek[] = [
  {
    index: 1,
    start: '2026-03-02',
    end: '2026-03-08',
    hours: 6,
    kind: 'study',
    allocations: [
      { domainId: 'anesthesia', hours: 1.5 },
      { domainId: 'evaluation-management', hours: 4.5 },
    ],
  },
  { index: 2, start: '2026-03-09', end: '2026-03-15', hours: 6, kind: 'practice', allocations: [] },
];

describe('buildStudyCalendar (RFC 5545)', () => {
  it('writes the exact calendar: CRLF lines, folded at 75 octets, escaped text, stable UIDs, all-day events', () => {
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
        'UID:study-p-1-2026-03-08@coderpath.app',
        'DTSTAMP:20260301T090507Z',
        'DTSTART;VALUE=DATE:20260302',
        'DTEND;VALUE=DATE:20260309',
        'SUMMARY:Study: CPC week 1 of 2\\, 6 h',
        'DESCRIPTION:Anesthesia: 1.5 h\\nEvaluation and management: 4.5 h',
        'TRANSP:TRANSPARENT',
        'END:VEVENT',
        'BEGIN:VEVENT',
        'UID:study-p-1-2026-03-15@coderpath.app',
        'DTSTAMP:20260301T090507Z',
        'DTSTART;VALUE=DATE:20260309',
        'DTEND;VALUE=DATE:20260316',
        'SUMMARY:Practice exams: CPC week 2 of 2\\, 6 h',
        'DESCRIPTION:Take full timed practice exams (100 questions\\, 4 h) and review',
        '  every missed question.',
        'TRANSP:TRANSPARENT',
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    );
  });

  it('no line is longer than 75 octets and every line ends with CRLF', () => {
    const ics = buildStudyCalendar({ plan: { ...plan, name: 'é'.repeat(120) }, exam: CPC, weeks, now: new Date(0) });
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('the same plan exported twice keeps its UIDs (calendar apps update rather than duplicate)', () => {
    const uids = (s: string) => s.split('\r\n').filter((l) => l.startsWith('UID:'));
    const a = buildStudyCalendar({ plan, exam: CPC, weeks, now: '2026-03-01T00:00:00Z' });
    const b = buildStudyCalendar({ plan, exam: CPC, weeks: weeks.slice(1).map((w) => ({ ...w, index: 1 })), now: '2026-03-10T00:00:00Z' });
    expect(uids(b)).toEqual([uids(a)[0], uids(a)[2]]);
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
