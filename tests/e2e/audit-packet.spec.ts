import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { fakeDesktop, readStore, seedStore } from './backupHelpers';
import { SAMPLE_OPENS_MS } from './sampleHelpers';

// "Audit packet…" on a credential: one zip with the audit report (HTML in the browser, the main process's PDF on
// the desktop), every counted entry's certificate named by date and title, and a CSV of those entries.
const TODAY = new Date('2026-03-10T09:00:00');

async function openSample(page: Page) {
  await page.clock.setFixedTime(TODAY);
  await page.goto('/#/settings');
  await page.getByRole('button', { name: 'Explore with sample data' }).click();
  await expect(page.getByTestId('sample-banner')).toBeVisible({ timeout: SAMPLE_OPENS_MS });
}

/** The sample's CEU entries and their certificates' SHA-256, from the sample database itself. */
async function storedCertificates(page: Page) {
  const store = await readStore(page, 'coderpath-sample');
  const entries = store.ceuEntries as { id: string; completedOn: string; title: string }[];
  const files = store.attachments as { entryId: string; data: { sha256: string } }[];
  return entries.map((entry) => ({ ...entry, sha256: files.filter((f) => f.entryId === entry.id).map((f) => f.data.sha256) }));
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function csvRows(bytes: Uint8Array) {
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return Papa.parse<Record<string, string>>(strFromU8(bytes.subarray(3)), { header: true, skipEmptyLines: true }).data;
}

/** Every counted entry's certificates are in the zip, named by date and title, byte for byte. */
async function expectCertificates(page: Page, files: Record<string, Uint8Array>, rows: Record<string, string>[]) {
  const stored = await storedCertificates(page);
  const inZip = Object.keys(files).filter((name) => name.startsWith('certificates/'));
  const expected: string[] = [];
  for (const row of rows) {
    const entry = stored.find((e) => e.completedOn === row.completed_on && e.title === row.title)!;
    expect(entry, `${row.completed_on} ${row.title}`).toBeDefined();
    for (const hash of entry.sha256) {
      const name = inZip.find((n) => n.startsWith(`certificates/${entry.completedOn} `) && sha256(files[n]!) === hash);
      expect(name, `certificate of ${entry.completedOn} ${entry.title}`).toBeDefined();
      expected.push(name!);
    }
  }
  expect(inZip.sort()).toEqual(expected.sort());
  expect(inZip.length).toBeGreaterThan(0);
}

test.describe('audit packet', () => {
  test('browser: the zip holds the report as HTML, every counted certificate and the entries CSV', async ({ page }) => {
    test.setTimeout(90_000);
    await openSample(page);
    await page.goto('/#/ceus');
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Audit packet for CPC' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^CPC-audit-packet-\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.zip$/);
    await expect(page.getByRole('status').filter({ hasText: 'Audit packet saved' })).toBeVisible();

    const files = unzipSync(new Uint8Array(await readFile((await file.path())!)));
    const reportName = Object.keys(files).find((name) => name.endsWith('.html'))!;
    expect(reportName).toMatch(/^CPC-audit-\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.html$/);
    const html = strFromU8(files[reportName]!);
    expect(html).toContain('CEU audit report: CPC');
    expect(html).toContain('<style>');
    expect(html).not.toContain('Audit packet…');

    const rows = csvRows(files['entries.csv']!);
    // One CSV row per entry the report counts.
    const reportRows = await page.getByTestId('report-row').count();
    expect(rows).toHaveLength(reportRows);
    for (const row of rows) expect(html).toContain(row.title!.replace(/&/g, '&amp;'));
    await expectCertificates(page, files, rows);
  });

  test('desktop: the report in the zip is the PDF the main process printed', async ({ page }) => {
    test.setTimeout(90_000);
    await fakeDesktop(page);
    await openSample(page);
    await page.goto('/#/ceus');
    await page.getByRole('link', { name: 'Audit report for CRC' }).click();
    await page.getByRole('button', { name: 'Audit packet…' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Audit packet saved: /home/user/CRC-audit-packet-' })).toBeVisible();
    const saved = await page.evaluate(() => (window as unknown as { savedFiles: { name: string; bytes: number[] }[] }).savedFiles);
    expect(saved).toHaveLength(1);
    const files = unzipSync(new Uint8Array(saved[0]!.bytes));
    const pdf = Object.keys(files).find((name) => name.endsWith('.pdf') && !name.startsWith('certificates/'))!;
    expect(pdf).toMatch(/^CRC-audit-.*\.pdf$/);
    expect(strFromU8(files[pdf]!)).toBe('%PDF-1.7 printed by the main process');
    await expectCertificates(page, files, csvRows(files['entries.csv']!));
  });

  test('CEUs screen: an entry without a certificate says so in its row', async ({ page }) => {
    await openSample(page);
    await page.goto('/#/ceus');
    const rows = page.getByTestId('entry-row');
    await expect(rows.first()).toBeVisible();
    const withFile = rows.filter({ has: page.getByRole('button', { name: /^View certificate/ }) });
    const without = rows.filter({ hasNot: page.getByRole('button', { name: /^View certificate/ }) });
    expect(await without.count()).toBeGreaterThan(0);
    for (const row of await without.all()) await expect(row).toContainText('No certificate');
    for (const row of await withFile.all()) await expect(row).not.toContainText('No certificate');
  });
});

test('CSV export opens in Excel with accents intact: UTF-8 with a byte-order mark', async ({ page }) => {
  await page.clock.setFixedTime(TODAY);
  await page.goto('/#/');
  await page.getByTestId('welcome').getByRole('button', { name: 'Skip for now' }).click();
  const at = '2026-03-01T10:00:00.000Z';
  await seedStore(page, {
    credentials: [{ id: 'c1', code: 'CPC', earnedOn: '2025-03-01', cycleStart: '2025-03-01', cycleEnd: '2027-02-28', history: [], createdAt: at, updatedAt: at }],
    ceuEntries: [{ id: 'e1', completedOn: '2026-02-01', title: 'Café Coding Clinic – Résumé', provider: 'AAPC', ceus: 1, category: 'general', approvalCode: '', credentialIds: ['c1'], notes: '', createdAt: at, updatedAt: at }],
  });
  await page.goto('/#/ceus');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const bytes = await readFile((await (await download).path())!);
  // Excel reads a CSV as UTF-8 only when it starts with the byte-order mark; otherwise as Windows-1252.
  const asExcelReadsIt = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
    ? new TextDecoder('utf-8').decode(bytes.subarray(3))
    : new TextDecoder('windows-1252').decode(bytes);
  expect(asExcelReadsIt).toContain('Café Coding Clinic – Résumé');
});
