import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { CeuEntryDraft } from '../../../shared/ceu/entryForm';
import { CoderPathDb } from './db';
import {
  addCredential,
  addEntry,
  claimDeadlineNotification,
  deleteEntry,
  exportCeuCsv,
  markNotified,
  readLastNotified,
  reinstateCredential,
  removeAttachment,
  restoreAttachment,
  restoreCredentials,
  restoreEntry,
  retireCredential,
  rollOverCycles,
  updateCredential,
  updateEntry,
  type CredentialDraft,
} from './ceus';

let n = 0;
const freshDb = () => new CoderPathDb(`ceus-test-${++n}-${Date.now()}`);

const cpc = (over: Partial<CredentialDraft> = {}): CredentialDraft => ({
  code: 'CPC',
  earnedOn: '2024-03-01',
  cycleStart: '2024-03-01',
  cycleEnd: '2026-02-28',
  ...over,
});

const entryDraft = (credentialIds: string[], over: Partial<CeuEntryDraft> = {}): CeuEntryDraft => ({
  completedOn: '2025-05-10',
  title: 'E/M update 2025',
  provider: 'AAPC',
  ceus: 1.25,
  category: 'general',
  approvalCode: 'AAPC-123',
  credentialIds,
  notes: '',
  ...over,
});

const pdf = (text = '%PDF-1.4 certificate') => ({
  fileName: 'certificate.pdf',
  mimeType: 'application/pdf',
  data: new Blob([text], { type: 'application/pdf' }),
});

describe('held credentials', () => {
  it('adds a credential with an empty history and completes the certification milestone', async () => {
    const db = freshDb();
    const held = await addCredential(cpc({ code: ' cpc ' }), db);
    expect(await db.credentials.get(held.id)).toEqual(held);
    expect(held).toMatchObject({ code: 'CPC', earnedOn: '2024-03-01', cycleEnd: '2026-02-28', history: [] });
    const milestones = await db.milestones.toArray();
    expect(milestones).toHaveLength(1);
    expect(milestones[0]).toMatchObject({ stage: 'certification', state: 'done', doneOn: '2024-03-01', auto: { ref: held.id } });
  });

  it('edits dates and the own total, keeping history and creation; a draft without a total removes it', async () => {
    const db = freshDb();
    const held = await addCredential(cpc({ requiredOverride: { total: 30, note: 'Pro-rated first period' } }), db);
    const closed = { start: '2022-03-01', end: '2024-02-29', required: 36, earned: 36, complete: true, closedAt: '2024-03-01T00:00:00.000Z' };
    await db.credentials.update(held.id, { history: [closed], sample: 1 });
    const edited = await updateCredential(held.id, cpc({ cycleEnd: '2026-03-31' }), db);
    expect(edited.requiredOverride).toBeUndefined();
    expect(edited).toMatchObject({ id: held.id, cycleEnd: '2026-03-31', history: [closed], createdAt: held.createdAt, sample: 1 });
    expect(await db.credentials.get(held.id)).toEqual(edited);
  });

  it('throws a readable error when editing a credential that is gone', async () => {
    await expect(updateCredential('missing', cpc(), freshDb())).rejects.toThrow('This credential no longer exists.');
  });

  it('retires and reinstates a credential', async () => {
    const db = freshDb();
    const held = await addCredential(cpc(), db);
    await retireCredential(held.id, '2026-01-15', db);
    expect((await db.credentials.get(held.id))?.retiredOn).toBe('2026-01-15');
    await reinstateCredential(held.id, db);
    expect((await db.credentials.get(held.id))?.retiredOn).toBeUndefined();
  });
});

describe('cycle rollover (shared/ceu/cycles.ts rollOverDue)', () => {
  it('closes an ended CPC cycle with its final result and starts the next; undo puts it back', async () => {
    const db = freshDb();
    const held = await addCredential(cpc(), db);
    await addEntry(entryDraft([held.id], { ceus: 20 }), [], db);
    await addEntry(entryDraft([held.id], { ceus: 10, title: 'Other course', approvalCode: 'AAPC-456' }), [], db);
    const outcome = await rollOverCycles('2026-03-10', db);
    expect(outcome.previous).toEqual([held]);
    expect(outcome.rolled).toHaveLength(1);
    const stored = await db.credentials.get(held.id);
    // AAPC, one certification: 36 CEUs; 30 earned, so the closed cycle is incomplete.
    // Two years less a day: a cycle from 1 March 2026 ends on 29 February 2028 (a leap year).
    expect(stored).toMatchObject({ cycleStart: '2026-03-01', cycleEnd: '2028-02-29' });
    expect(stored?.history).toEqual([
      expect.objectContaining({ start: '2024-03-01', end: '2026-02-28', required: 36, earned: 30, complete: false }),
    ]);
    expect((await rollOverCycles('2026-03-10', db)).rolled).toEqual([]);
    await restoreCredentials(outcome.previous, db);
    expect(await db.credentials.get(held.id)).toEqual(held);
  });

  it('leaves running cycles and retired credentials alone', async () => {
    const db = freshDb();
    await addCredential(cpc({ cycleEnd: '2026-12-31' }), db);
    const retired = await addCredential(cpc({ code: 'CRC' }), db);
    await retireCredential(retired.id, '2025-01-01', db);
    expect((await rollOverCycles('2026-03-10', db)).rolled).toEqual([]);
  });
});

describe('CEU entries and certificates', () => {
  it('adds an entry with its certificate files, stored as Blobs', async () => {
    const db = freshDb();
    const entry = await addEntry(entryDraft(['c1']), [pdf(), { fileName: 'photo.png', mimeType: 'image/png', data: new Blob(['png']) }], db);
    expect(await db.ceuEntries.get(entry.id)).toEqual(entry);
    expect(entry).toMatchObject({ ceus: 1.25, credentialIds: ['c1'], title: 'E/M update 2025' });
    const attachments = await db.attachments.where('entryId').equals(entry.id).sortBy('fileName');
    expect(attachments.map((a) => [a.fileName, a.mimeType, a.size])).toEqual([
      ['certificate.pdf', 'application/pdf', 20],
      ['photo.png', 'image/png', 3],
    ]);
    expect(await attachments[0]!.data.text()).toBe('%PDF-1.4 certificate');
  });

  it('keeps only the draft fields, and a specialty code only when given', async () => {
    const db = freshDb();
    const entry = await addEntry({ ...entryDraft(['c1']), id: 'forced', extra: 1 } as CeuEntryDraft, [], db);
    expect(entry.id).not.toBe('forced');
    expect(Object.keys(entry).sort()).toEqual(
      ['approvalCode', 'category', 'ceus', 'completedOn', 'createdAt', 'credentialIds', 'id', 'notes', 'provider', 'title', 'updatedAt'],
    );
  });

  it('updates an entry, adds new certificates and keeps the existing ones', async () => {
    const db = freshDb();
    const entry = await addEntry(entryDraft(['c1']), [pdf('first')], db);
    const next = await updateEntry(
      entry.id,
      entryDraft(['c1'], { category: 'specialty', specialtyCode: 'CRC', cycleChoice: { c1: '2027-05-31' } }),
      [pdf('second')],
      db,
    );
    expect(next).toMatchObject({ id: entry.id, createdAt: entry.createdAt, specialtyCode: 'CRC', cycleChoice: { c1: '2027-05-31' } });
    const texts = await Promise.all((await db.attachments.where('entryId').equals(entry.id).toArray()).map((a) => a.data.text()));
    expect(texts.sort()).toEqual(['first', 'second']);
    await expect(updateEntry('gone', entryDraft(['c1']), [], db)).rejects.toThrow('This CEU entry no longer exists.');
  });

  it('deletes an entry with its certificates; undo restores both unchanged', async () => {
    const db = freshDb();
    const entry = await addEntry(entryDraft(['c1']), [pdf()], db);
    const other = await addEntry(entryDraft(['c1'], { title: 'Other' }), [pdf('other')], db);
    const before = await db.attachments.where('entryId').equals(entry.id).toArray();
    const deleted = await deleteEntry(entry.id, db);
    expect(deleted?.entry).toEqual(entry);
    expect(deleted?.attachments).toEqual(before);
    expect(await db.ceuEntries.count()).toBe(1);
    expect(await db.attachments.count()).toBe(1);
    expect((await db.attachments.toArray())[0]?.entryId).toBe(other.id);

    await restoreEntry(deleted!, db);
    expect(await db.ceuEntries.get(entry.id)).toEqual(entry);
    const restored = await db.attachments.where('entryId').equals(entry.id).toArray();
    expect(restored.map((a) => a.id)).toEqual(before.map((a) => a.id));
    expect(await restored[0]!.data.text()).toBe('%PDF-1.4 certificate');
    expect(await deleteEntry('missing', db)).toBeUndefined();
  });

  it('removes one certificate and puts it back, unless its entry is gone', async () => {
    const db = freshDb();
    const entry = await addEntry(entryDraft(['c1']), [pdf()], db);
    const [attachment] = await db.attachments.toArray();
    const removed = await removeAttachment(attachment!.id, db);
    expect(await db.attachments.count()).toBe(0);
    await restoreAttachment(removed!, db);
    expect(await db.attachments.get(attachment!.id)).toEqual(attachment);
    await removeAttachment(attachment!.id, db);
    await deleteEntry(entry.id, db);
    await expect(restoreAttachment(removed!, db)).rejects.toThrow('The CEU entry of this certificate no longer exists.');
  });
});

describe('notifications and export', () => {
  it('remembers the day a warning was last notified, per warning key', async () => {
    const db = freshDb();
    expect(await readLastNotified('AAPC:2026-05-31', db)).toBeUndefined();
    await markNotified('AAPC:2026-05-31', '2026-03-10', db);
    expect(await readLastNotified('AAPC:2026-05-31', db)).toBe('2026-03-10');
    expect(await readLastNotified('AHIMA:2026-05-31', db)).toBeUndefined();
  });

  it('claims a deadline notification once a week while the warning lasts (CEU_WARNING_POLICY, 7 days)', async () => {
    const db = freshDb();
    const key = 'AAPC:2026-05-31';
    expect(await claimDeadlineNotification(key, '2026-03-10', db)).toBe(true);
    expect(await claimDeadlineNotification(key, '2026-03-10', db)).toBe(false);
    expect(await claimDeadlineNotification(key, '2026-03-16', db)).toBe(false);
    expect(await claimDeadlineNotification(key, '2026-03-17', db)).toBe(true);
    expect(await readLastNotified(key, db)).toBe('2026-03-17');
    const both = await Promise.all([claimDeadlineNotification('other', '2026-03-10', db), claimDeadlineNotification('other', '2026-03-10', db)]);
    expect(both.filter(Boolean)).toHaveLength(1);
  });

  it('exports every entry as CSV with credential codes', async () => {
    const db = freshDb();
    const held = await addCredential(cpc(), db);
    await addEntry(entryDraft([held.id], { title: '=SUM(A1)' }), [], db);
    const csv = await exportCeuCsv(db);
    const lines = csv.split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe(`2025-05-10,"'=SUM(A1)",AAPC,1.25,general,,AAPC-123,CPC,`);
  });
});
