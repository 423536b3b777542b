/** Figures of pure domain code, measured in Node (the same V8 as the renderer; no database involved). */
import { computeRequirements } from '../shared/ceu/requirements';
import { getExamDef } from '../shared/study/exams';
import { assessReadiness, recentDomainScores } from '../shared/study/readiness';
import { buildSchedule } from '../shared/study/schedule';
import { benchToday, heavy, largeEntries } from './data';
import { figure, type FigureResult } from './figures';
import { median, timeSync } from './stats';

const RUNS = 25;

export function nodeFigures(): FigureResult[] {
  const today = benchToday();
  const data = heavy(today);
  // In primary-key order, as the screens get them from db.ceuEntries.toArray() (not the generator's date order).
  const entries = largeEntries(data.credentials, today).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const requirementRuns = timeSync(() => computeRequirements({ held: data.credentials, entries, today }), RUNS);

  // As the Study screen does for the active plan: readiness over all attempts, then the schedule from its domain scores.
  const plan = data.studyPlans.find((p) => p.active) ?? data.studyPlans[data.studyPlans.length - 1]!;
  const exam = getExamDef(plan.examCode);
  if (!exam) throw new Error(`The heavy dataset's active plan has an exam (${plan.examCode}) missing from the catalog.`);
  const readinessRuns = timeSync(() => {
    const readiness = assessReadiness(data.practiceAttempts, exam, today);
    return buildSchedule({ plan, exam, domainScores: recentDomainScores(readiness), today });
  }, RUNS);

  return [
    figure('requirements', requirementRuns, median(requirementRuns), `${data.credentials.length} credentials, ${entries.length} entries`),
    figure('readinessSchedule', readinessRuns, median(readinessRuns), `${data.practiceAttempts.length} attempts, plan for ${exam.code}`),
  ];
}
