/**
 * The coder part of the sample data: CEU entries for an AAPC member holding CPC and CRC, spread over the
 * current cycle so far, most with a real one-page PDF certificate. Titles, providers and index numbers are
 * invented but look like the real thing (certificates carry the index number, sponsor, title, CEUs and date,
 * per credentials.md "CEU policies").
 */
import type { Attachment, CeuCategory, CeuEntry, Id, IsoDate } from '../model/entities';
import { addDaysToDay, daysBetween } from '../study/days';
import { buildPdf } from './pdf';
import { instantOn } from './time';

interface EntrySeed {
  /** Where in the elapsed part of the cycle it was completed, 0 = cycle start, 1 = today. */
  at: number;
  title: (year: number) => string;
  provider: string;
  ceus: number;
  category: CeuCategory;
  specialtyCode?: string;
  /** Counts for the CPC only (everything else counts for both held credentials). */
  cpcOnly?: boolean;
  certificate: boolean;
  notes?: string;
}

const ENTRIES: readonly EntrySeed[] = [
  { at: 0.04, title: () => 'Local Chapter Meeting: ICD-10-CM Guideline Changes', provider: 'AAPC Local Chapter, Springfield', ceus: 1, category: 'general', certificate: true },
  { at: 0.1, title: (y) => `AAPC Webinar: ${y} E/M Updates`, provider: 'AAPC', ceus: 1, category: 'general', certificate: true },
  { at: 0.17, title: () => 'HCC V28 Deep Dive for Risk Adjustment Coders', provider: 'AAPC', ceus: 1.5, category: 'specialty', specialtyCode: 'CRC', certificate: true },
  { at: 0.23, title: () => 'Modifiers 25 and 59: Getting It Right', provider: 'Coding Clarity Academy', ceus: 1, category: 'general', certificate: true },
  { at: 0.31, title: () => 'HealthCon Regional: General Session', provider: 'AAPC', ceus: 2, category: 'general', certificate: true, notes: 'Two days in Dallas; kept the badge scan too.' },
  { at: 0.32, title: () => 'HealthCon Regional: Risk Adjustment Track', provider: 'AAPC', ceus: 1.5, category: 'specialty', specialtyCode: 'CRC', certificate: true },
  { at: 0.4, title: () => 'CodeQuiz Self-Study: Anatomy of the Spine', provider: 'Coding Clarity Academy', ceus: 0.5, category: 'general', certificate: false },
  { at: 0.47, title: () => 'Risk Adjustment Documentation: MEAT Criteria in Practice', provider: 'MedEd Compliance Institute', ceus: 1, category: 'specialty', specialtyCode: 'CRC', certificate: true },
  { at: 0.55, title: () => 'Compliance Essentials: OIG Work Plan Review', provider: 'MedEd Compliance Institute', ceus: 1, category: 'compliance', certificate: true },
  { at: 0.62, title: (y) => `Telehealth Coding and Billing Update ${y}`, provider: 'AAPC', ceus: 1, category: 'general', certificate: false },
  { at: 0.7, title: () => 'Cardiology Coding: Cath Lab Essentials', provider: 'Coding Clarity Academy', ceus: 1.5, category: 'general', cpcOnly: true, certificate: true },
  { at: 0.78, title: () => 'RADV Audit Readiness for Coders', provider: 'AAPC', ceus: 1, category: 'specialty', specialtyCode: 'CRC', certificate: true },
  { at: 0.87, title: () => 'Documentation Integrity: Compliant Query Practices', provider: 'MedEd Compliance Institute', ceus: 1, category: 'documentation', certificate: true },
  { at: 0.95, title: () => 'AAPC Podcast Quiz: Chronic Conditions and HCCs', provider: 'AAPC', ceus: 0.5, category: 'specialty', specialtyCode: 'CRC', certificate: false },
];

export interface SampleCeuInput {
  cycleStart: IsoDate;
  today: IsoDate;
  cpcId: Id;
  crcId: Id;
  newId: () => Id;
}

/** An AAPC-index-like number: "CEU" + 6 digits, derived from the entry's position so it is stable. */
function indexNumber(i: number): string {
  return `CEU${String(117_000 + i * 3_571).padStart(6, '0')}`;
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
}

/** The lines a certificate of completion carries (index number, sponsor, title, CEUs, date). */
export function certificateLines(
  entry: Pick<CeuEntry, 'title' | 'provider' | 'ceus' | 'completedOn' | 'approvalCode'>,
  codeLabel = 'AAPC index number',
): string[] {
  return [
    'Certificate of Completion',
    entry.title,
    `Sponsoring organization: ${entry.provider}`,
    `${entry.ceus} ${entry.ceus === 1 ? 'CEU' : 'CEUs'} approved`,
    `Completed on ${entry.completedOn}`,
    `${codeLabel}: ${entry.approvalCode}`,
  ];
}

export function buildSampleCeus(input: SampleCeuInput): { ceuEntries: CeuEntry[]; attachments: Attachment[] } {
  const elapsed = Math.max(0, daysBetween(input.cycleStart, input.today));
  const year = Number(input.today.slice(0, 4));
  const ceuEntries: CeuEntry[] = [];
  const attachments: Attachment[] = [];
  ENTRIES.forEach((seed, i) => {
    const completedOn = addDaysToDay(input.cycleStart, Math.round(elapsed * seed.at));
    const created = instantOn(completedOn, 20, 10 + i);
    const entry: CeuEntry = {
      id: input.newId(),
      completedOn,
      title: seed.title(year),
      provider: seed.provider,
      ceus: seed.ceus,
      category: seed.category,
      ...(seed.specialtyCode ? { specialtyCode: seed.specialtyCode } : {}),
      approvalCode: indexNumber(i),
      credentialIds: seed.cpcOnly ? [input.cpcId] : [input.cpcId, input.crcId],
      notes: seed.notes ?? '',
      createdAt: created,
      updatedAt: created,
      sample: 1,
    };
    ceuEntries.push(entry);
    if (!seed.certificate) return;
    const bytes = buildPdf(certificateLines(entry), { title: `Certificate: ${entry.title}` });
    attachments.push({
      id: input.newId(),
      entryId: entry.id,
      fileName: `certificate-${slug(entry.title)}.pdf`,
      mimeType: 'application/pdf',
      size: bytes.length,
      data: new Blob([bytes], { type: 'application/pdf' }),
      addedAt: created,
      sample: 1,
    });
  });
  return { ceuEntries, attachments };
}
