import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { HeldCredential } from '../../../shared/model/entities';
import { defaultWeights, getExamDef } from '../../../shared/study/exams';
import { CoderPathDb } from './db';
import {
  completeOnboarding, currentCycleFor, needsOnboarding, reopenOnboarding, skipOnboarding, type OnboardingAnswers,
} from './onboarding';
import { ensureProfile } from './profile';

let n = 0;
const freshDb = () => new CoderPathDb(`onboarding-test-${++n}`);
const TODAY = '2026-03-10';

const cpcPlan = {
  name: 'CPC exam prep', examCode: 'CPC', startDate: TODAY, examDate: '2026-06-13', weeklyHoursGoal: 8,
  weights: defaultWeights(getExamDef('CPC')!),
};
const answers = (over: Partial<OnboardingAnswers>): OnboardingAnswers => ({
  roles: [], credentials: [], careerStart: '2024-01-15', ...over,
});
const stateOf = (ms: { stage: string; state: string }[], stage: string) => ms.find((m) => m.stage === stage)?.state;

describe('currentCycleFor (shared/ceu/cycles.ts defaultCycle, rolled forward to the cycle running today)', () => {
  it('a recent AAPC credential keeps its first two-year period from the day it was earned (AAPC "CEU policies")', () => {
    expect(currentCycleFor('CPC', '2025-09-01', [], TODAY)).toEqual({ cycleStart: '2025-09-01', cycleEnd: '2027-08-31' });
  });
  it('a credential earned years ago is in the cycle that contains today, not an overdue first one', () => {
    expect(currentCycleFor('CCS', '2021-05-10', [], TODAY)).toEqual({ cycleStart: '2025-05-10', cycleEnd: '2027-05-09' });
  });
  it('a second AAPC credential joins the period of the one already held', () => {
    const cpc = { id: 'c1', code: 'CPC', earnedOn: '2025-09-01', cycleStart: '2025-09-01', cycleEnd: '2027-08-31' } as HeldCredential;
    expect(currentCycleFor('CRC', '2026-01-20', [cpc], TODAY)).toEqual({ cycleStart: '2026-01-20', cycleEnd: '2027-08-31' });
  });
  it('is undefined for a code not in the catalog', () => {
    expect(currentCycleFor('XYZ', '2025-01-01', [], TODAY)).toBeUndefined();
  });
});

describe('completeOnboarding', () => {
  it('exam only: the first plan (active), the roadmap from the career start, roles and onboarding done', async () => {
    const db = freshDb();
    const result = await completeOnboarding(answers({ roles: ['learner'], plan: cpcPlan }), TODAY, db);
    expect(result.plan).toMatchObject({ name: 'CPC exam prep', examCode: 'CPC', examDate: '2026-06-13', weeklyHoursGoal: 8, active: true });
    expect(result.credentials).toEqual([]);
    expect(await db.studyPlans.count()).toBe(1);
    expect(result.milestones.map((m) => m.stage).sort()).toEqual(
      ['certification', 'education', 'first-job', 'specialization', 'upskilling'],
    );
    expect(result.milestones.every((m) => m.state === 'planned')).toBe(true);
    expect(await db.profile.get('profile')).toMatchObject({ roles: ['learner'], careerStart: '2024-01-15', onboardingDone: true });
  });

  it('credentials only: held credentials with catalog cycles, and they complete certification and specialization', async () => {
    const db = freshDb();
    const result = await completeOnboarding(
      answers({
        roles: ['coder'],
        credentials: [{ code: 'CRC', earnedOn: '2025-11-03' }, { code: 'CPC', earnedOn: '2025-09-01' }],
      }),
      TODAY,
      db,
    );
    expect(result.plan).toBeUndefined();
    // Earliest first, so the CRC joins the CPC's AAPC period.
    expect(result.credentials.map((c) => [c.code, c.earnedOn, c.cycleStart, c.cycleEnd])).toEqual([
      ['CPC', '2025-09-01', '2025-09-01', '2027-08-31'],
      ['CRC', '2025-11-03', '2025-11-03', '2027-08-31'],
    ]);
    expect(await db.studyPlans.count()).toBe(0);
    // autoComplete.ts rules 1 and 2: a credential completes "certification", a specialty one "specialization".
    expect(stateOf(result.milestones, 'certification')).toBe('done');
    expect(result.milestones.find((m) => m.stage === 'certification')?.doneOn).toBe('2025-09-01');
    expect(stateOf(result.milestones, 'specialization')).toBe('done');
    expect(stateOf(result.milestones, 'first-job')).toBe('planned');
    expect(await db.profile.get('profile')).toMatchObject({ roles: ['coder'], onboardingDone: true });
  });

  it('both: plan, credential and roadmap together', async () => {
    const db = freshDb();
    const result = await completeOnboarding(
      answers({ roles: ['learner', 'coder'], plan: { ...cpcPlan, examCode: 'CRC', name: 'CRC exam prep', weights: [] }, credentials: [{ code: 'CPC', earnedOn: '2024-06-01' }] }),
      TODAY,
      db,
    );
    expect(result.plan?.examCode).toBe('CRC');
    expect(result.credentials.map((c) => c.code)).toEqual(['CPC']);
    expect(stateOf(result.milestones, 'certification')).toBe('done');
    expect(stateOf(result.milestones, 'specialization')).toBe('planned');
    expect(await db.profile.get('profile')).toMatchObject({ roles: ['learner', 'coder'] });
  });

  it('writes nothing when a credential is not in the catalog (one transaction)', async () => {
    const db = freshDb();
    await ensureProfile(db);
    await expect(
      completeOnboarding(answers({ roles: ['learner', 'coder'], plan: cpcPlan, credentials: [{ code: 'NOPE', earnedOn: '2024-01-01' }] }), TODAY, db),
    ).rejects.toThrow('NOPE is not in the credential catalog.');
    expect(await db.studyPlans.count()).toBe(0);
    expect(await db.credentials.count()).toBe(0);
    expect(await db.milestones.count()).toBe(0);
    expect(await needsOnboarding(db)).toBe(true);
  });

  it('run again after a reopen, it adds no duplicate milestones to stages that have one', async () => {
    const db = freshDb();
    await completeOnboarding(answers({ roles: ['learner'], plan: cpcPlan }), TODAY, db);
    await reopenOnboarding(db);
    await completeOnboarding(answers({ roles: ['coder'], credentials: [{ code: 'CCS', earnedOn: '2025-02-01' }] }), TODAY, db);
    expect(await db.milestones.count()).toBe(5);
    expect(stateOf(await db.milestones.toArray(), 'certification')).toBe('done');
  });
});

describe('skip and reopen', () => {
  it('a fresh profile needs the welcome; skipping closes it and writes nothing else; Settings reopens it', async () => {
    const db = freshDb();
    expect(await needsOnboarding(db)).toBe(true);
    await skipOnboarding(db);
    expect(await needsOnboarding(db)).toBe(false);
    expect(await db.profile.get('profile')).toMatchObject({ roles: [], onboardingDone: true });
    expect(await db.milestones.count()).toBe(0);
    await reopenOnboarding(db);
    expect(await needsOnboarding(db)).toBe(true);
  });
});
