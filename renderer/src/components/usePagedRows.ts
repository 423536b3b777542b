/**
 * Long lists draw a page of rows at a time ("Show 50 more"), so a screen over years of records opens quickly.
 * Only the drawing is paged: callers filter, sort and total over all rows and hand the result in.
 * The pure part (how many to show, the texts) is plain functions; `usePagedRows` holds the state.
 */
import { useEffect, useRef, useState, type RefObject } from 'react';

/** Rows drawn at first and added by each "Show more". */
export const PAGE_SIZE = 50;

/** How a list is paged right now. */
export interface PageView {
  total: number;
  /** Rows drawn. */
  shown: number;
  /** Rows not drawn yet. */
  left: number;
  /** Rows the next "Show more" adds (0 when all are drawn). */
  next: number;
  /** More than a page is left, so "Show all" does more than "Show more". */
  offerAll: boolean;
  /** The list is longer than one page: it gets the "Showing X of Y" line (and buttons while rows are left). */
  paged: boolean;
}

export function pageView(total: number, limit: number, pageSize = PAGE_SIZE): PageView {
  const shown = Math.min(total, Math.max(0, limit));
  const left = total - shown;
  return { total, shown, left, next: Math.min(pageSize, left), offerAll: left > pageSize, paged: total > pageSize };
}

/** The smallest whole number of pages that draws the row at `index` (0-based); 0 when there is no such row. */
export function limitToInclude(index: number, pageSize = PAGE_SIZE): number {
  return index < 0 ? 0 : (Math.floor(index / pageSize) + 1) * pageSize;
}

export interface Noun {
  one: string;
  other: string;
}

const countFormat = new Intl.NumberFormat('en-US');
const count = (n: number) => countFormat.format(n);
const nounFor = (n: number, noun: Noun) => (n === 1 ? noun.one : noun.other);

/** "Showing 50 of 5,000 sessions", or "Showing all 120 sessions" once every row is drawn. */
export function showingText(view: PageView, noun: Noun): string {
  return view.left === 0
    ? `Showing all ${count(view.total)} ${nounFor(view.total, noun)}`
    : `Showing ${count(view.shown)} of ${count(view.total)} ${nounFor(view.total, noun)}`;
}

/** "Show 50 more sessions", "Show 12 more sessions" (the last few), "Show 1 more session". */
export function showMoreText(view: PageView, noun: Noun): string {
  return `Show ${count(view.next)} more ${nounFor(view.next, noun)}`;
}

/** "Show all 5,000 sessions". */
export function showAllText(view: PageView, noun: Noun): string {
  return `Show all ${count(view.total)} ${nounFor(view.total, noun)}`;
}

export interface PagedRows<T> {
  /** The rows to draw: the first `view.shown` of `rows`. */
  visible: readonly T[];
  view: PageView;
  showMore: () => void;
  showAll: () => void;
  /** Keeps this row drawn (the row being edited, the row Undo brought back) until `resetKey` changes. */
  reveal: (key: string) => void;
  /** Put on the table's `<tbody>`: after "Show more" the first new row gets the focus. */
  bodyRef: RefObject<HTMLTableSectionElement | null>;
}

interface PageState {
  resetKey: string;
  limit: number;
  /** The row kept drawn wherever it sorts (see `reveal`). */
  pinned: string | null;
  /** Row index to focus after the next draw (the first one "Show more" added). */
  focusIndex: number | null;
}

/**
 * `rows` are all rows, already filtered and sorted; `resetKey` names the filter and sort (a change goes back to
 * the first page); `keyOf` gives a row's id. New data (a live query) keeps the current page.
 */
export function usePagedRows<T>(rows: readonly T[], keyOf: (row: T) => string, resetKey = '', pageSize = PAGE_SIZE): PagedRows<T> {
  const fresh = (): PageState => ({ resetKey, limit: pageSize, pinned: null, focusIndex: null });
  const [state, setState] = useState<PageState>(fresh);
  const current = state.resetKey === resetKey ? state : fresh();
  // A new filter or sort: back to the first page in this same render (no frame drawn with the old page).
  if (current !== state) setState(current);

  const pinnedIndex = current.pinned === null ? -1 : rows.findIndex((row) => keyOf(row) === current.pinned);
  const limit = Math.max(current.limit, limitToInclude(pinnedIndex, pageSize));
  const view = pageView(rows.length, limit, pageSize);
  const bodyRef = useRef<HTMLTableSectionElement | null>(null);

  useEffect(() => {
    if (current.focusIndex === null) return;
    const row = bodyRef.current?.rows[current.focusIndex];
    if (row) {
      // The row itself takes the focus (its cells are read out); Tab goes on to its buttons.
      row.tabIndex = -1;
      row.focus();
    }
    setState((s) => ({ ...s, focusIndex: null }));
  }, [current.focusIndex]);

  return {
    visible: view.shown === rows.length ? rows : rows.slice(0, view.shown),
    view,
    showMore: () => setState((s) => ({ ...s, limit: view.shown + view.next, focusIndex: view.shown })),
    showAll: () => setState((s) => ({ ...s, limit: view.total, focusIndex: view.shown })),
    reveal: (key) => setState((s) => ({ ...s, pinned: key })),
    bodyRef,
  };
}
