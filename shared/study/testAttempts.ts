/** Practice attempts for unit tests: one result row per domain as [domainId, correct, total]. */
import type { PracticeAttempt } from '../model/entities';

let n = 0;
export function attempt(
  date: string,
  results: [string, number, number][],
  createdAt = `${date}T12:00:00.000Z`,
  examCode = 'CPC',
): PracticeAttempt {
  const total = results.reduce((s, r) => s + r[2], 0);
  const correct = results.reduce((s, r) => s + r[1], 0);
  return {
    id: `a${++n}`, examCode, date, source: '', totalQuestions: total, correct, minutesUsed: 60,
    domainResults: results.map(([domainId, c, t]) => ({ domainId, correct: c, total: t })), createdAt,
  };
}

