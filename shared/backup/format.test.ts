import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { parseBackup, serializeBackup } from './format';
import { fakeMeta, fakeSnapshot, randomBytes } from './testFixture';
import { comparable } from './testArbitraries';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, BackupValidationError, type BackupIssue } from './types';

type Json = Record<string, any>; // free-form edits of parsed JSON

async function validFile(): Promise<Json> {
  return JSON.parse(await serializeBackup(fakeSnapshot(), fakeMeta)) as Json;
}

/** Edits a valid backup, parses it and returns the error messages (fails the test if it parsed). */
async function errorsAfter(edit: (file: Json) => void): Promise<BackupIssue[]> {
  const file = await validFile();
  edit(file);
  const result = await parseBackup(JSON.stringify(file));
  if (result.ok) throw new Error('expected the edited backup to be refused');
  return result.errors;
}

describe('serializeBackup → parseBackup round trip', () => {
  it('gives back exactly the same data, certificate bytes identical', async () => {
    const certificates = [randomBytes(1500), randomBytes(0), randomBytes(300_001)];
    const snapshot = fakeSnapshot(certificates);
    const result = await parseBackup(await serializeBackup(snapshot, fakeMeta));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(await comparable(result.snapshot)).toStrictEqual(await comparable(snapshot));
    for (const [i, bytes] of certificates.entries()) {
      const restored = Buffer.from(await result.snapshot.attachments[i]!.data.arrayBuffer());
      expect(restored.equals(Buffer.from(bytes)), `certificate ${i} bytes`).toBe(true);
    }
    expect(result.meta).toEqual({
      ...fakeMeta,
      formatVersion: 2,
      counts: { profile: 1, credentials: 2, ceuEntries: 3, attachments: 3, studyPlans: 1, studySessions: 2, practiceAttempts: 1, milestones: 1, timer: 1, keyValues: 2, decks: 1, cards: 1, reviewLog: 1 },
    });
  });

  it('writes the documented envelope, with base64 bytes and their sha256', async () => {
    const bytes = new Uint8Array([0, 1, 2, 250, 255]);
    const file = JSON.parse(await serializeBackup(fakeSnapshot([bytes]), fakeMeta)) as Json;
    expect(Object.keys(file)).toEqual(['format', 'formatVersion', 'createdAt', 'appVersion', 'schemaVersion', 'counts', 'data']);
    expect([file.format, file.formatVersion]).toEqual([BACKUP_FORMAT, BACKUP_FORMAT_VERSION]);
    expect(Object.keys(file.data)).toEqual(['profile', 'credentials', 'ceuEntries', 'attachments', 'studyPlans', 'studySessions', 'practiceAttempts', 'milestones', 'timer', 'keyValues', 'decks', 'cards', 'reviewLog']);
    expect(file.data.attachments[0].data).toBe('AAEC+v8=');
    // sha256 of bytes 00 01 02 fa ff, computed independently with `printf '\x00\x01\x02\xfa\xff' | sha256sum`.
    expect(file.data.attachments[0].sha256).toBe('ad6170c304e1b0a6cfe3b1ba6b40c065f646428f623f664ad31d54b98735195c');
  });

  it('refuses a certificate that is an HTML page or an SVG (allow-list: PDF, PNG, JPEG, WebP, HEIC), naming it', async () => {
    for (const type of ['text/html', 'image/svg+xml']) {
      const errors = await errorsAfter((file) => {
        file.data.attachments[0].mimeType = type;
      });
      expect(errors).toContainEqual(expect.objectContaining({ path: 'attachments[0].mimeType', message: expect.stringContaining('is not a certificate type CoderPath keeps (PDF, PNG, JPEG, WebP or HEIC)') }));
    }
  });

  it('restores an empty store and a file without a timer', async () => {
    const empty = { ...fakeSnapshot([]), profile: null, credentials: [], ceuEntries: [], studyPlans: [], studySessions: [], practiceAttempts: [], milestones: [], timer: null, keyValues: [] };
    const file = JSON.parse(await serializeBackup(empty, fakeMeta)) as Json;
    delete file.data.timer;
    delete file.counts.timer;
    const result = await parseBackup(JSON.stringify(file));
    expect(result.ok && result.snapshot).toStrictEqual(empty);
  });
});

describe('parseBackup refuses damaged files with plain messages', () => {
  it('a file cut short says it ends early', async () => {
    const text = await serializeBackup(fakeSnapshot(), fakeMeta);
    const result = await parseBackup(text.slice(0, Math.floor(text.length / 2)));
    expect(result).toEqual({ ok: false, errors: [{ path: '', message: expect.stringContaining('The file ends early – it may be incomplete') }] });
  });
  it('not JSON, empty, or JSON that is not a backup', async () => {
    const messages = await Promise.all(['hello', '', '[1,2]', '{"format":"other"}', '{}'].map(async (t) => ((await parseBackup(t)) as { errors: BackupIssue[] }).errors[0]!.message));
    expect(messages).toEqual([
      expect.stringContaining('not valid JSON'),
      expect.stringContaining('The file is empty'),
      'The file is not a CoderPath backup (it holds a list of 2 items, not a backup).',
      'The file is not a CoderPath backup (its format is "other").',
      'The file is not a CoderPath backup (it has no "format": "coderpath-backup" marker).',
    ]);
  });
  it('a newer format version is refused with an update hint', async () => {
    const errors = await errorsAfter((f) => { f.formatVersion = 3; });
    expect(errors).toEqual([{ path: 'formatVersion', message: expect.stringContaining('made by a newer version of CoderPath (backup format 3; this version reads up to 2)') }]);
  });
  it('a day that does not exist names the record, field and value', async () => {
    const errors = await errorsAfter((f) => { f.data.ceuEntries[1].completedOn = '2024-02-30'; });
    expect(errors).toEqual([{ path: 'ceuEntries[1].completedOn', message: 'ceuEntries[1].completedOn: "2024-02-30" is not a real date (expected YYYY-MM-DD)' }]);
  });
  it('missing field, wrong type, negative amount, unknown category, unknown field', async () => {
    const errors = await errorsAfter((f) => {
      delete f.data.ceuEntries[0].title;
      f.data.ceuEntries[1].ceus = '1.5';
      f.data.ceuEntries[2].ceus = -2;
      f.data.ceuEntries[2].category = 'fun';
      f.data.studySessions[0].mood = 'good';
    });
    expect(errors.map((e) => e.message)).toEqual([
      'ceuEntries[0].title is missing',
      'ceuEntries[1].ceus should be a number but is "1.5"',
      'ceuEntries[2].ceus: -2 must be more than 0',
      expect.stringMatching(/^ceuEntries\[2\]\.category: "fun" is not allowed here \(expected one of "general", "specialty"/),
      'studySessions[0].mood is not a field CoderPath knows (unexpected field "mood")',
    ]);
  });
  it('a certificate that is not base64, changed bytes, and a wrong size', async () => {
    const errors = await errorsAfter((f) => {
      f.data.attachments[0].data = 'not base64!';
      const b = f.data.attachments[2].data as string;
      f.data.attachments[2].data = (b[0] === 'A' ? 'B' : 'A') + b.slice(1);
      f.data.attachments[1].size = 3;
    });
    expect(errors).toEqual([
      { path: 'attachments[0].data', message: 'attachments[0].data: the certificate file "certificate 0.pdf" is damaged (its contents are not valid base64)' },
      { path: 'attachments[1].size', message: 'attachments[1].size: says 3 bytes but the certificate file "certificate 1.pdf" holds 0 – it is incomplete or changed' },
      { path: 'attachments[2].sha256', message: 'attachments[2].sha256: the certificate file "certificate 2.pdf" does not match its checksum – it was changed or damaged' },
    ]);
  });
  it('counts that do not match, duplicate ids and dangling links', async () => {
    const errors = await errorsAfter((f) => {
      f.counts.ceuEntries = 4;
      f.data.studySessions[1].id = 'sess-1';
      f.data.attachments[0].entryId = 'ceu-404';
      f.data.ceuEntries[2].credentialIds = ['cred-gone'];
    });
    expect(errors).toEqual([
      { path: 'counts.ceuEntries', message: 'counts.ceuEntries says 4 but the backup holds 3 CEU entries – records may be missing' },
      { path: 'studySessions[1].id', message: 'studySessions[1].id: "sess-1" is used twice (also by studySessions[0])' },
      { path: 'ceuEntries[2].credentialIds[0]', message: 'ceuEntries[2].credentialIds[0]: "cred-gone" does not match any credential in the backup' },
      { path: 'attachments[0].entryId', message: 'attachments[0].entryId: "ceu-404" does not match any CEU entry in the backup' },
    ]);
  });
  it('a map key that JavaScript would silently drop is refused, not lost', async () => {
    const file = await validFile();
    const text = JSON.stringify(file).replace('"cycleChoice":{"cred-cpc"', '"cycleChoice":{"__proto__"');
    const result = await parseBackup(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual([{
      path: 'ceuEntries[0].cycleChoice.__proto__',
      message: 'ceuEntries[0].cycleChoice.__proto__: "2025-06-30" is under the key "__proto__", which cannot be used as an id',
    }]);
  });
  it('a record removed from the file is caught by the counts', async () => {
    const errors = await errorsAfter((f) => { f.data.milestones.pop(); });
    expect(errors.map((e) => e.path)).toEqual(['counts.milestones']);
  });
  it('never throws for non-text input', async () => {
    for (const input of [undefined, null, 42, {}, new Uint8Array(3)]) {
      const result = await parseBackup(input as unknown as string);
      expect(result.ok).toBe(false);
    }
  });
});

describe('serializeBackup refuses data that would not restore', () => {
  it('lists every problem instead of writing a backup that cannot be read back', async () => {
    const snapshot = fakeSnapshot();
    snapshot.ceuEntries[0]!.completedOn = '2024-02-31';
    let thrown: unknown;
    try {
      await serializeBackup(snapshot, fakeMeta);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(BackupValidationError);
    expect((thrown as BackupValidationError).issues).toEqual([{ path: 'ceuEntries[0].completedOn', message: 'ceuEntries[0].completedOn: "2024-02-31" is not a real date (expected YYYY-MM-DD)' }]);
  });
  it('dangling links, settings JSON cannot carry, and bad meta', async () => {
    const snapshot = fakeSnapshot();
    snapshot.attachments[0]!.entryId = 'nope';
    snapshot.keyValues.push({ key: 'when', value: new Date(0) });
    await expect(serializeBackup(snapshot, { ...fakeMeta, schemaVersion: 0 })).rejects.toMatchObject({
      issues: [
        { path: 'schemaVersion', message: 'schemaVersion: 0 is too small (must be more than 0)' },
        { path: 'keyValues[2].value', message: 'keyValues[2].value (setting "when"): a Date cannot be stored in a backup file unchanged' },
        { path: 'attachments[0].entryId', message: 'attachments[0].entryId: "nope" does not match any CEU entry in the backup' },
      ],
    });
  });
});

describe('restore obeys the CEU entry form\'s bounds and refuses ids named like built-ins (issue 17, "Data")', () => {
  it('a CEU amount of 0, a negative, 1e9 or more than two decimals is refused with the field named', async () => {
    const errors = await errorsAfter((f) => {
      f.data.ceuEntries[0].ceus = 0;
      f.data.ceuEntries[1].ceus = 1e9;
      f.data.ceuEntries[2].ceus = 1.234;
    });
    expect(errors.map((e) => e.message)).toEqual([
      'ceuEntries[0].ceus: 0 must be more than 0',
      'ceuEntries[1].ceus: 1000000000 cannot be more than 100',
      'ceuEntries[2].ceus: 1.234 must have at most 2 decimals',
    ]);
  });

  it('NaN (written as null by JSON) is refused as not a number', async () => {
    const errors = await errorsAfter((f) => { f.data.ceuEntries[0].ceus = Number.NaN; });
    expect(errors.map((e) => e.path)).toEqual(['ceuEntries[0].ceus']);
  });

  it('ids "__proto__", "toString" and "constructor" are refused with a clear message', async () => {
    const errors = await errorsAfter((f) => {
      f.data.ceuEntries[0].id = 'toString';
      f.data.ceuEntries[1].id = 'constructor';
    });
    expect(errors.map((e) => e.message)).toEqual([
      'ceuEntries[0].id: "toString" is the name of a built-in JavaScript property, which cannot be used as an id',
      'ceuEntries[1].id: "constructor" is the name of a built-in JavaScript property, which cannot be used as an id',
    ]);
  });
});
