import { describe, expect, it } from 'vitest';
import { newestBackupBefore } from './earlierBackups';

describe('newestBackupBefore', () => {
  const store = '2026-12-02T10:00:00.000Z';
  it('names the newest backup written before the store was created', () => {
    const backups = [
      { createdAt: '2026-11-30T09:00:00.000Z', name: 'older' },
      { createdAt: '2026-12-01T09:00:00.000Z', name: 'newest before' },
      { createdAt: '2026-12-02T10:00:05.000Z', name: 'this store’s own daily backup' },
    ];
    expect(newestBackupBefore(backups, store)?.name).toBe('newest before');
  });
  it('is null when every backup is the store’s own, or there are none, or the date is unreadable', () => {
    expect(newestBackupBefore([{ createdAt: '2026-12-02T11:00:00.000Z' }], store)).toBeNull();
    expect(newestBackupBefore([], store)).toBeNull();
    expect(newestBackupBefore([{ createdAt: '2026-12-01T11:00:00.000Z' }], 'not a date')).toBeNull();
  });
});
