import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { CoderPathDb } from './db';
import { syncRoadmapFromData } from './progressSync';

let n = 0;
const at = '2026-01-01T00:00:00.000Z';

describe('syncing the roadmap from the data', () => {
  it('completes certification from a held CPC and advances it from a passed practice exam, once', async () => {
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
});
