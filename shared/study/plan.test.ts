import { describe, expect, it } from 'vitest';
import type { StudySession } from '../model/entities';
import { addDaysToDay } from './days';
import { defaultWeights, getExamDef } from './exams';
import { attempt } from './testAttempts';
import { buildPlan, examPhaseDays, practiceExamDays, sessionLengths, type BuildPlanInput } from './plan';

const cpc = getExamDef('CPC')!;
const cic = getExamDef('CIC')!;

function input(over: Partial<BuildPlanInput> = {}, planOver: Partial<BuildPlanInput['plan']> = {}): BuildPlanInput {
  const exam = over.exam ?? cpc;
  return {
    plan: { id: 'p1', startDate: '2026-03-10', examDate: '2026-06-13', weeklyHoursGoal: 10, weights: defaultWeights(exam), ...planOver },
    exam,
    today: '2026-03-10',
    evidence: { attempts: [], sessions: [] },
    ...over,
  };
}

function session(date: string, domainId: string, minutes = 60, createdAt = `${date}T20:00:00.000Z`): StudySession {
  return { id: `s${date}${domainId}`, date, minutes, domainId, notes: '', createdAt };
}

const studyWeeks = (s: ReturnType<typeof buildPlan>) => s.weeks.filter((w) => w.phase === 'study');
const minutesOf = (w: ReturnType<typeof buildPlan>['weeks'][number], domainId: string) =>
  w.sessions.filter((s) => s.domainId === domainId).reduce((t, s) => t + s.minutes, 0);

describe('focus blocks', () => {
  it('concentrates each week on 2–4 domains by the weekly hours, in whole sessions of 30–90 minutes', () => {
    for (const [hours, focus] of [[3, 2], [6, 3], [10, 4], [20, 4]] as const) {
      const plan = buildPlan(input({}, { weeklyHoursGoal: hours }));
      for (const w of studyWeeks(plan)) {
        expect(w.focus.length).toBeLessThanOrEqual(focus);
        expect(w.focus.length).toBeGreaterThanOrEqual(Math.min(2, w.sessions.length));
        // Focus plus at most two spaced returns: never all 17 domains in slices.
        expect(new Set(w.sessions.map((s) => s.domainId)).size).toBeLessThanOrEqual(focus + 2);
        for (const s of w.sessions) {
          expect(s.minutes).toBeGreaterThanOrEqual(30);
          expect(s.minutes).toBeLessThanOrEqual(90);
          expect(s.minutes % 15).toBe(0);
        }
      }
      expect(studyWeeks(plan)[1]!.focus).toHaveLength(focus);
    }
  });

  it('covers every blueprint domain over the plan', () => {
    const plan = buildPlan(input());
    expect(plan.uncovered).toEqual([]);
    const focused = new Set(plan.weeks.flatMap((w) => w.focus));
    expect([...focused].sort()).toEqual(cpc.domains.map((d) => d.id).sort());
  });

  it('still covers the blueprint when the weeks are just enough, and says which domains do not fit when they are not', () => {
    // 17 domains, 4 a week at 10 h: five study weeks hold them all (the exam phase of a 6-week plan is 7 days).
    const tight = buildPlan(input({}, { examDate: '2026-04-21' }));
    expect(tight.uncovered).toEqual([]);
    const short = buildPlan(input({}, { examDate: '2026-03-24' }));
    expect(short.uncovered.length).toBeGreaterThan(0);
    expect(short.uncovered.length + new Set(short.weeks.flatMap((w) => w.focus)).size).toBe(cpc.domains.length);
  });

  it('puts heavy blueprint domains first when there is no other evidence', () => {
    const first = buildPlan(input({ exam: cic })).weeks[0]!;
    // CIC: ICD-10-CM and ICD-10-PCS carry 20 of 100 each, inpatient cases 16.
    expect(first.focus.slice(0, 3)).toEqual(['icd-10-cm', 'icd-10-pcs', 'inpatient-cases']);
  });

  it('gives a weak domain focus and more time than a strong one of the same weight', () => {
    const attempts = [attempt('2026-03-09', [['anesthesia', 1, 6], ['radiology', 6, 6], ['medicine', 5, 6]])];
    const plan = buildPlan(input({ evidence: { attempts, sessions: [] } }));
    const first = plan.weeks[0]!;
    expect(first.focus[0]).toBe('anesthesia');
    expect(first.focus).not.toContain('radiology');
    expect(minutesOf(first, 'anesthesia')).toBeGreaterThan(minutesOf(first, first.focus[first.focus.length - 1]!));
  });

  it('weighs flashcard mastery in with practice scores', () => {
    const mastery = { 'medical-terminology': 0.1, 'anatomy-physiology': 0.95 };
    const first = buildPlan(input({ evidence: { attempts: [], sessions: [], mastery } })).weeks[0]!;
    expect(first.focus).toContain('medical-terminology');
    expect(first.focus).not.toContain('anatomy-physiology');
  });

  it('spaces topics out: a domain just studied waits, and one focused comes back as a short review later', () => {
    const plan = buildPlan(input());
    const [w1, w2, w3, w4] = plan.weeks;
    for (const d of w1!.focus) expect(w2!.focus).not.toContain(d);
    // Returns 1 and 3 weeks after the focus week, as 30-minute reviews.
    const returned = [...w2!.reviews, ...w3!.reviews, ...w4!.reviews];
    expect(w1!.focus.filter((d) => returned.includes(d)).length).toBeGreaterThan(0);
    for (const s of w2!.sessions.filter((x) => x.kind === 'review')) expect(s.minutes).toBe(30);

    const studied = buildPlan(input({ evidence: { attempts: [], sessions: [session('2026-03-09', 'icd-10-cm', 90)] } }));
    expect(studied.weeks[0]!.focus).not.toContain('icd-10-cm');
  });
});

describe('exam phase', () => {
  it('ends a long plan with two weeks of timed full practice exams and their review', () => {
    const plan = buildPlan(input());
    expect(examPhaseDays(95)).toBe(14);
    expect(plan.examPhaseStart).toBe('2026-05-30');
    const exams = plan.weeks.flatMap((w) => w.sessions).filter((s) => s.kind === 'practice-exam');
    expect(exams).toHaveLength(3);
    for (const e of exams) expect(e.minutes).toBe(cpc.minutes.value);
    const reviews = plan.weeks.flatMap((w) => w.sessions).filter((s) => s.kind === 'exam-review');
    expect(reviews.map((r) => r.date)).toEqual(exams.map((e) => addDaysToDay(e.date, 1)));
    expect(plan.weeks[plan.weeks.length - 1]!.phase).toBe('exam');
  });

  it('scales to the time left: a plan four days from the exam still has a full practice exam and its review', () => {
    const plan = buildPlan(input({ today: '2026-06-09' }, { startDate: '2026-06-09' }));
    const all = plan.weeks.flatMap((w) => w.sessions);
    expect(all.filter((s) => s.kind === 'practice-exam').map((s) => s.date)).toEqual(['2026-06-11']);
    expect(all.filter((s) => s.kind === 'exam-review').map((s) => s.date)).toEqual(['2026-06-12']);
    expect(all.filter((s) => s.kind === 'focus').length).toBeGreaterThan(0);
    expect(practiceExamDays('2026-06-12', '2026-06-13')).toEqual(['2026-06-12']);
  });
});

describe('weeks', () => {
  it('are calendar weeks starting on the chosen day, the first and last clipped to the plan', () => {
    const monday = buildPlan(input());
    expect(monday.weeks[0]).toMatchObject({ weekStart: '2026-03-09', start: '2026-03-10', end: '2026-03-15', current: true });
    expect(monday.weeks[1]).toMatchObject({ start: '2026-03-16', end: '2026-03-22' });
    expect(monday.weeks[monday.weeks.length - 1]).toMatchObject({ start: '2026-06-08', end: '2026-06-12' });
    const sunday = buildPlan(input({ weekStartsOn: 0 }));
    expect(sunday.weeks[0]).toMatchObject({ weekStart: '2026-03-08', start: '2026-03-10', end: '2026-03-14' });
    expect(sunday.weeks[1]).toMatchObject({ start: '2026-03-15', end: '2026-03-21' });
    for (const w of sunday.weeks) for (const s of w.sessions) expect(s.date >= w.start && s.date <= w.end).toBe(true);
  });

  it('prorate a short week’s hours by its days', () => {
    const plan = buildPlan(input());
    // Tue–Sun: 6 of 7 days at 10 h = 510 minutes in 15-minute steps.
    expect(plan.weeks[0]!.minutes).toBe(510);
    expect(plan.weeks[1]!.minutes).toBe(600);
  });

  it('says why there is nothing to plan', () => {
    expect(buildPlan(input({ today: '2026-06-14' })).reason?.code).toBe('exam-past');
    expect(buildPlan(input({ today: '2026-06-13' })).reason?.code).toBe('exam-today');
    expect(buildPlan(input({}, { weeklyHoursGoal: 0 })).reason?.code).toBe('no-hours');
    expect(buildPlan(input({}, { startDate: '2026-06-13' })).reason?.code).toBe('start-after-exam');
  });
});

describe('session lengths', () => {
  it('are whole sessions of about an hour, 30–90 minutes', () => {
    expect(sessionLengths(600)).toEqual([60, 60, 60, 60, 60, 60, 60, 60, 60, 60]);
    expect(sessionLengths(100)).toEqual([60, 45]);
    expect(sessionLengths(20)).toEqual([30]);
    expect(sessionLengths(0)).toEqual([]);
    for (const m of [45, 75, 130, 510, 1200]) {
      const lengths = sessionLengths(m);
      expect(lengths.reduce((a, b) => a + b, 0)).toBe(Math.round(m / 15) * 15);
      for (const l of lengths) expect(l >= 30 && l <= 90).toBe(true);
    }
  });
});

describe('re-planning never changes the past', () => {
  it('an attempt recorded today changes today and later, never the weeks already lived or earlier days of this week', () => {
    const base = input({ today: '2026-03-26' });
    const before = buildPlan(base);
    const weak = attempt('2026-03-26', [['anesthesia', 0, 10], ['radiology', 10, 10]], '2026-03-26T10:00:00.000Z');
    const after = buildPlan({ ...base, evidence: { attempts: [weak], sessions: [] } });
    const past = (s: ReturnType<typeof buildPlan>) => s.weeks.flatMap((w) => w.sessions).filter((x) => x.date < '2026-03-26');
    expect(past(after)).toEqual(past(before));
    const firstAhead = (s: ReturnType<typeof buildPlan>) =>
      s.weeks.flatMap((w) => w.sessions).find((x) => x.date >= '2026-03-26' && x.domainId === 'anesthesia')?.date ?? '9999';
    expect(firstAhead(after)).toBe('2026-03-26');
    expect(firstAhead(before) > firstAhead(after)).toBe(true);
    expect(after.weeks.find((w) => w.current)!.focus).toContain('anesthesia');
  });

  it('a backdated attempt entered today still leaves the past alone (evidence counts from when it was recorded)', () => {
    const base = input({ today: '2026-04-20' });
    const before = buildPlan(base);
    const backdated = attempt('2026-03-15', [['anesthesia', 0, 10]], '2026-04-20T09:00:00.000Z');
    const after = buildPlan({ ...base, evidence: { attempts: [backdated], sessions: [] } });
    const past = (s: ReturnType<typeof buildPlan>) => s.weeks.filter((w) => w.past);
    expect(past(after)).toEqual(past(before));
  });
});
