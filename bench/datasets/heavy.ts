/**
 * A seeded, reproducible dataset of ten years of a busy user, for benchmarks and volume tests: the same seed
 * and `today` always give identical records (ids included, from the seed), a different seed gives different
 * ones. Nothing is marked `sample`. Generation takes well under two seconds, most of it the 200 certificates.
 */
import { addMonths, addYears } from 'date-fns';
import type { IsoDate, Milestone, Profile, RoadmapStage } from '../../shared/model/entities';
import { ROADMAP_STAGES } from '../../shared/model/entities';
import { addDaysToDay, dateToDay, dayToDate, daysBetween } from '../../shared/study/days';
import { buildHeavyAttachments, buildHeavyCeus } from './heavyCeu';
import { buildHeavyCredentials } from './heavyCredentials';
import { buildHeavyStudy } from './heavyStudy';
import { createRng, subSeed, type Rng } from '../../shared/datasets/prng';
import { instantOn } from '../../shared/datasets/time';
import type { DatasetTables } from '../../shared/datasets/types';

export { counts } from '../../shared/datasets/types';
export type { DatasetCounts } from '../../shared/datasets/types';

/** Exactly how many records of each kind `buildHeavyDataset` makes. */
export const HEAVY_COUNTS = {
  credentials: 8,
  ceuEntries: 2_000,
  attachments: 200,
  studyPlans: 10,
  studySessions: 5_000,
  practiceAttempts: 500,
  milestones: 60,
} as const;

/** How many years of history the dataset covers. */
export const HEAVY_YEARS = 10;

export interface HeavyDataset extends DatasetTables {
  profile: Profile;
}

export interface HeavyOptions {
  seed: number;
  today: IsoDate;
}

const MILESTONE_TITLES: Record<RoadmapStage, readonly string[]> = {
  education: ['Finish medical terminology', 'Finish anatomy and physiology', 'Complete the CPT coding course', 'Complete ICD-10-CM training', 'Pharmacology basics', 'Externship hours'],
  certification: ['Pass the CPC', 'Pass the COC', 'Pass the CCS', 'Pass the CPMA', 'Pass the CRC', 'Pass the CIC'],
  'first-job': ['Apply to ten coding jobs', 'Land an entry-level coding job', 'Reach 95% coding accuracy', 'Finish the probation period', 'Learn the encoder software', 'Move to remote work'],
  specialization: ['Risk adjustment projects', 'Join the auditing team', 'Inpatient coding rotation', 'Lead CDI queries', 'Oncology coding', 'Cardiology coding'],
  upskilling: ['Renew credentials on time', 'Present at the local chapter', 'Mentor a new coder', 'Earn a further credential', 'Attend a national conference', 'Complete a leadership course'],
};

/** Twelve milestones per stage, spread across the career; the past ones done, recent in progress, the rest planned. */
function heavyMilestones(from: IsoDate, today: IsoDate, rng: Rng, newId: () => string): Milestone[] {
  const perStage = HEAVY_COUNTS.milestones / ROADMAP_STAGES.length;
  const span = daysBetween(from, today);
  return ROADMAP_STAGES.flatMap((stage, s) =>
    Array.from({ length: perStage }, (_, order): Milestone => {
      const titles = MILESTONE_TITLES[stage];
      const round = Math.floor(order / titles.length);
      const title = `${titles[order % titles.length]}${round > 0 ? ` (round ${round + 1})` : ''}`;
      // Later stages sit later in the career; some targets run up to two years ahead.
      const position = (s + (order + rng.next()) / perStage) / ROADMAP_STAGES.length;
      const targetDate = addDaysToDay(from, Math.round(position * (span + 730)));
      const ahead = daysBetween(today, targetDate);
      const state = ahead < -60 ? 'done' : ahead < 120 ? 'in-progress' : 'planned';
      const doneOn = state === 'done' ? addDaysToDay(targetDate, rng.int(-40, 40)) : undefined;
      const created = instantOn(addDaysToDay(from, Math.round(position * span * 0.5)), 12, rng.int(0, 59));
      return {
        id: newId(), stage, title, targetDate, state, ...(doneOn ? { doneOn } : {}),
        notes: rng.chance(0.3) ? 'Checked with my manager.' : '', order, createdAt: created, updatedAt: created,
      };
    }),
  );
}

export function buildHeavyDataset({ seed, today }: HeavyOptions): HeavyDataset {
  const rng = (stream: string) => createRng(subSeed(seed, stream));
  // One id stream for every table: a 32-bit generator never repeats within one stream, so ids stay unique.
  const ids = rng('ids');
  const newId = () => ids.uuid();
  const from = dateToDay(addYears(dayToDate(today), -HEAVY_YEARS));

  const credentials = buildHeavyCredentials(today, rng('credentials'), newId);
  const ceuEntries = buildHeavyCeus(today, credentials, HEAVY_COUNTS.ceuEntries, rng('ceus'), newId);
  const attachments = buildHeavyAttachments(ceuEntries, HEAVY_COUNTS.attachments, seed, rng('files'), newId);
  const study = buildHeavyStudy(from, today, HEAVY_COUNTS, rng('study'), newId);
  const careerStart = dateToDay(addMonths(dayToDate(from), -6));
  const milestones = heavyMilestones(careerStart, today, rng('milestones'), newId);
  const profileAt = instantOn(careerStart, 9, 0);
  const profile: Profile = {
    id: 'profile',
    name: 'Jordan Avery',
    roles: ['learner', 'coder'],
    careerStart,
    onboardingDone: true,
    persistentStorage: true,
    autoBackupKeep: 10,
    createdAt: profileAt,
    updatedAt: instantOn(today, 8, 0),
  };
  return { profile, credentials, ceuEntries, attachments, ...study, milestones };
}
