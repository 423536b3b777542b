/** Validation of the profile form, with a message per field. */
import { isValid, parseISO } from 'date-fns';
import { z } from 'zod';

const schema = z.object({
  name: z.string().trim().max(200, 'Keep the name under 200 characters.'),
  careerStart: z
    .string()
    .refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && isValid(parseISO(v)), 'Enter a date, for example 2025-01-15.'),
});

export type ProfileFormValues = z.infer<typeof schema>;
export type ProfileFormErrors = Partial<Record<keyof ProfileFormValues, string>>;

export function validateProfileForm(
  input: unknown,
): { ok: true; value: ProfileFormValues } | { ok: false; errors: ProfileFormErrors } {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  const errors: ProfileFormErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0] as keyof ProfileFormValues | undefined;
    if (field && !errors[field]) errors[field] = issue.message;
  }
  return { ok: false, errors };
}
