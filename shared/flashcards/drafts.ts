/**
 * What the learner types for a deck or a card, checked with zod before anything is written: the db functions and
 * the forms share these rules, so a form shows the same message the write would refuse with.
 */
import { z } from 'zod';
import { DECK_DEFAULTS, DECK_LIMITS } from './deckSettings';

const text = (label: string) => z.string().trim().min(1, { error: `${label} is empty` });
const optionalText = z.string().trim().optional().transform((v) => (v ? v : undefined));

export const cardDraftSchema = z.object({
  front: text('The front'),
  back: text('The back'),
  extra: z.string().trim().optional().default(''),
  tags: z.array(z.string().trim().min(1)).optional().default([]),
  domainId: optionalText,
  source: z.string().trim().optional().default(''),
});
export type CardDraft = z.input<typeof cardDraftSchema>;
export type CardFields = z.output<typeof cardDraftSchema>;

export const deckDraftSchema = z.object({
  name: text('The deck name'),
  description: z.string().trim().optional().default(''),
  domainId: optionalText,
  desiredRetention: z
    .number({ error: 'Desired retention must be a number' })
    .min(DECK_LIMITS.retention.min, { error: `Desired retention must be at least ${DECK_LIMITS.retention.min}` })
    .max(DECK_LIMITS.retention.max, { error: `Desired retention must be at most ${DECK_LIMITS.retention.max}` })
    .optional()
    .default(DECK_DEFAULTS.desiredRetention),
  maximumInterval: z
    .number({ error: 'Maximum interval must be a number' })
    .int({ error: 'Maximum interval must be a whole number of days' })
    .min(DECK_LIMITS.maximumInterval.min, { error: 'Maximum interval must be at least 1 day' })
    .max(DECK_LIMITS.maximumInterval.max, { error: `Maximum interval must be at most ${DECK_LIMITS.maximumInterval.max} days` })
    .optional()
    .default(DECK_DEFAULTS.maximumInterval),
  newPerDay: z
    .number({ error: 'New cards per day must be a number' })
    .int({ error: 'New cards per day must be a whole number' })
    .min(0, { error: 'New cards per day cannot be negative' })
    .max(DECK_LIMITS.perDay.max)
    .optional()
    .default(DECK_DEFAULTS.newPerDay),
  reviewsPerDay: z
    .number({ error: 'Reviews per day must be a number' })
    .int({ error: 'Reviews per day must be a whole number' })
    .min(0, { error: 'Reviews per day cannot be negative' })
    .max(DECK_LIMITS.perDay.max)
    .optional()
    .default(DECK_DEFAULTS.reviewsPerDay),
  starterId: optionalText,
});
export type DeckDraft = z.input<typeof deckDraftSchema>;
export type DeckFields = z.output<typeof deckDraftSchema>;

/** Thrown by the db functions for a draft that does not pass; `issues` name the field. */
export class DraftError extends Error {
  readonly issues: { field: string; message: string }[];
  constructor(issues: { field: string; message: string }[]) {
    super(issues.map((i) => i.message).join('; '));
    this.name = 'DraftError';
    this.issues = issues;
  }
}

function check<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new DraftError(parsed.error.issues.map((i) => ({ field: String(i.path[0] ?? ''), message: i.message })));
}

export const checkCardDraft = (draft: CardDraft): CardFields => check(cardDraftSchema, draft);
export const checkDeckDraft = (draft: DeckDraft): DeckFields => check(deckDraftSchema, draft);

/** Tags as typed in a field: split on spaces and commas (Anki's tags are space-separated), duplicates dropped. */
export function parseTags(value: string): string[] {
  return [...new Set(value.split(/[\s,]+/).map((t) => t.trim()).filter(Boolean))];
}
