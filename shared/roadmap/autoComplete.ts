/**
 * Roadmap milestones the app completes or advances from the user's own data (product.md, "Roadmap and
 * dashboard": a credential added completes "earn certification"; a specialty credential completes
 * "specialization"). Pure: takes the milestones and the facts, returns the milestones to write.
 */
import type { Id, IsoDate, IsoDateTime, Milestone, RoadmapStage } from '../model/entities';
import { milestonesOfStage } from './order';
import { seedForStage } from './seed';
import { compareKeys } from '../model/compareKeys';

/** How the credential catalog classes a credential; only `specialty` counts toward the specialization stage. */
export type CredentialKind = 'core' | 'specialty' | 'ahima-coding' | 'ahima-other';

export interface HeldCredentialFact {
  /** The held credential's id; becomes the milestone's `auto.ref`. */
  id: Id;
  code: string;
  kind: CredentialKind;
  earnedOn: IsoDate;
}

/** A practice attempt that reached its exam's pass mark (the caller judges it against the exam catalog). */
export interface PassedPracticeExamFact {
  examCode: string;
  date: IsoDate;
  /** The practice attempt's id, kept as `auto.ref` when given. */
  ref?: Id;
}

export interface ProgressFacts {
  /** Credentials the user holds now (leave retired ones out). */
  heldCredentials: HeldCredentialFact[];
  passedPracticeExams: PassedPracticeExamFact[];
}

export interface AutoProgressDeps {
  /** Timestamp for `updatedAt` / `createdAt`. */
  now: IsoDateTime;
  newId: () => Id;
}

export interface AutoProgressResult {
  /** Existing milestones that changed, as new objects. */
  updated: Milestone[];
  /** Milestones added because their stage had none. */
  created: Milestone[];
}

/**
 * Applies the automatic-progress rules and returns only what changed. Facts dated after `today` are ignored.
 *
 * 1. Each held credential (earliest first) completes the first open "certification" milestone, preferring one
 *    whose title names the credential's code: state done, doneOn = earnedOn, a line in the notes naming it,
 *    `auto` = { reason, ref: credential id }. If the stage has no milestone at all, a done one is created.
 * 2. A `specialty` credential does the same in the "specialization" stage.
 * 3. A passed practice exam moves a planned "certification" milestone to in-progress: the one naming the exam
 *    code if any milestone names it, otherwise the first planned one, unless the stage is already under way
 *    (a milestone in progress). Done milestones are never touched, so nothing is downgraded.
 *
 * Idempotent: a credential already referenced by a milestone of that stage (`auto.ref`) is skipped, even if the
 * user later reopened that milestone by hand; a milestone the user completed by hand is never changed.
 */
export function applyAutoProgress(
  milestones: readonly Milestone[],
  facts: ProgressFacts,
  today: IsoDate,
  deps: AutoProgressDeps,
): AutoProgressResult {
  const current = new Map<Id, Milestone>(milestones.map((m) => [m.id, m]));
  const touched = new Set<Id>();
  const createdIds = new Set<Id>();
  const put = (m: Milestone) => {
    current.set(m.id, m);
    touched.add(m.id);
  };
  const stage = (s: RoadmapStage) => milestonesOfStage([...current.values()], s);

  const credentials = facts.heldCredentials
    .filter((c) => c.earnedOn <= today)
    .sort((a, b) => compareKeys(a.earnedOn, b.earnedOn) || compareKeys(a.code, b.code) || compareKeys(a.id, b.id));

  for (const credential of credentials) {
    const stages: RoadmapStage[] = ['certification'];
    if (credential.kind === 'specialty') stages.push('specialization');
    for (const s of stages) {
      const list = stage(s);
      if (list.some((m) => m.auto?.ref === credential.id)) continue;
      const open = list.filter((m) => m.state !== 'done');
      const target = open.find((m) => namesCode(m.title, credential.code)) ?? open[0];
      const reason = completionReason(credential, s);
      if (target) {
        put({
          ...target,
          state: 'done',
          doneOn: credential.earnedOn,
          notes: appendLine(target.notes, `Completed automatically: ${credential.code} earned on ${credential.earnedOn}.`),
          auto: { reason, ref: credential.id },
          updatedAt: deps.now,
        });
      } else if (list.length === 0) {
        const created: Milestone = {
          id: deps.newId(),
          stage: s,
          title: `${seedForStage(s).title}: ${credential.code}`,
          targetDate: credential.earnedOn,
          state: 'done',
          doneOn: credential.earnedOn,
          notes: `Added automatically: ${credential.code} earned on ${credential.earnedOn}.`,
          order: 0,
          auto: { reason, ref: credential.id },
          createdAt: deps.now,
          updatedAt: deps.now,
        };
        put(created);
        createdIds.add(created.id);
      }
    }
  }

  for (const exam of earliestPassPerExam(facts.passedPracticeExams, today)) {
    const list = stage('certification');
    const named = list.filter((m) => namesCode(m.title, exam.examCode));
    // Once a milestone for this exam is under way (or done), a later run must not start a second one.
    const target =
      named.length > 0
        ? named.some((m) => m.state !== 'planned')
          ? undefined
          : named.find((m) => m.state === 'planned')
        : list.some((m) => m.state === 'in-progress')
          ? undefined
          : list.find((m) => m.state === 'planned');
    if (!target) continue;
    put({
      ...target,
      state: 'in-progress',
      auto: {
        reason: `A ${exam.examCode} practice exam on ${exam.date} reached the pass mark.`,
        ...(exam.ref !== undefined ? { ref: exam.ref } : {}),
      },
      updatedAt: deps.now,
    });
  }

  const result: AutoProgressResult = { updated: [], created: [] };
  for (const id of touched) {
    const m = current.get(id)!;
    (createdIds.has(id) ? result.created : result.updated).push(m);
  }
  return result;
}

function completionReason(credential: HeldCredentialFact, stage: RoadmapStage): string {
  return stage === 'specialization'
    ? `Completed when specialty credential ${credential.code} was added (earned ${credential.earnedOn}).`
    : `Completed when credential ${credential.code} was added (earned ${credential.earnedOn}).`;
}

/** One passed attempt per exam code, the earliest, in date order. */
function earliestPassPerExam(exams: readonly PassedPracticeExamFact[], today: IsoDate): PassedPracticeExamFact[] {
  const byCode = new Map<string, PassedPracticeExamFact>();
  for (const e of exams) {
    if (e.date > today) continue;
    const seen = byCode.get(e.examCode);
    if (!seen || e.date < seen.date) byCode.set(e.examCode, e);
  }
  return [...byCode.values()].sort((a, b) => compareKeys(a.date, b.date) || compareKeys(a.examCode, b.examCode));
}

/**
 * Whether a title names a credential code as a whole word: "Earn the CCS" names CCS, "Earn the CCS-P" does not
 * (the hyphen belongs to the code, so CCS and CCS-P stay apart).
 */
export function namesCode(title: string, code: string): boolean {
  const escaped = code.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^A-Za-z0-9-])${escaped}($|[^A-Za-z0-9-])`, 'i').test(title);
}

function appendLine(notes: string, line: string): string {
  return notes.trim() === '' ? line : `${notes}\n${line}`;
}
