/**
 * A tiny PDF writer: one US-letter page of Helvetica text lines, with a correct cross-reference table, so the
 * sample certificates open in any viewer and the backup/attachment code handles real files.
 * Optional `padding` adds an unreferenced binary stream object (legal PDF) to reach a wanted file size.
 */

export interface PdfOptions {
  /** Document title in the Info dictionary. */
  title?: string;
  /** Bytes kept in an extra, unreferenced stream object (used to make large but valid files). */
  padding?: Uint8Array;
}

const PAGE_WIDTH = 612;
const PAGE_HEIGHT = 792;
const MARGIN = 72;

// The standard Type 1 fonts use WinAnsi-like single bytes; write plain ASCII and replace the usual typography.
const ASCII_STAND_INS: Record<string, string> = {
  '–': '-', '—': '-', '‘': "'", '’': "'", '“': '"', '”': '"', '…': '...', '«': '"', '»': '"', '•': '*',
};

/** Text as a PDF literal string body: ASCII only, with `\`, `(` and `)` escaped. */
export function pdfLiteral(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFKD')) {
    const mapped = ASCII_STAND_INS[ch] ?? ch;
    for (const c of mapped) {
      const code = c.charCodeAt(0);
      if (c === '\\' || c === '(' || c === ')') out += `\\${c}`;
      else if (code >= 0x20 && code < 0x7f) out += c;
      else if (code >= 0x300 && code < 0x370) continue; // combining accent left by NFKD: keep the base letter
      else out += '?';
    }
  }
  return out;
}

function pageContent(lines: readonly string[]): string {
  const [heading, ...rest] = lines;
  const ops: string[] = ['BT', `/F1 20 Tf`, `${MARGIN} ${PAGE_HEIGHT - MARGIN - 20} Td`, '26 TL'];
  if (heading !== undefined) ops.push(`(${pdfLiteral(heading)}) Tj`, 'T*');
  ops.push('/F1 12 Tf', '18 TL');
  for (const line of rest) ops.push(`(${pdfLiteral(line)}) Tj`, 'T*');
  ops.push('ET');
  return ops.join('\n');
}

const encoder = new TextEncoder();
const ascii = (text: string) => encoder.encode(text);

/** A one-page PDF showing `lines` (the first one as a heading). Same input, same bytes. */
export function buildPdf(lines: readonly string[], options: PdfOptions = {}): Uint8Array<ArrayBuffer> {
  const content = pageContent(lines);
  const objects: (string | Uint8Array)[][] = [
    ['<< /Type /Catalog /Pages 2 0 R >>'],
    ['<< /Type /Pages /Kids [3 0 R] /Count 1 >>'],
    [
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE_WIDTH} ${PAGE_HEIGHT}] ` +
        '/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    ],
    ['<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'],
    [`<< /Length ${content.length} >>\nstream\n`, content, '\nendstream'],
    [`<< /Title (${pdfLiteral(options.title ?? lines[0] ?? '')}) /Producer (CoderPath) >>`],
  ];
  const infoNumber = objects.length;
  if (options.padding) {
    objects.push([`<< /Length ${options.padding.length} >>\nstream\n`, options.padding, '\nendstream']);
  }

  const chunks: Uint8Array[] = [];
  let offset = 0;
  const write = (part: string | Uint8Array) => {
    const bytes = typeof part === 'string' ? ascii(part) : part;
    chunks.push(bytes);
    offset += bytes.length;
  };
  // The second line's high bytes tell transfer tools the file is binary (PDF spec, 7.5.2).
  write('%PDF-1.4\n');
  write(new Uint8Array([0x25, 0xe2, 0xe3, 0xcf, 0xd3, 0x0a]));

  const offsets: number[] = [];
  objects.forEach((parts, i) => {
    offsets.push(offset);
    write(`${i + 1} 0 obj\n`);
    parts.forEach(write);
    write('\nendobj\n');
  });

  const xrefAt = offset;
  // Each xref entry is exactly 20 bytes: 10-digit offset, 5-digit generation, n/f, then space + newline.
  write(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`);
  for (const at of offsets) write(`${String(at).padStart(10, '0')} 00000 n \n`);
  write(`trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${infoNumber} 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`);

  const out = new Uint8Array(offset);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
