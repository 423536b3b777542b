/**
 * The audit packet of one credential's cycle: one zip with the audit report (PDF on the desktop, HTML in a
 * browser), every counted entry's certificate named by its date and title, and a CSV of those entries. AAPC asks
 * for each certificate of a submission it selects for audit; this is what the coder sends.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { IsoDate } from '../model/entities';
import { csvFileText } from '../files/csvFile';

export interface PacketCertificate {
  completedOn: IsoDate;
  title: string;
  /** The name it was attached under (its extension is kept). */
  fileName: string;
  bytes: Uint8Array;
}

export interface PacketInput {
  /** The report file: its name (`.pdf` or `.html`) and contents. */
  report: { name: string; contents: Uint8Array | string };
  certificates: readonly PacketCertificate[];
  /** The counted entries as CSV (written with a byte-order mark, for Excel). */
  entriesCsv: string;
}

export const PACKET_CERTIFICATES_FOLDER = 'certificates';
export const PACKET_CSV_NAME = 'entries.csv';
const TITLE_MAX = 80;

/** A title made safe as a file name on Windows, macOS and Linux: no path or reserved characters, not too long. */
function safeTitle(title: string): string {
  const cleaned = title
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '');
  const short = cleaned.length > TITLE_MAX ? cleaned.slice(0, TITLE_MAX).trimEnd() : cleaned;
  return short || 'Untitled';
}

function extensionOf(fileName: string): string {
  const match = /\.([A-Za-z0-9]{1,8})$/.exec(fileName);
  return match ? `.${match[1]!.toLowerCase()}` : '';
}

/**
 * `certificates/2026-02-19 Coding Clinic webinar.pdf` for each certificate, in the order given; a second
 * certificate of the same day and title gets " (2)".
 */
export function certificatePaths(certificates: readonly Pick<PacketCertificate, 'completedOn' | 'title' | 'fileName'>[]): string[] {
  const taken = new Set<string>();
  return certificates.map((certificate) => {
    const base = `${certificate.completedOn} ${safeTitle(certificate.title)}`;
    const ext = extensionOf(certificate.fileName);
    let path = `${PACKET_CERTIFICATES_FOLDER}/${base}${ext}`;
    for (let n = 2; taken.has(path.toLowerCase()); n++) path = `${PACKET_CERTIFICATES_FOLDER}/${base} (${n})${ext}`;
    taken.add(path.toLowerCase());
    return path;
  });
}

/** The zip's bytes. Certificates (PDFs, images) are already compressed: they are stored, not deflated again. */
export function buildAuditPacket(input: PacketInput): Uint8Array {
  const report = typeof input.report.contents === 'string' ? strToU8(input.report.contents) : input.report.contents;
  const files: Zippable = {
    [input.report.name]: [report, { level: 6 }],
    [PACKET_CSV_NAME]: [strToU8(csvFileText(input.entriesCsv)), { level: 6 }],
  };
  const paths = certificatePaths(input.certificates);
  input.certificates.forEach((certificate, i) => {
    files[paths[i]!] = [certificate.bytes, { level: 0 }];
  });
  return zipSync(files);
}
