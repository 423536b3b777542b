/**
 * Reviewing an ICD-10-CM drill deck: today's cards of the deck (flashcards feature: queue, FSRS answer and log in
 * db/flashcardReviews.ts), front first, then the answer and the four grades (keys 1-4).
 */
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { afterAnswer, nextCard, type NextCard, type ReviewQueue } from '../../../../shared/flashcards/session';
import type { Deck, Flashcard, ReviewRating } from '../../../../shared/model/entities';
import { ScreenHeader } from '../../components/ScreenHeader';
import { dayOf, readTodayQueue, recordAnswer } from '../../db/flashcardReviews';
import { Breadcrumbs } from './Breadcrumbs';
import './codes.css';

const GRADES: { rating: ReviewRating; label: string }[] = [
  { rating: 1, label: 'Again' },
  { rating: 2, label: 'Hard' },
  { rating: 3, label: 'Good' },
  { rating: 4, label: 'Easy' },
];

export default function DeckReviewScreen() {
  const { deckId = '' } = useParams();
  const [deck, setDeck] = useState<Deck | null | undefined>(undefined);
  const [queue, setQueue] = useState<ReviewQueue<Flashcard> | null>(null);
  const [shown, setShown] = useState(false);
  const [status, setStatus] = useState('');
  const [reviewed, setReviewed] = useState(0);
  const started = useRef(performance.now());

  useEffect(() => {
    void readTodayQueue(new Date(), deckId).then(({ queue: q, decks }) => {
      setDeck(decks.get(deckId) ?? null);
      setQueue(q);
    });
  }, [deckId]);

  const next: NextCard<Flashcard> | undefined = queue ? nextCard(queue, new Date()) : undefined;
  const card = next?.kind === 'card' ? next.card : undefined;
  useEffect(() => {
    started.current = performance.now();
  }, [card?.id]);

  const grade = async (rating: ReviewRating) => {
    if (!card || !queue) return;
    try {
      const { card: answered } = await recordAnswer(card.id, rating, { durationMs: performance.now() - started.current });
      setQueue(afterAnswer(queue, answered, dayOf(new Date()).dayEnd));
      setReviewed((n) => n + 1);
      setShown(false);
      setStatus(`Graded “${GRADES.find((g) => g.rating === rating)!.label}”: next review ${new Date(answered.due).toLocaleString()}.`);
    } catch (error) {
      setStatus(`The answer was not saved: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || !card) return;
      if (!shown && (event.key === ' ' || event.key === 'Enter') && !(event.target instanceof HTMLButtonElement)) {
        event.preventDefault();
        setShown(true);
      } else if (shown && ['1', '2', '3', '4'].includes(event.key)) {
        event.preventDefault();
        void grade(Number(event.key) as ReviewRating);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  if (deck === undefined) return <p className="loading" role="status">Loading the deck…</p>;
  if (deck === null) {
    return (
      <div className="codes-screen">
        <Breadcrumbs crumbs={[]} current="Drill deck" />
        <p role="alert" className="alert">This deck no longer exists. Make it again from a chapter, block or code page.</p>
      </div>
    );
  }
  return (
    <div className="codes-screen">
      <Breadcrumbs crumbs={[]} current="Drill deck" />
      <ScreenHeader title={deck.name} description={`${deck.description} Scheduled by FSRS; ${reviewed} reviewed in this sitting.`} />
      <p role="status" className="code-status">{status}</p>
      {card ? (
        <section className="card drill-card" aria-labelledby="review-front">
          <h2 id="review-front" className="drill-description">{card.front}</h2>
          {shown ? (
            <>
              <p className="review-back"><strong>{card.back}</strong></p>
              <div className="review-grades" role="group" aria-label="How well did you know it?">
                {GRADES.map((g) => (
                  <button key={g.rating} type="button" className={g.rating === 3 ? 'btn-primary' : undefined} aria-keyshortcuts={String(g.rating)}
                    onClick={() => void grade(g.rating)}>
                    {g.label} <kbd aria-hidden="true">{g.rating}</kbd>
                  </button>
                ))}
              </div>
            </>
          ) : (
            <button type="button" className="btn-primary" autoFocus onClick={() => setShown(true)}>Show answer <kbd aria-hidden="true">Space</kbd></button>
          )}
        </section>
      ) : next?.kind === 'wait' ? (
        <p>The cards you are learning come back at {next.until.toLocaleTimeString()}; nothing else is due in this deck today.</p>
      ) : queue ? (
        <p>Nothing more to review in this deck today. <Link to="/codes">Back to ICD-10-CM</Link></p>
      ) : null}
    </div>
  );
}
