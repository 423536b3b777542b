import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildAuditPacket, certificatePaths } from './packet';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('certificatePaths', () => {
  it('names each certificate by its date and title, keeping its extension', () => {
    expect(certificatePaths([
      { completedOn: '2026-02-19', title: 'AAPC Podcast Quiz: Chronic Conditions', fileName: 'quiz.PDF' },
      { completedOn: '2026-01-20', title: 'Webinar', fileName: 'scan.jpeg' },
    ])).toEqual(['certificates/2026-02-19 AAPC Podcast Quiz Chronic Conditions.pdf', 'certificates/2026-01-20 Webinar.jpeg']);
  });

  it('makes a pasted URL, reserved characters and an empty title safe file names', () => {
    const [url, empty, dots] = certificatePaths([
      { completedOn: '2026-02-19', title: `https://example.org/a/b?c=${'x'.repeat(200)}`, fileName: 'c.pdf' },
      { completedOn: '2026-02-19', title: ' \t ', fileName: 'c.pdf' },
      { completedOn: '2026-02-19', title: 'Ends with dots...', fileName: 'noext' },
    ]);
    expect(url).not.toMatch(/[:?\\]|\/\//);
    expect(url!.split('/')).toHaveLength(2);
    expect(url!.length).toBeLessThan(120);
    expect(empty).toBe('certificates/2026-02-19 Untitled.pdf');
    expect(dots).toBe('certificates/2026-02-19 Ends with dots');
  });

  it('numbers a second certificate of the same day and title', () => {
    expect(certificatePaths([
      { completedOn: '2026-02-19', title: 'Quiz', fileName: 'a.pdf' },
      { completedOn: '2026-02-19', title: 'quiz', fileName: 'b.pdf' },
    ])).toEqual(['certificates/2026-02-19 Quiz.pdf', 'certificates/2026-02-19 quiz (2).pdf']);
  });
});

describe('buildAuditPacket', () => {
  it('holds the report, every certificate byte for byte and the CSV with a byte-order mark', () => {
    const zip = buildAuditPacket({
      report: { name: 'CPC-audit-2025-03-01_2027-02-28.html', contents: '<!doctype html><title>Report</title>' },
      certificates: [{ completedOn: '2026-02-19', title: 'Quiz', fileName: 'q.pdf', bytes: bytes(37, 80, 68, 70) }],
      entriesCsv: 'completed_on,title\n2026-02-19,Café quiz\n',
    });
    const files = unzipSync(zip);
    expect(Object.keys(files).sort()).toEqual(['CPC-audit-2025-03-01_2027-02-28.html', 'certificates/2026-02-19 Quiz.pdf', 'entries.csv']);
    expect(files['certificates/2026-02-19 Quiz.pdf']).toEqual(bytes(37, 80, 68, 70));
    const csv = files['entries.csv']!;
    expect([...csv.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(strFromU8(csv.slice(3))).toBe('completed_on,title\n2026-02-19,Café quiz\n');
    expect(strFromU8(files['CPC-audit-2025-03-01_2027-02-28.html']!)).toContain('<title>Report</title>');
  });
});
