/** Instants for generated records, made from a day and a time of day so they never depend on the clock or zone. */
import type { IsoDate, IsoDateTime } from '../model/entities';

/** `2026-03-04` + 19:30 → `2026-03-04T19:30:00.000Z`. */
export function instantOn(day: IsoDate, hour: number, minute = 0): IsoDateTime {
  const hh = String(hour).padStart(2, '0');
  const mm = String(minute).padStart(2, '0');
  return `${day}T${hh}:${mm}:00.000Z`;
}
