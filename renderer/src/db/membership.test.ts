import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { HeldCredential } from '../../../shared/model/entities';
import { CoderPathDb } from './db';
import { setAapcRenewalMonth } from './membership';

let n = 0;
const freshDb = () => new CoderPathDb(`membership-test-${++n}`);
const stamp = '2025-01-01T00:00:00.000Z';
const credential = (id: string, code: string, over: Partial<HeldCredential> = {}): HeldCredential => ({
  id, code, earnedOn: '2018-05-10', cycleStart: '2025-05-10', cycleEnd: '2027-05-09', history: [], createdAt: stamp, updatedAt: stamp, ...over,
});

describe('rule 4: the AAPC membership renewal month, once per member', () => {
  it('rule 4: is kept in the profile and moves every running AAPC period onto it (AHIMA and ended periods untouched)', async () => {
    const db = freshDb();
    await db.credentials.bulkAdd([
      credential('cpc', 'CPC'),
      credential('crc', 'CRC', { earnedOn: '2026-02-01', cycleStart: '2026-02-01' }),
      credential('ccs', 'CCS'),
      credential('old', 'CEMC', { cycleStart: '2024-01-01', cycleEnd: '2025-12-31' }),
    ]);
    const { aligned } = await setAapcRenewalMonth(3, '2026-12-02', db);
    expect(aligned.map((c) => c.id).sort()).toEqual(['cpc', 'crc']);
    expect((await db.profile.get('profile'))?.aapcRenewalMonth).toBe(3);
    expect(await db.credentials.get('cpc')).toMatchObject({ cycleStart: '2025-04-01', cycleEnd: '2027-03-31' });
    // Earned within the period: starts the day earned (its first period is pro-rated).
    expect(await db.credentials.get('crc')).toMatchObject({ cycleStart: '2026-02-01', cycleEnd: '2027-03-31' });
    expect(await db.credentials.get('ccs')).toMatchObject({ cycleEnd: '2027-05-09' });
    expect(await db.credentials.get('old')).toMatchObject({ cycleEnd: '2025-12-31' });
  });

  it('a month outside 1–12 is refused and nothing changes', async () => {
    const db = freshDb();
    await db.credentials.add(credential('cpc', 'CPC'));
    await expect(setAapcRenewalMonth(13, '2026-12-02', db)).rejects.toThrow(/January to December/);
    expect(await db.profile.get('profile')).toBeUndefined();
    expect(await db.credentials.get('cpc')).toMatchObject({ cycleEnd: '2027-05-09' });
  });
});
