/**
 * Under a paged list: "Showing 50 of 5,000 sessions" with "Show 50 more sessions" and "Show all 5,000 sessions".
 * Draws nothing for a list of one page or less. The count line is a polite live region, so a screen reader hears
 * the new count after a click (the focus moves to the first new row, see usePagedRows).
 */
import { showAllText, showingText, showMoreText, type Noun, type PagedRows } from './usePagedRows';
import './ShowMore.css';

export function ShowMore({ paging, noun }: { paging: Pick<PagedRows<unknown>, 'view' | 'showMore' | 'showAll'>; noun: Noun }) {
  const { view } = paging;
  if (!view.paged) return null;
  return (
    <div className="show-more" data-testid="show-more">
      <p className="show-more-count" role="status">{showingText(view, noun)}</p>
      {view.next > 0 ? (
        <button type="button" onClick={paging.showMore}>{showMoreText(view, noun)}</button>
      ) : null}
      {/* Always offered while more than a page is left: the session log has no filter, and reaching a record from
          years back should not take dozens of clicks. The label says how many rows it draws. */}
      {view.offerAll ? (
        <button type="button" className="btn-link" onClick={paging.showAll}>{showAllText(view, noun)}</button>
      ) : null}
    </div>
  );
}
