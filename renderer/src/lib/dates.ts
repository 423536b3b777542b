import { format, parseISO } from 'date-fns';

/** Today as a calendar day in the user's time zone. */
export function todayIso(now: Date = new Date()): string {
  return format(now, 'yyyy-MM-dd');
}

/** A stored day shown the way people read it, e.g. "Mar 4, 2026". */
export function formatDay(day: string): string {
  return format(parseISO(day), 'MMM d, yyyy');
}
