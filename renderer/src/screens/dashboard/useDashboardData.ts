/**
 * The dashboard's reads, in one live query, kept to what the cards need: the active plan and its exam's attempts,
 * the last few weeks of sessions, held credentials with only the CEU entries that can count in their current
 * cycles (no certificate files), and the milestones.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { previousCycleEnd } from '../../../../shared/ceu/eligibility';
import { isActive } from '../../../../shared/ceu/requirements';
import type { IsoDate, PracticeAttempt } from '../../../../shared/model/entities';
import { addDaysToDay } from '../../../../shared/study/days';
import { weekStartOrDefault } from '../../../../shared/study/weeks';
import { db } from '../../db/db';
import { readPracticeTargets } from '../../db/practice';
import { readRuleSettings } from '../../db/ruleSettings';
import { type DashboardRaw, weekChartFrom } from './dashboardView';

/** Attempts of the readiness exam: the active plan's, else the exam practised last. */
async function readinessAttempts(examCode: string | undefined): Promise<PracticeAttempt[]> {
  const code = examCode ?? (await db.practiceAttempts.orderBy('date').last())?.examCode;
  return code ? db.practiceAttempts.where('examCode').equals(code).toArray() : [];
}

const minDay = (a: IsoDate, b: IsoDate) => (a < b ? a : b);

export function useDashboardData(today: IsoDate): DashboardRaw | undefined {
  return useLiveQuery(async (): Promise<DashboardRaw> => {
    // Two rounds of reads: the few plans and credentials, then what they select (each by an index, bounded).
    const [plans, held] = await Promise.all([db.studyPlans.toArray(), db.credentials.toArray()]);
    const activePlan = plans.find((p) => p.active) ?? plans[0];
    const credentials = held.filter((c) => isActive(c, today));
    // An entry from the renewal month before a cycle may be applied to it (eligibility.ts), so read from there.
    const from = credentials.map((c) => `${previousCycleEnd(c).slice(0, 7)}-01`).sort()[0];
    // Sessions since the plan began (its agenda and re-planning read them) and the weeks the chart shows, whatever
    // day the user's weeks start on.
    const sessionsFrom = activePlan ? minDay(activePlan.startDate, addDaysToDay(weekChartFrom(activePlan, today), -6)) : undefined;
    const [attempts, practiceTargets, recentSessions, entries, ruleSettings, milestones, profile] = await Promise.all([
      readinessAttempts(activePlan?.examCode),
      readPracticeTargets(),
      sessionsFrom ? db.studySessions.where('date').aboveOrEqual(sessionsFrom).toArray() : [],
      from ? db.ceuEntries.where('completedOn').aboveOrEqual(from).toArray() : [],
      credentials.length > 0 ? readRuleSettings() : {},
      db.milestones.toArray(),
      db.profile.get('profile'),
    ]);
    return {
      ...(activePlan ? { activePlan } : {}),
      attempts, practiceTargets, recentSessions, credentials, entries, ruleSettings, milestones,
      weekStartsOn: weekStartOrDefault(profile?.weekStartsOn),
    };
  }, [today]);
}
