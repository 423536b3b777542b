/**
 * Keeps the roadmap in step with the data: after a credential or a practice attempt is saved, and once at start,
 * the milestones the data completes or advances are written (shared/roadmap/autoComplete.ts; idempotent).
 */
import { progressFacts } from '../../../shared/roadmap/facts';
import { todayIso } from '../lib/dates';
import { db, type CoderPathDb } from './db';
import { readPracticeTargets } from './practiceTargets';
import { syncRoadmapProgress } from './roadmap';

export async function syncRoadmapFromData(database: CoderPathDb = db, today: string = todayIso()) {
  const [credentials, attempts, targets] = await Promise.all([
    database.credentials.toArray(),
    database.practiceAttempts.toArray(),
    readPracticeTargets(database),
  ]);
  return syncRoadmapProgress(today, progressFacts(credentials, attempts, targets, today), database);
}
