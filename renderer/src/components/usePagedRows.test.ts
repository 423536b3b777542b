import { describe, expect, it } from 'vitest';
import { limitToInclude, PAGE_SIZE, pageView, showAllText, showingText, showMoreText } from './usePagedRows';

const sessions = { one: 'session', other: 'sessions' };

describe('pageView: how much of a long list is drawn', () => {
  it('draws the first 50 of 5,000 and offers 50 more and all', () => {
    expect(PAGE_SIZE).toBe(50);
    expect(pageView(5000, PAGE_SIZE)).toEqual({ total: 5000, shown: 50, left: 4950, next: 50, offerAll: true, paged: true });
  });

  it('a list of one page or less is not paged: every row drawn, nothing offered', () => {
    expect(pageView(50, PAGE_SIZE)).toEqual({ total: 50, shown: 50, left: 0, next: 0, offerAll: false, paged: false });
    expect(pageView(3, PAGE_SIZE)).toEqual({ total: 3, shown: 3, left: 0, next: 0, offerAll: false, paged: false });
    expect(pageView(0, PAGE_SIZE)).toMatchObject({ shown: 0, paged: false });
  });

  it('the last few: "Show more" adds what is left and "Show all" is not offered (it would do the same)', () => {
    expect(pageView(112, 100)).toEqual({ total: 112, shown: 100, left: 12, next: 12, offerAll: false, paged: true });
    expect(pageView(100, 50)).toMatchObject({ left: 50, next: 50, offerAll: false });
    expect(pageView(101, 50)).toMatchObject({ left: 51, next: 50, offerAll: true });
  });

  it('a list that shrank under the limit (deletes, a filter) draws what there is', () => {
    expect(pageView(70, 150)).toMatchObject({ shown: 70, left: 0, next: 0, paged: true });
  });
});

describe('limitToInclude: whole pages up to a row that must stay drawn', () => {
  it('rounds up to the page holding the row', () => {
    expect(limitToInclude(0)).toBe(50);
    expect(limitToInclude(49)).toBe(50);
    expect(limitToInclude(50)).toBe(100);
    expect(limitToInclude(1234)).toBe(1250);
    expect(limitToInclude(7, 5)).toBe(10);
  });
  it('no such row (deleted, filtered out): no pages needed', () => {
    expect(limitToInclude(-1)).toBe(0);
  });
});

describe('texts', () => {
  it('counts with thousands separators, in the noun of the list', () => {
    const view = pageView(5000, 50);
    expect(showingText(view, sessions)).toBe('Showing 50 of 5,000 sessions');
    expect(showMoreText(view, sessions)).toBe('Show 50 more sessions');
    expect(showAllText(view, sessions)).toBe('Show all 5,000 sessions');
  });
  it('once all are drawn: "Showing all"', () => {
    expect(showingText(pageView(120, 150), sessions)).toBe('Showing all 120 sessions');
  });
  it('one left: singular', () => {
    expect(showMoreText(pageView(51, 50), sessions)).toBe('Show 1 more session');
  });
});
