/**
 * "Explore with sample data" (product.md, First run): a plausible user who is both a learner two months from a
 * CPC exam and a coder holding CPC and CRC mid-cycle, with a roadmap three years in. Pure and deterministic:
 * the same `today` and id generator give the same records. Every record carries `sample: 1` so it can be
 * removed in one step.
 */
import { addMonths, addYears, format, startOfMonth, subDays } from 'date-fns';
import { getCredentialDef } from '../ceu/catalog';
import type { HeldCredential, Id, IsoDate, Milestone } from '../model/entities';
import { applyAutoProgress } from '../roadmap/autoComplete';
import { defaultMilestones } from '../roadmap/seed';
import { addDaysToDay, dateToDay, dayToDate } from '../study/days';
import { buildSampleCeus } from './sampleCeu';
import { buildSampleStudy } from './sampleStudy';
import { instantOn } from './time';
import type { DatasetTables } from './types';

export type SampleData = DatasetTables;

/** The sample user's timeline, counted back from today (demo data, not a rule). */
export const SAMPLE_TIMELINE = {
  careerStartYearsAgo: 3,
  educationDoneMonthsAfterStart: 10,
  cpcEarnedMonthsAgo: 23,
  firstJobDaysAfterCpc: 75,
  crcEarnedMonthsAgo: 15,
  /** The current renewal period began on the first of the month this many months ago (about half of two years). */
  cycleStartedMonthsAgo: 12,
} as const;

/** The career start the sample roadmap is offset from (a profile created with sample data can use it). */
export function sampleCareerStart(today: IsoDate): IsoDate {
  return dateToDay(addYears(dayToDate(today), -SAMPLE_TIMELINE.careerStartYearsAgo));
}

const addMonthsToDay = (day: IsoDate, months: number): IsoDate => dateToDay(addMonths(dayToDate(day), months));
const monthsAgo = (today: IsoDate, months: number): IsoDate => addMonthsToDay(today, -months);

/**
 * AAPC reports every two years on the membership renewal date, the same for all of a member's credentials
 * (credentials.md, "CEU policies"), so CPC and CRC share one period: first of a month, catalog cycle length.
 */
function currentCycle(today: IsoDate): { start: IsoDate; end: IsoDate } {
  const startDate = startOfMonth(addMonths(dayToDate(today), -SAMPLE_TIMELINE.cycleStartedMonthsAgo));
  const years = getCredentialDef('CPC')?.cycleYears;
  if (!years) throw new Error('CEU catalog has no CPC');
  return { start: format(startDate, 'yyyy-MM-dd'), end: format(subDays(addYears(startDate, years), 1), 'yyyy-MM-dd') };
}

function credential(code: string, earnedOn: IsoDate, cycle: { start: IsoDate; end: IsoDate }, newId: () => Id): HeldCredential {
  const created = instantOn(earnedOn, 17, 0);
  return {
    id: newId(), code, earnedOn, cycleStart: cycle.start, cycleEnd: cycle.end, history: [],
    createdAt: created, updatedAt: created, sample: 1,
  };
}

/**
 * The five seed milestones in the states a real user would have reached: education and first job done by hand,
 * certification and specialization completed by the app's own auto-progress rule (CPC, then the specialty CRC),
 * and specialization reopened by hand because the goal is a risk adjustment role, not only the credential.
 * Built through `applyAutoProgress` so a later sync finds nothing to change.
 */
function sampleMilestones(today: IsoDate, credentials: HeldCredential[], newId: () => Id): Milestone[] {
  const now = instantOn(today, 12, 0);
  const careerStart = sampleCareerStart(today);
  const byStage = new Map(defaultMilestones(careerStart, now, newId).map((m) => [m.stage, m]));
  const cpc = credentials.find((c) => c.code === 'CPC')!;
  const setDone = (stage: Milestone['stage'], doneOn: IsoDate, note: string) => {
    const m = byStage.get(stage)!;
    byStage.set(stage, { ...m, state: 'done', doneOn, notes: `${m.notes}\n${note}` });
  };
  setDone('education', addMonthsToDay(careerStart, SAMPLE_TIMELINE.educationDoneMonthsAfterStart), 'Medical coding certificate, community college.');
  setDone('first-job', addDaysToDay(cpc.earnedOn, SAMPLE_TIMELINE.firstJobDaysAfterCpc), 'Outpatient coder at Riverside Family Clinic.');

  const facts = credentials.map((c) => {
    const kind = getCredentialDef(c.code)?.kind;
    if (!kind) throw new Error(`CEU catalog has no ${c.code}`);
    return { id: c.id, code: c.code, kind, earnedOn: c.earnedOn };
  });
  const { updated } = applyAutoProgress([...byStage.values()], { heldCredentials: facts, passedPracticeExams: [] }, today, { now, newId });
  for (const m of updated) byStage.set(m.stage, m);

  const spec = byStage.get('specialization')!;
  const { doneOn: _reopened, ...open } = spec;
  byStage.set('specialization', {
    ...open,
    state: 'in-progress',
    notes: `${spec.notes}\nReopened: next step is a risk adjustment coding role.`,
  });
  return [...byStage.values()].map((m) => ({ ...m, sample: 1 as const }));
}

export function buildSampleData(today: IsoDate, newId: () => string): SampleData {
  const cycle = currentCycle(today);
  const cpc = credential('CPC', monthsAgo(today, SAMPLE_TIMELINE.cpcEarnedMonthsAgo), cycle, newId);
  const crc = credential('CRC', monthsAgo(today, SAMPLE_TIMELINE.crcEarnedMonthsAgo), cycle, newId);
  const credentials = [cpc, crc];
  const { ceuEntries, attachments } = buildSampleCeus({ cycleStart: cycle.start, today, cpcId: cpc.id, crcId: crc.id, newId });
  const study = buildSampleStudy(today, newId);
  return {
    credentials,
    ceuEntries,
    attachments,
    ...study,
    milestones: sampleMilestones(today, credentials, newId),
  };
}
