/** Validation of the practice-attempt form, with one message per field path. */
import { z } from 'zod';
import type { IsoDate, PracticeAttempt } from '../model/entities';
import { getExamDef } from './exams';
import { dayField, type FormResult, notesField, numberField, requiredText, toFormResult } from './formFields';

/** Sanity bounds for what a person can type (not exam rules): no practice test has more questions or hours. */
export const ATTEMPT_LIMITS = { maxQuestions: 500, maxMinutes: 720 } as const;

export type AttemptDraft = Omit<PracticeAttempt, 'id' | 'createdAt' | 'sample'>;

const isBlank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

const domainRow = z.object({
  domainId: requiredText('the domain'),
  correct: numberField('correct answers', { integer: true, min: 0 }),
  total: numberField('questions', { integer: true, min: 0, max: ATTEMPT_LIMITS.maxQuestions }),
});

function schema(today: IsoDate) {
  return z
    .object({
      examCode: z.preprocess(
        (v) => (typeof v === 'string' ? v.trim().toUpperCase() : v),
        z.string({ error: 'Choose the exam.' }).refine((c) => getExamDef(c) !== undefined, 'Choose the exam.'),
      ),
      date: dayField('the date'),
      source: notesField(200),
      totalQuestions: numberField('the number of questions', {
        integer: true,
        min: 1,
        max: ATTEMPT_LIMITS.maxQuestions,
      }),
      correct: numberField('correct answers', { integer: true, min: 0 }),
      minutesUsed: numberField('minutes used', {
        min: 1,
        max: ATTEMPT_LIMITS.maxMinutes,
        range: `Minutes used must be between 1 and ${ATTEMPT_LIMITS.maxMinutes} (12 hours).`,
      }),
      // Rows the user left entirely blank (no correct, no total) are skipped, not errors.
      domainResults: z.preprocess(
        (v) => (Array.isArray(v) ? v.filter((r) => !(isBlank(r?.correct) && isBlank(r?.total))) : v ?? []),
        z.array(domainRow),
      ),
    })
    .superRefine((v, ctx) => {
      const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
      if (v.date > today) issue(['date'], 'The date cannot be in the future.');
      if (v.correct > v.totalQuestions) issue(['correct'], 'Correct answers cannot exceed the number of questions.');
      const seen = new Set<string>();
      v.domainResults.forEach((r, i) => {
        if (seen.has(r.domainId)) issue(['domainResults', i, 'domainId'], 'This domain is listed twice.');
        seen.add(r.domainId);
        if (r.correct > r.total) issue(['domainResults', i, 'correct'], 'Correct answers cannot exceed the domain’s questions.');
      });
      const total = v.domainResults.reduce((s, r) => s + r.total, 0);
      const correct = v.domainResults.reduce((s, r) => s + r.correct, 0);
      if (total > v.totalQuestions) {
        issue(['domainResults'], `The domains add up to ${total} questions, more than the ${v.totalQuestions} in the test.`);
      } else if (correct > v.correct) {
        issue(['domainResults'], `The domains add up to ${correct} correct, more than the ${v.correct} overall.`);
      }
    });
}

/** `today` (the user's local day) rejects future dates. */
export function validateAttemptForm(input: unknown, today: IsoDate): FormResult<AttemptDraft> {
  return toFormResult(schema(today).safeParse(input));
}
