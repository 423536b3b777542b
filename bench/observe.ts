/**
 * What the bench watches in the app's page, from the outside: the app sets no marks for it. Installed as an init
 * script (it runs in the page before the app's code, so it may use nothing from this module's scope), it marks
 * - SHOWN_MARK when the dashboard's content is on screen: its chart images (each card's box, named for its chart,
 *   is there with the card's numbers) or, with nothing to chart, the "Nothing to show yet" heading;
 * - CHARTS_DRAWN_MARK when, after that, every chart image holds its drawn <svg>.
 * The marks are the bench's own (performance.now() of the DOM change), read back like any user-timing mark.
 */
export const SHOWN_MARK = 'bench:dashboard-shown';
export const CHARTS_DRAWN_MARK = 'bench:charts-drawn';

export function observeDashboard(names: { shown: string; drawn: string }): void {
  let shown = false;
  const check = (): boolean => {
    const main = document.querySelector('main');
    if (!main) return false;
    const charts = [...main.querySelectorAll('[role="img"]')];
    if (!shown) {
      const empty = [...main.querySelectorAll('h2')].some((h) => h.textContent === 'Nothing to show yet');
      if (charts.length === 0 && !empty) return false;
      shown = true;
      performance.mark(names.shown);
    }
    if (!charts.every((c) => c.querySelector('svg'))) return false;
    performance.mark(names.drawn, { detail: { charts: charts.length } });
    return true;
  };
  const observer = new MutationObserver(() => {
    if (check()) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
}
