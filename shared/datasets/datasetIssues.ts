/**
 * Everything a generated dataset must satisfy, as one list of problems (empty = valid): every record passes
 * its stored schema, references resolve, nothing that happened is dated after `today`, practice attempts add up
 * and domain ids come from the exam catalog. Shared by the dataset tests and usable by volume tests.
 */
import type { Profile } from '../model/entities';
import {
  attachmentSchema, ceuEntrySchema, heldCredentialSchema, milestoneSchema, practiceAttemptSchema, profileSchema,
  studyPlanSchema, studySessionSchema,
} from '../model/schemas';
import { getExamDef } from '../study/exams';
import { DATASET_TABLES, type DatasetTables } from './types';
import type { z } from 'zod';

function schemaIssues<T extends { id: string }>(table: string, rows: readonly T[], schema: z.ZodType): string[] {
  const out: string[] = [];
  for (const row of rows) {
    const result = schema.safeParse(row);
    if (!result.success) out.push(`${table} ${row.id}: ${result.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
  }
  return out;
}

export function datasetIssues(data: DatasetTables & { profile?: Profile | null }, today: string): string[] {
  const issues = [
    ...schemaIssues('credential', data.credentials, heldCredentialSchema),
    ...schemaIssues('ceuEntry', data.ceuEntries, ceuEntrySchema),
    ...schemaIssues('attachment', data.attachments, attachmentSchema),
    ...schemaIssues('studyPlan', data.studyPlans, studyPlanSchema),
    ...schemaIssues('studySession', data.studySessions, studySessionSchema),
    ...schemaIssues('practiceAttempt', data.practiceAttempts, practiceAttemptSchema),
    ...schemaIssues('milestone', data.milestones, milestoneSchema),
  ];
  if (data.profile) {
    const result = profileSchema.safeParse(data.profile);
    if (!result.success) issues.push(`profile: ${result.error.message}`);
  }

  const allIds = DATASET_TABLES.flatMap((t) => data[t].map((r: { id: string }) => r.id));
  if (new Set(allIds).size !== allIds.length) issues.push('ids are not unique');

  const credentialIds = new Set(data.credentials.map((c) => c.id));
  for (const c of data.credentials) {
    if (!(c.earnedOn <= c.cycleStart && c.cycleStart < c.cycleEnd)) issues.push(`credential ${c.id}: earned ≤ cycle start < cycle end fails`);
    if (c.earnedOn > today) issues.push(`credential ${c.id}: earned after today`);
  }

  const entryIds = new Set(data.ceuEntries.map((e) => e.id));
  for (const e of data.ceuEntries) {
    if (e.completedOn > today) issues.push(`ceuEntry ${e.id}: completed after today`);
    for (const id of e.credentialIds) if (!credentialIds.has(id)) issues.push(`ceuEntry ${e.id}: unknown credential ${id}`);
    if (e.category === 'specialty' && !e.specialtyCode) issues.push(`ceuEntry ${e.id}: specialty entry without specialtyCode`);
  }
  for (const a of data.attachments) {
    if (!entryIds.has(a.entryId)) issues.push(`attachment ${a.id}: unknown entry ${a.entryId}`);
  }

  const plans = new Map(data.studyPlans.map((p) => [p.id, p]));
  for (const p of data.studyPlans) {
    const exam = getExamDef(p.examCode);
    if (!exam) issues.push(`studyPlan ${p.id}: unknown exam ${p.examCode}`);
    if (p.startDate > p.examDate) issues.push(`studyPlan ${p.id}: starts after its exam`);
    for (const w of p.weights) {
      if (!exam?.domains.some((d) => d.id === w.domainId)) issues.push(`studyPlan ${p.id}: weight for unknown domain ${w.domainId}`);
    }
  }
  for (const s of data.studySessions) {
    if (s.date > today) issues.push(`studySession ${s.id}: dated after today`);
    if (s.minutes <= 0) issues.push(`studySession ${s.id}: no minutes`);
    const plan = s.planId === undefined ? undefined : plans.get(s.planId);
    if (s.planId !== undefined && !plan) issues.push(`studySession ${s.id}: unknown plan ${s.planId}`);
    if (s.domainId !== undefined && plan && !getExamDef(plan.examCode)?.domains.some((d) => d.id === s.domainId)) {
      issues.push(`studySession ${s.id}: domain ${s.domainId} is not in exam ${plan.examCode}`);
    }
  }

  for (const a of data.practiceAttempts) {
    const where = `practiceAttempt ${a.id}`;
    if (a.date > today) issues.push(`${where}: dated after today`);
    const exam = getExamDef(a.examCode);
    if (!exam) issues.push(`${where}: unknown exam ${a.examCode}`);
    const totals = a.domainResults.reduce((sum, r) => sum + r.total, 0);
    const rights = a.domainResults.reduce((sum, r) => sum + r.correct, 0);
    if (totals > a.totalQuestions) issues.push(`${where}: domain totals ${totals} exceed ${a.totalQuestions} questions`);
    if (rights > a.correct) issues.push(`${where}: domain correct ${rights} exceeds ${a.correct}`);
    if (totals === a.totalQuestions && rights !== a.correct) issues.push(`${where}: domain correct ${rights} ≠ ${a.correct}`);
    const seen = new Set<string>();
    for (const r of a.domainResults) {
      if (r.correct > r.total) issues.push(`${where}: ${r.domainId} correct > total`);
      if (seen.has(r.domainId)) issues.push(`${where}: ${r.domainId} listed twice`);
      seen.add(r.domainId);
      if (exam && !exam.domains.some((d) => d.id === r.domainId)) issues.push(`${where}: unknown domain ${r.domainId}`);
    }
  }

  for (const m of data.milestones) {
    if (m.state === 'done' && !m.doneOn) issues.push(`milestone ${m.id}: done without doneOn`);
    if (m.doneOn && m.doneOn > today) issues.push(`milestone ${m.id}: done after today`);
  }
  return issues;
}

