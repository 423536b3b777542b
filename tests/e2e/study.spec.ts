import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';

// A fixed "today" (local time): Tuesday 10 March 2026. The exam on Saturday 13 June leaves 95 study days in 14
// calendar weeks starting on Monday: the first one Tue–Sun (Mar 10–15, 6 days), the last Mon–Fri (Jun 8–12); the
// exam phase is the last 14 days (from May 30), so three weeks show practice exams.
const TODAY = new Date('2026-03-10T09:00:00');

async function openStudy(page: Page) {
  await page.clock.install({ time: TODAY });
  await page.goto('/#/study');
  await expect(page.getByRole('heading', { level: 1, name: 'Study' })).toBeVisible();
}

async function createPlan(page: Page, name = 'CPC by June') {
  await page.getByRole('button', { name: 'Create a study plan' }).click();
  await page.getByLabel('Plan name').fill(name);
  await page.getByLabel('Exam', { exact: true }).selectOption('CPC');
  await page.getByLabel('Exam date').fill('2026-06-13');
  await page.getByLabel('Weekly hours goal').fill('10');
  await page.getByRole('button', { name: 'Create plan' }).click();
  await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
}

const sessionRows = (page: Page) => page.getByTestId('session-row');
const thisWeek = (page: Page) => page.locator('table.this-week caption');

test.describe('study', () => {
  test('the empty screen explains plans; a new plan shows its weeks and this week’s targets', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
    await openStudy(page);
    await expect(page.getByRole('heading', { name: 'No study plan yet' })).toBeVisible();
    await page.getByRole('button', { name: 'Create a study plan' }).click();
    await expect(page.getByLabel('Start date')).toHaveValue('2026-03-10');
    await page.getByRole('button', { name: 'Cancel' }).click();

    await createPlan(page);
    await expect(page.getByText('CPC exam on Jun 13, 2026 · 10 h a week · from Mar 10, 2026 · 14 weeks planned')).toBeVisible();
    const weeks = page.getByTestId('plan-week');
    await expect(weeks).toHaveCount(14);
    await expect(weeks.first()).toContainText('Mar 10, 2026 to Mar 15, 2026');
    await expect(weeks.first()).toContainText('This week');
    await expect(weeks.filter({ hasText: 'Practice exams' })).toHaveCount(3);
    await expect(weeks.last()).toContainText('Jun 8, 2026 to Jun 12, 2026');
    // Each week concentrates on four topics at 10 h a week, not slices of all 17.
    await expect(weeks.first()).toContainText(
      'Focus: ICD-10-CM diagnosis coding, HCPCS Level II, Coding guidelines, Compliance and regulatory',
    );
    // 6 of 7 days at 10 h a week, in 15-minute steps: 8.5 h.
    await expect(thisWeek(page)).toHaveText("This week's targets (Mar 10, 2026 to Mar 15, 2026): 0 h of 8.5 h done");
    await expect(page.locator('table.this-week tbody tr').first()).toContainText('ICD-10-CM diagnosis coding');
    // Today: whole sessions with a start button each.
    const today = page.getByRole('region', { name: 'Today' });
    await expect(today.getByRole('button', { name: 'Start: Focus: ICD-10-CM diagnosis coding' })).toBeVisible();
    await expect(today).toContainText('1 h');
    await expect(page.getByRole('row', { name: /CPC by June/ })).toContainText('Active');
    expect(errors).toEqual([]);
  });

  test('a validation message appears next to its field and nothing is saved', async ({ page }) => {
    await openStudy(page);
    await page.getByRole('button', { name: 'Create a study plan' }).click();
    await page.getByLabel('Plan name').fill('Too soon');
    await page.getByLabel('Exam date').fill('2026-03-01');
    await page.getByRole('button', { name: 'Create plan' }).click();
    await expect(page.getByLabel('Weekly hours goal')).toHaveAccessibleDescription(/Enter weekly hours\./);
    await page.getByLabel('Weekly hours goal').fill('10');
    await page.getByRole('button', { name: 'Create plan' }).click();
    await expect(page.getByLabel('Exam date')).toHaveAccessibleDescription('The exam date must be after the start date.');
    await expect(page.getByLabel('Exam date')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Weekly hours goal')).not.toHaveAttribute('aria-invalid', 'true');
    await page.reload();
    await expect(page.getByRole('heading', { name: 'No study plan yet' })).toBeVisible();
  });

  test('the timer survives a reload, shows on other screens, and stopping it saves the session', async ({ page }) => {
    await openStudy(page);
    await createPlan(page);
    await page.getByLabel('Topic').first().selectOption({ label: 'Medicine' });
    await page.getByRole('button', { name: 'Start timer' }).click();
    const indicator = page.getByRole('region', { name: 'Running study timer' });
    await expect(indicator).toContainText('Medicine');

    await page.clock.fastForward('25:00');
    await page.reload();
    await expect(page.getByRole('button', { name: 'Stop and save' })).toBeVisible();
    await expect(indicator.getByRole('timer')).toHaveText(/^0:25:\d\d$/);

    await page.getByRole('link', { name: /^Practice exams/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Practice exams' })).toBeVisible();
    await expect(indicator).toContainText('Timer running');
    await indicator.getByRole('button', { name: 'Stop timer' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved 25 min of Medicine on Mar 10, 2026.' })).toBeVisible();
    await expect(indicator).toHaveCount(0);

    await page.getByRole('link', { name: /^Study/ }).click();
    await expect(sessionRows(page)).toHaveCount(1);
    await expect(sessionRows(page).first()).toContainText('Mar 10, 2026');
    await expect(sessionRows(page).first()).toContainText('25');
    await expect(sessionRows(page).first()).toContainText('Medicine');
    await expect(thisWeek(page)).toContainText('0.42 h of 8.5 h done');
    await expect(page.getByRole('button', { name: 'Start timer' })).toBeVisible();
  });

  test('a timer left running over 12 hours asks for the real minutes before saving', async ({ page }) => {
    await openStudy(page);
    await createPlan(page);
    await page.getByRole('button', { name: 'Start timer' }).click();
    await page.clock.fastForward('13:05:00');
    await page.getByRole('button', { name: 'Stop and save' }).click();
    const dialog = page.getByRole('dialog', { name: 'Check the study time' });
    await expect(dialog).toContainText('The timer ran for 13 h 5 min. Was it left running? Check the minutes before saving.');
    await expect(dialog.getByLabel('Minutes to save')).toHaveValue('785');
    await dialog.getByLabel('Minutes to save').fill('2000');
    await dialog.getByRole('button', { name: 'Save session' }).click();
    await expect(dialog.getByLabel('Minutes to save')).toHaveAccessibleDescription('Minutes must be between 1 and 1440 (one day).');
    await dialog.getByLabel('Minutes to save').fill('90');
    await dialog.getByRole('button', { name: 'Save session' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved 90 min of General study on Mar 10, 2026.' }).first()).toBeVisible();
    await expect(sessionRows(page)).toHaveCount(1);
    await expect(sessionRows(page).first()).toContainText('90');
  });

  test('a session logged by hand is listed newest first, and a delete can be undone', async ({ page }) => {
    await openStudy(page);
    await createPlan(page);
    await page.getByRole('button', { name: 'Log a session' }).click();
    const form = page.getByRole('form', { name: 'Log a study session' });
    await expect(form.getByLabel('Date')).toHaveValue('2026-03-10');
    await form.getByLabel('Minutes').fill('0');
    await form.getByRole('button', { name: 'Save session' }).click();
    await expect(form.getByLabel('Minutes')).toHaveAccessibleDescription('Minutes must be between 1 and 1440 (one day).');
    await form.getByLabel('Minutes').fill('45');
    await form.getByLabel('Topic').selectOption({ label: 'Radiology' });
    await form.getByLabel('Notes').fill('Chapter 5 review');
    await form.getByRole('button', { name: 'Save session' }).click();
    await expect(form).toHaveCount(0);

    await page.getByRole('button', { name: 'Log a session' }).click();
    await form.getByLabel('Date').fill('2026-03-02');
    await form.getByLabel('Minutes').fill('30');
    await form.getByRole('button', { name: 'Save session' }).click();

    await expect(sessionRows(page)).toHaveCount(2);
    await expect(sessionRows(page).first()).toContainText('Mar 10, 2026');
    await expect(sessionRows(page).first()).toContainText('Radiology');
    await expect(sessionRows(page).first()).toContainText('Chapter 5 review');
    await expect(sessionRows(page).last()).toContainText('General study');
    await expect(thisWeek(page)).toContainText('0.75 h of 8.5 h done');

    await page.getByRole('button', { name: 'Delete the session of Mar 10, 2026, 45 min' }).click();
    await expect(sessionRows(page)).toHaveCount(1);
    const toast = page.getByRole('status').filter({ hasText: 'Deleted the session of Mar 10, 2026 (45 min).' });
    await toast.getByRole('button', { name: 'Undo' }).click();
    await expect(sessionRows(page)).toHaveCount(2);
    await expect(sessionRows(page).first()).toContainText('Chapter 5 review');
  });

  test('the File menu command opens the log form, from Study or from another screen', async ({ page }) => {
    await openStudy(page);
    const send = () =>
      page.evaluate(() => window.dispatchEvent(new CustomEvent('coderpath:command', { detail: { kind: 'log-session' } })));
    await send();
    await expect(page.getByRole('form', { name: 'Log a study session' })).toBeVisible();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('link', { name: /^CEUs/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'CEUs' })).toBeVisible();
    await send();
    await expect(page.getByRole('heading', { level: 1, name: 'Study' })).toBeVisible();
    await expect(page.getByRole('form', { name: 'Log a study session' })).toBeVisible();
  });

  test('the plan and exam date export as an .ics calendar', async ({ page }) => {
    await openStudy(page);
    await createPlan(page);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export calendar (.ics)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('coderpath-cpc-study-plan.ics');
    const text = await readFile((await file.path())!, 'utf8');
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text).toContain('SUMMARY:CPC exam (AAPC)');
    expect(text).toContain('DTSTART;VALUE=DATE:20260613');
    // The exam and one event per planned session, each with its reminder (on by default) and a UID of its own.
    const events = text.match(/BEGIN:VEVENT/g)!.length;
    expect(events).toBeGreaterThan(100);
    expect(text.match(/TRIGGER:-PT30M/g)).toHaveLength(events - 1);
    const uids = text.split('\r\n').filter((l) => l.startsWith('UID:'));
    expect(new Set(uids).size).toBe(events);
    expect(text).toContain('DTSTART:20260310T180000');
    await expect(page.getByRole('status').filter({ hasText: 'Calendar saved' })).toBeVisible();
  });

  test('plans can be switched and deleted with undo; the schedule says plainly when the exam has passed', async ({ page }) => {
    await openStudy(page);
    await createPlan(page, 'CPC by June');
    await page.getByRole('button', { name: 'New plan' }).click();
    await page.getByLabel('Plan name').fill('Old CRC plan');
    await page.getByLabel('Exam', { exact: true }).selectOption('CRC');
    await page.getByLabel('Start date').fill('2026-01-05');
    await page.getByLabel('Exam date').fill('2026-03-01');
    await page.getByLabel('Weekly hours goal').fill('6');
    await page.getByRole('button', { name: 'Create plan' }).click();
    await expect(page.getByTestId('schedule-reason')).toHaveText('The exam date (2026-03-01) has passed.');

    await page.getByRole('button', { name: 'Make “CPC by June” active' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'CPC by June' })).toBeVisible();
    await page.getByRole('button', { name: 'Delete “CPC by June”' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Old CRC plan' })).toBeVisible();
    await page.getByRole('status').filter({ hasText: 'Deleted the plan “CPC by June”.' }).getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'CPC by June' })).toBeVisible();
    await expect(page.getByRole('row', { name: /CPC by June/ })).toContainText('Active');
  });

  test('the plan follows an edited goal', async ({ page }) => {
    await openStudy(page);
    await createPlan(page);
    await page.getByRole('button', { name: 'Edit plan' }).click();
    await page.getByLabel('Weekly hours goal').fill('14');
    await page.getByRole('button', { name: 'Save changes' }).click();
    // 6 of 7 days at 14 h a week: 12 h this week.
    await expect(thisWeek(page)).toContainText('0 h of 12 h done');
  });

  test('the study screen with a plan, timer and charts has no accessibility violations', async ({ page }) => {
    await openStudy(page);
    await createPlan(page);
    await expect(page.getByRole('img', { name: /study hours per week against the goal of 10 h/ })).toBeVisible();
    await expect(page.getByRole('img', { name: 'Bar chart: study hours per topic' })).toBeVisible();
    await expect(page.getByTestId('chart-summary').first()).toHaveText(
      '0 h studied over this week; the goal of 10 h a week was met in 0 of 1. This week so far: 0 h.',
    );
    const results = await new AxeBuilder({ page }).include('main').include('#global-status').withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  });
});
