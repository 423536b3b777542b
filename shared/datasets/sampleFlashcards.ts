/**
 * The sample data's flashcards: 40 cards of the word-parts starter deck, 25 of them studied over the last two
 * weeks (scheduled by ts-fsrs from plausible answers), so the decks, statistics, mastery and the dashboard card
 * have something to show. Every record carries `sample: 1`.
 */
import { addDays, parseISO, setHours } from 'date-fns';
import type { Deck, Flashcard, IsoDate, ReviewLogEntry, ReviewRating } from '../model/entities';
import { DECK_DEFAULTS } from '../flashcards/deckSettings';
import { answerCard, newSrsState, queueFor } from '../flashcards/scheduler';
import { STARTER_DECKS } from '../flashcards/starter';
import { dayOfInstant } from '../flashcards/stats';

export interface SampleFlashcards {
  decks: Deck[];
  cards: Flashcard[];
  reviewLog: ReviewLogEntry[];
}

const STUDIED = 25;
const CARDS = 40;

export function buildSampleFlashcards(today: IsoDate, newId: () => string): SampleFlashcards {
  const starter = STARTER_DECKS.find((s) => s.id === 'starter-word-parts')!;
  const start = setHours(addDays(parseISO(today), -14), 19);
  const at = start.toISOString();
  const deck: Deck = {
    sample: 1, id: newId(), name: `${starter.deck.name} (sample)`, description: starter.deck.description ?? '', domainId: 'medical-terminology',
    desiredRetention: DECK_DEFAULTS.desiredRetention, maximumInterval: DECK_DEFAULTS.maximumInterval, newPerDay: DECK_DEFAULTS.newPerDay,
    reviewsPerDay: DECK_DEFAULTS.reviewsPerDay, createdAt: at, updatedAt: at,
  };
  const reviewLog: ReviewLogEntry[] = [];
  const cards = starter.cards().slice(0, CARDS).map((draft, i): Flashcard => {
    let srs = newSrsState(new Date(start.getTime() + i));
    const base = {
      sample: 1 as const, id: newId(), deckId: deck.id, front: draft.front, back: draft.back, extra: draft.extra ?? '', tags: draft.tags ?? [],
      domainId: 'medical-terminology', source: draft.source ?? '', createdAt: at, updatedAt: at,
    };
    if (i < STUDIED) {
      // Studied every evening the card was due: mostly Good, a few Again and Easy.
      let when = new Date(start.getTime() + i * 60_000);
      const end = parseISO(today).getTime();
      for (let n = 0; when.getTime() < end && n < 8; n++) {
        const rating: ReviewRating = (i + n) % 9 === 0 ? 1 : (i + n) % 7 === 0 ? 4 : 3;
        const answer = answerCard(srs, rating, when);
        reviewLog.push({
          sample: 1, id: newId(), cardId: base.id, deckId: deck.id, domainId: 'medical-terminology', reviewedAt: when.toISOString(),
          day: dayOfInstant(when.toISOString()), rating, elapsedDays: answer.elapsedDays, scheduledDays: answer.scheduledDays, durationMs: 8000,
          before: srs, after: answer.srs,
        });
        srs = answer.srs;
        when = new Date(Math.max(new Date(srs.due).getTime(), when.getTime() + 60_000));
      }
    }
    return { ...base, ...srs, queue: queueFor(srs.state) };
  });
  return { decks: [deck], cards, reviewLog };
}
