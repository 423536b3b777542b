/**
 * The heavy dataset's study history: one plan a year across the exam catalog (the last one active, its exam
 * ahead), sessions mostly inside plan windows plus general study, and practice attempts per plan that improve
 * through the window with per-domain results from the catalog.
 */
import type { IsoDate, PracticeAttempt, StudyPlan, StudySession } from '../../shared/model/entities';
import { addDaysToDay, daysBetween } from '../../shared/study/days';
import { defaultWeights, listExamDefs, type ExamDef } from '../../shared/study/exams';
import { domainResultsFor } from '../../shared/datasets/practice';
import type { Rng } from '../../shared/datasets/prng';
import { instantOn } from '../../shared/datasets/time';
import { compareKeys } from '../../shared/model/compareKeys';

export interface HeavyStudyCounts {
  studyPlans: number;
  studySessions: number;
  practiceAttempts: number;
}

/** Share of sessions logged as general study (no plan, no domain). */
const GENERAL_SHARE = 0.2;
const MINUTES = [15, 25, 30, 45, 45, 60, 60, 90, 120];

function plans(from: IsoDate, today: IsoDate, count: number, rng: Rng, newId: () => string): StudyPlan[] {
  const exams = listExamDefs();
  const slot = Math.floor(daysBetween(from, today) / count);
  return Array.from({ length: count }, (_, k) => {
    const last = k === count - 1;
    const exam = exams[k % exams.length]!;
    // The last plan is the current one: started ten weeks ago, exam in seven weeks.
    const startDate = last ? addDaysToDay(today, -70) : addDaysToDay(from, k * slot + rng.int(0, 30));
    const examDate = last ? addDaysToDay(today, 49) : addDaysToDay(startDate, rng.int(150, 250));
    const created = instantOn(startDate, 19, rng.int(0, 59));
    return {
      id: newId(),
      name: `${exam.code} prep ${startDate.slice(0, 4)}`,
      examCode: exam.code,
      examDate,
      startDate,
      weeklyHoursGoal: rng.pick([4, 5, 6, 8, 10]),
      weights: defaultWeights(exam),
      active: last,
      createdAt: created,
      updatedAt: created,
    };
  });
}

/** A day inside the plan's window that is not after today. */
function dayIn(plan: StudyPlan, today: IsoDate, rng: Rng): IsoDate {
  const end = plan.examDate < today ? plan.examDate : today;
  return addDaysToDay(plan.startDate, rng.int(0, daysBetween(plan.startDate, end)));
}

/** Study records between `from` and `today`. */
export function buildHeavyStudy(from: IsoDate, today: IsoDate, counts: HeavyStudyCounts, rng: Rng, newId: () => string) {
  const studyPlans = plans(from, today, counts.studyPlans, rng, newId);
  const exams = new Map<string, ExamDef>(listExamDefs().map((e) => [e.code, e]));

  const general = Math.round(counts.studySessions * GENERAL_SHARE);
  const studySessions: StudySession[] = [];
  for (let i = 0; i < counts.studySessions; i++) {
    const plan = i < general ? undefined : studyPlans[(i - general) % studyPlans.length]!;
    const date = plan ? dayIn(plan, today, rng) : addDaysToDay(from, rng.int(0, daysBetween(from, today)));
    const weights = plan?.weights ?? [];
    studySessions.push({
      id: newId(),
      ...(plan ? { planId: plan.id, domainId: rng.weighted(weights.map((w) => w.domainId), weights.map((w) => w.weight)) } : {}),
      date,
      minutes: rng.pick(MINUTES),
      notes: rng.chance(0.15) ? 'Practice questions and rationales.' : '',
      createdAt: instantOn(date, rng.int(6, 22), rng.int(0, 59)),
    });
  }
  studySessions.sort((a, b) => compareKeys(a.date, b.date) || compareKeys(a.createdAt, b.createdAt));

  const practiceAttempts: PracticeAttempt[] = [];
  for (let i = 0; i < counts.practiceAttempts; i++) {
    const plan = studyPlans[i % studyPlans.length]!;
    const exam = exams.get(plan.examCode)!;
    const date = dayIn(plan, today, rng);
    // Scores climb through the plan window, from about 50% to about 82%, with some noise.
    const progress = daysBetween(plan.startDate, date) / Math.max(1, daysBetween(plan.startDate, plan.examDate));
    const percent = Math.min(0.97, Math.max(0.3, 0.5 + 0.32 * progress + (rng.next() - 0.5) * 0.08));
    const questions = exam.questions.value;
    const correct = Math.round(questions * percent);
    const skill = Object.fromEntries(exam.domains.map((d) => [d.id, 0.7 + rng.next() * 0.6]));
    practiceAttempts.push({
      id: newId(),
      examCode: exam.code,
      date,
      source: rng.pick(['Official practice exam', 'Prep book test', 'Online question bank', 'Chapter mock exam']),
      totalQuestions: questions,
      correct,
      minutesUsed: rng.int(Math.round(exam.minutes.value * 0.6), exam.minutes.value),
      domainResults: domainResultsFor(exam, questions, correct, skill),
      createdAt: instantOn(date, rng.int(8, 20), rng.int(0, 59)),
    });
  }
  practiceAttempts.sort((a, b) => compareKeys(a.date, b.date) || compareKeys(a.createdAt, b.createdAt));
  return { studyPlans, studySessions, practiceAttempts };
}
