import { expect, test, type Page } from '@playwright/test';

// A fixed "today" so dates, the trend and the projected date are the same on every run.
const TODAY = new Date('2026-03-20T12:00:00');

interface AttemptInput {
  exam?: string;
  date: string;
  correct: number;
  minutes: number;
  source?: string;
  domains?: Record<string, [correct: number, total: number]>;
}

async function openPractice(page: Page) {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  await page.clock.setFixedTime(TODAY);
  await page.goto('/#/practice');
  await expect(page.getByRole('heading', { level: 1, name: 'Practice exams' })).toBeVisible();
  return errors;
}

async function fillAttempt(page: Page, a: AttemptInput) {
  const form = page.getByRole('form', { name: 'Record a practice exam' });
  if (a.exam) await form.getByLabel('Exam', { exact: true }).selectOption(a.exam);
  await form.getByLabel('Date', { exact: true }).fill(a.date);
  await form.getByLabel('Source', { exact: true }).fill(a.source ?? 'Vendor practice test');
  await form.getByLabel('Correct answers', { exact: true }).fill(String(a.correct));
  await form.getByLabel('Time used (minutes)').fill(String(a.minutes));
  if (a.domains) {
    await form.getByText('Scores per content domain (optional)').click();
    for (const [label, [correct, total]] of Object.entries(a.domains)) {
      await form.getByLabel(`${label}: correct`, { exact: true }).fill(String(correct));
      await form.getByLabel(`${label}: questions`, { exact: true }).fill(String(total));
    }
  }
  return form;
}

async function recordAttempt(page: Page, a: AttemptInput) {
  await page.getByRole('button', { name: 'Record a practice exam' }).first().click();
  const form = await fillAttempt(page, a);
  await form.getByRole('button', { name: 'Save attempt' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Recorded the' })).toBeVisible();
}

test.describe('practice exams', () => {
  test('the form refuses correct > total and a future date, with each message tied to its field', async ({ page }) => {
    await openPractice(page);
    await page.getByRole('button', { name: 'Record a practice exam' }).click();
    const form = page.getByRole('form', { name: 'Record a practice exam' });
    // Defaults: the catalog's CPC question count and today.
    await expect(form.getByLabel('Total questions')).toHaveValue('100');
    await expect(form.getByLabel('Date', { exact: true })).toHaveValue('2026-03-20');
    await fillAttempt(page, { date: '2026-03-21', correct: 101, minutes: 200, domains: { Anesthesia: [5, 4] } });
    await form.getByRole('button', { name: 'Save attempt' }).click();
    await expect(form.getByLabel('Correct answers', { exact: true })).toHaveAccessibleDescription(
      'A count, or the overall percent such as 72%. Correct answers cannot exceed the number of questions.',
    );
    await expect(form.getByLabel('Date', { exact: true })).toHaveAccessibleDescription('The date cannot be in the future.');
    await expect(form.getByLabel('Anesthesia: correct', { exact: true })).toHaveAccessibleDescription(
      'Correct answers cannot exceed the domain’s questions.',
    );
    await expect(form.getByLabel('Correct answers', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    // Nothing was saved.
    await form.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('heading', { name: 'No practice attempts yet' })).toBeVisible();
  });

  test('one attempt: latest score shown, and what is missing instead of a number or a date', async ({ page }) => {
    const errors = await openPractice(page);
    await recordAttempt(page, { date: '2026-03-15', correct: 62, minutes: 230 });
    const readiness = page.getByRole('region', { name: 'Readiness for CPC' });
    await expect(readiness.getByTestId('readiness-facts')).toContainText('62% on Mar 15, 2026');
    const chance = readiness.getByTestId('readiness-chance');
    await expect(chance).toContainText('Not enough practice yet for an estimate.');
    await expect(chance).toContainText('Record 2 more CPC practice attempts: the estimate needs at least 3 (you have 1).');
    await expect(chance).not.toContainText('% chance');
    await expect(readiness.getByTestId('reach')).toHaveCount(0);
    await expect(readiness.getByTestId('trend')).toHaveText('A trend needs at least 3 attempts on different days (you have 1).');
    // The CPC pass mark comes from prep sources: shown as guidance to confirm.
    await expect(readiness.getByRole('note', { name: 'Facts to confirm' })).toContainText('Pass mark: Pass mark 70%');
    const row = page.getByRole('row').filter({ hasText: 'Mar 15, 2026' });
    await expect(row).toContainText('62 of 100');
    await expect(row).toContainText('62%');
    await expect(row).toContainText('Below pass mark');
    await expect(row).toContainText('2.3');
    expect(errors).toEqual([]);
  });

  test('the readiness panel: chance of passing with its range, a clear rise with its date range, what raises it most, charts', async ({ page }) => {
    test.slow(); // five attempts typed in through the form
    const errors = await openPractice(page);
    const attempts: AttemptInput[] = [
      { date: '2026-02-01', correct: 50, minutes: 250, domains: { Anesthesia: [1, 4], Radiology: [4, 6] } },
      { date: '2026-02-15', correct: 56, minutes: 240, domains: { Anesthesia: [1, 4], Radiology: [5, 6] } },
      { date: '2026-03-01', correct: 61, minutes: 230, domains: { Anesthesia: [2, 4], Radiology: [5, 6] } },
      { date: '2026-03-15', correct: 67, minutes: 220, domains: { Anesthesia: [2, 4], Radiology: [6, 6] } },
    ];
    for (const a of attempts) await recordAttempt(page, a);

    const readiness = page.getByRole('region', { name: 'Readiness for CPC' });
    const chance = readiness.getByTestId('readiness-chance');
    await expect(chance).toContainText(/About \d+% chance of passing if you took the exam today/);
    await expect(chance).toContainText(/Likely between \d+% and \d+%/);
    await expect(chance).toContainText('Create a study plan with your exam date');
    await expect(readiness.getByTestId('trend')).toHaveText('Rising: +2.8 points a week (± 1.1).');
    await expect(readiness.getByTestId('reach')).toHaveText(
      /^At your current trend the pass mark \(70%\) is reached around Mar \d+, 2026 \(between .+ and .+\)\.$/,
    );
    const raisers = readiness.getByTestId('readiness-raisers');
    await expect(raisers.getByRole('listitem')).toHaveCount(3);
    await expect(raisers.getByRole('link', { name: 'See these in your study plan' })).toHaveAttribute('href', '#/study');

    const trend = page.getByRole('img', { name: /^Score trend chart/ });
    await expect(trend.locator('.recharts-wrapper > svg.recharts-surface')).toBeVisible();
    await expect(trend.locator('.recharts-area-area')).toHaveCount(1); // the trend's range, drawn for a clear rise only
    await expect(trend.locator('.recharts-reference-line')).not.toHaveCount(0); // pass line
    await expect(trend.locator('.recharts-line-dots circle')).toHaveCount(4);
    await expect(page.getByTestId('trend-chart-summary')).toContainText('4 attempts from Feb 1, 2026 to Mar 15, 2026');

    const domains = page.getByRole('img', { name: /^Per-domain chart/ });
    await expect(domains.locator('.recharts-wrapper > svg.recharts-surface')).toBeVisible();
    await expect(domains.locator('.recharts-bar-rectangle')).toHaveCount(4);
    await expect(page.getByTestId('domain-chart-summary')).toContainText('Weakest: Anesthesia, 41.7% over recent attempts');
    await expect(page.getByTestId('domain-chart-summary')).toContainText('Strongest: Radiology');

    const pace = page.getByRole('img', { name: /^Time per question chart/ });
    await expect(pace.locator('.recharts-wrapper > svg.recharts-surface')).toBeVisible();
    await expect(page.getByTestId('pace-chart-summary')).toContainText("2.2 minutes per question, faster than the real exam's average of 2.4");

    // The next attempt remembers each domain's question count; scores can be typed as percents.
    await page.getByRole('button', { name: 'Record a practice exam' }).first().click();
    const form = page.getByRole('form', { name: 'Record a practice exam' });
    await form.getByText('Scores per content domain (optional)').click();
    await expect(form.getByLabel('Anesthesia: questions', { exact: true })).toHaveValue('4');
    await form.getByLabel('Domain scores as').selectOption('percent');
    await form.getByLabel('Anesthesia: percent', { exact: true }).fill('75');
    await form.getByLabel('Correct answers', { exact: true }).fill('70%');
    await form.getByLabel('Date', { exact: true }).fill('2026-03-19');
    await form.getByLabel('Time used (minutes)').fill('200');
    await form.getByRole('button', { name: 'Save attempt' }).click();
    await expect(form).toBeHidden();
    await expect(page.getByRole('row').filter({ hasText: 'Mar 19, 2026' })).toContainText('70 of 100');
    expect(errors).toEqual([]);
  });

  test('a noisy flat series says "no clear trend" and shows no date', async ({ page }) => {
    test.slow(); // five attempts typed in through the form
    await openPractice(page);
    for (const [date, correct] of [['2026-02-15', 58], ['2026-02-22', 72], ['2026-03-01', 61], ['2026-03-08', 70], ['2026-03-15', 60]] as const) {
      await recordAttempt(page, { date, correct, minutes: 220 });
    }
    const readiness = page.getByRole('region', { name: 'Readiness for CPC' });
    await expect(readiness.getByTestId('trend')).toContainText('No clear trend');
    await expect(readiness.getByTestId('reach')).toHaveCount(0);
    await expect(readiness.getByTestId('readiness-chance')).toContainText(/About \d+% chance of passing/);
    await expect(page.getByRole('img', { name: /^Score trend chart/ }).locator('.recharts-area-area')).toHaveCount(0);
  });

  test('edit an attempt, then delete it and undo the delete', async ({ page }) => {
    await openPractice(page);
    await recordAttempt(page, { date: '2026-03-15', correct: 62, minutes: 230 });
    await page.getByRole('button', { name: 'Edit the CPC attempt of Mar 15, 2026' }).click();
    const edit = page.getByRole('form', { name: 'Edit practice attempt' });
    await expect(edit.getByLabel('Correct answers', { exact: true })).toHaveValue('62');
    await edit.getByLabel('Correct answers', { exact: true }).fill('71');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    const row = page.getByRole('row').filter({ hasText: 'Mar 15, 2026' });
    await expect(row).toContainText('71 of 100');
    await expect(row).toContainText('Pass');

    await page.getByRole('button', { name: 'Delete the CPC attempt of Mar 15, 2026' }).click();
    await expect(page.getByRole('heading', { name: 'No practice attempts yet' })).toBeVisible();
    const toast = page.getByRole('status').filter({ hasText: 'Deleted the CPC attempt of Mar 15, 2026.' });
    await toast.getByRole('button', { name: 'Undo' }).click();
    await expect(row).toContainText('71 of 100');
    await page.reload();
    await expect(page.getByRole('row').filter({ hasText: 'Mar 15, 2026' })).toContainText('71 of 100');
  });

  test('a scaled AHIMA exam says so, and its practice target can be edited', async ({ page }) => {
    await openPractice(page);
    await recordAttempt(page, { exam: 'CCA', date: '2026-03-10', correct: 76, minutes: 110 });
    const readiness = page.getByRole('region', { name: 'Readiness for CCA' });
    await expect(readiness.getByTestId('pass-mark')).toContainText('The real CCA exam reports a scaled score (pass = 300)');
    await expect(readiness.getByTestId('pass-mark')).toContainText('Practice target 70%');
    await readiness.getByLabel('Your practice target (%)').fill('80');
    await readiness.getByRole('button', { name: 'Save target' }).click();
    await expect(readiness.getByTestId('pass-mark')).toContainText('Practice target 80%');
    await expect(page.getByRole('row').filter({ hasText: 'Mar 10, 2026' })).toContainText('Below pass mark');
    await readiness.getByLabel('Your practice target (%)').fill('0');
    await readiness.getByRole('button', { name: 'Save target' }).click();
    await expect(readiness.getByLabel('Your practice target (%)')).toHaveAccessibleDescription(/between 1 and 100/);
  });
});
