import { describe, expect, it } from 'vitest';
import { afterAnswer, buildQueue, countDoneToday, leftToday, nextCard, queueSize, withCard, withoutCard, type QueueCard } from './session';

const at = (time: string) => `2026-03-10T${time}:00.000Z`;
const card = (id: string, queue: QueueCard['queue'], due: string): QueueCard => ({ id, queue, due: at(due), state: queue === 'learning' ? 'learning' : queue === 'review' ? 'review' : 'new' });
const now = new Date(at('09:00'));
const dayEnd = new Date(at('23:59'));

describe('today’s queue', () => {
  it('shows due learning cards first, then reviews (most overdue first), then new cards', () => {
    const queue = buildQueue([
      { learning: [card('l2', 'learning', '09:30')], reviews: [card('r2', 'review', '08:00')], fresh: [card('n1', 'new', '01:00')] },
      { learning: [card('l1', 'learning', '08:59')], reviews: [card('r1', 'review', '07:00')], fresh: [card('n2', 'new', '02:00')] },
    ]);
    const order: string[] = [];
    let q = queue;
    for (let i = 0; i < 5; i++) {
      const next = nextCard(q, now);
      if (next.kind !== 'card') break;
      order.push(next.card.id);
      q = withoutCard(q, next.card.id);
    }
    expect(order).toEqual(['l1', 'r1', 'r2', 'n1', 'n2']);
    // Only a learning card due in 30 minutes is left: past the 20-minute learn-ahead limit, so wait for it.
    expect(nextCard(q, now)).toEqual({ kind: 'wait', until: new Date(at('09:30')) });
    expect(nextCard(q, new Date(at('09:15')))).toMatchObject({ kind: 'card', card: { id: 'l2' } });
    expect(nextCard(withoutCard(q, 'l2'), now)).toEqual({ kind: 'done' });
  });

  it('an answered card in a learning step due today comes back; one due another day leaves', () => {
    const q = buildQueue([{ learning: [], reviews: [card('r1', 'review', '07:00')], fresh: [card('n1', 'new', '01:00')] }]);
    const again = afterAnswer(q, { ...card('r1', 'learning', '09:10') }, dayEnd);
    expect(again.learning.map((c) => c.id)).toEqual(['r1']);
    expect(queueSize(again)).toBe(2);
    const good = afterAnswer(q, { ...card('r1', 'review', '07:00'), due: '2026-03-14T07:00:00.000Z' }, dayEnd);
    expect(queueSize(good)).toBe(1);
    expect(withCard(good, card('r1', 'review', '07:00')).reviews.map((c) => c.id)).toEqual(['r1']);
  });

  it('daily limits: what is left after today’s answers, never below zero; learning is not limited', () => {
    const done = countDoneToday([{ before: { state: 'new' } }, { before: { state: 'new' } }, { before: { state: 'review' } }, { before: { state: 'learning' } }]);
    expect(done).toEqual({ newDone: 2, reviewsDone: 1 });
    expect(leftToday({ newPerDay: 20, reviewsPerDay: 1 }, done)).toEqual({ newLeft: 18, reviewsLeft: 0 });
    expect(leftToday({ newPerDay: 0, reviewsPerDay: 0 }, done)).toEqual({ newLeft: 0, reviewsLeft: 0 });
  });
});
