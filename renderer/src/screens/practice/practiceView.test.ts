import { describe, expect, it } from 'vitest';
import type { PracticeAttempt, StudyPlan } from '../../../../shared/model/entities';
import { domainBars, scoreTrendChart, timePerQuestion } from '../../../../shared/study/charts';
import { getExamDef } from '../../../../shared/study/exams';
import { assessReadiness } from '../../../../shared/study/readiness';
import {
  attemptRows,
  chanceHeadline,
  chanceRange,
  reachText,
  defaultExamCode,
  domainSummary,
  isTargetEditable,
  paceSummary,
  signed,
  trendSummary,
  unverifiedFacts,
  validateTarget,
} from './practiceView';

const CPC = getExamDef('CPC')!;
const attempt = (id: string, date: string, correct: number, over: Partial<PracticeAttempt> = {}): PracticeAttempt => ({
  id, examCode: 'CPC', date, source: '', totalQuestions: 100, correct, minutesUsed: 220, domainResults: [],
  createdAt: `${date}T10:00:00.000Z`, ...over,
});
const plan = (examCode: string, active: boolean, updatedAt = '2026-01-01T00:00:00.000Z'): StudyPlan => ({
  id: examCode, name: examCode, examCode, examDate: '2026-06-01', startDate: '2026-01-01', weeklyHoursGoal: 5,
  weights: [], active, createdAt: updatedAt, updatedAt,
});

describe('defaultExamCode', () => {
  it('the active plan’s exam first, then the last practised exam, then the catalog’s first (CPC)', () => {
    const attempts = [attempt('a', '2026-03-01', 60, { examCode: 'CRC' }), attempt('b', '2026-02-01', 60, { examCode: 'CCA' })];
    expect(defaultExamCode([plan('CCS', true), plan('COC', false)], attempts)).toBe('CCS');
    expect(defaultExamCode([plan('COC', false)], attempts)).toBe('CRC');
    expect(defaultExamCode([], [])).toBe('CPC');
  });
});

describe('attemptRows', () => {
  it('newest first, with percent, pass against the pass mark or the user’s target, and minutes per question', () => {
    const rows = attemptRows(
      [
        attempt('old', '2026-02-01', 69),
        attempt('new', '2026-03-01', 70, { minutesUsed: 250 }),
        attempt('cca', '2026-02-15', 74, { examCode: 'CCA', totalQuestions: 105, minutesUsed: 0 }),
      ],
      { CCA: 75 },
    );
    expect(rows.map((r) => [r.attempt.id, r.percent, r.passPercent, r.passed, r.minutesPerQuestion])).toEqual([
      ['new', 70, 70, true, 2.5], // CPC pass mark 70% (exams.ts, prep sources)
      ['cca', 70.5, 75, false, null], // CCA: the user's practice target 75%; no time recorded
      ['old', 69, 70, false, 2.2],
    ]);
  });

  it('an attempt of an exam the catalog does not know still lists, without a verdict', () => {
    const [row] = attemptRows([attempt('x', '2026-03-01', 50, { examCode: 'XYZ' })], {});
    expect(row).toMatchObject({ percent: 50, passPercent: null, passed: null, minutesPerQuestion: null });
  });
});

describe('unverifiedFacts and the editable target', () => {
  it('CPC: pass mark from prep sources and 4 of 17 domains unverified; count and time are AAPC’s own', () => {
    expect(unverifiedFacts(CPC).map((f) => [f.what, f.value])).toEqual([
      ['Pass mark', 'Pass mark 70%'],
      ['Content domains', '4 of 17 domains and their weights'],
    ]);
    expect(isTargetEditable(CPC)).toBe(true);
  });

  it('CCA: items and time are AHIMA\'s own (rule 9); the pass mark says the real exam is scaled', () => {
    const facts = unverifiedFacts(getExamDef('CCA')!);
    expect(facts.map((f) => f.what)).toEqual(['Pass mark', 'Content domains']);
    expect(facts[0]!.value).toContain('scaled score (pass = 300)');
  });

  it('CRC: the pass mark (70 correct) is AAPC’s own, so no target to edit', () => {
    expect(isTargetEditable(getExamDef('CRC')!)).toBe(false);
  });

  it('validateTarget accepts 1–100 and says why otherwise', () => {
    expect(validateTarget(' 75 ')).toEqual({ ok: true, value: 75 });
    expect(validateTarget('0')).toEqual({ ok: false, error: 'The practice target must be a percent between 1 and 100.' });
    expect(validateTarget('')).toEqual({ ok: false, error: 'Enter the practice target.' });
  });
});

describe('chart summaries', () => {
  const attempts = [attempt('a', '2026-02-01', 55), attempt('b', '2026-02-15', 60), attempt('c', '2026-03-01', 64)];
  const today = '2026-03-05';

  it('trend: range of scores, the pass line and the trend in words; no date without a clear rise', () => {
    const readiness = assessReadiness(attempts, CPC, today);
    const chart = scoreTrendChart(attempts, CPC, today, { reach: readiness.reach });
    expect(trendSummary(readiness, chart)).toBe(
      '3 attempts from Feb 1, 2026 to Mar 1, 2026: first 55%, latest 64%. Pass line at 70%. ' +
        'No clear trend: +2.2 points a week, give or take 1.7, cannot be told apart from flat.',
    );
  });

  it('trend with one attempt: the reason there is no trend', () => {
    const readiness = assessReadiness(attempts.slice(0, 1), CPC, today);
    const chart = scoreTrendChart(attempts.slice(0, 1), CPC, today);
    expect(trendSummary(readiness, chart)).toBe(
      'One attempt, on Feb 1, 2026: 55%. Pass line at 70%. A trend needs at least 3 attempts on different days (you have 1).',
    );
  });

  it('a clearly rising trend: the date the pass mark is reached around, with its range; the chance on the exam date', () => {
    const days = ['2026-01-25', '2026-02-01', '2026-02-08', '2026-02-15', '2026-02-22'];
    const rising = [50, 54, 57, 61, 64].map((score, i) => attempt(`r${i}`, days[i]!, score));
    const readiness = assessReadiness(rising, CPC, '2026-03-01', { examDate: '2026-04-01' });
    expect(reachText(readiness)).toMatch(/^At your current trend the pass mark \(70%\) is reached around [A-Z][a-z]{2} \d+, 2026 \(between .+ and .+\)\.$/);
    expect(chanceHeadline(readiness)).toMatch(/^About \d+% chance of passing on your exam date, Apr 1, 2026$/);
    expect(chanceRange(readiness)).toMatch(/^Likely between \d+% and \d+%/);
  });

  it('a scaled exam (CCA) says the target is the learner’s own', () => {
    const cca = [1, 2, 3].map((i) => attempt(`c${i}`, `2026-02-0${i}`, 72, { examCode: 'CCA', totalQuestions: 100 }));
    const readiness = assessReadiness(cca, getExamDef('CCA')!, '2026-02-05');
    expect(chanceHeadline(readiness)).toMatch(/^About \d+% chance of reaching your 70% practice target if you took the exam today$/);
  });

  it('domains: weakest and strongest by recent percent', () => {
    const scored = [
      attempt('a', '2026-02-01', 60, { domainResults: [{ domainId: 'anesthesia', correct: 1, total: 4 }, { domainId: 'radiology', correct: 5, total: 6 }] }),
    ];
    const readiness = assessReadiness(scored, CPC, today);
    expect(domainSummary(readiness, domainBars(readiness))).toBe(
      'Weakest: Anesthesia, 25% over recent attempts (study this next). Strongest: Radiology, 83.3%.',
    );
    const none = assessReadiness(attempts, CPC, today);
    expect(domainSummary(none, domainBars(none))).toMatch(/^No per-domain scores yet/);
  });

  it('pace: latest minutes per question against the exam’s 240 minutes for 100 questions (CPC, AAPC)', () => {
    const rows = timePerQuestion([attempt('a', '2026-03-01', 60, { minutesUsed: 260 })], CPC);
    expect(paceSummary(rows, CPC)).toBe(
      "Latest attempt (Mar 1, 2026): 2.6 minutes per question, slower than the real exam's average of 2.4 (240 minutes for 100 questions).",
    );
    expect(paceSummary([], CPC)).toBe('No time recorded yet. The real exam allows 240 minutes for 100 questions.');
  });

  it('signed numbers', () => {
    expect([signed(1.5), signed(-2), signed(0)]).toEqual(['+1.5', '−2', '0']);
  });
});
