import { describe, expect, it } from 'vitest';
import type { Attachment, CeuEntry, Profile } from './entities';
import {
  attachmentSchema,
  ceuEntrySchema,
  isRealIsoDate,
  isRealIsoDateTime,
  keyValueSchema,
  practiceAttemptSchema,
  profileSchema,
  runningTimerSchema,
  type Same,
} from './schemas';

const entry: CeuEntry = {
  id: 'e1',
  completedOn: '2024-02-29',
  title: 'Risk adjustment webinar',
  provider: 'AAPC',
  ceus: 1.5,
  category: 'specialty',
  specialtyCode: 'CRC',
  approvalCode: 'AAPC123456',
  credentialIds: ['c1'],
  cycleChoice: { c1: '2024-03-31' },
  notes: '',
  createdAt: '2024-03-01T10:00:00.000Z',
  updatedAt: '2024-03-01T10:00:00.000Z',
};

describe('calendar days (IsoDate)', () => {
  it('accepts real days including leap days', () => {
    expect(['2024-02-29', '2000-02-29', '1999-12-31', '2023-01-01'].map(isRealIsoDate)).toEqual([true, true, true, true]);
  });
  it('refuses days that do not exist or are not YYYY-MM-DD', () => {
    const bad = ['2023-02-29', '1900-02-29', '2024-02-30', '2024-04-31', '2024-13-01', '2024-00-10', '2024-1-01', '2024-01-01T00:00:00Z', ''];
    expect(bad.filter(isRealIsoDate)).toEqual([]);
  });
});

describe('instants (IsoDateTime)', () => {
  it('accepts toISOString output and ISO instants with an offset', () => {
    expect(isRealIsoDateTime(new Date(0).toISOString())).toBe(true);
    expect(isRealIsoDateTime('2024-05-01T13:45:30+02:00')).toBe(true);
    expect(isRealIsoDateTime('2024-05-01T13:45Z')).toBe(true);
  });
  it('refuses impossible or zone-less instants', () => {
    const bad = ['2024-02-30T10:00:00.000Z', '2024-05-01T24:00:00Z', '2024-05-01T10:60:00Z', '2024-05-01T10:00:00', '2024-05-01', 'yesterday'];
    expect(bad.filter(isRealIsoDateTime)).toEqual([]);
  });
});

describe('entity schemas', () => {
  it('accept a well-formed CEU entry unchanged', () => {
    expect(ceuEntrySchema.parse(entry)).toEqual(entry);
  });
  it('are strict: an unknown field is an error, not dropped', () => {
    const r = ceuEntrySchema.safeParse({ ...entry, extra: 1 });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.code).toBe('unrecognized_keys');
  });
  it('refuse a bad day, a negative or infinite CEU amount and an unknown category', () => {
    for (const bad of [{ completedOn: '2024-02-30' }, { ceus: -1 }, { ceus: Infinity }, { ceus: NaN }, { category: 'fun' }]) {
      expect(ceuEntrySchema.safeParse({ ...entry, ...bad }).success, JSON.stringify(bad)).toBe(false);
    }
  });
  it('refuse a bad day inside cycleChoice', () => {
    const r = ceuEntrySchema.safeParse({ ...entry, cycleChoice: { c1: '2024-02-31' } });
    expect(r.error?.issues[0]?.path).toEqual(['cycleChoice', 'c1']);
  });
  it('refuse `__proto__` as a cycleChoice key (it would vanish when the map is copied)', () => {
    const cycleChoice = JSON.parse('{"__proto__": "2024-03-31"}') as Record<string, string>;
    expect(ceuEntrySchema.safeParse({ ...entry, cycleChoice }).success).toBe(false);
  });
  it('profile keeps at least one automatic backup', () => {
    const profile: Profile = {
      id: 'profile', name: 'Ana', roles: ['coder'], careerStart: '2020-01-01', onboardingDone: true,
      persistentStorage: null, autoBackupKeep: 10, createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z',
    };
    expect(profileSchema.safeParse(profile).success).toBe(true);
    expect(profileSchema.safeParse({ ...profile, autoBackupKeep: 0 }).success).toBe(false);
    expect(profileSchema.safeParse({ ...profile, id: 'other' }).success).toBe(false);
  });
  it('profile may carry the first day of the week, a weekday number 0–6', () => {
    const profile: Profile = {
      id: 'profile', name: 'Ana', roles: ['learner'], careerStart: '2020-01-01', onboardingDone: true,
      persistentStorage: null, autoBackupKeep: 10, weekStartsOn: 0, createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z',
    };
    expect(profileSchema.safeParse(profile).success).toBe(true);
    expect(profileSchema.safeParse({ ...profile, weekStartsOn: 7 }).success).toBe(false);
    expect(profileSchema.safeParse({ ...profile, weekStartsOn: 1.5 }).success).toBe(false);
    const { weekStartsOn: _w, ...without } = profile;
    expect(profileSchema.safeParse(without).success).toBe(true);
  });
  it('attachment needs a real Blob whose size matches `size`', () => {
    const a: Attachment = { id: 'a1', entryId: 'e1', fileName: 'c.pdf', mimeType: 'application/pdf', size: 3, data: new Blob([new Uint8Array([1, 2, 3])]), addedAt: '2024-01-01T00:00:00.000Z' };
    expect(attachmentSchema.safeParse(a).success).toBe(true);
    expect(attachmentSchema.safeParse({ ...a, size: 4 }).success).toBe(false);
    expect(attachmentSchema.safeParse({ ...a, data: 'AQID' }).success).toBe(false);
  });
  it('practice attempt cannot have more correct answers than questions', () => {
    const a = { id: 'p1', examCode: 'CPC', date: '2024-01-01', source: 'x', totalQuestions: 10, correct: 11, minutesUsed: 30, domainResults: [], createdAt: '2024-01-01T00:00:00.000Z' };
    expect(practiceAttemptSchema.safeParse(a).success).toBe(false);
    expect(practiceAttemptSchema.safeParse({ ...a, correct: 10 }).success).toBe(true);
  });
  it('timer id is the fixed key and key-values need a key', () => {
    expect(runningTimerSchema.safeParse({ id: 'timer', startedAt: '2024-01-01T00:00:00.000Z' }).success).toBe(true);
    expect(runningTimerSchema.safeParse({ id: 'x', startedAt: '2024-01-01T00:00:00.000Z' }).success).toBe(false);
    expect(keyValueSchema.safeParse({ key: 'lastNotice', value: { at: 1 } }).success).toBe(true);
    expect(keyValueSchema.safeParse({ key: '', value: 1 }).success).toBe(false);
  });
});

describe('drift guard (compile time)', () => {
  it('notices a missing optional field, an optional-vs-required change and a type change', () => {
    // These lines only compile because the guard reports `false` for each drift.
    const missingOptional: Same<{ a: string }, { a: string; b?: number }> = false;
    const optionality: Same<{ a?: string }, { a: string }> = false;
    const typeChange: Same<{ a: string }, { a: number }> = false;
    const same: Same<{ a?: string | undefined }, { a?: string }> = true;
    expect([missingOptional, optionality, typeChange, same]).toEqual([false, false, false, true]);
  });
});
