/**
 * The audit report model for one credential's cycle: what a credentialing body or employer asks to see (AAPC
 * verifies 25% of submissions: each CEU with its index number, sponsor, title, CEUs and date, and the certificate
 * kept). Plain data; the renderer prints it and the desktop saves it as PDF.
 */
import { CEU_CATEGORIES, type CeuCategory, type CeuEntry, type HeldCredential, type Id, type IsoDate } from '../model/entities';
import { getCredentialDef } from './catalog';
import { sumCeus } from './ceuMath';
import { byCompletion } from './eligibility';
import type { CycleStatus } from './pace';
import type { CredentialRequirement } from './requirementTypes';

export const CEU_CATEGORY_LABELS: Record<CeuCategory, string> = {
  general: 'General',
  specialty: 'Specialty',
  auditing: 'Auditing',
  compliance: 'Compliance',
  documentation: 'Documentation',
  'practice-management': 'Practice management',
  'coding-self-review': 'Coding self-review',
  hiim: 'HIIM domains',
  'non-hiim': 'Other activities (non-HIIM)',
  ethics: 'Ethics',
};

export interface AuditReportRow {
  entryId: Id;
  completedOn: IsoDate;
  title: string;
  provider: string;
  /** AAPC index number or AHIMA approval code ('' when none was recorded). */
  indexNumber: string;
  ceus: number;
  category: CeuCategory;
  categoryLabel: string;
  specialtyCode?: string;
  /** File names of the certificates attached. */
  certificates: string[];
  missingCertificate: boolean;
  /** What the entry counts toward: the total and the parts it fills (a specialty CEU: the total and its specialty). */
  countsToward: string[];
  /** CEUs of this entry a share rule keeps out of the total (AHIMA 80% HIIM / 40% from AHIMA sources). */
  notCountedCeus: number;
}

export interface CategoryTotal {
  category: CeuCategory;
  specialtyCode?: string;
  label: string;
  ceus: number;
  entries: number;
}

export interface AuditReport {
  holder: string;
  generatedOn?: IsoDate;
  credential: { id: Id; code: string; name: string; body: string; earnedOn: IsoDate };
  cycle: { start: IsoDate; end: IsoDate };
  required: number;
  requiredNote: string;
  /** The required total is the app's estimate (AAPC pro-rating): what to confirm. */
  requiredEstimate?: string;
  /** CEUs COUNTED toward the total (the CEUs screen's and dashboard's figure). */
  earned: number;
  /** CEUs of the counting entries as logged. */
  logged: number;
  /** What was logged but not counted, and why. */
  notCounted: { ceus: number; message: string }[];
  needed: number;
  status: CycleStatus;
  parts: { label: string; required: number; earned: number; missing: number }[];
  rows: AuditReportRow[];
  totalsByCategory: CategoryTotal[];
  /** Counted entries without a certificate: proof to find before an audit. */
  missingCertificateEntryIds: Id[];
}

type Attachments = ReadonlyMap<Id, readonly { fileName: string }[]> | Readonly<Record<Id, readonly { fileName: string }[]>>;

function attachmentsOf(attachments: Attachments, entryId: Id): readonly { fileName: string }[] {
  if (attachments instanceof Map) return attachments.get(entryId) ?? [];
  // Object.hasOwn: an entry id like "toString" must not find a built-in of the plain object.
  const record = attachments as Readonly<Record<Id, readonly { fileName: string }[]>>;
  return Object.hasOwn(record, entryId) ? (record[entryId] ?? []) : [];
}

function totalsByCategory(rows: readonly AuditReportRow[]): CategoryTotal[] {
  const groups = new Map<string, AuditReportRow[]>();
  for (const row of rows) {
    const key = `${CEU_CATEGORIES.indexOf(row.category).toString().padStart(2, '0')}:${row.specialtyCode ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return [...groups.keys()].sort().map((key) => {
    const group = groups.get(key)!;
    const { category, specialtyCode } = group[0]!;
    return {
      category,
      ...(specialtyCode ? { specialtyCode } : {}),
      label: specialtyCode ? `${CEU_CATEGORY_LABELS[category]} (${specialtyCode})` : CEU_CATEGORY_LABELS[category],
      ceus: sumCeus(group.map((row) => row.ceus)),
      entries: group.length,
    };
  });
}

export function buildAuditReport(
  heldCredential: HeldCredential,
  status: CredentialRequirement,
  entries: readonly CeuEntry[],
  attachmentsByEntry: Attachments,
  options: { holderName?: string; generatedOn?: IsoDate } = {},
): AuditReport {
  const counted = new Set(status.countedEntryIds);
  const cut = new Map<Id, number>();
  for (const part of status.notCounted) for (const { entryId, ceus } of part.entries) cut.set(entryId, sumCeus([cut.get(entryId) ?? 0, ceus]));
  const totalLabel = status.totalScope === 'body-group' ? `${status.body} total` : `${status.code} total`;
  const partLabel = (part: CredentialRequirement['parts'][number]) =>
    part.credentialCode && !part.label.includes(part.credentialCode) ? `${part.credentialCode} ${part.label}` : part.label;
  const rows = entries
    .filter((entry) => counted.has(entry.id))
    .sort(byCompletion)
    .map((entry): AuditReportRow => {
      const certificates = attachmentsOf(attachmentsByEntry, entry.id).map((file) => file.fileName);
      return {
        entryId: entry.id,
        completedOn: entry.completedOn,
        title: entry.title,
        provider: entry.provider,
        indexNumber: entry.approvalCode,
        ceus: entry.ceus,
        category: entry.category,
        categoryLabel: CEU_CATEGORY_LABELS[entry.category],
        ...(entry.category === 'specialty' && entry.specialtyCode ? { specialtyCode: entry.specialtyCode } : {}),
        certificates,
        missingCertificate: certificates.length === 0,
        countsToward: [totalLabel, ...status.parts.filter((part) => part.countedEntryIds.includes(entry.id)).map(partLabel)],
        notCountedCeus: cut.get(entry.id) ?? 0,
      };
    });
  return {
    holder: options.holderName ?? '',
    ...(options.generatedOn ? { generatedOn: options.generatedOn } : {}),
    credential: {
      id: heldCredential.id,
      code: heldCredential.code,
      name: getCredentialDef(heldCredential.code)?.name ?? heldCredential.code,
      body: status.body,
      earnedOn: heldCredential.earnedOn,
    },
    cycle: { start: status.cycleStart, end: status.cycleEnd },
    required: status.required,
    requiredNote: status.requiredBasis.note,
    ...(status.requiredBasis.estimate ? { requiredEstimate: status.requiredBasis.estimate } : {}),
    earned: status.earned,
    logged: status.logged,
    notCounted: status.notCounted.map(({ ceus, message }) => ({ ceus, message })),
    needed: status.needed,
    status: status.status,
    parts: status.parts.map(({ label, credentialCode, required, earned, missing }) => ({
      label: credentialCode && !label.includes(credentialCode) ? `${credentialCode} ${label}` : label,
      required, earned, missing,
    })),
    rows,
    totalsByCategory: totalsByCategory(rows),
    missingCertificateEntryIds: rows.filter((row) => row.missingCertificate).map((row) => row.entryId),
  };
}
