/**
 * What the plan asks of today and how the current week is going: the sessions planned for today, each marked done
 * once logged study time covers it, and the week's planned against done minutes per topic.
 */
import type { IsoDate, PracticeAttempt, StudySession } from '../model/entities';
import { compareKeys } from '../model/compareKeys';
import type { ExamDef } from './exams';
import { domainLabel } from './exams';
import type { PlannedSession, PlanWeek, StudySchedule } from './plan';

/** What a planned session is, in words (the agenda, the plan table and the calendar say it alike). */
export function sessionLabel(session: Pick<PlannedSession, 'kind' | 'domainId'>, exam: ExamDef): string {
  const topic = session.domainId ? domainLabel(exam, session.domainId) : 'General study';
  switch (session.kind) {
    case 'focus':
      return `Focus: ${topic}`;
    case 'review':
      return `Review: ${topic}`;
    case 'practice-exam':
      return `Full timed practice exam (${exam.questions.value} questions)`;
    case 'exam-review':
      return 'Review the practice exam: every missed question';
  }
}

export interface AgendaItem {
  session: PlannedSession;
  /** Logged minutes counted toward it (a practice exam counts as done once an attempt of that day is recorded). */
  doneMinutes: number;
  done: boolean;
}

/**
 * Today's planned sessions. Logged minutes of the day go to the planned sessions of the same topic in order; a
 * general session (no topic) counts toward the exam's full practice and review sessions.
 */
export function todayAgenda(
  schedule: Pick<StudySchedule, 'weeks'>,
  sessions: Pick<StudySession, 'date' | 'minutes' | 'domainId'>[],
  attempts: Pick<PracticeAttempt, 'date'>[],
  today: IsoDate,
): AgendaItem[] {
  const planned = schedule.weeks.flatMap((w) => w.sessions.filter((s) => s.date === today));
  const pool = new Map<string | null, number>();
  for (const s of sessions) {
    if (s.date !== today) continue;
    const key = s.domainId ?? null;
    pool.set(key, (pool.get(key) ?? 0) + s.minutes);
  }
  const attemptToday = attempts.some((a) => a.date === today);
  return planned.map((session) => {
    if (session.kind === 'practice-exam' && attemptToday) return { session, doneMinutes: session.minutes, done: true };
    const key = session.domainId ?? null;
    const available = pool.get(key) ?? 0;
    const doneMinutes = Math.min(available, session.minutes);
    pool.set(key, available - doneMinutes);
    return { session, doneMinutes, done: doneMinutes >= session.minutes };
  });
}

export interface TopicProgress {
  /** null: general study and the exam's full practice/review sessions. */
  domainId: string | null;
  plannedMinutes: number;
  doneMinutes: number;
}

export interface WeekProgress {
  week?: PlanWeek;
  plannedMinutes: number;
  doneMinutes: number;
  /** Planned topics first (in plan order), then topics studied without being planned, then general study. */
  topics: TopicProgress[];
}

/** Planned against done minutes for the plan week containing `today`. */
export function currentWeekProgress(
  schedule: Pick<StudySchedule, 'weeks'>,
  sessions: Pick<StudySession, 'date' | 'minutes' | 'domainId'>[],
  today: IsoDate,
): WeekProgress {
  const week = schedule.weeks.find((w) => w.start <= today && today <= w.end);
  if (!week) return { plannedMinutes: 0, doneMinutes: 0, topics: [] };
  const rows = new Map<string | null, TopicProgress>();
  const row = (key: string | null) => {
    let r = rows.get(key);
    if (!r) rows.set(key, (r = { domainId: key, plannedMinutes: 0, doneMinutes: 0 }));
    return r;
  };
  for (const s of week.sessions) row(s.domainId ?? null).plannedMinutes += s.minutes;
  const planned = new Set(rows.keys());
  let doneMinutes = 0;
  for (const s of sessions) {
    if (s.date < week.start || s.date > week.end) continue;
    row(s.domainId ?? null).doneMinutes += s.minutes;
    doneMinutes += s.minutes;
  }
  const all = [...rows.values()];
  const first = all.filter((r) => planned.has(r.domainId) && r.domainId !== null);
  const extra = all
    .filter((r) => !planned.has(r.domainId) && r.domainId !== null)
    .sort((a, b) => compareKeys(a.domainId!, b.domainId!));
  const general = all.filter((r) => r.domainId === null);
  return { week, plannedMinutes: week.minutes, doneMinutes, topics: [...first, ...extra, ...general] };
}
