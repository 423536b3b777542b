import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { activeDatabaseName, chooseDatabase, sampleIsOpen, SAMPLE_DB_NAME, USER_DB_NAME } from './activeDatabase';
import { CoderPathDb } from './db';
import { prepareSampleDatabase } from './sampleDatabase';

function memoryStore() {
  const map = new Map<string, string>();
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  };
}

describe('activeDatabase', () => {
  it("opens the user's database unless the sample was chosen", () => {
    const store = memoryStore();
    expect(activeDatabaseName(store)).toBe(USER_DB_NAME);
    chooseDatabase('sample', store);
    expect(sampleIsOpen(store)).toBe(true);
    expect(activeDatabaseName(store)).toBe(SAMPLE_DB_NAME);
    chooseDatabase('user', store);
    expect(activeDatabaseName(store)).toBe(USER_DB_NAME);
  });

  it("without storage it is always the user's database, and choosing the sample says why it cannot", () => {
    expect(activeDatabaseName(null)).toBe(USER_DB_NAME);
    expect(() => chooseDatabase('sample', null)).toThrow(/cannot be opened/);
  });
});

describe('prepareSampleDatabase', () => {
  it("fills its own database, set up already, and leaves the user's alone", async () => {
    const user = new CoderPathDb(USER_DB_NAME);
    await user.studyPlans.add({
      id: 'mine', name: 'My plan', examCode: 'CCS', examDate: '2026-09-19', startDate: '2026-03-01', weeklyHoursGoal: 5,
      weights: [], active: true, createdAt: '2026-03-01T00:00:00.000Z', updatedAt: '2026-03-01T00:00:00.000Z',
    });
    const counts = await prepareSampleDatabase('2026-03-10');
    const sample = new CoderPathDb(SAMPLE_DB_NAME);
    expect(await sample.credentials.count()).toBe(counts.credentials);
    expect(await sample.studyPlans.get('mine')).toBeUndefined();
    expect((await sample.profile.get('profile'))?.onboardingDone).toBe(true);
    expect(await user.studyPlans.toArray()).toHaveLength(1);
    expect(await user.credentials.count()).toBe(0);
    // Opened again: a fresh copy, not the sample twice.
    sample.close();
    await prepareSampleDatabase('2026-03-10');
    const again = new CoderPathDb(SAMPLE_DB_NAME);
    expect(await again.credentials.count()).toBe(counts.credentials);
    again.close();
    user.close();
  });
});
