/**
 * Structural check of a PDF's bytes: header, trailer and that every cross-reference offset lands on its
 * "N 0 obj". Used by the dataset tests (and handy for any test that wants to know a certificate is a real PDF).
 */

export interface PdfCheck {
  ok: boolean;
  problems: string[];
  /** Objects listed in the xref table (the free entry 0 excluded). */
  objectCount: number;
}

const decoder = new TextDecoder('latin1');

export function checkPdf(bytes: Uint8Array): PdfCheck {
  const problems: string[] = [];
  // latin1 maps every byte to one char, so string indices are byte offsets.
  const text = decoder.decode(bytes);
  if (!text.startsWith('%PDF-')) problems.push('does not start with %PDF-');
  if (!/%%EOF\r?\n?$/.test(text)) problems.push('does not end with %%EOF');

  const tail = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text);
  if (!tail) return { ok: false, problems: [...problems, 'no startxref before %%EOF'], objectCount: 0 };
  const xrefAt = Number(tail[1]);
  if (text.slice(xrefAt, xrefAt + 4) !== 'xref') {
    return { ok: false, problems: [...problems, `startxref ${xrefAt} does not point at "xref"`], objectCount: 0 };
  }

  const header = /^xref\r?\n(\d+) (\d+)\r?\n/.exec(text.slice(xrefAt));
  if (!header) return { ok: false, problems: [...problems, 'malformed xref subsection header'], objectCount: 0 };
  const first = Number(header[1]);
  const count = Number(header[2]);
  const entriesAt = xrefAt + header[0].length;
  let objectCount = 0;
  for (let i = 0; i < count; i++) {
    const entry = text.slice(entriesAt + i * 20, entriesAt + (i + 1) * 20);
    const m = /^(\d{10}) (\d{5}) ([nf])(?: \n| \r|\r\n)$/.exec(entry);
    if (!m) {
      problems.push(`xref entry ${first + i} is not a 20-byte entry: ${JSON.stringify(entry)}`);
      continue;
    }
    if (m[3] === 'f') continue;
    objectCount++;
    const at = Number(m[1]);
    const expected = `${first + i} ${Number(m[2])} obj`;
    if (text.slice(at, at + expected.length) !== expected) {
      problems.push(`xref entry ${first + i} points at offset ${at}, which is not "${expected}"`);
    }
  }
  if (!/trailer\s*<<[^]*\/Root \d+ 0 R/.test(text.slice(xrefAt))) problems.push('trailer has no /Root');
  return { ok: problems.length === 0, problems, objectCount };
}

/** Reads a Blob's bytes (Blob.bytes() is newer than some supported runtimes). */
export async function blobBytes(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer());
}
