/**
 * Building blocks for the study forms: fields that accept what an <input> gives (strings, possibly empty) as well
 * as numbers, and a result with one plain-English message per field path (`domainResults.2.correct`).
 */
import { z } from 'zod';
import { isRealIsoDate } from '../model/schemas';

export type FormResult<T> = { ok: true; value: T } | { ok: false; errors: Record<string, string> };

/** First message per field path; paths joined with dots; form-level issues under `form`. */
export function toFormResult<T>(result: { success: true; data: T } | { success: false; error: z.ZodError }): FormResult<T> {
  if (result.success) return { ok: true, value: result.data };
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const key = issue.path.length ? issue.path.map(String).join('.') : 'form';
    errors[key] ??= issue.message;
  }
  return { ok: false, errors };
}

function blankToUndefined(v: unknown): unknown {
  if (v === null) return undefined;
  if (typeof v === 'string') {
    const t = v.trim();
    return t === '' ? undefined : t;
  }
  return v;
}

interface NumberRules {
  integer?: boolean;
  min?: number;
  max?: number;
  /** Message when the value is out of [min, max]. */
  range?: string;
}

/** A required number typed in a form: "12", 12, " 12 " are fine; "", "abc" and NaN get a message. */
export function numberField(label: string, rules: NumberRules = {}) {
  const range = rules.range ?? rangeMessage(label, rules);
  return z.preprocess(
    (v) => {
      const b = blankToUndefined(v);
      if (typeof b === 'string') return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(b) ? Number(b) : b;
      return b;
    },
    z
      .number({ error: (iss) => (iss.input === undefined ? `Enter ${label}.` : `${capital(label)} must be a number.`) })
      .refine((n) => Number.isFinite(n), `${capital(label)} must be a number.`)
      .refine((n) => !rules.integer || Number.isInteger(n), `${capital(label)} must be a whole number.`)
      .refine((n) => (rules.min === undefined || n >= rules.min) && (rules.max === undefined || n <= rules.max), range),
  );
}

function rangeMessage(label: string, { min, max }: NumberRules): string {
  if (min !== undefined && max !== undefined) return `${capital(label)} must be between ${min} and ${max}.`;
  if (min !== undefined) return `${capital(label)} must be at least ${min}.`;
  return `${capital(label)} must be at most ${max}.`;
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A required `YYYY-MM-DD` day (real calendar day). */
export function dayField(label: string) {
  return z.preprocess(
    blankToUndefined,
    z
      .string({ error: `Enter ${label}.` })
      .refine(isRealIsoDate, `Enter ${label} as a real date, for example 2026-05-12.`),
  );
}

/** Optional text: blank becomes undefined. */
export function optionalText(max = 200) {
  return z.preprocess(blankToUndefined, z.string().max(max, `Keep it under ${max} characters.`).optional());
}

/** Free notes: blank becomes '' (the stored default). */
export function notesField(max = 2000) {
  return z.preprocess(
    (v) => (v === undefined || v === null ? '' : typeof v === 'string' ? v.trim() : v),
    z.string().max(max, `Keep notes under ${max} characters.`),
  );
}

/** Required text, trimmed. */
export function requiredText(label: string, max = 200) {
  return z.preprocess(
    blankToUndefined,
    z.string({ error: `Enter ${label}.` }).max(max, `Keep ${label} under ${max} characters.`),
  );
}
