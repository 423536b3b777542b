import { describe, expect, it } from 'vitest';
import { buildPdf, pdfLiteral } from './pdf';
import { checkPdf } from './pdfCheck';

const latin1 = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes);

describe('buildPdf', () => {
  it('writes a PDF that starts with %PDF-, ends with %%EOF and whose xref offsets point at "N 0 obj"', () => {
    const bytes = buildPdf(['Certificate of Completion', 'AAPC Webinar: 2026 E/M Updates', '1 CEU approved']);
    const text = latin1(bytes);
    expect(text.startsWith('%PDF-1.4\n')).toBe(true);
    expect(text.endsWith('%%EOF\n')).toBe(true);
    expect(checkPdf(bytes)).toEqual({ ok: true, problems: [], objectCount: 6 });
    expect(text).toContain('(AAPC Webinar: 2026 E/M Updates) Tj');
  });

  it('gives the content stream its exact byte length', () => {
    const text = latin1(buildPdf(['Heading', 'Line (with parens)']));
    const m = /5 0 obj\n<< \/Length (\d+) >>\nstream\n([^]*?)\nendstream/.exec(text)!;
    expect(m[2]!.length).toBe(Number(m[1]));
  });

  it('keeps valid offsets with a binary padding stream, and grows by the padding', () => {
    const padding = new Uint8Array(5000).map((_, i) => (i * 37) % 256);
    const plain = buildPdf(['A']);
    const padded = buildPdf(['A'], { padding });
    expect(checkPdf(padded)).toEqual({ ok: true, problems: [], objectCount: 7 });
    expect(padded.length).toBeGreaterThan(plain.length + padding.length);
  });

  it('is byte-for-byte deterministic', () => {
    expect(buildPdf(['x', 'y'], { title: 't' })).toEqual(buildPdf(['x', 'y'], { title: 't' }));
  });
});

describe('pdfLiteral', () => {
  it('escapes the PDF string delimiters and the backslash', () => {
    expect(pdfLiteral('a (b) \\ c')).toBe('a \\(b\\) \\\\ c');
  });

  it('writes typography and accents as plain ASCII, anything else as ?', () => {
    expect(pdfLiteral('Risk adjustment – HCC “V28” café')).toBe('Risk adjustment - HCC "V28" cafe');
    expect(pdfLiteral('心')).toBe('?');
  });
});

describe('checkPdf', () => {
  it('reports an xref offset that does not point at its object', () => {
    const text = latin1(buildPdf(['A']));
    const broken = text.replace(/(xref\n0 \d+\n0000000000 65535 f \n)(\d{10})/, (_, head: string, off: string) => head + String(Number(off) + 1).padStart(10, '0'));
    const result = checkPdf(Uint8Array.from(broken, (c) => c.charCodeAt(0)));
    expect(result.ok).toBe(false);
    expect(result.problems[0]).toMatch(/^xref entry 1 points at offset \d+, which is not "1 0 obj"$/);
  });

  it('reports a file without the PDF header or the EOF marker', () => {
    const result = checkPdf(new TextEncoder().encode('hello'));
    expect(result.problems).toEqual(['does not start with %PDF-', 'does not end with %%EOF', 'no startxref before %%EOF']);
  });
});
