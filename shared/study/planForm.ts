/** Validation of the study-plan form. */
import { z } from 'zod';
import type { StudyPlan } from '../model/entities';
import { defaultWeights, getExamDef } from './exams';
import { dayField, type FormResult, numberField, requiredText, toFormResult } from './formFields';

/** What a person can sensibly plan per week. */
export const PLAN_LIMITS = { minWeeklyHours: 1, maxWeeklyHours: 80, maxWeight: 1000 } as const;

export type PlanDraft = Pick<StudyPlan, 'name' | 'examCode' | 'startDate' | 'examDate' | 'weeklyHoursGoal' | 'weights'>;

const schema = z
  .object({
    name: requiredText('a name for the plan', 100),
    examCode: z.preprocess(
      (v) => (typeof v === 'string' ? v.trim().toUpperCase() : v),
      z.string({ error: 'Choose the exam.' }).refine((c) => getExamDef(c) !== undefined, 'Choose the exam.'),
    ),
    startDate: dayField('the start date'),
    examDate: dayField('the exam date'),
    weeklyHoursGoal: numberField('weekly hours', {
      min: PLAN_LIMITS.minWeeklyHours,
      max: PLAN_LIMITS.maxWeeklyHours,
    }),
    /** Omitted: the exam's default weights. */
    weights: z
      .array(
        z.object({
          domainId: requiredText('the domain'),
          weight: numberField('the weight', { min: 0, max: PLAN_LIMITS.maxWeight }),
        }),
      )
      .optional(),
  })
  .superRefine((v, ctx) => {
    if (v.examDate <= v.startDate) {
      ctx.addIssue({ code: 'custom', path: ['examDate'], message: 'The exam date must be after the start date.' });
    }
    if (v.weights && v.weights.length > 0 && !v.weights.some((w) => w.weight > 0)) {
      ctx.addIssue({ code: 'custom', path: ['weights'], message: 'Give at least one topic a weight above zero.' });
    }
  });

export function validatePlanForm(input: unknown): FormResult<PlanDraft> {
  const r = toFormResult(schema.safeParse(input));
  if (!r.ok) return r;
  const exam = getExamDef(r.value.examCode);
  const weights = r.value.weights?.length ? r.value.weights : exam ? defaultWeights(exam) : [];
  return { ok: true, value: { ...r.value, weights } };
}
