/**
 * Desktop notifications for CEU deadlines, whatever screen is open: once at start (and the CEUs screen again
 * while it is open), each warning at most once a week (claimDeadlineNotification keeps the last day shown).
 * Loaded after the first screen, so start-up does not wait for the requirement engine.
 */
import { claimDeadlineNotification } from '../db/ceus';
import { readRuleSettings } from '../db/ruleSettings';
import { db as appDb, type CoderPathDb } from '../db/db';
import { todayIso } from '../lib/dates';
import { computeCeuStatuses } from '../screens/ceus/ceuStatuses';

export async function sendDeadlineNotices(
  notify: (title: string, body: string) => Promise<boolean>,
  today: string = todayIso(),
  database: CoderPathDb = appDb,
): Promise<number> {
  const held = await database.credentials.toArray();
  if (held.length === 0) return 0;
  const [entries, ruleSettings] = await Promise.all([database.ceuEntries.toArray(), readRuleSettings(database)]);
  const { warnings } = computeCeuStatuses(held, entries, ruleSettings, today);
  let shown = 0;
  for (const warning of warnings) {
    if (!(await claimDeadlineNotification(warning.key, today, database))) continue;
    if (await notify(warning.title, warning.message).catch(() => false)) shown += 1;
  }
  return shown;
}
