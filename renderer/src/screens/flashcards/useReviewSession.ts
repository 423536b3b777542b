/**
 * The review session's state: today's queue in memory, the card on screen, the answer shown or not, and the
 * answers that can be undone. A rating draws the next card at once (the answer is scheduled by the same pure
 * ts-fsrs call the db write makes) while the write runs behind it, one at a time and in order.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Deck, Flashcard, Id, ReviewRating } from '../../../../shared/model/entities';
import { afterAnswer, nextCard, queueSize, withCard, withoutCard, type NextCard, type ReviewQueue } from '../../../../shared/flashcards/session';
import { answeredCard, dayOf, readTodayQueue, recordAnswer, undoAnswer, type Answered } from '../../db/flashcardReviews';
import { errorMessage } from '../../lib/errors';

export interface Tally {
  1: number;
  2: number;
  3: number;
  4: number;
  ms: number;
}

interface Done {
  before: Flashcard;
  saved: Promise<Answered>;
  rating: ReviewRating;
  ms: number;
}

export interface ReviewSession {
  loading: boolean;
  current: NextCard<Flashcard>;
  deck: Deck | undefined;
  shown: boolean;
  left: number;
  tally: Tally;
  canUndo: boolean;
  error: string | null;
  show: () => void;
  rate: (rating: ReviewRating) => void;
  undo: () => Promise<void>;
  /** Replaces the card on screen (after an edit) or takes it out (suspended, buried). */
  replace: (card: Flashcard) => void;
  remove: (id: Id) => void;
  /** Flush: resolves when every answer so far is stored. */
  settled: () => Promise<void>;
}

const EMPTY: ReviewQueue<Flashcard> = { learning: [], reviews: [], fresh: [] };

export function useReviewSession(deckId: Id | undefined): ReviewSession {
  const [queue, setQueue] = useState<ReviewQueue<Flashcard>>(EMPTY);
  const [decks, setDecks] = useState<Map<Id, Deck>>(new Map());
  const [loading, setLoading] = useState(true);
  const [shown, setShown] = useState(false);
  const [now, setNow] = useState(() => new Date());
  const [history, setHistory] = useState<Done[]>([]);
  const [error, setError] = useState<string | null>(null);
  const shownAt = useRef(performance.now());
  const writes = useRef<Promise<unknown>>(Promise.resolve());

  useEffect(() => {
    let live = true;
    readTodayQueue(new Date(), deckId).then(
      (today) => {
        if (!live) return;
        setQueue(today.queue);
        setDecks(today.decks);
        setLoading(false);
      },
      (e) => live && (setError(errorMessage(e)), setLoading(false)),
    );
    return () => {
      live = false;
    };
  }, [deckId]);

  const current = nextCard(queue, now);
  // Waiting for a learning card: look again when it is due.
  useEffect(() => {
    if (current.kind !== 'wait') return;
    const timer = setTimeout(() => setNow(new Date()), Math.max(1000, current.until.getTime() - Date.now()));
    return () => clearTimeout(timer);
  }, [current]);

  const show = useCallback(() => setShown(true), []);

  const rate = useCallback(
    (rating: ReviewRating) => {
      if (current.kind !== 'card' || !shown) return;
      const card = current.card;
      const deck = decks.get(card.deckId);
      if (!deck) return;
      const at = new Date();
      const ms = performance.now() - shownAt.current;
      const answered = answeredCard(card, deck, rating, at, ms);
      const saved = writes.current.then(() => recordAnswer(card.id, rating, { now: at, durationMs: ms }));
      writes.current = saved.catch(() => undefined);
      saved.catch((e) => setError(`That answer could not be saved: ${errorMessage(e)}`));
      setQueue((q) => afterAnswer(q, answered.card, dayOf(at).dayEnd));
      setHistory((h) => [...h, { before: card, saved, rating, ms }]);
      setShown(false);
      setNow(at);
      shownAt.current = performance.now();
    },
    [current, shown, decks],
  );

  const undo = useCallback(async () => {
    const last = history[history.length - 1];
    if (!last) return;
    setHistory((h) => h.slice(0, -1));
    try {
      const answered = await last.saved;
      const restored = await undoAnswer(answered.log.id);
      setQueue((q) => withCard(withoutCard(q, restored.id), restored));
      setShown(false);
      setNow(new Date());
      shownAt.current = performance.now();
    } catch (e) {
      setError(`That answer could not be undone: ${errorMessage(e)}`);
    }
  }, [history]);

  const replace = useCallback((card: Flashcard) => setQueue((q) => withCard(q, card)), []);
  const remove = useCallback((id: Id) => {
    setQueue((q) => withoutCard(q, id));
    setShown(false);
  }, []);

  const tally: Tally = { 1: 0, 2: 0, 3: 0, 4: 0, ms: 0 };
  for (const done of history) {
    tally[done.rating] += 1;
    tally.ms += done.ms;
  }

  return {
    loading,
    current,
    deck: current.kind === 'card' ? decks.get(current.card.deckId) : undefined,
    shown,
    left: queueSize(queue),
    tally,
    canUndo: history.length > 0,
    error,
    show,
    rate,
    undo,
    replace,
    remove,
    settled: () => writes.current.then(() => undefined),
  };
}
