/** Validation of a manually logged study session. */
import { z } from 'zod';
import type { IsoDate, StudySession } from '../model/entities';
import { SESSION_LIMITS } from './sessions';
import { dayField, type FormResult, notesField, numberField, optionalText, toFormResult } from './formFields';

export type SessionDraft = Omit<StudySession, 'id' | 'createdAt' | 'sample'>;

function schema(today: IsoDate) {
  return z.object({
    date: dayField('the date').refine((d) => d <= today, 'The date cannot be in the future.'),
    minutes: numberField('minutes', {
      integer: true,
      min: SESSION_LIMITS.minMinutes,
      max: SESSION_LIMITS.maxMinutes,
      range: `Minutes must be between ${SESSION_LIMITS.minMinutes} and ${SESSION_LIMITS.maxMinutes} (one day).`,
    }),
    domainId: optionalText(),
    planId: optionalText(),
    notes: notesField(),
  });
}

export function validateSessionForm(input: unknown, today: IsoDate): FormResult<SessionDraft> {
  const r = toFormResult(schema(today).safeParse(input));
  if (!r.ok) return r;
  const { domainId, planId, ...rest } = r.value;
  // Leave absent optional fields out rather than storing `undefined`.
  return { ok: true, value: { ...rest, ...(domainId ? { domainId } : {}), ...(planId ? { planId } : {}) } };
}
