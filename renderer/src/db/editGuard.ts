/**
 * Two windows (or tabs) editing the same record: a form remembers the record as it opened it (`base`), and the
 * save compares it with what is stored, inside the write transaction. If another window saved in between, the
 * save throws EditConflictError with the stored version instead of silently replacing it; the form then offers
 * "Reload" (show the stored version) or "Keep mine" (`overwriteNext`, then save again over that version only).
 *
 * Whole records are compared (not only `updatedAt`), because sessions and attempts have no `updatedAt`, and a
 * comparison of the content also catches an edit by the app itself (a roadmap sync) while the form was open.
 */

/** Passed by a form's save: the record as the form opened it. Without it the save replaces what is stored. */
export interface EditOptions<T> {
  base?: T | undefined;
}

export class EditConflictError<T = unknown> extends Error {
  constructor(
    /** What the record is, for the message: "CEU entry", "plan"… */
    readonly what: string,
    /** The record as stored now. */
    readonly current: T,
    /** The compared content of `current`, for `overwriteNext`. */
    readonly version: string,
  ) {
    super(`This ${what} was changed in another window after you opened it.`);
    this.name = 'EditConflictError';
  }
}

/** A stable text of a record's content: keys sorted at every level, so two reads of one version compare equal. */
function fingerprint(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

function pick<T extends object>(record: T, fields: readonly (keyof T)[] | undefined): unknown {
  return fields ? fields.map((field) => record[field]) : record;
}

/** Versions the user chose to save over ("Keep mine"), each good for one save. */
const overwritable = new Set<string>();

/**
 * Throws EditConflictError when `current` (read in the save's transaction) differs from `base` in `fields` (all
 * fields by default). No `base`: nothing to compare, the save goes ahead.
 */
export function guardEdit<T extends object>(what: string, current: T, base: T | undefined, fields?: readonly (keyof T)[]): void {
  if (!base) return;
  const stored = fingerprint(pick(current, fields));
  if (stored === fingerprint(pick(base, fields))) return;
  if (overwritable.delete(`${what}\n${stored}`)) return;
  throw new EditConflictError(what, current, stored);
}

/** "Keep mine": the next save of this record may replace the version in `conflict` (and only that version). */
export function overwriteNext(conflict: EditConflictError): void {
  overwritable.add(`${conflict.what}\n${conflict.version}`);
}
