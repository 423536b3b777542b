/**
 * The first run (product.md, "First run"): the welcome's answers become the first study plan, the held credentials
 * and the roadmap, all in one transaction, and the profile records what the user does. Skipping, or finishing,
 * sets `onboardingDone`; Settings can reopen the welcome.
 */
import { defaultCycle, nextCycleDates, type CycleDates } from '../../../shared/ceu/cycles';
import type { HeldCredential, IsoDate, Milestone, StudyPlan, UserRole } from '../../../shared/model/entities';
import type { PlanDraft } from '../../../shared/study/planForm';
import { addCredential } from './ceus';
import { db, type CoderPathDb } from './db';
import { ensureProfile, updateProfile } from './profile';
import { syncRoadmapFromData } from './progressSync';
import { createDefaultRoadmap } from './roadmap';
import { createPlan } from './study';
import { compareKeys } from '../../../shared/model/compareKeys';

/** A credential as the welcome asks for it: the catalog code and the day it was earned. */
export interface HeldAnswer {
  code: string;
  earnedOn: IsoDate;
}

/** The welcome's answers, validated (screens/welcome/welcomeModel.ts `validateWelcome`). */
export interface OnboardingAnswers {
  roles: UserRole[];
  /** Present when the user is preparing for an exam. */
  plan?: PlanDraft;
  /** Present (possibly empty) when the user holds credentials. */
  credentials: HeldAnswer[];
  careerStart: IsoDate;
}

export interface OnboardingResult {
  plan?: StudyPlan;
  credentials: HeldCredential[];
  /** The whole roadmap after the seed and the sync (credentials complete their milestones). */
  milestones: Milestone[];
}

/**
 * The renewal cycle running on `today` for a credential earned on `earnedOn`: the catalog's default first cycle
 * (shared/ceu/cycles.ts `defaultCycle`, aligned with an AAPC period already held), then the following cycles of the
 * catalog's length until one has not ended yet. A coder who earned a credential years ago is in a later cycle,
 * not in an overdue first one. Undefined for a code the catalog does not know.
 */
export function currentCycleFor(
  code: string,
  earnedOn: IsoDate,
  held: readonly HeldCredential[],
  today: IsoDate,
): CycleDates | undefined {
  const first = defaultCycle(code, earnedOn, held);
  if (!first) return undefined;
  let cycle: CycleDates = { cycleStart: first.cycleStart, cycleEnd: first.cycleEnd };
  while (cycle.cycleEnd < today) {
    const next = nextCycleDates({ code, cycleEnd: cycle.cycleEnd } as HeldCredential);
    if (!next) break;
    cycle = next;
  }
  return cycle;
}

/**
 * Writes the answers in one transaction: the profile (roles, career start, onboarding done), the study plan (made
 * active), each credential earliest first with its cycle defaulted by the catalog, then the default roadmap seeded
 * from the career start, then the roadmap synced with the data so a held credential completes its milestone.
 */
export async function completeOnboarding(
  answers: OnboardingAnswers,
  today: IsoDate,
  database: CoderPathDb = db,
): Promise<OnboardingResult> {
  const tables = [
    database.profile, database.studyPlans, database.credentials, database.milestones,
    database.practiceAttempts, database.keyValues,
  ];
  return database.transaction('rw', tables, async () => {
    await updateProfile({ roles: answers.roles, careerStart: answers.careerStart, onboardingDone: true }, database);
    const plan = answers.plan ? await createPlan(answers.plan, database) : undefined;
    const credentials: HeldCredential[] = [];
    const earliestFirst = [...answers.credentials].sort((a, b) => compareKeys(a.earnedOn, b.earnedOn));
    for (const answer of earliestFirst) {
      const held = [...(await database.credentials.toArray())];
      const cycle = currentCycleFor(answer.code, answer.earnedOn, held, today);
      if (!cycle) throw new Error(`${answer.code} is not in the credential catalog.`);
      credentials.push(await addCredential({ code: answer.code, earnedOn: answer.earnedOn, ...cycle }, database));
    }
    await createDefaultRoadmap(database);
    await syncRoadmapFromData(database, today);
    return { ...(plan ? { plan } : {}), credentials, milestones: await database.milestones.toArray() };
  });
}

/** "Skip for now": the welcome stays closed until the user reopens it from Settings. */
export async function skipOnboarding(database: CoderPathDb = db): Promise<void> {
  await updateProfile({ onboardingDone: true }, database);
}

/** "Show the welcome again" (Settings): the welcome opens on the dashboard. */
export async function reopenOnboarding(database: CoderPathDb = db): Promise<void> {
  await updateProfile({ onboardingDone: false }, database);
}

/** Whether the welcome should show: the profile exists and has not finished or skipped it. */
export async function needsOnboarding(database: CoderPathDb = db): Promise<boolean> {
  return !(await ensureProfile(database)).onboardingDone;
}
