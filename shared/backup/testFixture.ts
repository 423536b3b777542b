/** A realistic fake snapshot for tests (test-only helper): two credentials, CEU entries, random-byte certificates. */
import type { BackupSnapshot } from './types';

/** Random bytes; getRandomValues fills at most 65536 bytes per call. */
export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i += 65536) globalThis.crypto.getRandomValues(out.subarray(i, Math.min(length, i + 65536)));
  return out;
}

const at = '2024-03-01T10:00:00.000Z';

export function fakeSnapshot(certificates: Uint8Array<ArrayBuffer>[] = [randomBytes(1500), randomBytes(0), randomBytes(70_001)]): BackupSnapshot {
  return {
    profile: {
      id: 'profile', name: 'Dana Coder', roles: ['learner', 'coder'], careerStart: '2019-06-03', onboardingDone: true,
      persistentStorage: true, autoBackupKeep: 10, createdAt: at, updatedAt: at,
    },
    credentials: [
      { id: 'cred-cpc', code: 'CPC', earnedOn: '2019-06-03', cycleStart: '2023-07-01', cycleEnd: '2025-06-30', history: [
        { start: '2021-07-01', end: '2023-06-30', required: 36, earned: 38.5, complete: true, closedAt: '2023-07-01T08:00:00.000Z' },
      ], createdAt: at, updatedAt: at },
      { id: 'cred-crc', code: 'CRC', earnedOn: '2022-01-15', cycleStart: '2023-07-01', cycleEnd: '2025-06-30', requiredOverride: { total: 20, note: 'Letter from AAPC' }, history: [], createdAt: at, updatedAt: at },
    ],
    ceuEntries: [
      { id: 'ceu-1', completedOn: '2024-02-29', title: 'Risk adjustment – HCC v28 «update»', provider: 'AAPC', ceus: 1.5, category: 'specialty', specialtyCode: 'CRC',
        approvalCode: 'AAPC-1234', credentialIds: ['cred-cpc', 'cred-crc'], cycleChoice: { 'cred-cpc': '2025-06-30' }, notes: 'line 1\nline 2 "quoted"', createdAt: at, updatedAt: at },
      { id: 'ceu-2', completedOn: '2023-11-05', title: 'Compliance basics', provider: 'Local chapter', ceus: 0.25, category: 'compliance', approvalCode: '', credentialIds: ['cred-cpc'], notes: '', createdAt: at, updatedAt: at, sample: 1 },
      { id: 'ceu-3', completedOn: '2024-01-10', title: 'Self-review', provider: 'Self', ceus: 2, category: 'coding-self-review', approvalCode: 'n/a', credentialIds: [], notes: '', createdAt: at, updatedAt: at },
    ],
    attachments: certificates.map((bytes, i) => ({
      id: `att-${i}`, entryId: i === 2 ? 'ceu-2' : 'ceu-1', fileName: `certificate ${i}.pdf`, mimeType: 'application/pdf',
      size: bytes.length, data: new Blob([bytes], { type: 'application/pdf' }), addedAt: at,
    })),
    studyPlans: [{ id: 'plan-1', name: 'CPC spring', examCode: 'CPC', examDate: '2024-06-15', startDate: '2024-01-02', weeklyHoursGoal: 6.5,
      weights: [{ domainId: 'e-m', weight: 0.2 }], active: true, createdAt: at, updatedAt: at }],
    studySessions: [
      { id: 'sess-1', planId: 'plan-1', date: '2024-02-01', minutes: 45, domainId: 'e-m', notes: '', createdAt: at },
      { id: 'sess-2', date: '2024-02-02', minutes: 30, notes: 'general review', createdAt: at },
    ],
    practiceAttempts: [{ id: 'pa-1', examCode: 'CPC', date: '2024-02-10', source: 'Vendor A', totalQuestions: 100, correct: 71, minutesUsed: 240,
      domainResults: [{ domainId: 'e-m', correct: 8, total: 10 }], createdAt: at }],
    milestones: [{ id: 'ms-1', stage: 'certification', title: 'Earn the CPC', targetDate: '2019-06-30', state: 'done', doneOn: '2019-06-03', notes: '',
      order: 0, auto: { reason: 'credential added', ref: 'cred-cpc' }, createdAt: at, updatedAt: at }],
    timer: { id: 'timer', startedAt: '2024-03-01T09:30:00.000Z', planId: 'plan-1' },
    decks: [{ id: 'deck-1', name: 'Word parts', description: '', domainId: 'medical-terminology', desiredRetention: 0.9, maximumInterval: 36500,
      newPerDay: 20, reviewsPerDay: 200, createdAt: at, updatedAt: at }],
    cards: [{ id: 'card-1', deckId: 'deck-1', front: 'cardi/o', back: 'heart', extra: '', tags: ['root'], domainId: 'medical-terminology', source: 'NIH MedlinePlus',
      queue: 'review', state: 'review', due: '2024-03-04T10:00:00.000Z', stability: 3.2, difficulty: 5.1, elapsedDays: 1, scheduledDays: 3, learningSteps: 0,
      reps: 2, lapses: 0, lastReview: '2024-03-01T10:00:00.000Z', createdAt: at, updatedAt: at }],
    reviewLog: [{ id: 'rev-1', cardId: 'card-1', deckId: 'deck-1', domainId: 'medical-terminology', reviewedAt: '2024-03-01T10:00:00.000Z', day: '2024-03-01',
      rating: 3, elapsedDays: 1, scheduledDays: 3, durationMs: 4200,
      before: { state: 'learning', due: '2024-03-01T09:50:00.000Z', stability: 2.3, difficulty: 5.1, elapsedDays: 0, scheduledDays: 0, learningSteps: 1, reps: 1, lapses: 0, lastReview: '2024-02-29T09:40:00.000Z' },
      after: { state: 'review', due: '2024-03-04T10:00:00.000Z', stability: 3.2, difficulty: 5.1, elapsedDays: 1, scheduledDays: 3, learningSteps: 0, reps: 2, lapses: 0, lastReview: '2024-03-01T10:00:00.000Z' } }],
    keyValues: [{ key: 'lastDeadlineNotice', value: { credentialId: 'cred-cpc', shownOn: '2024-02-28', levels: [90, 30] } }, { key: 'theme', value: 'dark' }],
  };
}

export const fakeMeta = { createdAt: '2024-03-01T12:00:00.000Z', appVersion: '0.1.0', schemaVersion: 1 };
