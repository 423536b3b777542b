/**
 * The learner part of the sample data: a CPC candidate about two months from the exam, six weeks into an
 * active plan, with logged sessions and practice tests that improve from the high 50s to the high 60s.
 */
import type { Id, IsoDate, PracticeAttempt, StudyPlan, StudySession } from '../model/entities';
import { addDaysToDay } from '../study/days';
import { defaultWeights, getExamDef, type ExamDef } from '../study/exams';
import { domainResultsFor } from './practice';
import { createRng } from './prng';
import { instantOn } from './time';

/** The sample learner's situation (app data for the demo, not a rule). */
export const SAMPLE_STUDY = {
  examCode: 'CPC',
  daysToExam: 60,
  planStartedDaysAgo: 42,
  weeklyHoursGoal: 8,
  /** Share of the plan's days with a logged session (42 days → about 30 sessions). */
  studyDayShare: 0.72,
} as const;

/** Days before today and percent correct of each practice test, oldest first. */
const ATTEMPTS: readonly { daysAgo: number; percent: number; source: string; timeShare: number }[] = [
  { daysAgo: 38, percent: 58, source: 'AAPC CPC Practice Exam A', timeShare: 1 },
  { daysAgo: 29, percent: 61, source: 'AAPC CPC Practice Exam B', timeShare: 0.98 },
  { daysAgo: 20, percent: 63, source: 'CPC Study Guide, Practice Test 1', timeShare: 0.95 },
  { daysAgo: 11, percent: 66, source: 'AAPC CPC Practice Exam C', timeShare: 0.92 },
  { daysAgo: 3, percent: 68, source: 'CPC Study Guide, Practice Test 2', timeShare: 0.9 },
];

/** The sample learner's strong and weak areas, so domain bars are not flat. */
const SKILL: Readonly<Record<string, number>> = {
  'medical-terminology': 1.35, 'anatomy-physiology': 1.3, 'evaluation-management': 1.15, 'icd-10-cm': 1.1,
  'coding-guidelines': 1.05, radiology: 1, medicine: 1, 'hcpcs-level-ii': 0.95, 'pathology-laboratory': 0.95,
  'surgery-10000': 0.9, 'surgery-20000': 0.85, 'surgery-30000': 0.8, 'surgery-40000': 0.9, 'surgery-50000': 0.85,
  'surgery-60000': 0.8, anesthesia: 0.75, 'compliance-regulatory': 1,
};

const SESSION_NOTES = [
  'Read the section guidelines, then 20 practice questions.',
  'Flashcards and rationales for the questions I missed.',
  'Tabbed and highlighted the CPT manual.',
  'Worked through three case scenarios.',
  'Reviewed the last practice test, this section only.',
  '',
];
const SESSION_MINUTES = [45, 60, 60, 75, 90, 90, 120, 120];

export interface SampleStudy {
  studyPlans: StudyPlan[];
  studySessions: StudySession[];
  practiceAttempts: PracticeAttempt[];
}

function cpc(): ExamDef {
  const exam = getExamDef(SAMPLE_STUDY.examCode);
  if (!exam) throw new Error(`exam catalog has no ${SAMPLE_STUDY.examCode}`);
  return exam;
}

export function buildSampleStudy(today: IsoDate, newId: () => Id): SampleStudy {
  const exam = cpc();
  const startDate = addDaysToDay(today, -SAMPLE_STUDY.planStartedDaysAgo);
  const weights = defaultWeights(exam);
  const plan: StudyPlan = {
    id: newId(),
    name: `${exam.code} exam prep`,
    examCode: exam.code,
    examDate: addDaysToDay(today, SAMPLE_STUDY.daysToExam),
    startDate,
    weeklyHoursGoal: SAMPLE_STUDY.weeklyHoursGoal,
    weights,
    active: true,
    createdAt: instantOn(startDate, 18, 5),
    updatedAt: instantOn(startDate, 18, 5),
    sample: 1,
  };

  // A fixed seed: the same pattern of study days, relative to `today`, every time.
  const rng = createRng(0x5a391e);
  const studySessions: StudySession[] = [];
  for (let daysAgo = SAMPLE_STUDY.planStartedDaysAgo - 1; daysAgo >= 0; daysAgo--) {
    if (!rng.chance(SAMPLE_STUDY.studyDayShare)) continue;
    const date = addDaysToDay(today, -daysAgo);
    studySessions.push({
      id: newId(),
      planId: plan.id,
      date,
      minutes: rng.pick(SESSION_MINUTES),
      domainId: rng.weighted(weights.map((w) => w.domainId), weights.map((w) => w.weight)),
      notes: rng.pick(SESSION_NOTES),
      createdAt: instantOn(date, rng.int(6, 21), rng.int(0, 59)),
      sample: 1,
    });
  }

  const questions = exam.questions.value;
  const practiceAttempts: PracticeAttempt[] = ATTEMPTS.map((a) => {
    const date = addDaysToDay(today, -a.daysAgo);
    const correct = Math.round((a.percent / 100) * questions);
    return {
      id: newId(),
      examCode: exam.code,
      date,
      source: a.source,
      totalQuestions: questions,
      correct,
      minutesUsed: Math.round(exam.minutes.value * a.timeShare),
      domainResults: domainResultsFor(exam, questions, correct, SKILL),
      createdAt: instantOn(date, 14, 30),
      sample: 1,
    };
  });

  return { studyPlans: [plan], studySessions, practiceAttempts };
}
