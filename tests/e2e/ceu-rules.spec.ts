import { expect, test, type Page } from '@playwright/test';

// Issue 17: the CEUs screen, the dashboard and the audit report show the same COUNTED figures for an AHIMA CCS holder
// with non-HIIM CEUs and no AHIMA-sourced CEUs, and an AAPC CPC + CRC holder with a membership month.
// A fixed "today" (local time): 15 March 2026.
const TODAY = new Date('2026-03-15T12:00:00');
const stamp = '2025-01-01T00:00:00.000Z';

// CCS cycle began 2025-03-01, after 2025-01-01: AHIMA's 40%-from-AHIMA-sources rule is in force (rule 1).
const ccs = { id: 'cred-ccs', code: 'CCS', earnedOn: '2023-03-01', cycleStart: '2025-03-01', cycleEnd: '2027-02-28', history: [], createdAt: stamp, updatedAt: stamp };
// Membership renews in December (even month, even years): the period 1 Jan 2025 – 31 Dec 2026 (rule 4). CRC was
// earned 1 July 2025, 18 of the 24 months left: its step of the total (4) and its 8 specialty CEUs pro-rated (rule 5).
const cpc = { id: 'cred-cpc', code: 'CPC', earnedOn: '2019-05-10', cycleStart: '2025-01-01', cycleEnd: '2026-12-31', history: [], createdAt: stamp, updatedAt: stamp };
const crc = { ...cpc, id: 'cred-crc', code: 'CRC', earnedOn: '2025-07-01', cycleStart: '2025-07-01' };

const entry = (id: string, over: Record<string, unknown>) => ({
  id, completedOn: '2025-09-01', title: id, provider: 'Coding Academy', ceus: 1, category: 'general', approvalCode: '',
  credentialIds: ['cred-ccs'], notes: '', createdAt: stamp, updatedAt: stamp, ...over,
});
const entries = [
  // CCS: 10 HIIM + 6 non-HIIM = 16 logged, none from an AHIMA source. Other providers count up to 60% of 20 = 12.
  entry('HIIM coding clinic', { ceus: 10, category: 'hiim' }),
  entry('Leadership seminar', { ceus: 6, category: 'non-hiim', completedOn: '2025-10-01' }),
  // CPC + CRC: 10 general and 4 CRC specialty CEUs, counted in the shared total and the CRC specialty part (rule 8).
  entry('Coding update', { ceus: 10, provider: 'AAPC', approvalCode: 'IDX-1', credentialIds: ['cred-cpc', 'cred-crc'] }),
  entry('HCC deep dive', { ceus: 4, provider: 'AAPC', approvalCode: 'IDX-2', category: 'specialty', specialtyCode: 'CRC', credentialIds: ['cred-cpc', 'cred-crc'] }),
];

async function seed(page: Page) {
  await page.clock.setFixedTime(TODAY);
  await page.goto('/#/');
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await page.evaluate(
    async ({ credentials, entries }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('coderpath');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction(['profile', 'credentials', 'ceuEntries'], 'readwrite');
      const profiles = tx.objectStore('profile');
      profiles.get('profile').onsuccess = (event) => {
        const profile = (event.target as IDBRequest).result;
        profiles.put({ ...profile, name: 'Dana Whitfield', aapcRenewalMonth: 12 });
      };
      for (const credential of credentials) tx.objectStore('credentials').put(credential);
      for (const e of entries) tx.objectStore('ceuEntries').put(e);
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { credentials: [ccs, cpc, crc], entries },
  );
}

const card = (page: Page, code: string) => page.getByTestId('credential-card').filter({ has: page.getByRole('heading', { name: new RegExp(`^${code} — `) }) });

test.describe('CEU rules as AAPC and AHIMA apply them (issue 17)', () => {
  test.describe.configure({ timeout: 90_000 });

  test('CEUs screen, dashboard and audit report show the same counted figures', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await seed(page);

    // CEUs screen.
    await page.goto('/#/ceus');
    await page.reload();
    // Three cards with charts on a busy machine: wait for the screen to have read the store.
    await expect(page.getByRole('heading', { name: /^CCS — / })).toBeVisible({ timeout: 20_000 });
    const ccsCard = card(page, 'CCS');
    await expect(ccsCard.getByTestId('earned')).toHaveText('12 of 20 CEUs counted');
    await expect(ccsCard.getByRole('note').filter({ hasText: 'logged' })).toContainText('16 CEUs logged; 4 of them not counted toward the total');
    await expect(ccsCard).toContainText('not AHIMA sources) logged but not counted: at most 60% of the 20 required (12 CEUs)');
    await expect(ccsCard.getByRole('row', { name: /CEUs from AHIMA sources/ })).toContainText('8');
    await expect(ccsCard.getByTestId('needed')).toHaveText('8 CEUs');
    const cpcCard = card(page, 'CPC');
    await expect(cpcCard.getByTestId('earned')).toContainText('14 of 39 CEUs counted');
    await expect(cpcCard).toContainText('CRC is held 18 of the period\'s 24 months, so its 4 CEUs are pro-rated to 3');
    await expect(cpcCard.getByText('Estimate', { exact: true })).toBeVisible();
    await expect(card(page, 'CRC').getByRole('row', { name: /CRC specialty CEUs/ })).toContainText('4');

    // Add a credential: the AAPC period suggested from the membership month contains today; an AHIMA one joins CCS's cycle.
    await page.getByRole('button', { name: 'Add a credential' }).first().click();
    const form = page.getByRole('form', { name: 'Add a credential' });
    await form.getByLabel('Credential').selectOption('CEMC');
    await expect(form.getByLabel('AAPC membership renewal month')).toHaveValue('12');
    await form.getByLabel('Date earned').fill('2018-01-10');
    await expect(form.getByLabel('Cycle start')).toHaveValue('2025-01-01');
    await expect(form.getByLabel('Cycle end')).toHaveValue('2026-12-31');
    await form.getByLabel('Credential').selectOption('CCS-P');
    await expect(form.getByLabel('AAPC membership renewal month')).toHaveCount(0);
    await expect(form.getByLabel('Cycle end')).toHaveValue('2027-02-28');
    await expect(form).toContainText('Joins your AHIMA recertification cycle with CCS');
    await form.getByRole('button', { name: 'Cancel' }).click();

    // Dashboard: the same counted figures, and what was logged but not counted.
    await page.goto('/#/');
    const ceuCard = page.getByRole('region', { name: 'CEU status' });
    await expect(ceuCard).toContainText('CCS: 12 of 20 CEUs counted (4 more logged but not counted)', { timeout: 20_000 });
    await expect(ceuCard).toContainText('CPC: 14 of 39 CEUs counted');
    await expect(ceuCard).toContainText('4 logged not counted');

    // Audit reports.
    await page.goto('/#/ceus/report/cred-ccs');
    await expect(page.getByTestId('report-earned')).toHaveText('12 CEUs', { timeout: 20_000 });
    await expect(page.getByTestId('report-needed')).toHaveText('8 CEUs');
    await expect(page.getByTestId('report-not-counted')).toContainText('4 of the 16 CEUs logged');
    await page.goto('/#/ceus/report/cred-crc');
    await expect(page.getByTestId('report-required')).toContainText('39 CEUs', { timeout: 20_000 });
    await expect(page.getByTestId('report-earned')).toHaveText('14 CEUs');
    await expect(page.getByRole('row', { name: /HCC deep dive/ })).toContainText('Counts toward: AAPC total and CRC specialty CEUs');
    expect(errors).toEqual([]);
  });

  test('a cycle running on 2025-01-01 shows the 40% rule as "may apply", applied with one click', async ({ page }) => {
    await seed(page);
    await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('coderpath');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction(['credentials'], 'readwrite');
      const store = tx.objectStore('credentials');
      store.get('cred-ccs').onsuccess = (event) => {
        const credential = (event.target as IDBRequest).result;
        store.put({ ...credential, cycleStart: '2024-06-01', cycleEnd: '2026-05-31' });
      };
      await new Promise<void>((resolve) => { tx.oncomplete = () => resolve(); });
      db.close();
    });
    await page.goto('/#/ceus');
    await page.reload();
    const ccsCard = card(page, 'CCS');
    // Only the 20% non-HIIM limit: 10 HIIM + 4 of the 6 non-HIIM.
    await expect(ccsCard.getByTestId('earned')).toHaveText('14 of 20 CEUs counted');
    await expect(ccsCard).toContainText('A rule that may apply');
    await ccsCard.getByRole('button', { name: 'Applies to me' }).click();
    await expect(ccsCard.getByTestId('earned')).toHaveText('12 of 20 CEUs counted');
    await expect(ccsCard.getByRole('button', { name: 'Does not apply to me' })).toBeVisible();
  });

  test('more than 30 CEUs on one entry asks for confirmation before saving', async ({ page }) => {
    await seed(page);
    await page.goto('/#/ceus');
    await page.reload();
    await page.getByRole('button', { name: 'Add CEU entry' }).click();
    const form = page.getByRole('form', { name: 'New CEU entry' });
    await form.getByLabel('Title').fill('Annual conference');
    await form.getByLabel('Provider').fill('AAPC');
    await form.getByLabel('CEUs').fill('35');
    await form.getByRole('button', { name: 'Save entry' }).click();
    const dialog = page.getByRole('dialog', { name: 'Save 35 CEUs on one entry?' });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(form).toContainText('Not saved: check the CEUs.');
    await expect(page.getByTestId('entry-row').filter({ hasText: 'Annual conference' })).toHaveCount(0);
    await form.getByRole('button', { name: 'Save entry' }).click();
    await dialog.getByRole('button', { name: 'Save it' }).click();
    await expect(form).toBeHidden();
    await expect(page.getByTestId('entry-row').filter({ hasText: 'Annual conference' })).toHaveCount(1);
  });
});
