import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** Sets the career start in Settings, then opens the empty roadmap. */
async function openRoadmapStartingOn(page: Page, careerStart: string) {
  await page.goto('/#/settings');
  await page.getByLabel('Career start date').fill(careerStart);
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await page.goto('/#/roadmap');
  await expect(page.getByRole('heading', { level: 1, name: 'Roadmap' })).toBeVisible();
}

async function createRoadmap(page: Page) {
  await openRoadmapStartingOn(page, '2025-03-10');
  await page.getByRole('button', { name: 'Create my roadmap' }).click();
  await expect(page.getByRole('region', { name: 'Education', exact: true })).toBeVisible();
}

const stage = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const titlesIn = (page: Page, name: string) => stage(page, name).getByTestId('milestone').getByRole('heading', { level: 3 });

test.describe('roadmap', () => {
  test('the empty roadmap explains itself and points to Settings for the start date', async ({ page }) => {
    await openRoadmapStartingOn(page, '2025-03-10');
    const empty = page.getByRole('note');
    await expect(empty.getByRole('heading', { name: 'No milestones yet' })).toBeVisible();
    await expect(empty).toContainText('Mar 10, 2025');
    await expect(empty.getByRole('link', { name: 'Settings' })).toHaveAttribute('href', '#/settings');
  });

  test('"Create my roadmap" shows the five stages with target dates counted from the career start', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
    await createRoadmap(page);
    const expected: [string, string, string][] = [
      ['Education', 'Complete education', 'Mar 10, 2026'],
      ['Certification', 'Achieve certification', 'Mar 10, 2027'],
      ['First job', 'Gain an entry-level job', 'Mar 10, 2028'],
      ['Specialization', 'Pursue a specialization', 'Mar 10, 2029'],
    ];
    for (const [name, title, target] of expected) {
      await expect(titlesIn(page, name)).toHaveText([title]);
      await expect(stage(page, name).getByTestId('milestone')).toContainText(`Target${target}`);
      await expect(stage(page, name).getByTestId('stage-progress')).toHaveText('0 of 1 done (0%)');
    }
    await expect(titlesIn(page, 'Upskilling')).toHaveText(['Continue upskilling']);
    expect(errors).toEqual([]);
  });

  test('the timeline chart renders inside its labelled region, with today and a progress table', async ({ page }) => {
    await createRoadmap(page);
    const chart = page.getByRole('img', { name: /Roadmap timeline chart/ });
    await expect(chart.locator('svg.recharts-surface')).toBeVisible();
    // Five target diamonds, one per seeded milestone, and the today line with its label.
    await expect(chart.locator('path.pt-target, path.pt-late')).toHaveCount(5);
    await expect(chart.getByText('Today')).toBeVisible();
    const table = page.getByRole('table', { name: 'Progress per stage' });
    await expect(table.getByRole('row', { name: /Certification/ })).toContainText('0 of 1');
    await expect(page.getByText(/0 of 5 milestones done \(0%\)/)).toBeVisible();
  });

  test('add a milestone, then mark it done: progress and the chart follow', async ({ page }) => {
    await createRoadmap(page);
    const cert = stage(page, 'Certification');
    await cert.getByRole('button', { name: 'Add a milestone to Certification' }).click();
    await cert.getByLabel('Title').fill('Pass the CPC exam');
    await cert.getByLabel('Target date').fill('2027-01-15');
    await cert.getByRole('button', { name: 'Add milestone' }).click();
    await expect(titlesIn(page, 'Certification')).toHaveText(['Achieve certification', 'Pass the CPC exam']);
    await expect(cert.getByTestId('stage-progress')).toHaveText('0 of 2 done (0%)');
    // Focus returns to the button that opened the form.
    await expect(cert.getByRole('button', { name: 'Add a milestone to Certification' })).toBeFocused();

    await cert.getByRole('button', { name: 'Edit: Pass the CPC exam' }).click();
    await cert.getByLabel('State').selectOption('done');
    await cert.getByLabel('Done on').fill('2026-01-20');
    await cert.getByLabel('Notes').fill('Passed on the first try.');
    await cert.getByRole('button', { name: 'Save milestone' }).click();

    const item = cert.getByTestId('milestone').filter({ hasText: 'Pass the CPC exam' });
    await expect(item).toContainText('Done on');
    await expect(item).toContainText('Jan 20, 2026');
    await expect(item).toContainText('Passed on the first try.');
    await expect(cert.getByTestId('stage-progress')).toHaveText('1 of 2 done (50%)');
    await expect(page.getByRole('table', { name: 'Progress per stage' }).getByRole('row', { name: /Certification/ })).toContainText('50%');
    await expect(page.getByRole('img', { name: /Roadmap timeline chart/ }).locator('circle.pt-done')).toHaveCount(1);
    await expect(page.getByText(/1 of 6 milestones done \(17%\)/)).toBeVisible();
  });

  test('reorder within a stage with the keyboard; focus stays on the moved milestone', async ({ page }) => {
    await createRoadmap(page);
    const cert = stage(page, 'Certification');
    await cert.getByRole('button', { name: 'Add a milestone to Certification' }).click();
    await cert.getByLabel('Title').fill('Earn the CRC');
    await cert.getByLabel('Target date').fill('2027-06-01');
    await cert.getByRole('button', { name: 'Add milestone' }).click();
    await expect(titlesIn(page, 'Certification')).toHaveText(['Achieve certification', 'Earn the CRC']);

    await cert.getByRole('button', { name: 'Move up: Earn the CRC' }).focus();
    await page.keyboard.press('Enter');
    await expect(titlesIn(page, 'Certification')).toHaveText(['Earn the CRC', 'Achieve certification']);
    // It is first now, so "up" is disabled and focus moves to its "down" button.
    await expect(cert.getByRole('button', { name: 'Move up: Earn the CRC' })).toBeDisabled();
    await expect(cert.getByRole('button', { name: 'Move down: Earn the CRC' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(titlesIn(page, 'Certification')).toHaveText(['Achieve certification', 'Earn the CRC']);

    await page.reload();
    await expect(titlesIn(page, 'Certification')).toHaveText(['Achieve certification', 'Earn the CRC']);
  });

  test('delete, then Undo brings the milestone back exactly', async ({ page }) => {
    await createRoadmap(page);
    const edu = stage(page, 'Education');
    await edu.getByRole('button', { name: 'Edit: Complete education' }).click();
    await edu.getByLabel('State').selectOption('in-progress');
    await edu.getByLabel('Notes').fill('Evening certificate program.');
    await edu.getByRole('button', { name: 'Save milestone' }).click();
    // Read it once the saved state is on screen, not while the save is still under way.
    await expect(edu.getByTestId('milestone')).toContainText('Evening certificate program.');
    await expect(edu.getByTestId('milestone')).toContainText('In progress');
    const before = await edu.getByTestId('milestone').innerText();

    await edu.getByRole('button', { name: 'Delete: Complete education' }).click();
    await expect(edu.getByTestId('milestone')).toHaveCount(0);
    await expect(edu.getByTestId('stage-progress')).toHaveText('No milestones yet');
    await expect(edu.getByRole('heading', { name: 'Education' })).toBeFocused();
    const toast = page.getByRole('status').filter({ hasText: 'Deleted “Complete education”.' });
    await toast.getByRole('button', { name: 'Undo' }).click();

    await expect(edu.getByTestId('milestone')).toHaveCount(1);
    expect(await edu.getByTestId('milestone').innerText()).toBe(before);
    await expect(edu.getByTestId('milestone')).toContainText('In progress');
    await expect(edu.getByTestId('milestone')).toContainText('Evening certificate program.');
  });

  test('validation messages appear next to their fields and nothing is saved', async ({ page }) => {
    await createRoadmap(page);
    const spec = stage(page, 'Specialization');
    await spec.getByRole('button', { name: 'Add a milestone to Specialization' }).click();
    await spec.getByRole('button', { name: 'Add milestone' }).click();
    await expect(spec.getByLabel('Title')).toHaveAccessibleDescription('Enter a title.');
    await expect(spec.getByLabel('Title')).toHaveAttribute('aria-invalid', 'true');
    await expect(spec.getByLabel('Target date')).toHaveAccessibleDescription(
      'Enter the target date as a real date, for example 2027-05-12.',
    );

    await spec.getByLabel('Title').fill('Earn the CRC');
    await spec.getByLabel('Target date').fill('2028-01-01');
    await spec.getByLabel('State').selectOption('done');
    await spec.getByLabel('Done on').fill('2999-01-01');
    await spec.getByRole('button', { name: 'Add milestone' }).click();
    await expect(spec.getByText('The done date cannot be in the future.')).toBeVisible();
    await spec.getByLabel('Done on').fill('');
    await spec.getByRole('button', { name: 'Add milestone' }).click();
    await expect(spec.getByText('Enter the date you completed it.')).toBeVisible();
    await expect(spec.getByLabel('Title')).not.toHaveAttribute('aria-invalid', 'true');

    await spec.getByRole('button', { name: 'Cancel' }).click();
    await expect(titlesIn(page, 'Specialization')).toHaveText(['Pursue a specialization']);
  });

  test('a milestone the app completed from data shows its badge and the reason', async ({ page }) => {
    await createRoadmap(page);
    // What syncRoadmapProgress writes when a credential is added, put straight into the store.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('coderpath');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const stamp = new Date().toISOString();
            const tx = open.result.transaction('milestones', 'readwrite');
            tx.objectStore('milestones').put({
              id: 'auto-1', stage: 'certification', title: 'Earn the CPC', targetDate: '2025-06-01', state: 'done',
              doneOn: '2025-05-20', notes: '', order: 1, createdAt: stamp, updatedAt: stamp,
              auto: { reason: 'Completed when credential CPC was added (earned 2025-05-20).', ref: 'cred-1' },
            });
            tx.oncomplete = () => { open.result.close(); resolve(); };
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    await page.reload();
    const item = stage(page, 'Certification').getByTestId('milestone').filter({ hasText: 'Earn the CPC' });
    await expect(item.getByText('Updated from your data')).toBeVisible();
    await expect(item).toContainText('Completed when credential CPC was added (earned 2025-05-20).');
    await expect(item).toContainText('May 20, 2025');
    await expect(stage(page, 'Certification').getByTestId('stage-progress')).toHaveText('1 of 2 done (50%)');
  });

  // Scoped to the screen's own content: the sidebar belongs to the app shell.
  test('the roadmap screen has no automatically detectable accessibility violations', async ({ page }) => {
    await createRoadmap(page);
    await stage(page, 'Certification').getByRole('button', { name: 'Add a milestone to Certification' }).click();
    const results = await new AxeBuilder({ page }).include('main').withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
