import { expect, test, type Page } from '@playwright/test';

import { card, cardChart, invite } from './dashboardHelpers';
// A fixed "today" (local time): Tuesday 10 March 2026.
const TODAY = new Date('2026-03-10T09:00:00');

const welcome = (page: Page) => page.getByTestId('welcome');
const stage = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

async function openWelcome(page: Page) {
  await page.clock.setFixedTime(TODAY);
  await page.goto('/#/');
  await expect(welcome(page).getByRole('heading', { name: 'Welcome to CoderPath' })).toBeVisible();
}

async function choose(page: Page, boxes: { exam?: boolean; credentials?: boolean }) {
  if (boxes.exam) await welcome(page).getByLabel('I’m preparing for an exam').check();
  if (boxes.credentials) await welcome(page).getByLabel('I hold credentials').check();
  await welcome(page).getByRole('button', { name: 'Continue' }).click();
  await expect(welcome(page).getByRole('heading', { name: 'A few details' })).toBeFocused();
}

async function fillExam(page: Page, code: string, date: string, hours: string) {
  await welcome(page).getByLabel('Exam', { exact: true }).selectOption(code);
  await welcome(page).getByLabel('Exam date').fill(date);
  await welcome(page).getByLabel('Weekly hours goal').fill(hours);
}

async function fillCredential(page: Page, n: number, code: string, earnedOn: string) {
  const row = welcome(page).getByRole('group', { name: `Credential ${n}` });
  await row.getByLabel('Credential', { exact: true }).selectOption(code);
  await row.getByLabel('Earned on').fill(earnedOn);
}

async function finish(page: Page, careerStart: string, summary: string) {
  await welcome(page).getByLabel('Career start date').fill(careerStart);
  await welcome(page).getByRole('button', { name: 'Set up CoderPath' }).click();
  await expect(welcome(page).getByRole('status')).toHaveText(summary);
}

test.describe('first run', () => {
  test('asks for at least one choice before going on', async ({ page }) => {
    await openWelcome(page);
    await welcome(page).getByRole('button', { name: 'Continue' }).click();
    await expect(welcome(page).getByText('Choose at least one, or “Skip for now” to look around first.')).toBeVisible();
  });

  test('exam only: the first study plan and the roadmap are created', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await openWelcome(page);
    await choose(page, { exam: true });
    await expect(welcome(page).getByRole('group', { name: 'Credential 1' })).toHaveCount(0);
    await fillExam(page, 'CPC', '2026-06-13', '');
    await welcome(page).getByRole('button', { name: 'Set up CoderPath' }).click();
    await expect(welcome(page).getByText('Enter weekly hours.')).toBeVisible();
    await fillExam(page, 'CPC', '2026-06-13', '10');
    await finish(page, '2025-09-01', 'All set: your CPC study plan and 5 roadmap milestones are ready.');

    // The dashboard behind the welcome already shows the plan: the exam is the next deadline, this week's hours.
    await expect(card(page, 'next-deadline')).toContainText('CPC exam: Jun 13, 2026, in 95 days');
    await expect(card(page, 'week-study')).toContainText('0 h of 10 h this week (CPC exam prep)');
    await expect(cardChart(page, 'week-study')).toBeVisible();
    await expect(invite(page, 'ceu-status')).toBeVisible();
    await welcome(page).getByRole('button', { name: 'Close' }).click();
    await expect(welcome(page)).toHaveCount(0);

    await page.goto('/#/study');
    await expect(page.getByRole('heading', { level: 2, name: 'CPC exam prep' })).toBeVisible();
    await expect(page.getByText('CPC exam on Jun 13, 2026 · 10 h a week · from Mar 10, 2026')).toBeVisible();

    await page.goto('/#/roadmap');
    await expect(stage(page, 'Education').getByTestId('milestone')).toContainText('Target');
    await expect(stage(page, 'Certification').getByTestId('stage-progress')).toHaveText('0 of 1 done (0%)');
    await expect(page.getByText(/0 of 5 milestones done/)).toBeVisible();

    // Finished means finished: the welcome does not come back after a reload.
    await page.goto('/#/');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
    await expect(card(page, 'week-study')).toBeVisible();
    await expect(welcome(page)).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test('credentials only: held credentials with default cycles; they complete certification and specialization', async ({ page }) => {
    await openWelcome(page);
    await choose(page, { credentials: true });
    await expect(welcome(page).getByLabel('Exam date')).toHaveCount(0);
    await fillCredential(page, 1, 'CPC', '2025-06-02');
    await welcome(page).getByRole('button', { name: 'Add another credential' }).click();
    await fillCredential(page, 2, 'CRC', '2026-04-01');
    await welcome(page).getByRole('button', { name: 'Set up CoderPath' }).click();
    await expect(welcome(page).getByText('The earned date cannot be in the future.')).toBeVisible();
    await fillCredential(page, 2, 'CRC', '2025-11-20');
    await finish(page, '2023-09-01', 'All set: 2 held credentials (CPC, CRC) and 5 roadmap milestones are ready.');

    // One AAPC period for both: CPC's two years from the day it was earned.
    await expect(card(page, 'next-deadline')).toContainText('CPC and CRC CEU cycle ends: Jun 1, 2027');
    await expect(card(page, 'ceu-status')).toContainText('CPC');
    await expect(card(page, 'ceu-status')).toContainText('CRC');
    await expect(cardChart(page, 'ceu-status')).toBeVisible();
    await expect(invite(page, 'week-study')).toBeVisible();

    await page.goto('/#/roadmap');
    await expect(stage(page, 'Certification').getByTestId('stage-progress')).toHaveText('1 of 1 done (100%)');
    await expect(stage(page, 'Certification').getByTestId('milestone')).toContainText('Done on');
    await expect(stage(page, 'Certification').getByTestId('milestone')).toContainText('Jun 2, 2025');
    await expect(stage(page, 'Specialization').getByTestId('stage-progress')).toHaveText('1 of 1 done (100%)');
    await expect(stage(page, 'First job').getByTestId('stage-progress')).toHaveText('0 of 1 done (0%)');
  });

  test('both: plan, credential and roadmap together', async ({ page }) => {
    await openWelcome(page);
    await choose(page, { exam: true, credentials: true });
    await fillExam(page, 'CRC', '2026-08-29', '6');
    await fillCredential(page, 1, 'CPC', '2024-10-15');
    await finish(page, '2023-01-09', 'All set: your CRC study plan, 1 held credential (CPC) and 5 roadmap milestones are ready.');
    await expect(card(page, 'week-study')).toContainText('CRC exam prep');
    await expect(card(page, 'ceu-status')).toContainText('CPC');
    await expect(card(page, 'next-milestone')).toBeVisible();
    await welcome(page).getByRole('link', { name: 'See your roadmap' }).click();
    await expect(stage(page, 'Certification').getByTestId('stage-progress')).toHaveText('1 of 1 done (100%)');
    await expect(stage(page, 'Specialization').getByTestId('stage-progress')).toHaveText('0 of 1 done (0%)');
    await page.goto('/#/study');
    await expect(page.getByRole('heading', { level: 2, name: 'CRC exam prep' })).toBeVisible();
  });

  test('skip: nothing is created, the welcome stays closed, and Settings reopens it', async ({ page }) => {
    await openWelcome(page);
    await welcome(page).getByRole('button', { name: 'Skip for now' }).click();
    await expect(welcome(page)).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Nothing to show yet' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Nothing to show yet' })).toBeVisible();
    await expect(welcome(page)).toHaveCount(0);
    await page.goto('/#/roadmap');
    await expect(page.getByRole('heading', { name: 'No milestones yet' })).toBeVisible();

    await page.goto('/#/settings');
    await page.getByRole('button', { name: 'Show the welcome again' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
    await expect(welcome(page).getByRole('heading', { name: 'Welcome to CoderPath' })).toBeVisible();
  });

  test('the welcome is on the dashboard only: other screens open directly on a fresh profile', async ({ page }) => {
    await page.goto('/#/study');
    await expect(page.getByRole('heading', { name: 'No study plan yet' })).toBeVisible();
    await expect(welcome(page)).toHaveCount(0);
    await page.getByRole('link', { name: /^Dashboard/ }).click();
    await expect(welcome(page)).toBeVisible();
  });
});
