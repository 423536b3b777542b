/**
 * Reviewing today's cards (`#/flashcards/review`, `?deck=<id>` for one deck), built for the keyboard as in Anki:
 * Space shows the answer (then means Good), 1 Again, 2 Hard, 3 Good, 4 Easy, Ctrl+Z undoes the last answer,
 * E edits the card in place, @ suspends it, - buries it until tomorrow. Each button shows its next interval.
 */
import { addDays } from 'date-fns';
import { useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { Flashcard, ReviewRating } from '../../../../shared/model/entities';
import { formatInterval, previewDue } from '../../../../shared/flashcards/scheduler';
import { ScreenHeader } from '../../components/ScreenHeader';
import { buryCard, setSuspended } from '../../db/flashcards';
import { todayIso } from '../../lib/dates';
import { errorMessage } from '../../lib/errors';
import { CardEditor } from './CardEditor';
import { SessionSummary } from './SessionSummary';
import { useReviewSession } from './useReviewSession';
import './flashcards.css';

const RATINGS: { rating: ReviewRating; label: string }[] = [
  { rating: 1, label: 'Again' },
  { rating: 2, label: 'Hard' },
  { rating: 3, label: 'Good' },
  { rating: 4, label: 'Easy' },
];

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

export default function ReviewScreen() {
  const [params] = useSearchParams();
  const deckId = params.get('deck') ?? undefined;
  const session = useReviewSession(deckId);
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const card = session.current.kind === 'card' ? session.current.card : null;

  const intervals = useMemo(() => {
    if (!card || !session.deck) return null;
    const now = new Date();
    const due = previewDue(card, now, session.deck);
    return { 1: formatInterval(now, due[1]), 2: formatInterval(now, due[2]), 3: formatInterval(now, due[3]), 4: formatInterval(now, due[4]) };
  }, [card, session.deck]);

  const suspend = async (target: Flashcard) => {
    try {
      await setSuspended(target.id, true);
      session.remove(target.id);
      setStatus('Card suspended: it will not be shown until you unsuspend it on the Flashcards screen.');
    } catch (e) {
      setProblem(errorMessage(e));
    }
  };
  const bury = async (target: Flashcard) => {
    try {
      await buryCard(target.id, todayIso(addDays(new Date(), 1)));
      session.remove(target.id);
      setStatus('Card buried until tomorrow.');
    } catch (e) {
      setProblem(errorMessage(e));
    }
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (editing || isTyping(event.target) || event.altKey || event.metaKey) return;
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z') {
        event.preventDefault();
        setStatus('');
        void session.undo();
        return;
      }
      if (event.ctrlKey) return;
      if (!card) return;
      if (event.key === ' ' || event.key === 'Enter') {
        if (event.target instanceof HTMLButtonElement) return; // a focused button answers to its own press
        event.preventDefault();
        if (session.shown) session.rate(3);
        else session.show();
      } else if (/^[1-4]$/.test(event.key) && session.shown) {
        event.preventDefault();
        session.rate(Number(event.key) as ReviewRating);
      } else if (event.key === 'e' || event.key === 'E') {
        event.preventDefault();
        setEditing(true);
      } else if (event.key === '@') {
        event.preventDefault();
        void suspend(card);
      } else if (event.key === '-') {
        event.preventDefault();
        void bury(card);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const header = (
    <ScreenHeader
      title="Review flashcards"
      description={session.deck ? `Deck: ${session.deck.name}` : 'Today’s cards from every deck.'}
      actions={<Link to="/flashcards">Back to decks</Link>}
    />
  );
  if (session.loading) return <>{header}<p className="loading" role="status">Loading today’s cards…</p></>;

  const error = session.error ?? problem;
  return (
    <div className="review-screen">
      {header}
      {error ? <p className="alert alert-danger" role="alert">{error}</p> : null}
      <p className="review-progress" aria-live="polite">
        {session.left} left today · {session.tally[1] + session.tally[2] + session.tally[3] + session.tally[4]} done
        {session.canUndo ? ' · Ctrl+Z undoes the last answer' : ''}
      </p>
      <p className="visually-hidden" role="status">{status}</p>
      {card && editing ? (
        <CardEditor
          card={card}
          onSaved={(saved) => {
            session.replace(saved);
            setEditing(false);
            setStatus('Card saved.');
          }}
          onCancel={() => setEditing(false)}
        />
      ) : card ? (
        <section className="review-card card" aria-label="Flashcard">
          <div className="review-face">
            <h2 className="review-front">{card.front}</h2>
            {session.shown ? (
              <div className="review-answer">
                <hr />
                <p className="review-back">{card.back}</p>
                {card.extra ? <p className="review-extra muted">{card.extra}</p> : null}
                {card.source ? <p className="review-source muted">Source: {card.source}</p> : null}
              </div>
            ) : null}
          </div>
          {session.shown && intervals ? (
            <div className="review-buttons" role="group" aria-label="How well did you remember?">
              {RATINGS.map(({ rating, label }) => (
                <button key={rating} type="button" className={`rate rate-${rating}`} onClick={() => session.rate(rating)} aria-keyshortcuts={String(rating)}>
                  <span className="rate-interval">{intervals[rating]}</span>
                  <span>{label}</span>
                  <kbd>{rating}</kbd>
                </button>
              ))}
            </div>
          ) : (
            <div className="review-buttons">
              <button type="button" className="btn-primary" onClick={session.show} aria-keyshortcuts="Space">
                Show answer <kbd>Space</kbd>
              </button>
            </div>
          )}
          <div className="review-tools">
            <button type="button" className="btn-link" onClick={() => setEditing(true)} aria-keyshortcuts="E">Edit <kbd>E</kbd></button>
            <button type="button" className="btn-link" onClick={() => void bury(card)} aria-keyshortcuts="-">Bury until tomorrow <kbd>-</kbd></button>
            <button type="button" className="btn-link" onClick={() => void suspend(card)} aria-keyshortcuts="@">Suspend <kbd>@</kbd></button>
            <button type="button" className="btn-link" onClick={() => void session.undo()} disabled={!session.canUndo} aria-keyshortcuts="Control+Z">
              Undo <kbd>Ctrl+Z</kbd>
            </button>
          </div>
        </section>
      ) : (
        <SessionSummary session={session} />
      )}
    </div>
  );
}
