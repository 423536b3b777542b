import { describe, expect, it } from 'vitest';
import { fsrs, createEmptyCard, Rating } from 'ts-fsrs';
import { answerCard, formatInterval, fromFsrsCard, newSrsState, previewDue, queueFor, retrievability, toFsrsCard } from './scheduler';

const t0 = new Date('2026-03-10T09:00:00.000Z');
const minutes = (from: Date, to: string | Date) => (new Date(to).getTime() - from.getTime()) / 60_000;

describe('scheduling through ts-fsrs', () => {
  it('a new card goes through the FSRS learning steps: Again 1 min, Good 10 min, then days', () => {
    const fresh = newSrsState(t0);
    expect(fresh).toMatchObject({ state: 'new', stability: 0, reps: 0, lapses: 0 });
    const again = answerCard(fresh, 1, t0);
    expect(again.srs.state).toBe('learning');
    expect(minutes(t0, again.srs.due)).toBe(1);
    const good = answerCard(fresh, 3, t0);
    expect(minutes(t0, good.srs.due)).toBe(10);
    const later = new Date(good.srs.due);
    const graduated = answerCard(good.srs, 3, later);
    expect(graduated.srs.state).toBe('review');
    expect(graduated.scheduledDays).toBeGreaterThanOrEqual(1);
    expect(graduated.srs.reps).toBe(2);
  });

  it('gives what ts-fsrs itself gives for the same card (no scheduling maths of our own)', () => {
    const reference = fsrs({ request_retention: 0.9, maximum_interval: 36500, enable_fuzz: false });
    let theirs = createEmptyCard(t0);
    let ours = newSrsState(t0);
    let now = t0;
    for (const rating of [3, 3, 4, 1, 3] as const) {
      const expected = reference.next(theirs, now, rating as unknown as Rating.Good);
      const got = answerCard(ours, rating, now);
      expect(got.srs.state).toBe(fromFsrsCard(expected.card).state);
      expect(got.srs.stability).toBeCloseTo(expected.card.stability, 10);
      expect(got.srs.difficulty).toBeCloseTo(expected.card.difficulty, 10);
      expect(got.srs.reps).toBe(expected.card.reps);
      expect(got.srs.lapses).toBe(expected.card.lapses);
      theirs = expected.card;
      ours = got.srs;
      now = new Date(Math.max(expected.card.due.getTime(), now.getTime() + 60_000));
    }
    expect(ours.lapses).toBe(1);
  });

  it('round-trips a card through the ts-fsrs shape without change', () => {
    const srs = answerCard(answerCard(newSrsState(t0), 3, t0).srs, 3, new Date('2026-03-10T09:10:00.000Z')).srs;
    expect(fromFsrsCard(toFsrsCard(srs))).toEqual(srs);
  });

  it('previews each button’s next due: Again < Hard < Good < Easy, and formats them as Anki does', () => {
    const review = answerCard(answerCard(newSrsState(t0), 3, t0).srs, 3, new Date('2026-03-10T09:10:00.000Z')).srs;
    const at = new Date(review.due);
    const due = previewDue(review, at);
    expect(due[1].getTime()).toBeLessThan(due[2].getTime());
    expect(due[2].getTime()).toBeLessThanOrEqual(due[3].getTime());
    expect(due[3].getTime()).toBeLessThan(due[4].getTime());
    expect(formatInterval(t0, new Date(t0.getTime() + 60_000))).toBe('1m');
    expect(formatInterval(t0, new Date(t0.getTime() + 10 * 60_000))).toBe('10m');
    expect(formatInterval(t0, new Date(t0.getTime() + 3 * 86_400_000))).toBe('3d');
    expect(formatInterval(t0, new Date(t0.getTime() + 90 * 86_400_000))).toBe('3mo');
    expect(formatInterval(t0, new Date(t0.getTime() + 800 * 86_400_000))).toBe('2.2y');
  });

  it('a higher desired retention gives shorter intervals; the maximum interval caps them', () => {
    let card = newSrsState(t0);
    let now = t0;
    for (let i = 0; i < 6; i++) {
      card = answerCard(card, 4, now).srs;
      now = new Date(card.due);
    }
    const low = answerCard(card, 3, now, { desiredRetention: 0.8, maximumInterval: 36500 }).scheduledDays;
    const high = answerCard(card, 3, now, { desiredRetention: 0.97, maximumInterval: 36500 }).scheduledDays;
    expect(high).toBeLessThan(low);
    const capped = { desiredRetention: 0.9, maximumInterval: 30 };
    expect(answerCard(card, 2, now, capped).scheduledDays).toBeLessThanOrEqual(30);
    // ts-fsrs keeps Hard < Good < Easy by a day each, even at the cap (its own rule, kept as it is).
    expect(answerCard(card, 4, now, capped).scheduledDays).toBeLessThanOrEqual(32);
    expect(answerCard(card, 4, now).scheduledDays).toBeGreaterThan(100);
  });

  it('knows which queue a state is drawn from, and recall probability falls with time', () => {
    expect([queueFor('new'), queueFor('learning'), queueFor('relearning'), queueFor('review')]).toEqual(['new', 'learning', 'learning', 'review']);
    const review = answerCard(answerCard(newSrsState(t0), 3, t0).srs, 3, new Date('2026-03-10T09:10:00.000Z')).srs;
    const soon = retrievability(review, new Date('2026-03-11T09:10:00.000Z'));
    const late = retrievability(review, new Date('2026-06-11T09:10:00.000Z'));
    expect(soon).toBeGreaterThan(late);
    expect(retrievability(newSrsState(t0), t0)).toBe(0);
  });
});
