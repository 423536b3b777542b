/**
 * The welcome form's values and their validation: "I'm preparing for an exam" asks the exam, its date and weekly
 * hours (the plan form's own rules, shared/study/planForm.ts); "I hold credentials" asks each credential and the
 * day it was earned; both ask the career start the roadmap counts from. One message per field path.
 */
import { getCredentialDef } from '../../../../shared/ceu/catalog';
import { isRealIsoDate } from '../../../../shared/model/schemas';
import type { IsoDate, UserRole } from '../../../../shared/model/entities';
import { getExamDef } from '../../../../shared/study/exams';
import { validatePlanForm } from '../../../../shared/study/planForm';
import type { FormResult } from '../../../../shared/study/formFields';
import type { HeldAnswer, OnboardingAnswers } from '../../db/onboarding';

export interface WelcomeValues {
  preparing: boolean;
  holding: boolean;
  examCode: string;
  examDate: string;
  weeklyHours: string;
  credentials: { code: string; earnedOn: string }[];
  careerStart: string;
}

export function initialWelcomeValues(careerStart: IsoDate): WelcomeValues {
  return {
    preparing: false,
    holding: false,
    examCode: 'CPC',
    examDate: '',
    weeklyHours: '',
    credentials: [{ code: '', earnedOn: '' }],
    careerStart,
  };
}

/** The roles the checkboxes stand for. */
export function rolesOf(values: Pick<WelcomeValues, 'preparing' | 'holding'>): UserRole[] {
  return [...(values.preparing ? (['learner'] as const) : []), ...(values.holding ? (['coder'] as const) : [])];
}

/** The first step: at least one box, or the user should skip instead. */
export function validateRoles(values: Pick<WelcomeValues, 'preparing' | 'holding'>): string | undefined {
  return rolesOf(values).length === 0
    ? 'Choose at least one, or “Skip for now” to look around first.'
    : undefined;
}

/** Validates everything the chosen roles ask for; `today` starts the plan and bounds earned dates. */
export function validateWelcome(values: WelcomeValues, today: IsoDate): FormResult<OnboardingAnswers> {
  const errors: Record<string, string> = {};
  const roleError = validateRoles(values);
  if (roleError) errors.roles = roleError;

  let plan: OnboardingAnswers['plan'];
  if (values.preparing) {
    const exam = getExamDef(values.examCode);
    const result = validatePlanForm({
      name: exam ? `${exam.code} exam prep` : 'Exam prep',
      examCode: values.examCode,
      startDate: today,
      examDate: values.examDate,
      weeklyHoursGoal: values.weeklyHours,
    });
    if (result.ok) plan = result.value;
    else {
      const rename: Record<string, string> = { weeklyHoursGoal: 'weeklyHours', startDate: 'examDate' };
      for (const [key, message] of Object.entries(result.errors)) {
        // The start is today, so "after the start date" reads better as "after today".
        const text = key === 'examDate' && message.includes('after the start date') ? 'The exam date must be after today.' : message;
        errors[rename[key] ?? key] ??= text;
      }
    }
  }

  const credentials: HeldAnswer[] = [];
  if (values.holding) {
    const seen = new Set<string>();
    values.credentials.forEach((row, i) => {
      const code = row.code.trim().toUpperCase();
      const earnedOn = row.earnedOn.trim();
      if (!code && !earnedOn && values.credentials.length > 1) return; // an extra empty row is ignored
      if (!code || !getCredentialDef(code)) errors[`credentials.${i}.code`] = 'Choose the credential.';
      else if (seen.has(code)) errors[`credentials.${i}.code`] = `${code} is already in the list.`;
      if (!earnedOn) errors[`credentials.${i}.earnedOn`] = 'Enter the day you earned it.';
      else if (!isRealIsoDate(earnedOn)) errors[`credentials.${i}.earnedOn`] = 'Enter a real date, for example 2024-05-12.';
      else if (earnedOn > today) errors[`credentials.${i}.earnedOn`] = 'The earned date cannot be in the future.';
      seen.add(code);
      credentials.push({ code, earnedOn });
    });
  }

  const careerStart = values.careerStart.trim();
  if (!careerStart) errors.careerStart = 'Enter your career start date.';
  else if (!isRealIsoDate(careerStart)) errors.careerStart = 'Enter a real date, for example 2024-05-12.';

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { roles: rolesOf(values), ...(plan ? { plan } : {}), credentials, careerStart } };
}

/** "Your CPC plan, 2 credentials (CPC, CRC) and 5 roadmap milestones are ready." */
export function setupSummary(result: { plan?: { examCode: string }; credentials: { code: string }[]; milestones: unknown[] }): string {
  const parts: string[] = [];
  if (result.plan) parts.push(`your ${result.plan.examCode} study plan`);
  const n = result.credentials.length;
  if (n > 0) parts.push(`${n} held credential${n === 1 ? '' : 's'} (${result.credentials.map((c) => c.code).join(', ')})`);
  parts.push(`${result.milestones.length} roadmap milestone${result.milestones.length === 1 ? '' : 's'}`);
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : parts[0]!;
  const plural = parts.length > 1 || result.milestones.length !== 1;
  return `All set: ${list} ${plural ? 'are' : 'is'} ready.`;
}
