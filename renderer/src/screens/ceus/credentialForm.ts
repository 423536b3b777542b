/**
 * The held-credential form: its values (strings, as inputs give them), the defaults a new credential gets from the
 * catalog's cycle rules (shared/ceu/cycles.ts), and validation with a message per field.
 */
import { z } from 'zod';
import { getCredentialDef, listCredentialDefs, type CredentialBody, type CredentialDef } from '../../../../shared/ceu/catalog';
import { defaultCycle, type DefaultCycle } from '../../../../shared/ceu/cycles';
import { isIsoDay } from '../../../../shared/ceu/dates';
import { isActive } from '../../../../shared/ceu/requirements';
import type { HeldCredential, Id, IsoDate } from '../../../../shared/model/entities';
import type { CredentialDraft } from '../../db/ceus';

export interface CredentialFormValues {
  code: string;
  earnedOn: string;
  cycleStart: string;
  cycleEnd: string;
  overrideOn: boolean;
  overrideTotal: string;
  overrideNote: string;
  /** AAPC membership renewal month, '1'–'12' or '' (once per member: saved to the profile, not the credential). */
  aapcRenewalMonth: string;
}

export type CredentialField = Exclude<keyof CredentialFormValues, 'overrideOn'>;
export type CredentialFormErrors = Partial<Record<CredentialField, string>>;

/** Form limit (app policy): no body asks for more than this in one cycle; a larger number is a typo. */
export const MAX_OVERRIDE_TOTAL = 200;

/** The catalog's credentials grouped by body, for a <select> with <optgroup>s. */
export function credentialOptionGroups(): { body: CredentialBody; defs: CredentialDef[] }[] {
  return (['AAPC', 'AHIMA'] as const).map((body) => ({ body, defs: listCredentialDefs({ body }) }));
}

export function newCredentialValues(aapcRenewalMonth?: number): CredentialFormValues {
  return {
    code: '', earnedOn: '', cycleStart: '', cycleEnd: '', overrideOn: false, overrideTotal: '', overrideNote: '',
    aapcRenewalMonth: aapcRenewalMonth ? String(aapcRenewalMonth) : '',
  };
}

export function valuesFromCredential(credential: HeldCredential, aapcRenewalMonth?: number): CredentialFormValues {
  return {
    aapcRenewalMonth: aapcRenewalMonth ? String(aapcRenewalMonth) : '',
    code: credential.code,
    earnedOn: credential.earnedOn,
    cycleStart: credential.cycleStart,
    cycleEnd: credential.cycleEnd,
    overrideOn: !!credential.requiredOverride,
    overrideTotal: credential.requiredOverride ? String(credential.requiredOverride.total) : '',
    overrideNote: credential.requiredOverride?.note ?? '',
  };
}

/** The membership month of the values, when one is chosen. */
export function renewalMonthOf(values: Pick<CredentialFormValues, 'aapcRenewalMonth'>): number | undefined {
  const month = Number(values.aapcRenewalMonth);
  return Number.isInteger(month) && month >= 1 && month <= 12 ? month : undefined;
}

/**
 * The default cycle for the chosen code and earned day, or undefined until both are usable. It always contains
 * `today` (an AAPC period from the membership month; an AHIMA credential joins the holder's cycle).
 */
export function suggestedCycle(
  values: Pick<CredentialFormValues, 'code' | 'earnedOn' | 'aapcRenewalMonth'>,
  held: readonly HeldCredential[],
  today: IsoDate,
  editingId?: Id,
): DefaultCycle | undefined {
  if (!values.code || !isIsoDay(values.earnedOn)) return undefined;
  const month = renewalMonthOf(values);
  return defaultCycle(values.code, values.earnedOn, held.filter((h) => h.id !== editingId), { today, ...(month ? { aapcRenewalMonth: month } : {}) });
}

/** Applies the default cycle dates to the values (used while the user has not typed dates of their own). */
export function withSuggestedCycle(values: CredentialFormValues, held: readonly HeldCredential[], today: IsoDate, editingId?: Id): CredentialFormValues {
  const cycle = suggestedCycle(values, held, today, editingId);
  return cycle ? { ...values, cycleStart: cycle.cycleStart, cycleEnd: cycle.cycleEnd } : values;
}

const day = (missing: string) =>
  z.preprocess(
    (v) => (typeof v === 'string' ? v.trim() : v),
    z.string().min(1, missing).refine(isIsoDay, 'Enter a real date (YYYY-MM-DD).'),
  );

function schema(today: IsoDate, held: readonly HeldCredential[], editingId?: Id) {
  return z
    .object({
      code: z
        .string()
        .trim()
        .min(1, 'Choose the credential.')
        .refine((code) => !!getCredentialDef(code), 'Choose a credential from the list.'),
      earnedOn: day('Enter the day you earned it.').refine((d) => d <= today, 'The date cannot be in the future.'),
      cycleStart: day('Enter the day the current cycle began.'),
      cycleEnd: day('Enter the day the current cycle ends.'),
      overrideOn: z.boolean(),
      overrideTotal: z.string(),
      overrideNote: z.string().trim(),
      aapcRenewalMonth: z.string(),
    })
    .superRefine((v, ctx) => {
      const def = getCredentialDef(v.code);
      const duplicate = held.find(
        (h) => h.id !== editingId && isActive(h, today) && getCredentialDef(h.code)?.code === def?.code,
      );
      if (def && duplicate) ctx.addIssue({ code: 'custom', path: ['code'], message: `You already hold ${def.code}.` });
      if (isIsoDay(v.cycleStart) && isIsoDay(v.cycleEnd) && v.cycleEnd <= v.cycleStart) {
        ctx.addIssue({ code: 'custom', path: ['cycleEnd'], message: 'The cycle must end after it begins.' });
      } else if (isIsoDay(v.earnedOn) && isIsoDay(v.cycleEnd) && v.cycleEnd < v.earnedOn) {
        ctx.addIssue({ code: 'custom', path: ['cycleEnd'], message: 'The cycle cannot end before the day you earned the credential.' });
      }
      if (!v.overrideOn) return;
      const total = Number(v.overrideTotal.trim().replace(',', '.'));
      if (v.overrideTotal.trim() === '' || !Number.isFinite(total)) {
        ctx.addIssue({ code: 'custom', path: ['overrideTotal'], message: 'Enter the total CEUs as a number.' });
      } else if (total <= 0 || total > MAX_OVERRIDE_TOTAL) {
        ctx.addIssue({ code: 'custom', path: ['overrideTotal'], message: `Enter a total between 1 and ${MAX_OVERRIDE_TOTAL}.` });
      }
      if (!v.overrideNote) {
        ctx.addIssue({ code: 'custom', path: ['overrideNote'], message: 'Say where this number comes from (e.g. a letter from the body).' });
      }
    })
    .transform((v): CredentialDraft => ({
      code: getCredentialDef(v.code)!.code,
      earnedOn: v.earnedOn,
      cycleStart: v.cycleStart,
      cycleEnd: v.cycleEnd,
      ...(v.overrideOn ? { requiredOverride: { total: Number(v.overrideTotal.trim().replace(',', '.')), note: v.overrideNote } } : {}),
    }));
}

export type CredentialValidation = { ok: true; value: CredentialDraft } | { ok: false; errors: CredentialFormErrors };

/** `held`: every stored credential, to refuse a second active one with the same code. */
export function validateCredentialForm(
  values: CredentialFormValues,
  today: IsoDate,
  held: readonly HeldCredential[],
  editingId?: Id,
): CredentialValidation {
  const result = schema(today, held, editingId).safeParse(values);
  if (result.success) return { ok: true, value: result.data };
  const errors: CredentialFormErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0] as CredentialField;
    errors[field] ??= issue.message;
  }
  return { ok: false, errors };
}
