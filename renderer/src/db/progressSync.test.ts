import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { CoderPathDb } from './db';
import { milestonesOfStage } from '../../../shared/roadmap/order';
import { PRACTICE_TARGET_PREFIX } from './practiceTargets';
import { syncRoadmapFromData } from './progressSync';
import { createDefaultRoadmap } from './roadmap';

let n = 0;
const at = '2026-01-01T00:00:00.000Z';

describe('syncing the roadmap from the data', () => {
  it('creates a done certification milestone from a held CPC (a practice exam alone creates none), once', async () => {
    const db = new CoderPathDb(`progress-sync-${++n}`);
    await db.practiceAttempts.add({
      id: 'p1', examCode: 'CPC', date: '2026-02-01', source: 'Vendor', totalQuestions: 100, correct: 74,
      minutesUsed: 200, domainResults: [], createdAt: at,
    });
    let result = await syncRoadmapFromData(db, '2026-03-01');
    expect(result.created).toEqual([]);
    const none = await db.milestones.toArray();
    expect(none).toEqual([]);

    await db.credentials.add({
      id: 'c1', code: 'CPC', earnedOn: '2026-02-20', cycleStart: '2026-02-20', cycleEnd: '2028-01-31', history: [],
      createdAt: at, updatedAt: at,
    });
    result = await syncRoadmapFromData(db, '2026-03-01');
    const milestones = await db.milestones.toArray();
    expect(milestones).toHaveLength(1);
    expect(milestones[0]).toMatchObject({ stage: 'certification', state: 'done', doneOn: '2026-02-20' });
    expect((await syncRoadmapFromData(db, '2026-03-01')).updated).toEqual([]);
  });

  it('reads the stored attempts and targets: a passed attempt moves the planned milestone along, one under the target does not', async () => {
    const db = new CoderPathDb(`progress-sync-${++n}`);
    await createDefaultRoadmap(db);
    await db.keyValues.put({ key: `${PRACTICE_TARGET_PREFIX}CPC`, value: 80 });
    await db.practiceAttempts.add({
      id: 'p1', examCode: 'CPC', date: '2026-02-01', source: 'Vendor', totalQuestions: 100, correct: 74,
      minutesUsed: 200, domainResults: [], createdAt: at,
    });
    await syncRoadmapFromData(db, '2026-03-01');
    const cert = async () => milestonesOfStage(await db.milestones.toArray(), 'certification')[0];
    expect(await cert()).toMatchObject({ state: 'planned' });
    await db.practiceAttempts.add({
      id: 'p2', examCode: 'CPC', date: '2026-02-15', source: 'Vendor', totalQuestions: 100, correct: 81,
      minutesUsed: 200, domainResults: [], createdAt: at,
    });
    await syncRoadmapFromData(db, '2026-03-01');
    expect(await cert()).toMatchObject({ state: 'in-progress', auto: { ref: 'p2' } });
  });
});
