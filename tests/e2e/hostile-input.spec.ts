import { expect, test, type Page } from '@playwright/test';

// Values a user (or a pasted spreadsheet) might put in any text field: markup that must stay text, every kind of
// Unicode, and script-looking text. None may run, inject an element or be changed on the way to the store and back.
const MARKUP = '<img src=x onerror=alert(1)>"><script>alert(2)</script>';
const ENTITIES = 'Ann & "Bob\'s" <b>bold</b> &amp; &lt;i&gt; \\ \' ` ${alert(3)} {{constructor.constructor("alert(4)")()}}';
const UNICODE = '👩🏽‍⚕️ Zoë Ñúñez — 李小龍 مرحبا שלום \u202Eevil\u202C Z̴͇a̵l̶g̸o̷ ﷽ \u200B\u200D 𝔘𝔫𝔦𝔠𝔬𝔡𝔢';
const HOSTILE = [MARKUP, ENTITIES, UNICODE, 'javascript:alert(5)', 'line one\u2028line two'];

const TODAY = new Date('2026-03-10T09:00:00');

/** Fails the test if any dialog opens or any element carrying the payloads appears. */
function guard(page: Page) {
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return async () => {
    const injected = await page.evaluate(() => ({
      images: document.querySelectorAll('img[src="x"], img[onerror]').length,
      scripts: Array.from(document.scripts).filter((s) => /alert\(/.test(s.textContent ?? '')).length,
      bold: Array.from(document.querySelectorAll('b')).filter((b) => b.textContent === 'bold').length,
      handlers: document.querySelectorAll('[onerror], [onload], [onclick]').length,
    }));
    expect(injected).toEqual({ images: 0, scripts: 0, bold: 0, handlers: 0 });
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  };
}

test.describe('hostile input stays text', () => {
  test('the profile name keeps any Unicode and markup exactly, through a reload', async ({ page }) => {
    const check = guard(page);
    await page.goto('/#/settings');
    for (const value of HOSTILE) {
      await page.getByLabel('Your name').fill(value);
      await page.getByRole('button', { name: 'Save profile' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
      await page.reload();
      await expect(page.getByLabel('Your name')).toHaveValue(value);
      await check();
    }
  });

  test('a very long name is refused next to the field or cut at the field’s limit, never stored beyond it', async ({ page }) => {
    const check = guard(page);
    await page.goto('/#/settings');
    const exactlyAtLimit = 'Ω'.repeat(200);
    await page.getByLabel('Your name').fill(exactlyAtLimit);
    await page.getByRole('button', { name: 'Save profile' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    await page.reload();
    await expect(page.getByLabel('Your name')).toHaveValue(exactlyAtLimit);

    const huge = '<b>'.repeat(20_000);
    await page.getByLabel('Your name').fill(huge);
    await page.getByRole('button', { name: 'Save profile' }).click();
    const refused = page.getByText('Keep the name under 200 characters.');
    const saved = page.getByRole('status').filter({ hasText: 'Saved.' });
    await expect(refused.or(saved)).toBeVisible();
    await page.reload();
    const stored = await page.getByLabel('Your name').inputValue();
    expect(stored.length).toBeLessThanOrEqual(200);
    expect(huge.startsWith(stored) || stored === exactlyAtLimit).toBe(true);
    await check();
  });

  test('a study plan name is shown as text', async ({ page }) => {
    const check = guard(page);
    await page.clock.install({ time: TODAY });
    await page.goto('/#/study');
    for (const name of [MARKUP, UNICODE]) {
      await page.getByRole('button', { name: /^(Create a study plan|New plan)$/ }).first().click();
      await page.getByLabel('Plan name').fill(name);
      await page.getByLabel('Exam', { exact: true }).selectOption('CPC');
      await page.getByLabel('Exam date').fill('2026-06-13');
      await page.getByLabel('Weekly hours goal').fill('10');
      await page.getByRole('button', { name: 'Create plan' }).click();
      await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
    }
    await page.reload();
    await expect(page.getByRole('rowheader', { name: MARKUP, exact: true })).toBeVisible();
    await expect(page.getByRole('rowheader', { name: UNICODE, exact: true })).toBeVisible();
    await check();
  });

  test('a roadmap milestone title and notes are shown as text', async ({ page }) => {
    const check = guard(page);
    await page.goto('/#/roadmap');
    await page.getByRole('button', { name: 'Create my roadmap' }).click();
    const cert = page.getByRole('region', { name: 'Certification', exact: true });
    for (const title of [MARKUP, UNICODE]) {
      await cert.getByRole('button', { name: 'Add a milestone to Certification' }).click();
      await cert.getByLabel('Title').fill(title);
      await cert.getByLabel('Target date').fill('2027-01-15');
      await cert.getByLabel('Notes').fill(ENTITIES);
      await cert.getByRole('button', { name: 'Add milestone' }).click();
      await expect(cert.getByRole('heading', { level: 3, name: title, exact: true })).toBeVisible();
    }
    await page.reload();
    await expect(cert.getByRole('heading', { level: 3, name: MARKUP, exact: true })).toBeVisible();
    await check();
  });

  test('a practice exam source is shown as text', async ({ page }) => {
    const check = guard(page);
    await page.clock.setFixedTime(new Date('2026-03-20T12:00:00'));
    await page.goto('/#/practice');
    await page.getByRole('button', { name: 'Record a practice exam' }).first().click();
    const form = page.getByRole('form', { name: 'Record a practice exam' });
    await form.getByLabel('Date', { exact: true }).fill('2026-03-15');
    await form.getByLabel('Source', { exact: true }).fill(MARKUP);
    await form.getByLabel('Correct answers', { exact: true }).fill('70');
    await form.getByLabel('Time used (minutes)').fill('200');
    await form.getByRole('button', { name: 'Save attempt' }).click();
    await expect(form).toBeHidden();
    await expect(page.getByRole('cell', { name: MARKUP, exact: true })).toBeVisible();
    await check();
  });

  test('a CEU entry title, provider and notes are shown as text', async ({ page }) => {
    const check = guard(page);
    await page.clock.install({ time: TODAY });
    await page.goto('/#/ceus');
    await page.getByRole('button', { name: 'Add a credential' }).first().click();
    const credential = page.getByRole('form', { name: 'Add a credential' });
    await credential.getByLabel('Credential').selectOption('CPC');
    await credential.getByLabel('Date earned').fill('2025-06-15');
    await credential.getByRole('button', { name: 'Add credential' }).click();
    await expect(credential).toBeHidden();

    await page.getByRole('button', { name: 'Add CEU entry' }).click();
    const form = page.getByRole('form', { name: 'New CEU entry' });
    await form.getByLabel('Completed on').fill('2025-09-01');
    await form.getByLabel('Title').fill(MARKUP);
    await form.getByLabel('Provider').fill(UNICODE);
    await form.getByLabel('CEUs').fill('1.5');
    await form.getByRole('button', { name: 'Save entry' }).click();
    await expect(form).toBeHidden();
    const row = page.getByTestId('entry-row').first();
    await expect(row).toContainText(MARKUP);
    await expect(row).toContainText(UNICODE);
    await page.reload();
    await expect(page.getByTestId('entry-row').first()).toContainText(MARKUP);
    await check();
  });
});
