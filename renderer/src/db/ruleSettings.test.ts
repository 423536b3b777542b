import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { CoderPathDb } from './db';
import { CEU_RULE_SETTINGS_KEY, readRuleSettings, ruleSettingsFrom, setRuleEnabled } from './ruleSettings';

let n = 0;
const freshDb = () => new CoderPathDb(`rule-settings-test-${++n}-${Date.now()}`);

describe('CEU rule settings', () => {
  it('switches an editable rule on and keeps other settings', async () => {
    const db = freshDb();
    expect(await readRuleSettings(db)).toEqual({});
    await setRuleEnabled('ahima-from-ahima-minimum', true, db);
    await setRuleEnabled('other', false, db);
    expect(await readRuleSettings(db)).toEqual({ 'ahima-from-ahima-minimum': { enabled: true }, other: { enabled: false } });
  });

  it('reads a stored value that is not a plain object as no settings', async () => {
    const db = freshDb();
    await db.keyValues.put({ key: CEU_RULE_SETTINGS_KEY, value: ['damaged'] });
    expect(await readRuleSettings(db)).toEqual({});
    expect(ruleSettingsFrom(null)).toEqual({});
    expect(ruleSettingsFrom('on')).toEqual({});
    expect(ruleSettingsFrom({ a: { enabled: true } })).toEqual({ a: { enabled: true } });
  });
});
