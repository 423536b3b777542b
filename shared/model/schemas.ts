/**
 * Zod schemas mirroring every stored entity in `entities.ts`, field for field.
 *
 * They are the single gate for data that comes from outside the running app (backup files, IPC, imports):
 * objects are strict (an unknown field is an error, not silently dropped), days must be real calendar days and
 * instants real ISO instants. The `SchemaMatches` checks at the bottom fail the type-check if a schema and its
 * interface ever drift apart.
 */
import { CERTIFICATE_MAX_BYTES, CERTIFICATE_TYPES_TEXT, isCertificateType } from '../security/certificates';
import { z } from 'zod';
import { ceuAmountProblem } from '../ceu/limits';
import {
  CEU_CATEGORIES,
  ROADMAP_STAGES,
  type Attachment,
  type CeuEntry,
  type ClosedCycle,
  type DomainResult,
  type DomainWeight,
  type HeldCredential,
  type KeyValue,
  type Milestone,
  type PracticeAttempt,
  type Profile,
  type RunningTimer,
  type StudyPlan,
  type StudySession,
} from './entities';

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
// What toISOString() writes, plus the other ISO 8601 instant spellings (no fraction, an explicit offset).
const INSTANT_PATTERN =
  /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))$/;

function daysInMonth(year: number, month: number): number {
  // Gregorian leap years; written out because Date would read years below 100 as 19xx.
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/** True for a real calendar day written `YYYY-MM-DD` (so `2024-02-29` yes, `2023-02-29` and `2024-13-01` no). */
export function isRealIsoDate(value: string): boolean {
  const m = DAY_PATTERN.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** True for a real ISO 8601 instant with a time zone (`Z` or `±HH:MM`), e.g. `2024-05-01T13:45:30.123Z`. */
export function isRealIsoDateTime(value: string): boolean {
  const m = INSTANT_PATTERN.exec(value);
  if (!m || !isRealIsoDate(m[1] ?? '')) return false;
  const inRange = (text: string | undefined, max: number) => text === undefined || Number(text) <= max;
  return (
    inRange(m[2], 23) &&
    inRange(m[3], 59) &&
    inRange(m[4], 59) &&
    inRange(m[6], 23) &&
    inRange(m[7], 59) &&
    Number.isFinite(Date.parse(value))
  );
}

export const isoDateSchema = z.string().refine(isRealIsoDate, { error: 'is not a real date (expected YYYY-MM-DD)' });
export const isoDateTimeSchema = z
  .string()
  .refine(isRealIsoDateTime, { error: 'is not a real date and time (expected an ISO instant like 2024-05-01T13:45:30.000Z)' });
/**
 * An id. Names of built-in object members (`__proto__`, `toString`, `constructor`...) are refused: looked up in a
 * plain object they find the built-in instead of a record (docs/ceu-rules.md, "Data").
 */
export const idSchema = z
  .string()
  .min(1, { error: 'is empty' })
  .refine((id) => !(id in Object.prototype), { error: 'is the name of a built-in JavaScript property, which cannot be used as an id' });
/**
 * A map from ids to days. A `__proto__` key is refused up front: zod (like any plain-object copy) would drop it
 * silently, and a backup must never lose an entry without saying so.
 */
const idToDateMapSchema = z
  .unknown()
  .superRefine((value, ctx) => {
    if (value !== null && typeof value === 'object' && Object.prototype.hasOwnProperty.call(value, '__proto__')) {
      ctx.addIssue({ code: 'custom', path: ['__proto__'], message: 'is under the key "__proto__", which cannot be used as an id' });
    }
  })
  .pipe(z.record(idSchema, isoDateSchema));
/** A finite amount that cannot be negative (CEUs, hours, weights). NaN and Infinity are refused by z.number(). */
const amount = () => z.number().min(0);
/** A whole count that cannot be negative (questions, bytes). */
const count = () => z.number().int().min(0);
const sample = z.literal(1).optional();

export const userRoleSchema = z.enum(['learner', 'coder']);
export const ceuCategorySchema = z.enum(CEU_CATEGORIES);
export const roadmapStageSchema = z.enum(ROADMAP_STAGES);
export const milestoneStateSchema = z.enum(['planned', 'in-progress', 'done']);

export const profileSchema = z.strictObject({
  id: z.literal('profile'),
  name: z.string(),
  roles: z.array(userRoleSchema),
  careerStart: isoDateSchema,
  onboardingDone: z.boolean(),
  persistentStorage: z.boolean().nullable(),
  // At least one: a setting of 0 would make rotation delete every automatic backup.
  autoBackupKeep: z.number().int().min(1),
  aapcRenewalMonth: z.number().int().min(1).max(12).optional(),
  // 0 = Sunday … 6 = Saturday; absent = Monday.
  weekStartsOn: z.literal([0, 1, 2, 3, 4, 5, 6]).optional(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});

export const closedCycleSchema = z.strictObject({
  start: isoDateSchema,
  end: isoDateSchema,
  required: amount(),
  earned: amount(),
  complete: z.boolean(),
  closedAt: isoDateTimeSchema,
});

export const heldCredentialSchema = z.strictObject({
  sample,
  id: idSchema,
  code: z.string().min(1, { error: 'is empty' }),
  earnedOn: isoDateSchema,
  cycleStart: isoDateSchema,
  cycleEnd: isoDateSchema,
  requiredOverride: z.strictObject({ total: amount(), note: z.string() }).optional(),
  retiredOn: isoDateSchema.optional(),
  history: z.array(closedCycleSchema),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});

export const ceuEntrySchema = z.strictObject({
  sample,
  id: idSchema,
  completedOn: isoDateSchema,
  title: z.string(),
  provider: z.string(),
  // The entry form's bounds (more than 0, at most 100, two decimals): a restored value cannot do what the form refuses.
  ceus: z.number().superRefine((ceus, ctx) => {
    const problem = ceuAmountProblem(ceus);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }),
  category: ceuCategorySchema,
  specialtyCode: z.string().optional(),
  approvalCode: z.string(),
  credentialIds: z.array(idSchema),
  cycleChoice: idToDateMapSchema.optional(),
  ahimaSource: z.boolean().optional(),
  notes: z.string(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});

/** Attachment fields other than the bytes; shared with the backup file's attachment record. */
export const attachmentMetaShape = {
  sample,
  id: idSchema,
  entryId: idSchema,
  fileName: z.string(),
  // The same allow-list and cap as the entry form, so a backup cannot bring in an HTML page or an SVG.
  mimeType: z.string().refine(isCertificateType, { error: `is not a certificate type CoderPath keeps (${CERTIFICATE_TYPES_TEXT})` }),
  size: count().max(CERTIFICATE_MAX_BYTES, { error: `is larger than the ${CERTIFICATE_MAX_BYTES / 1024 / 1024} MB a certificate may have` }),
  addedAt: isoDateTimeSchema,
};

export const attachmentSchema = z
  .strictObject({ ...attachmentMetaShape, data: z.instanceof(Blob) })
  .refine((a) => a.data.size === a.size, { error: 'does not match the size of the stored file', path: ['size'] });

export const domainWeightSchema = z.strictObject({ domainId: z.string(), weight: amount() });

export const studyPlanSchema = z.strictObject({
  sample,
  id: idSchema,
  name: z.string(),
  examCode: z.string(),
  examDate: isoDateSchema,
  startDate: isoDateSchema,
  weeklyHoursGoal: amount(),
  weights: z.array(domainWeightSchema),
  active: z.boolean(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});

export const studySessionSchema = z.strictObject({
  sample,
  id: idSchema,
  planId: idSchema.optional(),
  date: isoDateSchema,
  minutes: amount(),
  domainId: z.string().optional(),
  notes: z.string(),
  createdAt: isoDateTimeSchema,
});

export const domainResultSchema = z
  .strictObject({ domainId: z.string(), correct: count(), total: count() })
  .refine((r) => r.correct <= r.total, { error: 'is more than the total', path: ['correct'] });

export const practiceAttemptSchema = z
  .strictObject({
    sample,
    id: idSchema,
    examCode: z.string(),
    date: isoDateSchema,
    source: z.string(),
    totalQuestions: count(),
    correct: count(),
    minutesUsed: amount(),
    domainResults: z.array(domainResultSchema),
    createdAt: isoDateTimeSchema,
  })
  .refine((a) => a.correct <= a.totalQuestions, { error: 'is more than totalQuestions', path: ['correct'] });

export const milestoneSchema = z.strictObject({
  sample,
  id: idSchema,
  stage: roadmapStageSchema,
  title: z.string(),
  targetDate: isoDateSchema,
  state: milestoneStateSchema,
  doneOn: isoDateSchema.optional(),
  notes: z.string(),
  order: amount(),
  auto: z.strictObject({ reason: z.string(), ref: idSchema.optional() }).optional(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});

export const runningTimerSchema = z.strictObject({
  id: z.literal('timer'),
  startedAt: isoDateTimeSchema,
  planId: idSchema.optional(),
  domainId: z.string().optional(),
});

export const keyValueSchema = z.strictObject({ key: z.string().min(1, { error: 'is empty' }), value: z.unknown() });

// ---- Compile-time drift guard: each schema's inferred type must equal its interface, both ways, same keys. ----
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? ([keyof A] extends [keyof B] ? ([keyof B] extends [keyof A] ? true : false) : false) : false) : false;
type Check<S extends z.ZodType, T> = Same<z.infer<S>, T>;
function assertSame<_T extends true>(): void {}
assertSame<Check<typeof profileSchema, Profile>>();
assertSame<Check<typeof closedCycleSchema, ClosedCycle>>();
assertSame<Check<typeof heldCredentialSchema, HeldCredential>>();
assertSame<Check<typeof ceuEntrySchema, CeuEntry>>();
assertSame<Check<typeof attachmentSchema, Attachment>>();
assertSame<Check<typeof domainWeightSchema, DomainWeight>>();
assertSame<Check<typeof studyPlanSchema, StudyPlan>>();
assertSame<Check<typeof studySessionSchema, StudySession>>();
assertSame<Check<typeof domainResultSchema, DomainResult>>();
assertSame<Check<typeof practiceAttemptSchema, PracticeAttempt>>();
assertSame<Check<typeof milestoneSchema, Milestone>>();
assertSame<Check<typeof runningTimerSchema, RunningTimer>>();
assertSame<Check<typeof keyValueSchema, KeyValue>>();
// Nested shapes that have no interface of their own.
assertSame<Same<NonNullable<z.infer<typeof heldCredentialSchema>['requiredOverride']>, NonNullable<HeldCredential['requiredOverride']>>>();
assertSame<Same<NonNullable<z.infer<typeof milestoneSchema>['auto']>, NonNullable<Milestone['auto']>>>();
