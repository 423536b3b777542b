/** Figures of pure domain code, measured in Node (the same V8 as the renderer; no database involved). */
import { computeRequirements } from '../shared/ceu/requirements';
import { getExamDef } from '../shared/study/exams';
import { todayAgenda } from '../shared/study/agenda';
import { assessReadiness } from '../shared/study/readiness';
import { replan } from '../shared/study/replan';
import { benchToday, heavy, largeEntries } from './data';
import { figure, type FigureResult } from './figures';
import { median, timeSync } from './stats';

const RUNS = 25;

const weeksOf = (p: { startDate: string; examDate: string }) =>
  Math.ceil((Date.parse(p.examDate) - Date.parse(p.startDate)) / (7 * 86_400_000));

export function nodeFigures(): FigureResult[] {
  const today = benchToday();
  const data = heavy(today);
  // In primary-key order, as the screens get them from db.ceuEntries.toArray() (not the generator's date order).
  const entries = largeEntries(data.credentials, today).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const requirementRuns = timeSync(() => computeRequirements({ held: data.credentials, entries, today }), RUNS);

  // As the Study and Practice screens do for the active plan: the plan re-built from every attempt and session (twice:
  // now and before the latest change, for the re-plan note), today's agenda, and readiness on the exam date.
  const plan = data.studyPlans.find((p) => p.active) ?? data.studyPlans[data.studyPlans.length - 1]!;
  const exam = getExamDef(plan.examCode);
  if (!exam) throw new Error(`The heavy dataset's active plan has an exam (${plan.examCode}) missing from the catalog.`);
  const attempts = data.practiceAttempts.filter((a) => a.examCode === plan.examCode);
  const sessions = data.studySessions.filter((s) => s.planId === undefined || s.planId === plan.id);
  const readinessRuns = timeSync(() => {
    const readiness = assessReadiness(data.practiceAttempts, exam, today, { examDate: plan.examDate });
    const { schedule } = replan({ plan, exam, today, evidence: { attempts, sessions } });
    return [readiness, todayAgenda(schedule, sessions, attempts, today)];
  }, RUNS);

  return [
    figure('requirements', requirementRuns, median(requirementRuns), `${data.credentials.length} credentials, ${entries.length} entries`),
    figure('readinessSchedule', readinessRuns, median(readinessRuns), `${data.practiceAttempts.length} attempts (${attempts.length} ${exam.code}), ${sessions.length} sessions, plan of ${weeksOf(plan)} weeks`),
  ];
}
