/**
 * The heavy dataset's CEU entries (spread from the first credential to today, each counted toward the
 * credentials of its body held on that day) and certificate files of 100–300 KB: valid PDFs padded with
 * seeded random bytes, so volume tests move realistic amounts of data without slow generation.
 */
import type { Attachment, CeuCategory, CeuEntry, HeldCredential, IsoDate } from '../../shared/model/entities';
import { getCredentialDef } from '../../shared/ceu/catalog';
import { addDaysToDay, daysBetween } from '../../shared/study/days';
import { buildPdf } from '../../shared/datasets/pdf';
import { randomBytes, subSeed, type Rng } from '../../shared/datasets/prng';
import { certificateLines } from '../../shared/datasets/sampleCeu';
import { instantOn } from '../../shared/datasets/time';

/** Certificate sizes in bytes: within 100 KB (102,400) and 300 KB (300,000) whichever way a KB is counted. */
export const HEAVY_FILE_BYTES = { min: 102_400, max: 300_000 } as const;
// Room for the few bytes the PDF wrapper adds beyond the estimate (digits of lengths and offsets).
const SIZE_SLACK = 64;

const TOPICS = [
  'E/M Documentation Updates', 'ICD-10-CM Guideline Changes', 'HCC V28 Transition', 'Modifier Compliance',
  'Telehealth Billing', 'Interventional Radiology Coding', 'Oncology Coding Essentials', 'Wound Care Coding',
  'MS-DRG Optimization', 'ICD-10-PCS Root Operations', 'Denials Management', 'Sepsis Coding and Queries',
  'Audit Sampling Methods', 'OIG Work Plan Review', 'HIPAA Privacy Refresher', 'Cardiology Cath Lab Coding',
  'Orthopedic Surgery Coding', 'Anesthesia Time Reporting', 'Clinical Documentation Integrity', 'NCCI Edits',
];
const FORMATS = ['Webinar', 'Workshop', 'Conference Session', 'Self-Study Quiz', 'Chapter Meeting', 'Virtual Course'];
const AAPC_PROVIDERS = ['AAPC', 'AAPC Local Chapter', 'Coding Clarity Academy', 'MedEd Compliance Institute', 'HealthCon'];
const AHIMA_PROVIDERS = ['AHIMA', 'AHIMA Virtual Lab', 'Texas HIMA', 'Ohio Health Information Management Association', 'CDI Learning Group'];
const CEU_AMOUNTS = [0.5, 1, 1, 1, 1.5, 1.5, 2, 3];

/** Categories an entry of each body may carry, with how often, given what the user holds that day. */
function categoryFor(rng: Rng, body: 'AAPC' | 'AHIMA', heldCodes: Set<string>): { category: CeuCategory; specialtyCode?: string } {
  if (body === 'AHIMA') {
    return { category: rng.weighted<CeuCategory>(['hiim', 'non-hiim', 'coding-self-review', 'compliance'], [70, 12, 8, 10]) };
  }
  const options: { category: CeuCategory; specialtyCode?: string }[] = [{ category: 'general' }, { category: 'compliance' }, { category: 'documentation' }];
  const weights = [55, 8, 6];
  if (heldCodes.has('CPMA')) {
    options.push({ category: 'auditing' });
    weights.push(15);
  }
  if (heldCodes.has('CRC')) {
    options.push({ category: 'specialty', specialtyCode: 'CRC' });
    weights.push(12);
  }
  return rng.weighted(options, weights);
}

export function buildHeavyCeus(
  today: IsoDate,
  credentials: HeldCredential[],
  total: number,
  rng: Rng,
  newId: () => string,
): CeuEntry[] {
  const first = credentials.map((c) => c.earnedOn).sort()[0]!;
  const span = daysBetween(first, today);
  const days = Array.from({ length: total }, () => addDaysToDay(first, rng.int(0, span))).sort();
  return days.map((completedOn, i) => {
    const heldThen = credentials.filter((c) => c.earnedOn <= completedOn);
    const byBody = (b: string) => heldThen.filter((c) => getCredentialDef(c.code)?.body === b);
    let body: 'AAPC' | 'AHIMA' = rng.chance(0.7) ? 'AAPC' : 'AHIMA';
    if (byBody(body).length === 0) body = body === 'AAPC' ? 'AHIMA' : 'AAPC';
    const counted = byBody(body);
    const { category, specialtyCode } = categoryFor(rng, body, new Set(counted.map((c) => c.code)));
    const provider = rng.pick(body === 'AAPC' ? AAPC_PROVIDERS : AHIMA_PROVIDERS);
    const created = instantOn(completedOn, rng.int(7, 22), rng.int(0, 59));
    return {
      id: newId(),
      completedOn,
      title: `${provider === 'AAPC' ? 'AAPC ' : ''}${rng.pick(FORMATS)}: ${rng.pick(TOPICS)}`,
      provider,
      ceus: rng.pick(CEU_AMOUNTS),
      category,
      ...(specialtyCode ? { specialtyCode } : {}),
      approvalCode: body === 'AAPC' ? `CEU${String(100_000 + i * 397).padStart(6, '0')}` : `AHIMA-${20_000 + i}`,
      credentialIds: counted.map((c) => c.id),
      notes: rng.chance(0.1) ? 'Certificate emailed; saved to the shared drive too.' : '',
      createdAt: created,
      updatedAt: created,
    };
  });
}

/**
 * One certificate for each of `count` entries spread evenly through the list: a valid one-page PDF padded to a
 * seeded size in HEAVY_FILE_BYTES with seeded random bytes (fast: no compression or encoding work).
 */
export function buildHeavyAttachments(entries: CeuEntry[], count: number, seed: number, rng: Rng, newId: () => string): Attachment[] {
  const step = entries.length / count;
  return Array.from({ length: count }, (_, k) => {
    const entry = entries[Math.floor(k * step + step - 1)]!;
    const lines = certificateLines(entry, entry.approvalCode.startsWith('AHIMA') ? 'AHIMA approval code' : undefined);
    const wrapper = buildPdf(lines, { padding: new Uint8Array(0) }).length;
    const target = rng.int(HEAVY_FILE_BYTES.min + SIZE_SLACK, HEAVY_FILE_BYTES.max - SIZE_SLACK);
    const bytes = buildPdf(lines, { padding: randomBytes(subSeed(seed, `file-${k}`), target - wrapper) });
    return {
      id: newId(),
      entryId: entry.id,
      fileName: `certificate-${entry.completedOn}-${k + 1}.pdf`,
      mimeType: 'application/pdf',
      size: bytes.length,
      data: new Blob([bytes], { type: 'application/pdf' }),
      addedAt: entry.createdAt,
    };
  });
}
