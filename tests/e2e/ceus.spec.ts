import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';

// A fixed "today" (local time): Tuesday 10 March 2026.
const TODAY = new Date('2026-03-10T09:00:00');
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

async function openCeus(page: Page) {
  await page.clock.install({ time: TODAY });
  await page.goto('/#/ceus');
  await expect(page.getByRole('heading', { level: 1, name: 'CEUs' })).toBeVisible();
}

async function addCredential(page: Page, code: string, earnedOn: string, cycle?: { start: string; end: string }) {
  await page.getByRole('button', { name: 'Add a credential' }).first().click();
  const form = page.getByRole('form', { name: 'Add a credential' });
  await form.getByLabel('Credential').selectOption(code);
  await form.getByLabel('Date earned').fill(earnedOn);
  if (cycle) {
    await form.getByLabel('Cycle start').fill(cycle.start);
    await form.getByLabel('Cycle end').fill(cycle.end);
  }
  await form.getByRole('button', { name: 'Add credential' }).click();
  await expect(form).toBeHidden();
}

interface EntryInput {
  date: string;
  title: string;
  provider: string;
  ceus: string;
  code?: string;
  certificate?: boolean;
}

async function addEntry(page: Page, entry: EntryInput) {
  await page.getByRole('button', { name: 'Add CEU entry' }).click();
  const form = page.getByRole('form', { name: 'New CEU entry' });
  await form.getByLabel('Completed on').fill(entry.date);
  await form.getByLabel('Title').fill(entry.title);
  await form.getByLabel('Provider').fill(entry.provider);
  await form.getByLabel('CEUs').fill(entry.ceus);
  if (entry.code) await form.getByLabel('AAPC index number / approval code').fill(entry.code);
  if (entry.certificate) {
    await form.getByLabel('Certificates').setInputFiles({ name: `${entry.title}.pdf`, mimeType: 'application/pdf', buffer: PDF });
    await expect(form.getByRole('listitem').filter({ hasText: `${entry.title}.pdf` })).toBeVisible();
  }
  await form.getByRole('button', { name: 'Save entry' }).click();
  await expect(form).toBeHidden();
}

const card = (page: Page, code: string) => page.getByTestId('credential-card').filter({ has: page.getByRole('heading', { name: new RegExp(`^${code} — `) }) });
const rows = (page: Page) => page.getByTestId('entry-row');

/** A CPC earned 15 June 2025 (cycle to 14 June 2027) with two entries that count, one with a certificate. */
async function cpcWithEntries(page: Page) {
  await addCredential(page, 'CPC', '2025-06-15');
  await addEntry(page, { date: '2025-09-01', title: 'Risk adjustment webinar', provider: 'AAPC', ceus: '1.5', code: 'AAPC-1001', certificate: true });
  await addEntry(page, { date: '2026-01-20', title: 'E/M documentation', provider: 'Coding Webinars Inc', ceus: '0.75', code: 'CW-22' });
}

test.describe('CEUs', () => {
  // Each test fills the screen through its forms (several entries, a chart per credential): allow for a busy machine.
  test.describe.configure({ timeout: 60_000 });

  test('a CPC with entries shows its progress, pace and chart summary; an entry before the earned date is excluded', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await openCeus(page);
    await expect(page.getByRole('heading', { name: 'No credentials yet' })).toBeVisible();

    await page.getByRole('button', { name: 'Add a credential' }).first().click();
    const form = page.getByRole('form', { name: 'Add a credential' });
    await form.getByLabel('Credential').selectOption('CPC');
    await form.getByLabel('Date earned').fill('2025-06-15');
    // AAPC's first period: two years from the day earned (shared/ceu/cycles.ts), editable.
    await expect(form.getByLabel('Cycle start')).toHaveValue('2025-06-15');
    await expect(form.getByLabel('Cycle end')).toHaveValue('2027-06-14');
    await form.getByRole('button', { name: 'Cancel' }).click();

    await cpcWithEntries(page);
    const cpc = card(page, 'CPC');
    // AAPC, one certification: 36 CEUs. 1.5 + 0.75 earned; the steady pace expects 36 × 268 / 730 = 13.22 by today.
    await expect(cpc.getByTestId('earned')).toHaveText('2.25 of 36 CEUs counted');
    await expect(cpc.getByTestId('status')).toHaveText('Behind');
    await expect(cpc.getByTestId('days-left')).toHaveText('461 days left');
    await expect(cpc.getByTestId('needed')).toHaveText('33.75 CEUs');
    await expect(cpc.getByTestId('pace')).toHaveText('2.23 CEUs a month needed');
    await expect(cpc.getByTestId('chart-summary')).toHaveText(
      'CPC, cycle Jun 15, 2025 to Jun 14, 2027: 2.25 of 36 CEUs earned. The steady pace expects 13.22 by today, so you ' +
        'are behind it. To finish by Jun 14, 2027: 33.75 CEUs more, about 2.23 a month.',
    );
    await expect(cpc.getByRole('img', { name: /Line chart: CPC CEUs earned across the cycle against the required 36/ })).toBeVisible();
    await expect(cpc.getByRole('link', { name: 'Audit report for CPC' })).toHaveAttribute('href', /#\/ceus\/report\//);

    await addEntry(page, { date: '2025-05-01', title: 'Course before the exam', provider: 'AAPC', ceus: '1' });
    await expect(cpc.getByTestId('excluded-entry')).toHaveText(
      'Course before the exam: Completed 1 May 2025, before CPC was earned (15 June 2025): CEUs earned before certification do not count.',
    );
    await expect(cpc.getByTestId('earned')).toHaveText('2.25 of 36 CEUs counted');
    await expect(rows(page)).toHaveCount(3);
    expect(errors).toEqual([]);
  });

  test('validation messages appear next to their fields and nothing is saved', async ({ page }) => {
    await openCeus(page);
    await addCredential(page, 'CPC', '2025-06-15');
    await page.getByRole('button', { name: 'Add CEU entry' }).click();
    const form = page.getByRole('form', { name: 'New CEU entry' });
    await form.getByLabel('CEUs').fill('1.255');
    await form.getByLabel('Completed on').fill('2026-04-01');
    await form.getByRole('button', { name: 'Save entry' }).click();
    await expect(form.getByLabel('CEUs')).toHaveAccessibleDescription(/Use at most 2 decimals\./);
    await expect(form.getByLabel('CEUs')).toHaveAttribute('aria-invalid', 'true');
    await expect(form.getByLabel('Title')).toHaveAccessibleDescription('Enter the course title.');
    await expect(form.getByLabel('Completed on')).toHaveAccessibleDescription('The date cannot be in the future.');
    await form.getByLabel('Category').selectOption('specialty');
    await form.getByRole('button', { name: 'Save entry' }).click();
    await expect(form.getByLabel('Specialty credential')).toHaveAccessibleDescription('Choose the specialty credential these CEUs are for.');
    await form.getByLabel('Certificates').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('x') });
    await expect(form.getByLabel('Certificates')).toHaveAccessibleDescription(/notes\.txt is not a PDF or an image/);
    await form.getByRole('button', { name: 'Cancel' }).click();
    await expect(rows(page)).toHaveCount(0);
  });

  test('delete with undo restores the entry and its certificate, which opens and downloads again', async ({ page }) => {
    await openCeus(page);
    await cpcWithEntries(page);
    const certificate = page.getByRole('button', { name: 'View certificate Risk adjustment webinar.pdf' });
    await expect(certificate).toBeVisible();

    await page.getByRole('button', { name: 'Delete “Risk adjustment webinar” of Sep 1, 2025' }).click();
    await expect(rows(page)).toHaveCount(1);
    await expect(card(page, 'CPC').getByTestId('earned')).toHaveText('0.75 of 36 CEUs counted');
    await page.getByRole('status').filter({ hasText: 'Deleted “Risk adjustment webinar” and 1 certificate.' }).getByRole('button', { name: 'Undo' }).click();
    await expect(rows(page)).toHaveCount(2);
    await expect(card(page, 'CPC').getByTestId('earned')).toHaveText('2.25 of 36 CEUs counted');

    await certificate.click();
    const viewer = page.getByRole('dialog', { name: 'Risk adjustment webinar.pdf' });
    await expect(viewer.locator('iframe')).toHaveAttribute('src', /^blob:/);
    const download = page.waitForEvent('download');
    await viewer.getByRole('button', { name: 'Download' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('Risk adjustment webinar.pdf');
    expect(await readFile((await file.path())!)).toEqual(PDF);
    await viewer.getByRole('button', { name: 'Close' }).click();
    await expect(viewer).toBeHidden();
  });

  test('filters narrow the list and its totals; CSV export downloads every entry', async ({ page }) => {
    await openCeus(page);
    await cpcWithEntries(page);
    await addEntry(page, { date: '2026-02-02', title: 'Compliance basics', provider: 'aapc', ceus: '2' });
    const totals = page.getByTestId('entry-totals');
    await expect(totals).toHaveText('All entries: 3 entries, 4.25 CEUs');
    await page.getByLabel('Provider', { exact: true }).selectOption('AAPC');
    await expect(totals).toHaveText('Shown: 2 entries, 3.5 CEUs');
    await page.getByLabel('From').fill('2026-01-01');
    await expect(totals).toHaveText('Shown: 1 entry, 2 CEUs');
    await expect(rows(page)).toHaveCount(1);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(totals).toHaveText('All entries: 3 entries, 4.25 CEUs');
    await page.getByRole('button', { name: 'CEUs', exact: true }).click();
    await expect(rows(page).first()).toContainText('Compliance basics');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('coderpath-ceus-2026-03-10.csv');
    const bytes = await readFile((await file.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 byte-order mark, for Excel
    const lines = bytes.subarray(3).toString('utf8').trim().split('\r\n');
    expect(lines[0]).toBe('completed_on,title,provider,ceus,category,specialty_code,approval_code,credentials,notes');
    expect(lines.slice(1)).toEqual([
      '2025-09-01,Risk adjustment webinar,AAPC,1.5,general,,AAPC-1001,CPC,',
      '2026-01-20,E/M documentation,Coding Webinars Inc,0.75,general,,CW-22,CPC,',
      '2026-02-02,Compliance basics,aapc,2,general,,,CPC,',
    ]);
  });

  test('a deadline within 90 days with the pace short warns on screen and notifies once a week', async ({ page }) => {
    await page.addInitScript(() => {
      const shown: string[] = [];
      (window as unknown as { shownNotifications: string[] }).shownNotifications = shown;
      class FakeNotification {
        static permission = 'granted';
        static requestPermission = async () => 'granted';
        constructor(title: string) {
          shown.push(title);
        }
      }
      (window as unknown as { Notification: unknown }).Notification = FakeNotification;
    });
    const shown = () => page.evaluate(() => (window as unknown as { shownNotifications: string[] }).shownNotifications);
    await openCeus(page);
    await addCredential(page, 'CPC', '2024-06-01', { start: '2024-06-01', end: '2026-05-31' });
    const title = 'CPC (AAPC): 36 CEUs needed by 31 May 2026';
    await expect(page.getByTestId('deadline-warnings').getByRole('alert')).toContainText(title);
    await expect(page.getByTestId('deadline-warnings')).toContainText('(in 82 days)');
    await expect.poll(shown).toEqual([title]);
    await page.reload();
    await expect(page.getByTestId('deadline-warnings')).toContainText(title);
    await page.waitForTimeout(300);
    expect(await shown()).toEqual([]);
    // A week later (the app checks the day every minute), the warning still lasts: one more notification.
    await page.clock.fastForward(7 * 24 * 60 * 60 * 1000 + 61_000);
    await expect.poll(shown).toEqual(['CPC (AAPC): 36 CEUs needed by 31 May 2026']);
  });

  test('an ended cycle is rolled over into the history; retire asks first and can be undone', async ({ page }) => {
    await openCeus(page);
    await addCredential(page, 'CPC', '2022-03-01', { start: '2024-03-01', end: '2026-02-28' });
    await addEntry(page, { date: '2025-04-04', title: 'Anatomy refresher', provider: 'AAPC', ceus: '30' });
    await expect(card(page, 'CPC').getByTestId('status')).toHaveText('Overdue');
    await page.getByRole('button', { name: 'Close ended cycle and start the next' }).click();
    const cpc = card(page, 'CPC');
    await expect(cpc).toContainText('Mar 1, 2026 – Feb 29, 2028');
    // The closed cycle's entry is summed up, not listed among this cycle's exclusions.
    await expect(cpc.getByTestId('other-cycle-entries')).toContainText('1 entry is dated outside this cycle');
    await expect(cpc.getByTestId('excluded-entry')).toHaveCount(0);
    await cpc.getByText('Past cycles (1)').click();
    await expect(cpc).toContainText('Mar 1, 2024 – Feb 28, 2026: 30 of 36 CEUs, incomplete');
    await expect(page.getByTestId('rollover-offer')).toBeHidden();

    await cpc.getByRole('button', { name: 'Retire CPC' }).click();
    await page.getByRole('dialog', { name: 'Retire CPC?' }).getByRole('button', { name: 'Retire' }).click();
    await expect(page.getByRole('heading', { name: 'No credentials yet' })).toBeVisible();
    await page.getByRole('status').filter({ hasText: 'Retired CPC.' }).getByRole('button', { name: 'Undo' }).click();
    await expect(card(page, 'CPC').getByTestId('earned')).toBeVisible();
  });

  test('an entry in the renewal month can go to the next cycle (AAPC rule), shown as not counted here', async ({ page }) => {
    await openCeus(page);
    await addCredential(page, 'CPC', '2024-04-01', { start: '2024-04-01', end: '2026-03-31' });
    await addEntry(page, { date: '2026-02-10', title: 'Coding update', provider: 'AAPC', ceus: '2' });
    await page.getByRole('button', { name: 'Add CEU entry' }).click();
    const form = page.getByRole('form', { name: 'New CEU entry' });
    await form.getByLabel('Completed on').fill('2026-03-05');
    await form.getByLabel('Title').fill('Spring webinar');
    await form.getByLabel('Provider').fill('AAPC');
    await form.getByLabel('CEUs').fill('1');
    const choice = form.getByRole('group', { name: 'CPC: completed in a renewal month — count it toward' });
    await expect(choice.getByLabel('This cycle (ends Mar 31, 2026)')).toBeChecked();
    await choice.getByLabel('The next cycle (ends Mar 31, 2028)').check();
    await form.getByRole('button', { name: 'Save entry' }).click();
    const cpc = card(page, 'CPC');
    await expect(cpc.getByTestId('excluded-entry')).toHaveText(
      'Spring webinar: Completed in the renewal month and applied to the next cycle (ending 31 March 2028), as you chose.',
    );
    await expect(cpc.getByTestId('earned')).toHaveText('2 of 36 CEUs counted');

    // Editing it back to this cycle counts it.
    await page.getByRole('button', { name: 'Edit “Spring webinar” of Mar 5, 2026' }).click();
    const edit = page.getByRole('form', { name: 'Edit “Spring webinar”' });
    await edit.getByLabel('This cycle (ends Mar 31, 2026)').check();
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await expect(cpc.getByTestId('earned')).toHaveText('3 of 36 CEUs counted');
    await expect(cpc.getByTestId('excluded-entry')).toHaveCount(0);
  });

  test('the New CEU entry menu command opens the form; the filled screen passes axe', async ({ page }) => {
    await openCeus(page);
    await cpcWithEntries(page);
    const send = () => page.evaluate(() => window.dispatchEvent(new CustomEvent('coderpath:command', { detail: { kind: 'new-ceu' } })));
    await send();
    await expect(page.getByRole('form', { name: 'New CEU entry' })).toBeVisible();
    await page.getByRole('form', { name: 'New CEU entry' }).getByRole('button', { name: 'Cancel' }).click();
    const results = await new AxeBuilder({ page }).include('main').withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
