/**
 * fast-check generators of valid backup snapshots, for the property tests (test-only helper, not app code).
 * Every generated snapshot satisfies the entity schemas and the cross-record rules (unique ids, real links).
 */
import { CERTIFICATE_TYPES } from '../security/certificates';
import fc from 'fast-check';
import { CEU_CATEGORIES, ROADMAP_STAGES, type Attachment, type CeuEntry, type HeldCredential, type KeyValue, type Milestone, type PracticeAttempt, type Profile, type RunningTimer, type StudyPlan, type StudySession } from '../model/entities';
import { CARD_QUEUES, CARD_STATES, type Deck, type Flashcard, type ReviewLogEntry, type SrsState } from '../model/flashcards';
import type { BackupSnapshot } from './types';

const instantDate = fc.date({ min: new Date('0001-01-01T00:00:00.000Z'), max: new Date('9999-12-31T23:59:59.999Z'), noInvalidDate: true });
export const isoDateArb = instantDate.map((d) => d.toISOString().slice(0, 10));
export const isoDateTimeArb = instantDate.map((d) => d.toISOString());
const idArb = fc.uuid();
// 'binary' units include lone surrogates and control characters: JSON must carry them unchanged.
const textArb = fc.string({ unit: 'binary', maxLength: 24 });
const nonEmptyText = fc.string({ unit: 'binary', minLength: 1, maxLength: 12 });
const amountArb = fc.double({ min: 0, max: 1e9, noNaN: true, noDefaultInfinity: true }).map((n) => n + 0);
const ceuAmountArb = fc.integer({ min: 1, max: 10_000 }).map((hundredths) => hundredths / 100);
const countArb = fc.nat({ max: 10_000 });
const sampleArb = fc.constant(1 as const);

const closedCycleArb = fc.record({ start: isoDateArb, end: isoDateArb, required: amountArb, earned: amountArb, complete: fc.boolean(), closedAt: isoDateTimeArb });

export const profileArb: fc.Arbitrary<Profile> = fc.record(
  {
    id: fc.constant('profile' as const),
    name: textArb,
    roles: fc.subarray(['learner', 'coder'] as const),
    careerStart: isoDateArb,
    onboardingDone: fc.boolean(),
    persistentStorage: fc.constantFrom(true, false, null),
    autoBackupKeep: fc.integer({ min: 1, max: 100 }),
    weekStartsOn: fc.constantFrom(0, 1, 2, 3, 4, 5, 6) as fc.Arbitrary<NonNullable<Profile['weekStartsOn']>>,
    createdAt: isoDateTimeArb,
    updatedAt: isoDateTimeArb,
  },
  { requiredKeys: ['id', 'name', 'roles', 'careerStart', 'onboardingDone', 'persistentStorage', 'autoBackupKeep', 'createdAt', 'updatedAt'] },
);

const credentialArb: fc.Arbitrary<HeldCredential> = fc.record(
  {
    sample: sampleArb,
    id: idArb,
    code: nonEmptyText,
    earnedOn: isoDateArb,
    cycleStart: isoDateArb,
    cycleEnd: isoDateArb,
    requiredOverride: fc.record({ total: amountArb, note: textArb }),
    retiredOn: isoDateArb,
    history: fc.array(closedCycleArb, { maxLength: 2 }),
    createdAt: isoDateTimeArb,
    updatedAt: isoDateTimeArb,
  },
  { requiredKeys: ['id', 'code', 'earnedOn', 'cycleStart', 'cycleEnd', 'history', 'createdAt', 'updatedAt'] },
);

function entryArb(credentialIds: string[]): fc.Arbitrary<CeuEntry> {
  return fc.record(
    {
      sample: sampleArb,
      id: idArb,
      completedOn: isoDateArb,
      title: textArb,
      provider: textArb,
      // The entry form's bounds (shared/ceu/limits.ts): more than 0, at most 100, two decimals.
      ceus: ceuAmountArb,
      category: fc.constantFrom(...CEU_CATEGORIES),
      specialtyCode: textArb,
      approvalCode: textArb,
      credentialIds: fc.subarray(credentialIds),
      cycleChoice: fc.dictionary(nonEmptyText.filter((k) => !(k in Object.prototype)), isoDateArb, { maxKeys: 2 }),
      notes: textArb,
      createdAt: isoDateTimeArb,
      updatedAt: isoDateTimeArb,
    },
    { requiredKeys: ['id', 'completedOn', 'title', 'provider', 'ceus', 'category', 'approvalCode', 'credentialIds', 'notes', 'createdAt', 'updatedAt'] },
  );
}

function attachmentArb(entryIds: string[]): fc.Arbitrary<Attachment> {
  return fc
    .record(
      { sample: sampleArb, id: idArb, entryId: fc.constantFrom(...entryIds), fileName: textArb, mimeType: fc.constantFrom(...CERTIFICATE_TYPES), bytes: fc.uint8Array({ maxLength: 96 }), addedAt: isoDateTimeArb },
      { requiredKeys: ['id', 'entryId', 'fileName', 'mimeType', 'bytes', 'addedAt'] },
    )
    .map(({ bytes, ...rest }) => ({ ...rest, size: bytes.length, data: new Blob([new Uint8Array(bytes)]) }));
}

const studyPlanArb: fc.Arbitrary<StudyPlan> = fc.record(
  {
    sample: sampleArb, id: idArb, name: textArb, examCode: textArb, examDate: isoDateArb, startDate: isoDateArb, weeklyHoursGoal: amountArb,
    weights: fc.array(fc.record({ domainId: textArb, weight: amountArb }), { maxLength: 3 }), active: fc.boolean(), createdAt: isoDateTimeArb, updatedAt: isoDateTimeArb,
  },
  { requiredKeys: ['id', 'name', 'examCode', 'examDate', 'startDate', 'weeklyHoursGoal', 'weights', 'active', 'createdAt', 'updatedAt'] },
);

const studySessionArb: fc.Arbitrary<StudySession> = fc.record(
  { sample: sampleArb, id: idArb, planId: idArb, date: isoDateArb, minutes: amountArb, domainId: textArb, notes: textArb, createdAt: isoDateTimeArb },
  { requiredKeys: ['id', 'date', 'minutes', 'notes', 'createdAt'] },
);

const domainResultArb = fc.nat({ max: 200 }).chain((total) => fc.record({ domainId: textArb, correct: fc.nat({ max: total }), total: fc.constant(total) }));

const practiceAttemptArb: fc.Arbitrary<PracticeAttempt> = fc.nat({ max: 200 }).chain((totalQuestions) =>
  fc.record(
    {
      sample: sampleArb, id: idArb, examCode: textArb, date: isoDateArb, source: textArb, totalQuestions: fc.constant(totalQuestions),
      correct: fc.nat({ max: totalQuestions }), minutesUsed: amountArb, domainResults: fc.array(domainResultArb, { maxLength: 3 }), createdAt: isoDateTimeArb,
    },
    { requiredKeys: ['id', 'examCode', 'date', 'source', 'totalQuestions', 'correct', 'minutesUsed', 'domainResults', 'createdAt'] },
  ),
);

const milestoneArb: fc.Arbitrary<Milestone> = fc.record(
  {
    sample: sampleArb, id: idArb, stage: fc.constantFrom(...ROADMAP_STAGES), title: textArb, targetDate: isoDateArb,
    state: fc.constantFrom('planned', 'in-progress', 'done'), doneOn: isoDateArb, notes: textArb, order: amountArb,
    auto: fc.record({ reason: textArb, ref: idArb }, { requiredKeys: ['reason'] }), createdAt: isoDateTimeArb, updatedAt: isoDateTimeArb,
  },
  { requiredKeys: ['id', 'stage', 'title', 'targetDate', 'state', 'notes', 'order', 'createdAt', 'updatedAt'] },
);

const timerArb: fc.Arbitrary<RunningTimer> = fc.record(
  { id: fc.constant('timer' as const), startedAt: isoDateTimeArb, planId: idArb, domainId: textArb },
  { requiredKeys: ['id', 'startedAt'] },
);

const keyValueArb: fc.Arbitrary<KeyValue> = fc.record({ key: nonEmptyText, value: fc.jsonValue({ maxDepth: 2 }) });

const srsArb: fc.Arbitrary<SrsState> = fc.record(
  {
    state: fc.constantFrom(...CARD_STATES), due: isoDateTimeArb, stability: amountArb, difficulty: amountArb, elapsedDays: amountArb,
    scheduledDays: amountArb, learningSteps: countArb, reps: countArb, lapses: countArb, lastReview: isoDateTimeArb,
  },
  { requiredKeys: ['state', 'due', 'stability', 'difficulty', 'elapsedDays', 'scheduledDays', 'learningSteps', 'reps', 'lapses'] },
);

const deckArb: fc.Arbitrary<Deck> = fc.record(
  {
    sample: sampleArb, id: idArb, name: nonEmptyText, description: textArb, domainId: textArb,
    desiredRetention: fc.double({ min: 0.7, max: 0.99, noNaN: true }), maximumInterval: fc.integer({ min: 1, max: 36_500 }),
    newPerDay: fc.nat({ max: 9_999 }), reviewsPerDay: fc.nat({ max: 9_999 }), starterId: textArb, createdAt: isoDateTimeArb, updatedAt: isoDateTimeArb,
  },
  { requiredKeys: ['id', 'name', 'description', 'desiredRetention', 'maximumInterval', 'newPerDay', 'reviewsPerDay', 'createdAt', 'updatedAt'] },
);

const cardArb = (deckIds: string[]): fc.Arbitrary<Flashcard> =>
  fc.tuple(
    srsArb,
    fc.record(
      {
        sample: sampleArb, id: idArb, deckId: fc.constantFrom(...deckIds), front: textArb, back: textArb, extra: textArb,
        tags: fc.array(nonEmptyText, { maxLength: 3 }), domainId: textArb, source: textArb, queue: fc.constantFrom(...CARD_QUEUES),
        buriedUntil: isoDateArb, createdAt: isoDateTimeArb, updatedAt: isoDateTimeArb,
      },
      { requiredKeys: ['id', 'deckId', 'front', 'back', 'extra', 'tags', 'source', 'queue', 'createdAt', 'updatedAt'] },
    ),
  ).map(([srs, card]) => ({ ...srs, ...card }));

const reviewLogArb: fc.Arbitrary<ReviewLogEntry> = fc.record(
  {
    sample: sampleArb, id: idArb, cardId: idArb, deckId: idArb, domainId: textArb, reviewedAt: isoDateTimeArb, day: isoDateArb,
    rating: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const), elapsedDays: amountArb, scheduledDays: amountArb,
    durationMs: amountArb, before: srsArb, after: srsArb,
  },
  { requiredKeys: ['id', 'cardId', 'deckId', 'reviewedAt', 'day', 'rating', 'elapsedDays', 'scheduledDays', 'durationMs', 'before', 'after'] },
);

const byId = <T extends { id: string }>(arb: fc.Arbitrary<T>, maxLength: number) => fc.uniqueArray(arb, { selector: (r) => r.id, maxLength });

/** A valid snapshot with up to a few records per table and random binary certificate bytes. */
export const snapshotArb: fc.Arbitrary<BackupSnapshot> = byId(credentialArb, 3).chain((credentials) =>
  byId(entryArb(credentials.map((c) => c.id)), 4).chain((ceuEntries) =>
    fc.record({
      profile: fc.option(profileArb, { nil: null }),
      credentials: fc.constant(credentials),
      ceuEntries: fc.constant(ceuEntries),
      attachments: ceuEntries.length === 0 ? fc.constant<Attachment[]>([]) : byId(attachmentArb(ceuEntries.map((e) => e.id)), 3),
      studyPlans: byId(studyPlanArb, 2),
      studySessions: byId(studySessionArb, 3),
      practiceAttempts: byId(practiceAttemptArb, 2),
      milestones: byId(milestoneArb, 3),
      timer: fc.option(timerArb, { nil: null }),
      keyValues: fc.uniqueArray(keyValueArb, { selector: (kv) => kv.key, maxLength: 3 }),
      flashcards: byId(deckArb, 2).chain((decks) =>
        fc.record({
          decks: fc.constant(decks),
          cards: decks.length === 0 ? fc.constant<Flashcard[]>([]) : byId(cardArb(decks.map((d) => d.id)), 3),
          reviewLog: byId(reviewLogArb, 3),
        }),
      ),
    }).map(({ flashcards, ...rest }): BackupSnapshot => ({ ...rest, ...flashcards })),
  ),
);

function plain(value: unknown): unknown {
  if (typeof value === 'number') return value === 0 ? 0 : value; // JSON has no negative zero: -0 is written as 0.
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === 'object') {
    // A fresh ordinary object: fast-check builds some without a prototype, the stores and JSON give plain ones.
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  }
  return value;
}

/**
 * The snapshot in a form toStrictEqual can compare: attachment bytes as hex text (Blobs compare by identity),
 * ordinary objects, and -0 as 0 (the only value JSON cannot keep apart; they are equal numbers).
 */
export async function comparable(snapshot: BackupSnapshot): Promise<unknown> {
  const attachments = await Promise.all(
    snapshot.attachments.map(async ({ data, ...rest }) => ({ ...rest, bytesHex: Array.from(new Uint8Array(await data.arrayBuffer()), (b) => b.toString(16).padStart(2, '0')).join('') })),
  );
  return plain({ ...snapshot, attachments });
}
