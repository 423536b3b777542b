/** The user's practice target per exam (the editable pass percent): a small setting in keyValues. */
import { db, type CoderPathDb } from './db';

/** keyValues key prefix of the practice targets: `practiceTarget:CPC` → 75. */
export const PRACTICE_TARGET_PREFIX = 'practiceTarget:';

/** The user's practice targets (percent) by exam code; exams without one use the catalog's pass mark. */
export async function readPracticeTargets(database: CoderPathDb = db): Promise<Record<string, number>> {
  const rows = await database.keyValues.where('key').startsWith(PRACTICE_TARGET_PREFIX).toArray();
  const targets: Record<string, number> = {};
  for (const row of rows) {
    if (typeof row.value === 'number' && Number.isFinite(row.value)) {
      targets[row.key.slice(PRACTICE_TARGET_PREFIX.length)] = row.value;
    }
  }
  return targets;
}
