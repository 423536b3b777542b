/**
 * Turns stored records into the facts the roadmap's automatic progress reads: which credentials are held (with the
 * catalog's kind) and which practice attempts reached their exam's pass mark.
 */
import { getCredentialDef } from '../ceu/catalog';
import type { HeldCredential, IsoDate, PracticeAttempt } from '../model/entities';
import { getExamDef, passPercent } from '../study/exams';
import { attemptPercent } from '../study/readiness';
import type { ProgressFacts } from './autoComplete';

export function progressFacts(
  credentials: readonly HeldCredential[],
  attempts: readonly PracticeAttempt[],
  /** The learner's own practice target per exam code, where set. */
  targets: Readonly<Record<string, number>>,
  today: IsoDate,
): ProgressFacts {
  const heldCredentials = credentials.flatMap((held) => {
    const def = getCredentialDef(held.code);
    if (!def || (held.retiredOn && held.retiredOn <= today)) return [];
    return [{ id: held.id, code: def.code, kind: def.kind, earnedOn: held.earnedOn }];
  });
  const passedPracticeExams = attempts.flatMap((attempt) => {
    const exam = getExamDef(attempt.examCode);
    if (!exam || attempt.totalQuestions <= 0) return [];
    const passed = attemptPercent(attempt) >= passPercent(exam, targets[exam.code]);
    return passed ? [{ examCode: exam.code, date: attempt.date, ref: attempt.id }] : [];
  });
  return { heldCredentials, passedPracticeExams };
}
