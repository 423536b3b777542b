import { describe, expect, it } from 'vitest';
import type { DomainResult, PracticeAttempt } from '../model/entities';
import { addDaysToDay } from './days';
import { getExamDef } from './exams';
import { assessReadiness } from './readiness';

const CPC = getExamDef('CPC')!;
const CCA = getExamDef('CCA')!;

let seq = 0;
function attempt(date: string, correct: number, total = 100, domainResults: DomainResult[] = [], examCode = 'CPC'): PracticeAttempt {
  seq++;
  return {
    id: `a${String(seq).padStart(3, '0')}`,
    examCode,
    date,
    source: 'test',
    totalQuestions: total,
    correct,
    minutesUsed: 200,
    domainResults,
    createdAt: `${date}T12:00:${String(seq % 60).padStart(2, '0')}.000Z`,
  };
}

const CIC = getExamDef('CIC')!;
const d = (domainId: string, correct: number, total: number) => ({ domainId, correct, total });

/** Weekly attempts of 100 questions with these scores, the last one on `last`. */
function series(scores: number[], last = '2026-01-26'): PracticeAttempt[] {
  return scores.map((s, i) => attempt(addDaysToDay(last, -7 * (scores.length - 1 - i)), s));
}

describe('readiness: how much evidence', () => {
  it('no attempts: says what is missing instead of a number', () => {
    const r = assessReadiness([], CPC, '2026-01-26');
    expect(r.chance).toEqual({
      state: 'missing',
      missing: [
        'Record 3 more CPC practice attempts: the estimate needs at least 3 (you have 0).',
        'Answer at least 100 practice questions in all (you have 0).',
      ],
    });
    expect(r.trend.state).toBe('none');
    expect(r.reach).toBeUndefined();
    expect(r.raisers).toEqual([]);
  });

  it('one and two attempts: still what is missing; the latest score is shown', () => {
    const one = assessReadiness(series([64]), CPC, '2026-01-26');
    expect(one.latest).toEqual({ date: '2026-01-26', percent: 64 });
    expect(one.chance).toEqual({ state: 'missing', missing: ['Record 2 more CPC practice attempts: the estimate needs at least 3 (you have 1).'] });
    const two = assessReadiness(series([60, 64]), CPC, '2026-01-26');
    expect(two.chance).toMatchObject({ state: 'missing', missing: ['Record 1 more CPC practice attempt: the estimate needs at least 3 (you have 2).'] });
    expect(two.trend).toEqual({ state: 'none', reason: 'A trend needs at least 3 attempts on different days (you have 2).' });
  });

  it('three attempts of too few questions: asks for more questions', () => {
    const quiz = [1, 2, 3].map((i) => attempt(`2026-01-0${i}`, 15, 20));
    expect(assessReadiness(quiz, CPC, '2026-01-05').chance).toEqual({
      state: 'missing',
      missing: ['Answer at least 100 practice questions in all (you have 60).'],
    });
  });

  it('three or more: a probability of passing with a range around it, on the plan’s exam date', () => {
    const r = assessReadiness(series([66, 70, 68, 71]), CPC, '2026-01-26', { examDate: '2026-02-20' });
    expect(r.examDate).toBe('2026-02-20');
    expect(r.examDateFrom).toBe('plan');
    if (r.chance.state !== 'estimate') throw new Error('expected an estimate');
    expect(r.chance.probability).toBeGreaterThan(0.2);
    expect(r.chance.probability).toBeLessThan(0.8);
    expect(r.chance.low).toBeLessThan(r.chance.probability);
    expect(r.chance.high).toBeGreaterThan(r.chance.probability);
    expect(r.chance.score.low).toBeLessThan(r.chance.score.mean);
    expect(r.chance.basis).toBe('overall');
    // Whole percents only.
    expect(Math.round(r.chance.probability * 100)).toBe(r.chance.probability * 100);
    // No plan: the chance is for an exam taken today.
    expect(assessReadiness(series([66, 70, 68, 71]), CPC, '2026-01-26').examDateFrom).toBe('today');
  });

  it('a heavy domain with too few questions is named once per-domain results are recorded (CIC)', () => {
    const withDomains = [1, 2, 3].map((i) =>
      attempt(`2026-01-0${i}`, 35, 47, [d('icd-10-cm', 8, 10), d('coding-guidelines', 5, 6)], 'CIC'),
    );
    const r = assessReadiness(withDomains, CIC, '2026-01-05');
    expect(r.chance.state).toBe('missing');
    expect(r.chance.state === 'missing' && r.chance.missing).toEqual([
      'Answer more ICD-10-PCS procedure coding questions: it is about 20% of the exam and your attempts have 0 (at least 10 needed).',
      'Answer more Inpatient payment (MS-DRG, POA, case mix) questions: it is about 12% of the exam and your attempts have 0 (at least 10 needed).',
      'Answer more Inpatient coding cases questions: it is about 16% of the exam and your attempts have 0 (at least 10 needed).',
    ]);
  });
});

describe('readiness: trend', () => {
  it('a noisy flat series: "no clear trend", no date, and a wide range rather than false precision', () => {
    const r = assessReadiness(series([58, 72, 61, 70, 60, 69]), CPC, '2026-01-26', { examDate: '2026-03-01' });
    expect(r.trend.state).toBe('no-clear-trend');
    expect(r.reach).toBeUndefined();
    if (r.chance.state !== 'estimate') throw new Error('expected an estimate');
    expect(r.chance.high - r.chance.low).toBeGreaterThan(0.3);
    expect(r.chance.probability).toBeGreaterThan(0.15);
    expect(r.chance.probability).toBeLessThan(0.6);
  });

  it('a clearly rising series: rising, a date the pass mark is reached around with its range, and a higher chance', () => {
    const rising = assessReadiness(series([50, 54, 57, 61, 64]), CPC, '2026-01-26', { examDate: '2026-03-01' });
    expect(rising.trend).toMatchObject({ state: 'rising', pointsPerWeek: 3.5 });
    expect(rising.reach?.state).toBe('around');
    if (rising.reach?.state !== 'around') throw new Error('expected a date');
    expect(rising.reach.earliest <= rising.reach.date).toBe(true);
    expect(rising.reach.latest === null || rising.reach.date <= rising.reach.latest).toBe(true);
    expect(rising.reach.date > '2026-01-26').toBe(true);
    const flat = assessReadiness(series([57, 57, 57, 58, 57]), CPC, '2026-01-26', { examDate: '2026-03-01' });
    expect(flat.trend.state).toBe('no-clear-trend');
    const p = (r: typeof rising) => (r.chance.state === 'estimate' ? r.chance.probability : NaN);
    expect(p(rising)).toBeGreaterThan(p(flat));
  });

  it('a clearly falling series says so and gives no date', () => {
    const r = assessReadiness(series([72, 68, 64, 60, 56]), CPC, '2026-01-26');
    expect(r.trend.state).toBe('falling');
    expect(r.reach).toBeUndefined();
  });
});

describe('readiness: what raises it most', () => {
  it('names the two or three domains where the same study time raises the chance most: weak and heavy first', () => {
    const results = () => [d('icd-10-cm', 12, 20), d('icd-10-pcs', 18, 20), d('inpatient-cases', 12, 16), d('coding-guidelines', 10, 12), d('inpatient-payment', 10, 12)];
    const list = [1, 2, 3].map((i) => attempt(`2026-01-0${i}`, 62, 80, results(), 'CIC'));
    const r = assessReadiness(list, CIC, '2026-01-05', { examDate: '2026-02-01' });
    expect(r.chance.state).toBe('estimate');
    expect(r.raisers.length).toBeGreaterThanOrEqual(2);
    expect(r.raisers.length).toBeLessThanOrEqual(3);
    expect(r.raisers[0]!.domainId).toBe('icd-10-cm');
    // ICD-10-CM (20% of the exam, 60% right) before inpatient cases (16%, 75%); ICD-10-PCS at 90% gains little.
    expect(r.raisers[1]!.domainId).toBe('inpatient-cases');
    expect(r.raisers[0]!.gain).toBeGreaterThan(r.raisers[1]!.gain);
    for (const x of r.raisers) expect(x.gain).toBeGreaterThan(0);
  });
});

describe('readiness: pass marks', () => {
  it('scaled exam (CCA): measured against the practice target, default 70%, or the user’s own', () => {
    const r = assessReadiness([], CCA, '2026-01-26');
    expect(r.scaled).toBe(true);
    expect(r.passPercent).toBe(70);
    expect(assessReadiness([], CCA, '2026-01-26', { targetPercent: 75 }).passPercent).toBe(75);
    expect(assessReadiness([], CPC, '2026-01-26').scaled).toBe(false);
  });

  it('ignores attempts of other exams and attempts with no questions', () => {
    const list = [...series([60, 62, 64]), attempt('2026-01-20', 0, 0), attempt('2026-01-21', 90, 100, [], 'CCA')];
    expect(assessReadiness(list, CPC, '2026-01-26').attemptCount).toBe(3);
  });

  it('unsorted input gives the same answer as sorted input', () => {
    const list = series([60, 66, 63, 70]);
    expect(assessReadiness([...list].reverse(), CPC, '2026-01-26')).toEqual(assessReadiness(list, CPC, '2026-01-26'));
  });
});

describe('per-domain readiness', () => {
  const attempts = [
    attempt('2026-01-05', 60, 100, [d('anesthesia', 1, 4), d('radiology', 5, 6), d('medicine', 0, 0)]),
    attempt('2026-01-12', 65, 100, [d('anesthesia', 3, 4), d('radiology', 6, 6)]),
    attempt('2026-01-19', 70, 100, [d('anesthesia', 2, 4), d('radiology', 3, 6), d('custom-topic', 2, 2)]),
    attempt('2026-01-26', 72, 100, [d('radiology', 6, 6)]),
  ];

  it('latest, pooled average and recent (last 3) percent, in the exam’s domain order; zero-question domains ignored', () => {
    const r = assessReadiness(attempts, CPC, '2026-01-26');
    expect(r.domains.map((x) => x.domainId)).toEqual(['anesthesia', 'radiology', 'custom-topic']);
    expect(r.domains[0]).toEqual({
      domainId: 'anesthesia',
      label: 'Anesthesia',
      latestPercent: 50,
      latestDate: '2026-01-19',
      averagePercent: 50, // 6 of 12
      recentPercent: 50,
      questions: 12,
      attempts: 3,
    });
    // Radiology: latest 6/6; average 20/24 = 83.3; recent (last 3) 15/18 = 83.3.
    expect(r.domains[1]).toMatchObject({ latestPercent: 100, averagePercent: 83.3, recentPercent: 83.3, attempts: 4 });
    expect(r.domains[2]?.label).toBe('custom-topic');
  });

  it('strongest and weakest by recent percent; need at least two domains with questions', () => {
    const r = assessReadiness(attempts, CPC, '2026-01-26');
    expect(r.strongest?.domainId).toBe('custom-topic');
    expect(r.weakest?.domainId).toBe('anesthesia');
    const one = assessReadiness([attempt('2026-01-05', 60, 100, [d('anesthesia', 1, 4)])], CPC, '2026-01-05');
    expect(one.strongest).toBeUndefined();
    expect(one.weakest).toBeUndefined();
  });

});
