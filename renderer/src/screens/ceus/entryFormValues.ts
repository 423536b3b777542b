/**
 * The CEU entry form's values (strings, as inputs give them), what is sent to shared/ceu/entryForm.ts for
 * validation, the renewal-month choice the AAPC rules allow, and the check of certificate files.
 */
import { CERTIFICATE_MAX_BYTES, CERTIFICATE_TYPES, CERTIFICATE_TYPES_TEXT, isCertificateType } from '../../../../shared/security/certificates';
import { getCredentialDef, listCredentialDefs } from '../../../../shared/ceu/catalog';
import { nextCycleDates } from '../../../../shared/ceu/cycles';
import { isIsoDay, sameMonth } from '../../../../shared/ceu/dates';
import { previousCycleEnd } from '../../../../shared/ceu/eligibility';
import { isSpecialtyCode } from '../../../../shared/ceu/entryForm';
import { CEU_CATEGORIES, type CeuCategory, type CeuEntry, type HeldCredential, type Id, type IsoDate } from '../../../../shared/model/entities';
import { formatDay } from '../../lib/dates';

export interface EntryFormValues {
  completedOn: string;
  title: string;
  provider: string;
  ceus: string;
  category: CeuCategory;
  specialtyCode: string;
  approvalCode: string;
  credentialIds: Id[];
  notes: string;
  /** Only the renewal-month choices the user made, by credential id (the cycle END day chosen). */
  cycleChoice: Record<Id, IsoDate>;
  /** The user marked the provider as an AHIMA source (AHIMA's 40% rule). */
  ahimaSource: boolean;
}

export const CATEGORY_LABELS: Record<CeuCategory, string> = {
  general: 'General',
  specialty: 'Specialty (for a specialty credential)',
  auditing: 'Auditing',
  compliance: 'Compliance',
  documentation: 'Documentation',
  'practice-management': 'Practice management',
  'coding-self-review': 'AHIMA coding self-review',
  hiim: 'HIIM domain (AHIMA)',
  'non-hiim': 'Other activity, not HIIM (AHIMA)',
  ethics: 'Ethics',
};

export const CATEGORY_OPTIONS = CEU_CATEGORIES.map((value) => ({ value, label: CATEGORY_LABELS[value] }));

/** A new entry completed today, applied to every credential held (an AAPC total is shared by all of them). */
export function newEntryValues(today: IsoDate, active: readonly HeldCredential[]): EntryFormValues {
  return {
    completedOn: today, title: '', provider: '', ceus: '', category: 'general', specialtyCode: '', approvalCode: '',
    credentialIds: active.map((credential) => credential.id), notes: '', cycleChoice: {}, ahimaSource: false,
  };
}

export function valuesFromEntry(entry: CeuEntry): EntryFormValues {
  return {
    completedOn: entry.completedOn,
    title: entry.title,
    provider: entry.provider,
    ceus: String(entry.ceus),
    category: entry.category,
    specialtyCode: entry.specialtyCode ?? '',
    approvalCode: entry.approvalCode,
    credentialIds: [...entry.credentialIds],
    notes: entry.notes,
    cycleChoice: { ...entry.cycleChoice },
    ahimaSource: entry.ahimaSource === true,
  };
}

/** Specialty credentials an entry can be for: the ones held first, then the rest of the catalog. */
export function specialtyOptions(held: readonly HeldCredential[]): { code: string; name: string; held: boolean }[] {
  const heldCodes = new Set(held.map((h) => getCredentialDef(h.code)?.code));
  return listCredentialDefs()
    .filter((def) => isSpecialtyCode(def.code))
    .map((def) => ({ code: def.code, name: def.name, held: heldCodes.has(def.code) }))
    .sort((a, b) => Number(b.held) - Number(a.held));
}

export interface RenewalOption {
  /** The END day of the cycle the entry would count toward. */
  cycleEnd: IsoDate;
  label: string;
}

export interface RenewalChoice {
  options: RenewalOption[];
  /** Where the entry counts without a choice: the cycle its date falls in. */
  defaultEnd: IsoDate;
}

/**
 * AAPC "CEU policies": CEUs earned in the renewal month may apply to the current or the next period. Offered for
 * AAPC credentials when the completion day is in the month the current cycle ends (this or the next cycle), or in
 * the month the previous one ended (that one or this one). Undefined when there is no choice to make.
 */
export function renewalChoice(completedOn: string, credential: HeldCredential): RenewalChoice | undefined {
  const def = getCredentialDef(credential.code);
  if (def?.body !== 'AAPC' || !isIsoDay(completedOn) || completedOn < credential.earnedOn) return undefined;
  const end = credential.cycleEnd;
  if (sameMonth(completedOn, end)) {
    const next = nextCycleDates(credential);
    if (!next) return undefined;
    return {
      options: [
        { cycleEnd: end, label: `This cycle (ends ${formatDay(end)})` },
        { cycleEnd: next.cycleEnd, label: `The next cycle (ends ${formatDay(next.cycleEnd)})` },
      ],
      defaultEnd: completedOn <= end ? end : next.cycleEnd,
    };
  }
  const prevEnd = previousCycleEnd(credential);
  if (sameMonth(completedOn, prevEnd)) {
    return {
      options: [
        { cycleEnd: prevEnd, label: `The previous cycle (ended ${formatDay(prevEnd)})` },
        { cycleEnd: end, label: `This cycle (ends ${formatDay(end)})` },
      ],
      defaultEnd: completedOn <= prevEnd ? prevEnd : end,
    };
  }
  return undefined;
}

/**
 * The renewal-month choices to offer: one per AAPC period, for all the entry's AAPC credentials in it (the choice
 * is the entry's, for the whole AAPC member: docs/ceu-rules.md, rule 6).
 */
export function renewalChoiceGroups(completedOn: string, selected: readonly HeldCredential[]): { credentials: HeldCredential[]; choice: RenewalChoice }[] {
  const groups = new Map<string, { credentials: HeldCredential[]; choice: RenewalChoice }>();
  for (const credential of selected) {
    const choice = renewalChoice(completedOn, credential);
    if (!choice) continue;
    const key = choice.options.map((option) => option.cycleEnd).join('|');
    const group = groups.get(key);
    if (group) group.credentials.push(credential);
    else groups.set(key, { credentials: [credential], choice });
  }
  return [...groups.values()];
}

/** The choice shown for a group: the first of its credentials with one (they are kept equal). */
export function groupChoice(values: Pick<EntryFormValues, 'cycleChoice'>, group: { credentials: readonly HeldCredential[]; choice: RenewalChoice }): IsoDate {
  for (const credential of group.credentials) {
    if (Object.hasOwn(values.cycleChoice, credential.id)) return values.cycleChoice[credential.id]!;
  }
  return group.choice.defaultEnd;
}

/**
 * What the form sends to `validateCeuEntryForm`: the values, the specialty code only for specialty entries and the
 * renewal-month choices that still apply (a credential still selected, a date still in a renewal month).
 */
export function entryFormInput(values: EntryFormValues, held: readonly HeldCredential[]) {
  const kept: [Id, IsoDate][] = [];
  for (const id of values.credentialIds) {
    const credential = held.find((h) => h.id === id);
    const choice = Object.hasOwn(values.cycleChoice, id) ? values.cycleChoice[id] : undefined;
    const renewal = credential ? renewalChoice(values.completedOn, credential) : undefined;
    if (choice && renewal?.options.some((option) => option.cycleEnd === choice)) kept.push([id, choice]);
  }
  // fromEntries makes own properties, whatever the id (an assignment to "__proto__" would set the prototype).
  const cycleChoice: Record<Id, IsoDate> = Object.fromEntries(kept);
  return {
    ...values,
    specialtyCode: values.category === 'specialty' ? values.specialtyCode : '',
    cycleChoice,
    // The mark matters only for AHIMA credentials (the 40% rule).
    ahimaSource: values.ahimaSource && values.credentialIds.some((id) => getCredentialDef(held.find((h) => h.id === id)?.code ?? '')?.body === 'AHIMA'),
  };
}

/** Certificate files (app policy): PDFs and images, each at most this size. */
export const CERTIFICATE_LIMITS = {
  maxBytes: CERTIFICATE_MAX_BYTES,
  accept: `${CERTIFICATE_TYPES.join(',')},.pdf,.png,.jpg,.jpeg,.webp,.heic,.heif`,
} as const;

const EXTENSION_TYPES: Record<string, string> = {
  pdf: 'application/pdf', png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', webp: 'image/webp', heic: 'image/heic', heif: 'image/heif',
};

/** The file's type, from its name when the system gave none. */
export function certificateType(file: { name: string; type: string }): string {
  if (file.type) return file.type;
  return EXTENSION_TYPES[file.name.split('.').pop()?.toLowerCase() ?? ''] ?? '';
}

/** A message for the first file that cannot be kept as a certificate, or undefined when all can. */
export function certificateProblem(files: readonly { name: string; type: string; size: number }[]): string | undefined {
  for (const file of files) {
    const type = certificateType(file);
    if (!isCertificateType(type)) {
      return `${file.name} is not a PDF or an image: attach the certificate as a ${CERTIFICATE_TYPES_TEXT} file.`;
    }
    if (file.size > CERTIFICATE_LIMITS.maxBytes) {
      return `${file.name} is larger than ${CERTIFICATE_LIMITS.maxBytes / 1024 / 1024} MB.`;
    }
    if (file.size === 0) return `${file.name} is empty.`;
  }
  return undefined;
}

/** The save-dialog filter for a certificate: its own extension when it has a usable one. */
export function certificateSaveFilter(file: { fileName: string; mimeType: string }): { name: string; extensions: string[] } {
  const extension = file.fileName.includes('.') ? file.fileName.split('.').pop()!.toLowerCase() : '';
  if (/^[a-z0-9]{1,10}$/.test(extension)) return { name: 'Certificate', extensions: [extension] };
  const fromType = Object.entries(EXTENSION_TYPES).find(([, type]) => type === file.mimeType)?.[0];
  return { name: 'Certificate', extensions: [fromType ?? 'pdf'] };
}
