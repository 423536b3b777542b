/** Zod schemas of the flashcard records (`flashcards.ts`), strict like every entity schema, with the same drift guard. */
import { z } from 'zod';
import { CARD_QUEUES, CARD_STATES, type Deck, type Flashcard, type ReviewLogEntry, type SrsState } from './flashcards';
import { idSchema, isoDateSchema, isoDateTimeSchema, type Same } from './schemas';
import { DECK_LIMITS } from '../flashcards/deckSettings';

const sample = z.literal(1).optional();
const amount = () => z.number().min(0);
const count = () => z.number().int().min(0);

export const cardStateSchema = z.enum(CARD_STATES);
export const cardQueueSchema = z.enum(CARD_QUEUES);
export const reviewRatingSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);

const srsShape = {
  state: cardStateSchema,
  due: isoDateTimeSchema,
  stability: amount(),
  difficulty: amount(),
  elapsedDays: amount(),
  scheduledDays: amount(),
  learningSteps: count(),
  reps: count(),
  lapses: count(),
  lastReview: isoDateTimeSchema.optional(),
};
export const srsStateSchema = z.strictObject(srsShape);

export const deckSchema = z.strictObject({
  sample,
  id: idSchema,
  name: z.string().min(1, { error: 'is empty' }),
  description: z.string(),
  domainId: z.string().optional(),
  desiredRetention: z.number().min(DECK_LIMITS.retention.min).max(DECK_LIMITS.retention.max),
  maximumInterval: z.number().int().min(DECK_LIMITS.maximumInterval.min).max(DECK_LIMITS.maximumInterval.max),
  newPerDay: z.number().int().min(0).max(DECK_LIMITS.perDay.max),
  reviewsPerDay: z.number().int().min(0).max(DECK_LIMITS.perDay.max),
  starterId: z.string().optional(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});

export const flashcardSchema = z.strictObject({
  sample,
  id: idSchema,
  deckId: idSchema,
  front: z.string(),
  back: z.string(),
  extra: z.string(),
  tags: z.array(z.string()),
  domainId: z.string().optional(),
  source: z.string(),
  queue: cardQueueSchema,
  buriedUntil: isoDateSchema.optional(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
  ...srsShape,
});

export const reviewLogEntrySchema = z.strictObject({
  sample,
  id: idSchema,
  cardId: idSchema,
  deckId: idSchema,
  domainId: z.string().optional(),
  reviewedAt: isoDateTimeSchema,
  day: isoDateSchema,
  rating: reviewRatingSchema,
  elapsedDays: amount(),
  scheduledDays: amount(),
  durationMs: amount(),
  before: srsStateSchema,
  after: srsStateSchema,
});

type Check<S extends z.ZodType, T> = Same<z.infer<S>, T>;
function assertSame<_T extends true>(): void {}
assertSame<Check<typeof srsStateSchema, SrsState>>();
assertSame<Check<typeof deckSchema, Deck>>();
assertSame<Check<typeof flashcardSchema, Flashcard>>();
assertSame<Check<typeof reviewLogEntrySchema, ReviewLogEntry>>();
