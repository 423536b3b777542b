import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { CoderPathDb } from '../db/db';
import { sendDeadlineNotices } from './deadlineNotices';

const at = '2026-01-01T00:00:00.000Z';

describe('deadline notices at start', () => {
  it('notify once a week while a CPC deadline is near and the pace short (warnings.ts, 90 days)', async () => {
    const db = new CoderPathDb('deadline-notices-1');
    await db.credentials.add({
      id: 'c1', code: 'CPC', earnedOn: '2024-06-01', cycleStart: '2024-06-01', cycleEnd: '2026-05-31', history: [],
      createdAt: at, updatedAt: at,
    });
    const notify = vi.fn(async () => true);
    expect(await sendDeadlineNotices(notify, '2026-04-01', db)).toBe(1);
    expect(notify).toHaveBeenCalledWith(expect.stringContaining('CPC'), expect.stringContaining('36'));
    expect(await sendDeadlineNotices(notify, '2026-04-05', db)).toBe(0);
    expect(await sendDeadlineNotices(notify, '2026-04-08', db)).toBe(1);
  });

  it('stay quiet without credentials or without a warning', async () => {
    const db = new CoderPathDb('deadline-notices-2');
    const notify = vi.fn(async () => true);
    expect(await sendDeadlineNotices(notify, '2026-04-01', db)).toBe(0);
    await db.credentials.add({
      id: 'c1', code: 'CPC', earnedOn: '2024-06-01', cycleStart: '2025-06-01', cycleEnd: '2027-05-31', history: [],
      createdAt: at, updatedAt: at,
    });
    expect(await sendDeadlineNotices(notify, '2026-04-01', db)).toBe(0);
    expect(notify).not.toHaveBeenCalled();
  });
});
