import { expect, test, type Locator, type Page } from '@playwright/test';
import { seedStore } from './backupHelpers';
import { card, CHART_NAME, dashboardCharts } from './dashboardHelpers';
import { SAMPLE_OPENS_MS } from './sampleHelpers';

// Chart axes name each tick once and no two labels overlap: the dashboard's charts (the readiness chart over
// attempts bunched in a few days, then one weeks later) and the roadmap timeline, in a 1024- and an 800-px window.
const TODAY = new Date('2026-12-05T09:00:00');

function attempt(date: string, correct: number) {
  return {
    id: `attempt-${date}`, examCode: 'CPC', date, source: 'Prep book', totalQuestions: 100, correct, minutesUsed: 200,
    domainResults: [], createdAt: `${date}T12:00:00.000Z`,
  };
}

/** The chart's text labels: their text and boxes. */
async function labels(chart: Locator) {
  return chart.locator('svg text').evaluateAll((nodes) =>
    nodes.map((n) => {
      const r = n.getBoundingClientRect();
      return { text: (n.textContent ?? '').trim(), left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    }).filter((l) => l.text !== ''),
  );
}

async function expectReadableAxes(chart: Locator, name: string) {
  const found = await labels(chart);
  const days = found.map((l) => l.text).filter((t) => /^[A-Z][a-z]{2} \d{1,2}$|^[A-Z][a-z]{2} \d{4}$|^\d{4}$/.test(t));
  expect(new Set(days).size, `${name}: repeated date labels ${days.join(', ')}`).toBe(days.length);
  for (const [i, a] of found.entries()) {
    for (const b of found.slice(i + 1)) {
      const overlap = a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
      expect(overlap, `${name}: "${a.text}" overlaps "${b.text}"`).toBe(false);
    }
  }
}

async function seedAttempts(page: Page) {
  await page.goto('/#/');
  await expect(page.getByRole('heading', { name: 'Welcome to CoderPath' })).toBeVisible();
  await page.getByTestId('welcome').getByRole('button', { name: 'Skip for now' }).click();
  await seedStore(page, { practiceAttempts: [attempt('2026-11-10', 55), attempt('2026-11-11', 58), attempt('2026-11-12', 57), attempt('2026-12-01', 64)] });
}

for (const width of [1024, 800]) {
  test(`${width} px: the dashboard's readiness chart names each day once, no labels overlap`, async ({ page }) => {
    await page.clock.setFixedTime(TODAY);
    await page.setViewportSize({ width, height: 640 });
    await seedAttempts(page);
    await page.reload();
    const chart = card(page, 'readiness').getByRole('img', { name: CHART_NAME });
    await expect(chart.locator('svg').first()).toBeVisible();
    await expectReadableAxes(chart, 'readiness');
    const days = (await labels(chart)).map((l) => l.text).filter((t) => /^(Nov|Dec) \d+$/.test(t));
    expect(days[0]).toBe('Nov 10');
    expect(days.at(-1)).toBe('Dec 1');
  });

  test(`${width} px: sample data, every dashboard chart and the roadmap timeline have readable axes`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.clock.setFixedTime(TODAY);
    await page.setViewportSize({ width, height: 640 });
    await page.goto('/#/settings');
    await page.getByRole('button', { name: 'Explore with sample data' }).click();
    await expect(page.getByTestId('sample-banner')).toBeVisible({ timeout: SAMPLE_OPENS_MS });
    await page.goto('/#/');
    await expect(dashboardCharts(page)).toHaveCount(5);
    for (const chart of await dashboardCharts(page).all()) {
      await expect(chart.locator('svg').first()).toBeVisible();
      await expectReadableAxes(chart, await chart.getAttribute('aria-label') ?? 'dashboard chart');
    }
    await page.goto('/#/roadmap');
    const timeline = page.getByRole('img', { name: /Roadmap timeline chart/ });
    await expect(timeline.locator('svg')).toBeVisible();
    await expectReadableAxes(timeline, 'roadmap timeline');
  });
}
