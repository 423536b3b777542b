import { expect, test, type Page } from '@playwright/test';
import { buildSampleData } from '../../shared/datasets/sample';
import { NAV_SCREENS as SCREENS } from '../../shared/app/screens';
import { seedStore } from './backupHelpers';
import { SAMPLE_OPENS_MS } from './sampleHelpers';

// Every screen fits a small laptop (1024 × 640) and a narrow window (800 × 600) without horizontal scrolling:
// empty, with the sample data, and with every title, name and note replaced by one long unbroken word (a pasted
// URL). The screens come from the app's own list, so a screen added later is checked too.
const TODAY = new Date('2026-03-10T09:00:00');
const VIEWPORTS = [
  { width: 1024, height: 640 },
  { width: 800, height: 600 },
];
const LONG = `https://www.example.org/continuing-education/webinars/${'coding-guidelines-update-'.repeat(8)}certificate.pdf`;

/** Screens reached from another screen: the ones without a parameter, plus every credential's audit report. */
const SUB_PATHS = ['/ceus/import'];

/** The elements sticking out past the right edge of the window, to say where an overflow comes from. */
function widthProblem(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const doc = document.documentElement;
    if (doc.scrollWidth <= window.innerWidth) return null;
    const wide = [...document.querySelectorAll<HTMLElement>('main *, nav *')]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
      .filter((el) => !el.parentElement || el.parentElement.getBoundingClientRect().right <= window.innerWidth + 1)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} (${Math.round(el.getBoundingClientRect().right)} px): ${(el.textContent ?? '').slice(0, 60)}`);
    return `document ${doc.scrollWidth} px wide in a ${window.innerWidth} px window; ${wide.join(' | ')}`;
  });
}

async function settle(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText('Loading…')).toHaveCount(0);
  await expect(page.getByText('Opening your data…')).toHaveCount(0);
}

/** Every screen's path: the navigation's screens, the sub-screens, and the audit report of each credential. */
async function everyPath(page: Page): Promise<string[]> {
  await page.goto('/#/ceus');
  await settle(page);
  const reports = await page.getByRole('link', { name: /audit report/i }).evaluateAll((links) => links.map((a) => a.getAttribute('href')!.replace(/^#/, '')));
  return [...SCREENS.map((s) => s.path), ...SUB_PATHS, ...reports];
}

/** The printable width of A4 (210 mm less 15 mm margins each side, at 96 px per inch); Letter is wider. */
const A4_PRINTABLE = { width: Math.floor(((210 - 30) / 25.4) * 96), height: Math.floor(((297 - 30) / 25.4) * 96) };

async function checkEveryScreen(page: Page) {
  const paths = await everyPath(page);
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport);
    for (const path of paths) {
      await page.goto(`/#${path}`);
      await settle(page);
      expect(await widthProblem(page), `${path} at ${viewport.width} × ${viewport.height}`).toBeNull();
    }
  }
  // Printed (the audit report above all): the page's width is the paper's printable width.
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize(A4_PRINTABLE);
  for (const path of paths) {
    await page.goto(`/#${path}`);
    await settle(page);
    expect(await widthProblem(page), `${path} printed on A4`).toBeNull();
  }
  await page.emulateMedia({ media: 'screen' });
}

/** The sample records with every free-text field replaced by one long unbroken word. */
function longTitleRecords() {
  const data = buildSampleData('2026-03-10', () => crypto.randomUUID());
  const lengthen = <T extends object>(rows: T[], fields: string[]) =>
    rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, fields.includes(k) && typeof v === 'string' ? LONG : v])));
  return {
    credentials: data.credentials,
    ceuEntries: lengthen(data.ceuEntries, ['title', 'provider', 'approvalCode', 'notes']),
    attachments: lengthen(data.attachments, ['fileName']).map((a) => ({ ...a, data: undefined })),
    studyPlans: lengthen(data.studyPlans, ['name']),
    studySessions: lengthen(data.studySessions, ['notes']),
    practiceAttempts: lengthen(data.practiceAttempts, ['source']),
    milestones: lengthen(data.milestones, ['title', 'notes']),
  };
}

test.describe('layout: no horizontal scrolling', () => {
  test.beforeEach(async ({ page }) => {
    test.setTimeout(120_000);
    await page.clock.setFixedTime(TODAY);
  });

  test('the screen list includes every screen of the navigation', async ({ page }) => {
    await page.goto('/#/');
    await settle(page);
    const nav = await page.getByRole('navigation', { name: 'Main' }).getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(nav).toEqual(SCREENS.map((s) => `#${s.path}`));
  });

  test('empty: every screen fits 1024 and 800 px', async ({ page }) => {
    await checkEveryScreen(page);
  });

  test('sample data: every screen fits 1024 and 800 px', async ({ page }) => {
    await page.goto('/#/settings');
    await page.getByRole('button', { name: 'Explore with sample data' }).click();
    await expect(page.getByTestId('sample-banner')).toBeVisible({ timeout: SAMPLE_OPENS_MS });
    await checkEveryScreen(page);
  });

  test('long unbroken titles, names and notes: every screen fits 1024 and 800 px', async ({ page }) => {
    await page.goto('/#/');
    await expect(page.getByRole('heading', { name: 'Welcome to CoderPath' })).toBeVisible();
    const records = longTitleRecords();
    await seedStore(page, records, records.attachments.map((_, index) => ({ store: 'attachments', index, bytes: 2048, seed: index + 1 })));
    await page.reload();
    await checkEveryScreen(page);
  });
});
