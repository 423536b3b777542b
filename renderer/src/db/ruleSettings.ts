/**
 * The user's choices for editable CEU rules (shared/ceu catalog `editable` rules), kept in keyValues. A module of
 * its own, with nothing but Dexie behind it, so the dashboard's first load can read them without the CEU writes
 * (CSV, forms) coming along.
 */
import type { RuleSettings } from '../../../shared/ceu/catalogTypes';
import { db, type CoderPathDb } from './db';

/** keyValues key of the settings. */
export const CEU_RULE_SETTINGS_KEY = 'ceuRuleSettings';

/** The stored settings; anything but a plain object (absent, or damaged by hand) reads as none. */
function ruleSettingsFrom(value: unknown): RuleSettings {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as RuleSettings) : {};
}

/** The user's choices by rule id. */
export async function readRuleSettings(database: CoderPathDb = db): Promise<RuleSettings> {
  return ruleSettingsFrom((await database.keyValues.get(CEU_RULE_SETTINGS_KEY))?.value);
}

/** Switches an editable rule on or off (e.g. AHIMA's unconfirmed 40% rule once the user confirmed it). */
export async function setRuleEnabled(ruleId: string, enabled: boolean, database: CoderPathDb = db): Promise<void> {
  await database.transaction('rw', database.keyValues, async () => {
    const settings = await readRuleSettings(database);
    const next: RuleSettings = { ...settings, [ruleId]: { ...settings[ruleId], enabled } };
    await database.keyValues.put({ key: CEU_RULE_SETTINGS_KEY, value: next });
  });
}
