/** The end of a review session: what was done, and when the next cards are due. */
import { format, isSameDay } from 'date-fns';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { readNextDue } from '../../db/flashcardReads';
import type { ReviewSession } from './useReviewSession';

export function formatNextDue(due: Date, now: Date = new Date()): string {
  return isSameDay(due, now) ? `today at ${format(due, 'HH:mm')}` : format(due, "EEE, MMM d, yyyy 'at' HH:mm");
}

export function SessionSummary({ session }: { session: ReviewSession }) {
  const [nextDue, setNextDue] = useState<Date | null | undefined>(undefined);
  const { tally } = session;
  const done = tally[1] + tally[2] + tally[3] + tally[4];
  const waiting = session.current.kind === 'wait' ? session.current.until : null;

  useEffect(() => {
    let live = true;
    // Once every answer is stored, the next due date is the database's.
    void session.settled().then(() => readNextDue()).then((due) => live && setNextDue(due));
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [done]);

  const minutes = Math.round(tally.ms / 60_000);
  return (
    <section className="card review-summary" aria-labelledby="summary-title">
      <h2 id="summary-title">{waiting ? 'Nothing more to show right now' : done > 0 ? 'Done for today' : 'No cards due'}</h2>
      {done > 0 ? (
        <p>
          You reviewed {done} card{done === 1 ? '' : 's'} in {minutes < 1 ? 'under a minute' : `${minutes} min`}: {tally[1]} Again, {tally[2]} Hard,{' '}
          {tally[3]} Good, {tally[4]} Easy.
        </p>
      ) : null}
      {waiting ? <p>A card in a learning step comes back {formatNextDue(waiting)}. Stay here and it will show.</p> : null}
      <p role="status">
        {nextDue === undefined ? 'Checking when the next cards are due…' : nextDue ? `Next cards due: ${formatNextDue(nextDue)}.` : 'No cards are scheduled yet: add cards or import a deck.'}
      </p>
      <p>
        <Link to="/flashcards">Back to decks</Link>
        {session.canUndo ? ' · Ctrl+Z undoes the last answer' : ''}
      </p>
    </section>
  );
}
