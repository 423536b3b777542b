/**
 * Validation of the CEU entry form (and of each imported CSV row): field-level messages for the UI.
 * Accepts what inputs give (strings) as well as typed values, and returns a clean draft.
 */
import { z } from 'zod';
import { CEU_CATEGORIES, type CeuEntry, type Id, type IsoDate, type IsoDateTime } from '../model/entities';
import { getCredentialDef, normalizeCode } from './catalog';
import { isIsoDay } from './dates';
import { CEU_ENTRY_LIMITS, hasAtMostDecimals } from './limits';

export { CEU_ENTRY_LIMITS } from './limits';

/** A CEU entry before it is stored (no id, no timestamps). */
export type CeuEntryDraft = Pick<
  CeuEntry,
  'completedOn' | 'title' | 'provider' | 'ceus' | 'category' | 'approvalCode' | 'credentialIds' | 'notes'
> & Pick<Partial<CeuEntry>, 'specialtyCode' | 'cycleChoice' | 'ahimaSource'>;

export type CeuEntryField = keyof CeuEntryDraft;
export type CeuEntryFormErrors = Partial<Record<CeuEntryField | 'form', string>>;

const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const optionalText = z.preprocess((v) => v ?? '', z.string({ error: 'Must be text.' }).trim());

/** Specialty codes the engine can credit: a credential with a part for `specialty` entries of that code. */
export function isSpecialtyCode(code: string): boolean {
  const def = getCredentialDef(code);
  return !!def && def.parts.some(
    (part) => part.match.kind === 'category' && part.match.category === 'specialty' && part.match.specialtyCode === def.code,
  );
}

export function ceuEntryFormSchema(today: IsoDate) {
  const { maxCeus, maxDecimals } = CEU_ENTRY_LIMITS;
  return z
    .object({
      completedOn: z.preprocess(
        (v) => (typeof v === 'string' ? v.trim() : v),
        z
          .string({ error: 'Enter the date the course was completed.' })
          .min(1, 'Enter the date the course was completed.')
          .refine(isIsoDay, 'Enter a real date (YYYY-MM-DD).')
          .refine((day) => day <= today, 'The date cannot be in the future.'),
      ),
      title: z.preprocess((v) => v ?? '', z.string({ error: 'Enter the course title.' }).trim().min(1, 'Enter the course title.')),
      provider: z.preprocess((v) => v ?? '', z.string({ error: 'Enter the provider.' }).trim().min(1, 'Enter the provider.')),
      ceus: z.preprocess(
        (v) => {
          const value = blankToUndefined(v);
          return typeof value === 'string' ? Number(value.trim().replace(/^(\d*),(\d+)$/, '$1.$2')) : value;
        },
        z
          .number({ error: 'Enter the CEUs as a number.' })
          .gt(0, 'CEUs must be more than 0.')
          .lte(maxCeus, `CEUs cannot be more than ${maxCeus}.`)
          .refine((n) => hasAtMostDecimals(n, maxDecimals), `Use at most ${maxDecimals} decimals.`),
      ),
      category: z.preprocess((v) => blankToUndefined(v) ?? 'general', z.enum(CEU_CATEGORIES, { error: 'Choose a category.' })),
      specialtyCode: z.preprocess(
        (v) => (typeof v === 'string' ? (v.trim() === '' ? undefined : normalizeCode(v)) : v),
        z.string({ error: 'Must be text.' }).optional(),
      ),
      approvalCode: optionalText,
      credentialIds: z
        .array(z.string({ error: 'Unknown credential.' }).min(1, 'Unknown credential.'), { error: 'Choose at least one credential.' })
        .min(1, 'Choose at least one credential.'),
      notes: optionalText,
      cycleChoice: z.record(z.string(), z.string().refine(isIsoDay, 'Enter a real date (YYYY-MM-DD).')).optional(),
      ahimaSource: z.preprocess((v) => (v === '' || v === undefined || v === false ? undefined : v), z.literal(true, { error: 'Must be yes or no.' }).optional()),
    })
    .superRefine((draft, ctx) => {
      if (draft.category !== 'specialty') return;
      if (!draft.specialtyCode) {
        ctx.addIssue({ code: 'custom', path: ['specialtyCode'], message: 'Choose the specialty credential these CEUs are for.' });
      } else if (!isSpecialtyCode(draft.specialtyCode)) {
        ctx.addIssue({ code: 'custom', path: ['specialtyCode'], message: `${draft.specialtyCode} is not a specialty credential.` });
      }
    })
    .transform((draft): CeuEntryDraft => {
      const { specialtyCode, cycleChoice, ahimaSource, ...rest } = draft;
      return {
        ...rest,
        ...(ahimaSource ? { ahimaSource } : {}),
        ...(draft.category === 'specialty' && specialtyCode ? { specialtyCode } : {}),
        ...(cycleChoice && Object.keys(cycleChoice).length > 0 ? { cycleChoice } : {}),
      };
    });
}

export type CeuEntryValidation = { ok: true; value: CeuEntryDraft } | { ok: false; errors: CeuEntryFormErrors };

/** The first message of each field; `form` for anything that is not about one field. */
export function validateCeuEntryForm(values: unknown, today: IsoDate): CeuEntryValidation {
  const result = ceuEntryFormSchema(today).safeParse(values);
  if (result.success) return { ok: true, value: result.data };
  const errors: CeuEntryFormErrors = {};
  for (const issue of result.error.issues) {
    const field = (typeof issue.path[0] === 'string' ? issue.path[0] : 'form') as CeuEntryField | 'form';
    errors[field] ??= issue.message;
  }
  return { ok: false, errors };
}

/** A stored entry from a validated draft. */
/** Only a draft's own fields, copied: a form or CSV object with extra keys cannot leak into a stored record. */
export function entryDraftFields(draft: CeuEntryDraft): CeuEntryDraft {
  return {
    completedOn: draft.completedOn,
    title: draft.title,
    provider: draft.provider,
    ceus: draft.ceus,
    category: draft.category,
    ...(draft.specialtyCode ? { specialtyCode: draft.specialtyCode } : {}),
    approvalCode: draft.approvalCode,
    credentialIds: [...draft.credentialIds],
    ...(draft.cycleChoice && Object.keys(draft.cycleChoice).length > 0 ? { cycleChoice: { ...draft.cycleChoice } } : {}),
    ...(draft.ahimaSource ? { ahimaSource: true } : {}),
    notes: draft.notes,
  };
}

export function entryFromDraft(draft: CeuEntryDraft, id: Id, now: IsoDateTime): CeuEntry {
  return { ...entryDraftFields(draft), id, createdAt: now, updatedAt: now };
}
