/** The dashboard's "next deadline": the exam or CEU cycle end that needs the user's attention first. */
import { differenceInCalendarDays, parseISO } from 'date-fns';
import type { IsoDate } from '../model/entities';
import { compareKeys } from '../model/compareKeys';

export type DeadlineKind = 'exam' | 'ceu-cycle';

export interface DeadlineCandidate {
  kind: DeadlineKind;
  /** Exam day, or the last day of a CEU cycle. */
  date: IsoDate;
  /** What the user reads, e.g. "CPC exam" or "CPC renewal". */
  label: string;
  /** Id of the study plan or held credential it comes from. */
  ref: string;
}

export interface Deadline extends DeadlineCandidate {
  /** Calendar days from today to the date: 0 on the day itself, negative for an overdue CEU cycle. */
  daysLeft: number;
  overdue: boolean;
}

/**
 * An overdue CEU cycle comes first (the most overdue one): the credential is at risk until the user reports
 * its CEUs or rolls the cycle over. Otherwise the soonest date from today on, a CEU cycle before an exam on the
 * same day. Past exams are over and are ignored. Null when nothing qualifies.
 */
export function nextDeadline(candidates: readonly DeadlineCandidate[], today: IsoDate): Deadline | null {
  const byDate = (a: DeadlineCandidate, b: DeadlineCandidate) =>
    compareKeys(a.date, b.date) || kindRank(a.kind) - kindRank(b.kind) || compareKeys(a.label, b.label);
  const overdue = candidates.filter((c) => c.kind === 'ceu-cycle' && c.date < today).sort(byDate);
  const upcoming = candidates.filter((c) => c.date >= today).sort(byDate);
  const pick = overdue[0] ?? upcoming[0];
  if (!pick) return null;
  const daysLeft = differenceInCalendarDays(parseISO(pick.date), parseISO(today));
  return { ...pick, daysLeft, overdue: daysLeft < 0 };
}

const kindRank = (k: DeadlineKind): number => (k === 'ceu-cycle' ? 0 : 1);
