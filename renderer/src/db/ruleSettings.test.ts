import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { CoderPathDb } from './db';
import { CEU_RULE_SETTINGS_KEY, readRuleSettings, setRuleEnabled } from './ruleSettings';

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
    for (const damaged of [['damaged'], null, 'on']) {
      await db.keyValues.put({ key: CEU_RULE_SETTINGS_KEY, value: damaged });
      expect(await readRuleSettings(db)).toEqual({});
    }
    await db.keyValues.put({ key: CEU_RULE_SETTINGS_KEY, value: { a: { enabled: true } } });
    expect(await readRuleSettings(db)).toEqual({ a: { enabled: true } });
  });
});
