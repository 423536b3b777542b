/**
 * Calibration: simulated learners of known true ability take practice tests, then the real exam. Among learners of
 * low, middle and high ability, the mean stated probability of passing should match the share who pass (within a
 * few points), and likewise among learners grouped by what they were told. Seeded, so every run is the same.
 *
 * Why bands and not single ability values: at one exact ability even a perfect forecaster's stated chance averages
 * over the luck of that learner's practice tests, which pulls it toward 50% (a learner at exactly 75% sometimes
 * scores 70% on practice and is rightly told less). Calibration is a claim about groups of learners.
 */
import { describe, expect, it } from 'vitest';
import type { PracticeAttempt } from '../model/entities';
import { addDaysToDay } from './days';
import { getExamDef } from './exams';
import { PASS_MODEL } from './passChance';
import { assessReadiness } from './readiness';

const CPC = getExamDef('CPC')!;
const TODAY = '2026-05-01';
const EXAM_DATE = '2026-05-08';

/** mulberry32: a small, fast, seeded generator. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function binomial(random: () => number, n: number, p: number): number {
  let k = 0;
  for (let i = 0; i < n; i++) if (random() < p) k++;
  return k;
}

/** A standard normal draw (Box–Muller). */
function normal(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

/**
 * Six weekly 100-question attempts, the last one today, by a learner whose ability changes by `slope` points a
 * week (drawn like the model's own prior on trends) and is `ability` on exam day.
 */
function learner(random: () => number, ability: number, slope: number, id: number): PracticeAttempt[] {
  return [35, 28, 21, 14, 7, 0].map((daysAgo, i) => {
    const date = addDaysToDay(TODAY, -daysAgo);
    const weeksBeforeExam = (daysAgo + 7) / 7;
    const p = Math.min(0.99, Math.max(0.01, ability - (slope * weeksBeforeExam) / 100));
    return {
      id: `l${id}-${i}`, examCode: 'CPC', date, source: '', totalQuestions: 100, correct: binomial(random, 100, p),
      minutesUsed: 200, domainResults: [], createdAt: `${date}T12:00:00.000Z`,
    };
  });
}

interface Outcome { ability: number; stated: number; passed: boolean }

function simulate(count: number, seed: number, ability: (r: () => number) => number): Outcome[] {
  const random = rng(seed);
  const out: Outcome[] = [];
  for (let i = 0; i < count; i++) {
    const theta = ability(random);
    const slope = normal(random) * PASS_MODEL.trendPriorSd;
    const r = assessReadiness(learner(random, theta, slope, i), CPC, TODAY, { examDate: EXAM_DATE });
    if (r.chance.state !== 'estimate') throw new Error('four attempts of 100 questions are enough evidence');
    const passed = binomial(random, CPC.questions.value, theta) >= 70;
    out.push({ ability: theta, stated: r.chance.probability, passed });
  }
  return out;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('readiness calibration (simulated learners)', () => {
  // One population: exam-day ability uniform over 55–85%, trends drawn like the model's prior.
  const sims = simulate(3000, 20261202, (r) => 0.55 + 0.3 * r());

  it('matches the simulated pass rate within a few points for low, middle and high ability', () => {
    for (const [lo, hi] of [[0.55, 0.65], [0.65, 0.75], [0.75, 0.85]] as const) {
      const band = sims.filter((s) => s.ability >= lo && s.ability < hi);
      const stated = mean(band.map((s) => s.stated));
      const rate = mean(band.map((s) => (s.passed ? 1 : 0)));
      expect(Math.abs(stated - rate), `ability ${lo}–${hi}: stated ${stated}, passed ${rate}`).toBeLessThan(0.05);
    }
  });

  it('what it says comes true as often as it says (learners grouped by the probability they were told)', () => {
    for (const [lo, hi] of [[0, 0.2], [0.2, 0.4], [0.4, 0.6], [0.6, 0.8], [0.8, 1.01]] as const) {
      const bin = sims.filter((s) => s.stated >= lo && s.stated < hi);
      expect(bin.length).toBeGreaterThan(100);
      const stated = mean(bin.map((s) => s.stated));
      const rate = mean(bin.map((s) => (s.passed ? 1 : 0)));
      expect(Math.abs(stated - rate), `told ${lo}–${hi}: stated ${stated}, passed ${rate}`).toBeLessThan(0.05);
    }
  });
});
