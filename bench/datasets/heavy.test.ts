import { describe, expect, it } from 'vitest';
import { getCredentialDef } from '../../shared/ceu/catalog';
import { ROADMAP_STAGES } from '../../shared/model/entities';
import { listExamDefs } from '../../shared/study/exams';
import { datasetIssues } from '../../shared/datasets/datasetIssues';
import { buildHeavyDataset, counts, HEAVY_COUNTS, type HeavyDataset } from './heavy';
import { HEAVY_FILE_BYTES } from './heavyCeu';
import { blobBytes, checkPdf } from '../../shared/datasets/pdfCheck';
import { DATASET_TABLES } from '../../shared/datasets/types';

const TODAY = '2026-11-25';
const data = buildHeavyDataset({ seed: 42, today: TODAY });

/** Everything but the Blob bytes, which toEqual cannot see (compared separately). */
const records = (d: HeavyDataset) => JSON.stringify(d);

describe('buildHeavyDataset', () => {
  it('makes exactly the advertised counts', () => {
    const { attachmentBytes, ...tables } = counts(data);
    expect(tables).toEqual({ ...HEAVY_COUNTS });
    expect(HEAVY_COUNTS).toMatchObject({ studySessions: 5000, ceuEntries: 2000, attachments: 200, practiceAttempts: 500, credentials: 8, milestones: 60 });
    expect(attachmentBytes).toBe(data.attachments.reduce((s, a) => s + a.data.size, 0));
  });

  it('is valid: schemas, references, nothing in the future, attempts add up (datasetIssues)', () => {
    expect(datasetIssues(data, TODAY)).toEqual([]);
  });

  it('is reproducible: the same seed gives identical records and file bytes', async () => {
    const again = buildHeavyDataset({ seed: 42, today: TODAY });
    expect(records(again)).toBe(records(data));
    for (const i of [0, 99, 199]) {
      expect(await blobBytes(again.attachments[i]!.data)).toEqual(await blobBytes(data.attachments[i]!.data));
    }
  });

  it('differs for a different seed', async () => {
    const other = buildHeavyDataset({ seed: 43, today: TODAY });
    expect(other.ceuEntries.map((e) => e.completedOn)).not.toEqual(data.ceuEntries.map((e) => e.completedOn));
    expect(other.credentials[0]!.id).not.toBe(data.credentials[0]!.id);
    expect(await blobBytes(other.attachments[0]!.data)).not.toEqual(await blobBytes(data.attachments[0]!.data));
  });

  it('keeps every certificate between 100 and 300 KB, each a valid PDF', async () => {
    for (const a of data.attachments) {
      expect(a.size).toBeGreaterThanOrEqual(HEAVY_FILE_BYTES.min);
      expect(a.size).toBeLessThanOrEqual(HEAVY_FILE_BYTES.max);
    }
    expect(HEAVY_FILE_BYTES).toEqual({ min: 100 * 1024, max: 300 * 1000 });
    for (const a of data.attachments.slice(0, 20)) expect(checkPdf(await blobBytes(a.data)).problems).toEqual([]);
    expect(new Set(data.attachments.map((a) => a.entryId)).size).toBe(200);
  });

  it('holds eight credentials across both bodies, with cycles and history', () => {
    expect(data.credentials.map((c) => c.code).sort()).toEqual(['CCS', 'CCS-P', 'CIC', 'COC', 'CPC', 'CPMA', 'CRC', 'RHIT']);
    const bodies = new Set(data.credentials.map((c) => getCredentialDef(c.code)!.body));
    expect(bodies).toEqual(new Set(['AAPC', 'AHIMA']));
    for (const c of data.credentials) {
      expect(c.cycleStart <= TODAY && TODAY <= c.cycleEnd).toBe(true);
      for (const h of c.history) expect(h.end < c.cycleStart && h.earned >= h.required && h.required > 0).toBe(true);
    }
    // AAPC members report once for all their credentials (credentials.md): one shared current period.
    const aapc = data.credentials.filter((c) => getCredentialDef(c.code)!.body === 'AAPC');
    expect(new Set(aapc.map((c) => c.cycleEnd)).size).toBe(1);
    expect(data.credentials.find((c) => c.code === 'CPC')!.history.length).toBeGreaterThanOrEqual(3);
  });

  it('spreads ten years of sessions and attempts across every exam in the catalog', () => {
    const years = new Set(data.studySessions.map((s) => s.date.slice(0, 4)));
    expect(years.size).toBeGreaterThanOrEqual(10);
    expect(new Set(data.practiceAttempts.map((a) => a.examCode))).toEqual(new Set(listExamDefs().map((e) => e.code)));
    expect(data.studyPlans.filter((p) => p.active)).toHaveLength(1);
    expect(data.studyPlans.find((p) => p.active)!.examDate > TODAY).toBe(true);
    for (const a of data.practiceAttempts) {
      expect(a.domainResults.length).toBeGreaterThan(0);
      expect(a.domainResults.reduce((s, r) => s + r.total, 0)).toBe(a.totalQuestions);
    }
  });

  it('has milestones in every stage, done ones in the past', () => {
    for (const stage of ROADMAP_STAGES) expect(data.milestones.filter((m) => m.stage === stage)).toHaveLength(12);
    expect(new Set(data.milestones.map((m) => m.state))).toEqual(new Set(['done', 'in-progress', 'planned']));
  });

  it('marks nothing as sample data and has a valid profile', () => {
    for (const table of DATASET_TABLES) for (const r of data[table]) expect(r.sample).toBeUndefined();
    expect(data.profile).toMatchObject({ id: 'profile', roles: ['learner', 'coder'], onboardingDone: true });
  });
});
