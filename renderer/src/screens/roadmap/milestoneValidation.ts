/**
 * Validation of the milestone form, with one plain-English message per field. Pure (no React), so the rules
 * are tested without rendering. Input is what the form's controls hold: strings, possibly empty.
 */
import { z } from 'zod';
import { ROADMAP_STAGES, type IsoDate, type Milestone } from '../../../../shared/model/entities';
import { isRealIsoDate } from '../../../../shared/model/schemas';
import type { MilestoneDraft } from '../../db/roadmap';

export interface MilestoneFormValues {
  stage: string;
  title: string;
  targetDate: string;
  state: string;
  doneOn: string;
  notes: string;
}

export type MilestoneFormErrors = Partial<Record<keyof MilestoneFormValues, string>>;

export const TITLE_MAX = 200;
export const NOTES_MAX = 2000;

export const STATE_LABELS = { planned: 'Planned', 'in-progress': 'In progress', done: 'Done' } as const;

const realDay = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v) && isRealIsoDate(v);

function schemaFor(today: IsoDate) {
  return z
    .object({
      stage: z.enum(ROADMAP_STAGES, { error: 'Choose a stage.' }),
      title: z
        .string()
        .trim()
        .min(1, 'Enter a title.')
        .max(TITLE_MAX, `Keep the title under ${TITLE_MAX} characters.`),
      targetDate: z.string().trim().refine(realDay, 'Enter the target date as a real date, for example 2027-05-12.'),
      state: z.enum(['planned', 'in-progress', 'done'], { error: 'Choose a state.' }),
      doneOn: z.string().trim(),
      notes: z.string().trim().max(NOTES_MAX, `Keep notes under ${NOTES_MAX} characters.`),
    })
    .superRefine((v, ctx) => {
      if (v.state !== 'done') return;
      const message =
        v.doneOn === ''
          ? 'Enter the date you completed it.'
          : !realDay(v.doneOn)
            ? 'Enter the done date as a real date, for example 2026-05-12.'
            : v.doneOn > today
              ? 'The done date cannot be in the future.'
              : null;
      if (message) ctx.addIssue({ code: 'custom', path: ['doneOn'], message });
    });
}

/** Checks the form against `today` (the done date may not be after it) and returns a draft ready to save. */
export function validateMilestoneForm(
  input: MilestoneFormValues,
  today: IsoDate,
): { ok: true; value: MilestoneDraft } | { ok: false; errors: MilestoneFormErrors } {
  const result = schemaFor(today).safeParse(input);
  if (!result.success) {
    const errors: MilestoneFormErrors = {};
    for (const issue of result.error.issues) {
      const field = issue.path[0] as keyof MilestoneFormValues | undefined;
      if (field && !errors[field]) errors[field] = issue.message;
    }
    return { ok: false, errors };
  }
  const { doneOn, ...rest } = result.data;
  return { ok: true, value: rest.state === 'done' ? { ...rest, doneOn } : rest };
}

/** The form's starting values: a milestone being edited, or a new one in `stage`. */
export function formValuesFor(milestone: Milestone | null, stage: Milestone['stage']): MilestoneFormValues {
  if (!milestone) return { stage, title: '', targetDate: '', state: 'planned', doneOn: '', notes: '' };
  return {
    stage: milestone.stage,
    title: milestone.title,
    targetDate: milestone.targetDate,
    state: milestone.state,
    doneOn: milestone.doneOn ?? '',
    notes: milestone.notes,
  };
}
