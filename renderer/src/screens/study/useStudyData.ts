/** Live reads for the Study screen and the timer indicator, and the clocks they tick on. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { PracticeAttempt, RunningTimer, StudyPlan, StudySession } from '../../../../shared/model/entities';
import { weekStartOrDefault, type WeekStartDay } from '../../../../shared/study/weeks';
import { db } from '../../db/db';
import { readPracticeTargets } from '../../db/practice';
import { todayIso } from '../../lib/dates';
import { compareKeys } from '../../../../shared/model/compareKeys';

/** The current instant, refreshed every `ms`. */
export function useNow(ms: number): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const id = setInterval(() => setNow(new Date()), ms);
    return () => clearInterval(id);
  }, [ms]);
  return now;
}

/** Today's calendar day, updated past midnight so "this week" moves on in a window left open. */
export function useToday(): string {
  return todayIso(useNow(60_000));
}

/** The running timer; `null` when none runs, `undefined` while loading. */
export function useRunningTimer(): RunningTimer | null | undefined {
  return useLiveQuery(async () => (await db.timer.get('timer')) ?? null, []);
}

export interface StudyData {
  plans: StudyPlan[];
  active: StudyPlan | undefined;
  sessions: StudySession[];
  /** Practice attempts of the active plan's exam. */
  attempts: PracticeAttempt[];
  weekStartsOn: WeekStartDay;
  /** The user's practice target for the active plan's exam, when set. */
  targetPercent?: number;
}

/** Everything the Study screen reads, in one live query so the plan updates when any of it changes. */
export function useStudyData(): StudyData | undefined {
  return useLiveQuery(async () => {
    const plans = await db.studyPlans.toArray();
    plans.sort((a, b) => compareKeys(a.examDate, b.examDate) || a.name.localeCompare(b.name));
    const active = plans.find((p) => p.active) ?? plans[0];
    const sessions = await db.studySessions.toArray();
    const [attempts, profile, targets] = await Promise.all([
      active ? db.practiceAttempts.where('examCode').equals(active.examCode).toArray() : [],
      db.profile.get('profile'),
      readPracticeTargets(),
    ]);
    const targetPercent = active ? targets[active.examCode.toUpperCase()] : undefined;
    return {
      plans, active, sessions, attempts, weekStartsOn: weekStartOrDefault(profile?.weekStartsOn),
      ...(targetPercent !== undefined ? { targetPercent } : {}),
    };
  }, []);
}
