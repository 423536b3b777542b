/**
 * The records CoderPath stores, one interface per table. Plain data only (no classes, no Dates):
 * the same shapes go into IndexedDB, into backup files and across the IPC bridge.
 *
 * Dates are ISO strings: calendar days as `YYYY-MM-DD` (a CEU's completion day, a cycle end, an exam date
 * are days, not instants, and must not shift with the time zone) and instants as full ISO timestamps.
 */

/** A calendar day, `YYYY-MM-DD`. */
export type IsoDate = string;
/** An instant, `new Date().toISOString()`. */
export type IsoDateTime = string;
/** Random UUIDs, so records keep their identity through backup and restore. */
export type Id = string;

/** Records created by "Explore with sample data" carry `sample: 1` so they can be removed in one step. */
export interface Sampleable {
  sample?: 1;
}

export type UserRole = 'learner' | 'coder';

export interface Profile {
  id: 'profile';
  name: string;
  /** What the user does: preparing for an exam, holding credentials, or both. */
  roles: UserRole[];
  /** Start of the user's career path; roadmap targets are offset from it. */
  careerStart: IsoDate;
  onboardingDone: boolean;
  /** Result of navigator.storage.persist(): true granted, false refused, null not asked yet. */
  persistentStorage: boolean | null;
  /** How many automatic backups the desktop keeps. */
  autoBackupKeep: number;
  /**
   * AAPC membership renewal month (1 = January), once per member: every AAPC credential's period ends on its last
   * day (docs/ceu-rules.md, rule 4). Absent until the user says.
   */
  aapcRenewalMonth?: number;
  /** First day of the week everywhere (0 = Sunday … 6 = Saturday); absent = Monday. */
  weekStartsOn?: 0 | 1 | 2 | 3 | 4 | 5 | 6;
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
}

/** A closed renewal cycle, kept with its final result when a cycle rolls over. */
export interface ClosedCycle {
  start: IsoDate;
  end: IsoDate;
  required: number;
  earned: number;
  complete: boolean;
  closedAt: IsoDateTime;
}

/** A credential the user holds (CPC, CRC, CCS...), with its current renewal cycle. */
export interface HeldCredential extends Sampleable {
  id: Id;
  /** Catalog code, e.g. `CPC`. */
  code: string;
  earnedOn: IsoDate;
  cycleStart: IsoDate;
  cycleEnd: IsoDate;
  /** The user's own required total, when the body told them something the catalog does not know. */
  requiredOverride?: { total: number; note: string };
  retiredOn?: IsoDate;
  history: ClosedCycle[];
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
}

export const CEU_CATEGORIES = [
  'general',
  'specialty',
  'auditing',
  'compliance',
  'documentation',
  'practice-management',
  'coding-self-review',
  'hiim',
  'non-hiim',
  'ethics',
] as const;
export type CeuCategory = (typeof CEU_CATEGORIES)[number];

export interface CeuEntry extends Sampleable {
  id: Id;
  completedOn: IsoDate;
  title: string;
  provider: string;
  /** Decimals allowed (0.5, 1.25). */
  ceus: number;
  category: CeuCategory;
  /** For `specialty` entries: the specialty credential code the CEUs relate to (e.g. `CRC`). */
  specialtyCode?: string;
  /** AAPC index number or AHIMA approval code. */
  approvalCode: string;
  /** Held-credential ids this entry applies to. */
  credentialIds: Id[];
  /**
   * Renewal-month choice: when an entry falls in a renewal month it may count toward the cycle that ends
   * or the one that starts. Map of held-credential id to the cycle end date the user chose.
   */
  cycleChoice?: Record<Id, IsoDate>;
  /** The user marked the provider as an AHIMA source (AHIMA's 40% rule) where its name is not recognised. */
  ahimaSource?: boolean;
  notes: string;
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
}

/** A certificate file kept as proof of a CEU entry. */
export interface Attachment extends Sampleable {
  id: Id;
  entryId: Id;
  fileName: string;
  mimeType: string;
  size: number;
  data: Blob;
  addedAt: IsoDateTime;
}

export interface DomainWeight {
  domainId: string;
  weight: number;
}

export interface StudyPlan extends Sampleable {
  id: Id;
  name: string;
  /** Exam catalog code, e.g. `CPC`. */
  examCode: string;
  examDate: IsoDate;
  startDate: IsoDate;
  weeklyHoursGoal: number;
  weights: DomainWeight[];
  active: boolean;
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
}

export interface StudySession extends Sampleable {
  id: Id;
  planId?: Id;
  date: IsoDate;
  minutes: number;
  /** Exam domain id, or undefined for general study. */
  domainId?: string;
  notes: string;
  createdAt: IsoDateTime;
}

export interface DomainResult {
  domainId: string;
  correct: number;
  total: number;
}

export interface PracticeAttempt extends Sampleable {
  id: Id;
  examCode: string;
  date: IsoDate;
  /** Where the test came from, e.g. the practice-test vendor. */
  source: string;
  totalQuestions: number;
  correct: number;
  minutesUsed: number;
  domainResults: DomainResult[];
  createdAt: IsoDateTime;
}

export const ROADMAP_STAGES = [
  'education',
  'certification',
  'first-job',
  'specialization',
  'upskilling',
] as const;
export type RoadmapStage = (typeof ROADMAP_STAGES)[number];
export type MilestoneState = 'planned' | 'in-progress' | 'done';

export interface Milestone extends Sampleable {
  id: Id;
  stage: RoadmapStage;
  title: string;
  targetDate: IsoDate;
  state: MilestoneState;
  doneOn?: IsoDate;
  notes: string;
  /** Position within its stage. */
  order: number;
  /** Set when the app completed or advanced it from the data (e.g. the credential that was added). */
  auto?: { reason: string; ref?: Id };
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
}

/** A running study timer; kept in the store so it survives a reload or an app restart. */
export interface RunningTimer {
  id: 'timer';
  startedAt: IsoDateTime;
  planId?: Id;
  domainId?: string;
}

/** Small app state that is not user data, e.g. when the last deadline notification was shown. */
export interface KeyValue {
  key: string;
  value: unknown;
}

export type { CardQueue, CardState, Deck, Flashcard, ReviewLogEntry, ReviewRating, SrsState } from './flashcards';
export { CARD_QUEUES, CARD_STATES } from './flashcards';
