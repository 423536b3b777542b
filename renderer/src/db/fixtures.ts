/**
 * One record of every entity, as a schema version wrote it. The upgrade tests write these with an old version and
 * check every record and field after opening with the current one.
 */
import type { StudySession } from '../../../shared/model/entities';
import type { UserTableRows } from '../../../shared/model/tables';

/** Every user table's records. */
export type FixtureData = UserTableRows;

const at = '2025-06-01T12:00:00.000Z';

export function v1Fixture(): FixtureData {
  return {
    profile: [
      {
        id: 'profile',
        name: 'Ana Ruiz',
        roles: ['learner', 'coder'],
        careerStart: '2023-09-01',
        onboardingDone: true,
        persistentStorage: true,
        autoBackupKeep: 10,
        createdAt: at,
        updatedAt: at,
      },
    ],
    credentials: [
      {
        id: 'cred-cpc',
        code: 'CPC',
        earnedOn: '2024-02-10',
        cycleStart: '2024-02-10',
        cycleEnd: '2026-01-31',
        requiredOverride: { total: 36, note: 'AAPC letter of 2024-03-01' },
        history: [],
        createdAt: at,
        updatedAt: at,
      },
    ],
    ceuEntries: [
      {
        id: 'ceu-1',
        completedOn: '2024-05-20',
        title: 'E/M Guidelines 2024 — “What changed?” <b>',
        provider: 'AAPC',
        ceus: 1.25,
        category: 'general',
        approvalCode: 'AAPC-123456',
        credentialIds: ['cred-cpc'],
        cycleChoice: { 'cred-cpc': '2026-01-31' },
        notes: 'Webinar 🎓',
        createdAt: at,
        updatedAt: at,
      },
    ],
    attachments: [
      {
        id: 'att-1',
        entryId: 'ceu-1',
        fileName: 'certificate.pdf',
        mimeType: 'application/pdf',
        size: 8,
        data: new Blob([new Uint8Array([37, 80, 68, 70, 45, 49, 46, 55])], { type: 'application/pdf' }),
        addedAt: at,
      },
    ],
    studyPlans: [
      {
        id: 'plan-1',
        name: 'CPC in spring',
        examCode: 'CPC',
        examDate: '2025-04-15',
        startDate: '2025-01-06',
        weeklyHoursGoal: 8,
        weights: [{ domainId: 'evaluation-management', weight: 2 }],
        active: true,
        createdAt: at,
        updatedAt: at,
      },
    ],
    studySessions: [
      // v1 allowed a session without notes; v2 fills in an empty string.
      { id: 'session-1', planId: 'plan-1', date: '2025-01-07', minutes: 45, domainId: 'anatomy', createdAt: at } as StudySession,
    ],
    practiceAttempts: [
      {
        id: 'attempt-1',
        examCode: 'CPC',
        date: '2025-02-01',
        source: 'Vendor practice test A',
        totalQuestions: 100,
        correct: 64,
        minutesUsed: 230,
        domainResults: [{ domainId: 'anatomy', correct: 3, total: 4 }],
        createdAt: at,
      },
    ],
    milestones: [
      {
        id: 'ms-1',
        stage: 'certification',
        title: 'Pass the CPC exam',
        targetDate: '2025-04-15',
        state: 'done',
        doneOn: '2024-02-10',
        notes: '',
        order: 0,
        auto: { reason: 'CPC added', ref: 'cred-cpc' },
        createdAt: at,
        updatedAt: at,
      },
    ],
    timer: [{ id: 'timer', startedAt: at, planId: 'plan-1', domainId: 'anatomy' }],
    keyValues: [{ key: 'lastDeadlineNotice', value: '2025-05-01' }],
    // Tables later versions added: empty as this version wrote them.
    decks: [],
    cards: [],
    reviewLog: [],
  };
}

/**
 * Version 2 wrote the same shapes as version 1, except that every study session has `notes`; it also knew the
 * `sample` flag, so one sample record of each sampleable table rides along (version 3 keeps their index).
 */
export function v2Fixture(): FixtureData {
  const v1 = v1Fixture();
  return {
    ...v1,
    credentials: [...v1.credentials, { ...v1.credentials[0]!, id: 'cred-sample', code: 'CRC', sample: 1 }],
    ceuEntries: [
      ...v1.ceuEntries,
      { ...v1.ceuEntries[0]!, id: 'ceu-sample', category: 'specialty', specialtyCode: 'CRC', credentialIds: ['cred-cpc', 'cred-sample'], sample: 1 },
    ],
    studyPlans: [...v1.studyPlans, { ...v1.studyPlans[0]!, id: 'plan-sample', active: false, sample: 1 }],
    studySessions: [{ ...v1.studySessions[0]!, notes: 'Chapter 3 quiz' }],
    milestones: [...v1.milestones, { ...v1.milestones[0]!, id: 'ms-sample', order: 1, sample: 1 }],
  };
}

/** Version 3 wrote the same records as version 2 (it only dropped indexes). */
export function v3Fixture(): FixtureData {
  return v2Fixture();
}
