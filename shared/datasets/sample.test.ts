import { describe, expect, it } from 'vitest';
import { getCredentialDef } from '../ceu/catalog';
import { applyAutoProgress } from '../roadmap/autoComplete';
import { ROADMAP_SEED } from '../roadmap/seed';
import { daysBetween } from '../study/days';
import { defaultWeights, getExamDef } from '../study/exams';
import { datasetIssues } from './datasetIssues';
import { blobBytes, checkPdf } from './pdfCheck';
import { buildSampleData, sampleCareerStart } from './sample';
import { DATASET_TABLES } from './types';

const TODAY = '2026-03-15';
const counter = () => {
  let n = 0;
  return () => `id-${++n}`;
};
const data = buildSampleData(TODAY, counter());
const cpcExam = getExamDef('CPC')!;

describe('buildSampleData', () => {
  it('is valid: schemas, references, nothing in the future, attempts add up (datasetIssues)', () => {
    expect(datasetIssues(data, TODAY)).toEqual([]);
  });

  it('marks every record of every table sample: 1, so "clear sample data" finds them all', () => {
    for (const table of DATASET_TABLES) {
      expect(data[table].length, table).toBeGreaterThan(0);
      for (const record of data[table]) expect(record.sample, `${table} ${record.id}`).toBe(1);
    }
  });

  it('is deterministic for a given today and id generator', async () => {
    const again = buildSampleData(TODAY, counter());
    expect(again).toEqual(data);
    const a = await Promise.all(data.attachments.map((x) => blobBytes(x.data)));
    const b = await Promise.all(again.attachments.map((x) => blobBytes(x.data)));
    expect(b).toEqual(a);
  });

  it('builds one active CPC plan: exam in ~60 days, started ~6 weeks ago, 8 h/week, catalog weights', () => {
    expect(data.studyPlans).toHaveLength(1);
    const plan = data.studyPlans[0]!;
    expect(plan).toMatchObject({ examCode: 'CPC', active: true, weeklyHoursGoal: 8, examDate: '2026-05-14', startDate: '2026-02-01' });
    expect(plan.weights).toEqual(defaultWeights(cpcExam));
  });

  it('logs 25–35 sessions over the past six weeks, on CPC catalog domains only', () => {
    const sessions = data.studySessions;
    expect(sessions.length).toBeGreaterThanOrEqual(25);
    expect(sessions.length).toBeLessThanOrEqual(35);
    const domainIds = new Set(cpcExam.domains.map((d) => d.id));
    for (const s of sessions) {
      expect(s.planId).toBe(data.studyPlans[0]!.id);
      expect(domainIds.has(s.domainId!)).toBe(true);
      expect(daysBetween(s.date, TODAY)).toBeGreaterThanOrEqual(0);
      expect(daysBetween(s.date, TODAY)).toBeLessThan(42);
    }
    expect(new Set(sessions.map((s) => s.domainId)).size).toBeGreaterThan(5);
  });

  it('has 4–5 practice attempts rising from ~58% to ~68%, each domain split summing to the totals', () => {
    const attempts = data.practiceAttempts;
    expect(attempts.length).toBeGreaterThanOrEqual(4);
    expect(attempts.length).toBeLessThanOrEqual(5);
    const percents = attempts.map((a) => Math.round((a.correct / a.totalQuestions) * 100));
    expect(percents).toEqual([58, 61, 63, 66, 68]);
    for (const a of attempts) {
      expect(a.totalQuestions).toBe(cpcExam.questions.value);
      expect(a.domainResults.reduce((s, r) => s + r.total, 0)).toBe(a.totalQuestions);
      expect(a.domainResults.reduce((s, r) => s + r.correct, 0)).toBe(a.correct);
      expect(a.date < TODAY).toBe(true);
    }
  });

  it('holds CPC and CRC sharing one AAPC period that is about half elapsed', () => {
    expect(data.credentials.map((c) => c.code)).toEqual(['CPC', 'CRC']);
    const [cpc, crc] = data.credentials;
    expect(cpc!.cycleStart).toBe(crc!.cycleStart);
    expect(cpc!.cycleEnd).toBe(crc!.cycleEnd);
    expect(cpc!).toMatchObject({ earnedOn: '2024-04-15', cycleStart: '2025-03-01', cycleEnd: '2027-02-28' });
    const length = daysBetween(cpc!.cycleStart, cpc!.cycleEnd);
    const elapsed = daysBetween(cpc!.cycleStart, TODAY) / length;
    expect(elapsed).toBeGreaterThan(0.4);
    expect(elapsed).toBeLessThan(0.6);
    for (const c of data.credentials) expect(c.earnedOn < c.cycleStart).toBe(true);
  });

  it('has ~14 CEU entries in the current period, for the held credentials, with CRC specialty entries', () => {
    const entries = data.ceuEntries;
    expect(entries).toHaveLength(14);
    const held = new Set(data.credentials.map((c) => c.id));
    const cycleStart = data.credentials[0]!.cycleStart;
    for (const e of entries) {
      expect(e.completedOn >= cycleStart && e.completedOn <= TODAY).toBe(true);
      expect(e.credentialIds.length).toBeGreaterThan(0);
      expect(e.credentialIds.every((id) => held.has(id))).toBe(true);
      expect(e.approvalCode).toMatch(/^CEU\d{6}$/);
      expect([0.5, 1, 1.5, 2]).toContain(e.ceus);
    }
    const specialty = entries.filter((e) => e.category === 'specialty');
    expect(specialty.length).toBeGreaterThanOrEqual(3);
    expect(specialty.every((e) => e.specialtyCode === 'CRC')).toBe(true);
    expect(entries.map((e) => e.title)).toContain('AAPC Webinar: 2026 E/M Updates');
  });

  it('attaches a real one-page PDF certificate to most entries', async () => {
    expect(data.attachments.length).toBeGreaterThanOrEqual(10);
    expect(new Set(data.attachments.map((a) => a.entryId)).size).toBe(data.attachments.length);
    for (const a of data.attachments) {
      expect(a.mimeType).toBe('application/pdf');
      expect(a.fileName).toMatch(/^certificate-[a-z0-9-]+\.pdf$/);
      const bytes = await blobBytes(a.data);
      expect(bytes.length).toBe(a.size);
      expect(checkPdf(bytes)).toEqual({ ok: true, problems: [], objectCount: 6 });
      const entry = data.ceuEntries.find((e) => e.id === a.entryId)!;
      const text = new TextDecoder('latin1').decode(bytes);
      expect(text).toContain('(Certificate of Completion) Tj');
      expect(text).toContain(`(AAPC index number: ${entry.approvalCode}) Tj`);
    }
  });

  it('seeds the five roadmap stages from the career start three years ago, in the stated states', () => {
    expect(sampleCareerStart(TODAY)).toBe('2023-03-15');
    expect(data.milestones.map((m) => m.title)).toEqual(ROADMAP_SEED.map((s) => s.title));
    const state = Object.fromEntries(data.milestones.map((m) => [m.stage, m.state]));
    expect(state).toEqual({
      education: 'done', certification: 'done', 'first-job': 'done', specialization: 'in-progress', upskilling: 'planned',
    });
    const cpc = data.credentials[0]!;
    const cert = data.milestones.find((m) => m.stage === 'certification')!;
    expect(cert).toMatchObject({ doneOn: cpc.earnedOn, auto: { ref: cpc.id } });
    expect(data.milestones.find((m) => m.stage === 'education')!.targetDate).toBe('2024-03-15');
  });

  it('needs no change from the roadmap auto-progress rule (so a sync after loading leaves it as built)', () => {
    const facts = data.credentials.map((c) => ({ id: c.id, code: c.code, kind: getCredentialDef(c.code)!.kind, earnedOn: c.earnedOn }));
    const result = applyAutoProgress(data.milestones, { heldCredentials: facts, passedPracticeExams: [] }, TODAY, {
      now: `${TODAY}T13:00:00.000Z`,
      newId: () => 'new',
    });
    expect(result).toEqual({ updated: [], created: [] });
  });

  it('stays valid on awkward days (leap day, year end)', () => {
    for (const today of ['2028-02-29', '2026-12-31', '2027-01-01']) {
      expect(datasetIssues(buildSampleData(today, counter()), today), today).toEqual([]);
    }
  });
});
