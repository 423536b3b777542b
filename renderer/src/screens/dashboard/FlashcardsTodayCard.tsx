/** The dashboard's card for today's flashcard reviews: due, done today, streak, and a button to start. */
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import { readTodayNumbers } from '../../db/flashcardReads';

export function FlashcardsTodayCard() {
  const numbers = useLiveQuery(() => readTodayNumbers(), []);
  if (!numbers || numbers.decks === 0) return null;
  return (
    <section className="card dash-card dash-flashcards" aria-labelledby="dash-flash-title">
      <h2 id="dash-flash-title">Flashcards today</h2>
      <p className="dash-headline">
        <strong>{numbers.due}</strong> to review · {numbers.doneToday} done today · {numbers.streak} day{numbers.streak === 1 ? '' : 's'} streak
      </p>
      <p className="muted dash-summary">
        {numbers.due === 0 ? 'Nothing left for today: the next cards come back on their own.' : `${numbers.dueReviews} due reviews and learning steps, ${numbers.due - numbers.dueReviews} new cards within your daily limits.`}
      </p>
      {numbers.due > 0 ? <Link className="dash-link button-link btn-primary" to="/flashcards/review">Start reviewing</Link> : <Link className="dash-link" to="/flashcards">Open Flashcards</Link>}
    </section>
  );
}
