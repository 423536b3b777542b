import type { Page } from '@playwright/test';

/** The dashboard's cards by id, with the title each card and its invitation show (shared/dashboard/cards.ts). */
export const CARD_TITLES = {
  'next-deadline': 'Next deadline',
  readiness: 'Exam readiness',
  'week-study': 'Study this week',
  'ceu-status': 'CEU status',
  'next-milestone': 'Next milestone',
} as const;
export type CardId = keyof typeof CARD_TITLES;
export const CARDS = Object.keys(CARD_TITLES) as CardId[];

/** A card shown with its chart: a region named by its title. */
export const card = (page: Page, id: CardId) => page.getByRole('main').getByRole('region', { name: CARD_TITLES[id], exact: true });
/**
 * The dashboard's chart images, by the kind of chart their name starts with (chartSpecs.ts `chartLabel`): the
 * drawn SVG inside is an image too, named by its tick labels.
 */
export const CHART_NAME = /^(Bar chart|Line chart|Progress bars|Timeline): /;
export const dashboardCharts = (page: Page) => page.getByRole('main').getByRole('img', { name: CHART_NAME });
/** A card's chart once drawn: the SVG inside the card's chart image. */
export const cardChart = (page: Page, id: CardId) => card(page, id).getByRole('img', { name: CHART_NAME }).locator('svg').first();
/** The one line inviting to start a part the user does not use yet ("CEU status: No credentials yet…"). */
export const invite = (page: Page, id: CardId) =>
  page.getByRole('main').getByRole('listitem').filter({ has: page.getByText(`${CARD_TITLES[id]}:`, { exact: true }) });
