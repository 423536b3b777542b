/**
 * The career roadmap's catalog: the five stages and the milestones a new roadmap starts with.
 * Everything here is data (labels, typical targets, source), so the numbers live in one place.
 */
import { addYears, format, max, parseISO } from 'date-fns';
import type { Id, IsoDate, IsoDateTime, Milestone, RoadmapStage } from '../model/entities';
import { ROADMAP_STAGES } from '../model/entities';

export interface RoadmapStageInfo {
  stage: RoadmapStage;
  label: string;
  description: string;
}

/** The five stages in path order, with what each stage means to the user. */
export const ROADMAP_STAGE_INFO: readonly RoadmapStageInfo[] = [
  {
    stage: 'education',
    label: 'Education',
    description: 'Learn medical coding through a certificate program or an associate degree.',
  },
  {
    stage: 'certification',
    label: 'Certification',
    description: 'Pass a credentialing exam (AAPC or AHIMA) and earn your first credential.',
  },
  {
    stage: 'first-job',
    label: 'First job',
    description: 'Land an entry-level coding position and build real-world experience.',
  },
  {
    stage: 'specialization',
    label: 'Specialization',
    description:
      'Focus on an area such as risk adjustment, auditing, compliance, inpatient, outpatient, CDI, oncology or cardiology, often with a specialty credential.',
  },
  {
    stage: 'upskilling',
    label: 'Upskilling',
    description: 'Keep learning: earn CEUs to keep credentials active and add further credentials.',
  },
];

/** Label and description of one stage. */
export function stageInfo(stage: RoadmapStage): RoadmapStageInfo {
  const info = ROADMAP_STAGE_INFO.find((s) => s.stage === stage);
  if (!info) throw new Error(`Unknown roadmap stage: ${stage}`);
  return info;
}

/**
 * A typical target, counted in career years from the user's start date.
 * `years` covers "year 1" (from 1, to 1) and ranges such as "years 2–3" (from 2, to 3).
 */
export type TypicalTarget = { kind: 'years'; from: number; to: number } | { kind: 'ongoing' };

export interface SeedMilestone {
  /** Stable key, so code can refer to a seed milestone without matching its title. */
  key: string;
  stage: RoadmapStage;
  title: string;
  details: string;
  target: TypicalTarget;
  /** The target as the source words it, shown to the user. */
  typical: string;
}

/** Where the seed came from and when it was checked. Typical ranges, not a credentialing-body rule. */
export const ROADMAP_SEED_SOURCE = {
  source: "CoderPath domain notes, shared/domain/credentials.md, 'The career roadmap (seed material)'",
  checked: '2026-11-25',
} as const;

/**
 * "Ongoing" has no end, so its target rolls: this many years after the later of the career start and today.
 * An app choice (not from the source) that keeps the upskilling milestone ahead of the user.
 */
export const ONGOING_HORIZON_YEARS = 5;

export const ROADMAP_SEED: readonly SeedMilestone[] = [
  {
    key: 'complete-education',
    stage: 'education',
    title: 'Complete education',
    details: 'Certificate 6–12 months, or associate degree 2 years.',
    target: { kind: 'years', from: 1, to: 1 },
    typical: 'year 1',
  },
  {
    key: 'achieve-certification',
    stage: 'certification',
    title: 'Achieve certification',
    details: 'Pass a credentialing exam such as the CPC, COC, CCA or CCS.',
    target: { kind: 'years', from: 2, to: 2 },
    typical: 'year 2',
  },
  {
    key: 'entry-level-job',
    stage: 'first-job',
    title: 'Gain an entry-level job',
    details: 'A first coding position.',
    target: { kind: 'years', from: 2, to: 3 },
    typical: 'years 2–3',
  },
  {
    key: 'pursue-specialization',
    stage: 'specialization',
    title: 'Pursue a specialization',
    details: 'Risk adjustment, auditing, compliance, inpatient, outpatient, CDI, oncology, cardiology.',
    target: { kind: 'years', from: 3, to: 4 },
    typical: 'years 3–4',
  },
  {
    key: 'continue-upskilling',
    stage: 'upskilling',
    title: 'Continue upskilling',
    details: 'CEUs, further credentials.',
    target: { kind: 'ongoing' },
    typical: 'ongoing',
  },
];

/** The seed milestone of a stage (each stage has exactly one). */
export function seedForStage(stage: RoadmapStage): SeedMilestone {
  const seed = ROADMAP_SEED.find((s) => s.stage === stage);
  if (!seed) throw new Error(`No seed milestone for stage: ${stage}`);
  return seed;
}

const day = (d: Date): IsoDate => format(d, 'yyyy-MM-dd');

/**
 * The date a typical target falls on for a user who started on `careerStart`.
 * - "year N" ends N years after the start: start 2025-03-10, year 1 → 2026-03-10.
 * - A range "years A–B" maps to its END (start + B years): the target is the latest date still "on time",
 *   so a user is not shown late while inside the typical range. Years 2–3 from 2025-03-10 → 2028-03-10.
 * - "ongoing" rolls: ONGOING_HORIZON_YEARS after the later of the start and `today`.
 * Feb 29 plus whole years lands on Feb 28 in common years (date-fns addYears).
 */
export function targetDateFor(target: TypicalTarget, careerStart: IsoDate, today: IsoDate): IsoDate {
  const start = parseISO(careerStart);
  if (target.kind === 'years') return day(addYears(start, target.to));
  return day(addYears(max([start, parseISO(today)]), ONGOING_HORIZON_YEARS));
}

/**
 * The roadmap a new user starts with: one planned milestone per stage, target dates offset from `careerStart`
 * (see targetDateFor), each stage's milestone at order 0.
 */
export function defaultMilestones(careerStart: IsoDate, now: IsoDateTime, newId: () => Id): Milestone[] {
  // The user's local calendar day, since `now` is an instant.
  const today = day(parseISO(now));
  return ROADMAP_SEED.map((seed) => ({
    id: newId(),
    stage: seed.stage,
    title: seed.title,
    targetDate: targetDateFor(seed.target, careerStart, today),
    state: 'planned',
    notes: `${seed.details} Typical target: ${seed.typical}.`,
    order: 0,
    createdAt: now,
    updatedAt: now,
  }));
}

/** Stage position in path order, for sorting. */
export function stageIndex(stage: RoadmapStage): number {
  return ROADMAP_STAGES.indexOf(stage);
}
