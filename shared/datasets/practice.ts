/**
 * Per-domain results for generated practice attempts, built from the exam catalog so domain ids are real and
 * the numbers add up: domain totals sum to the question count, domain correct answers sum to the attempt's
 * correct count, and no domain has more correct answers than questions.
 */
import type { DomainResult } from '../model/entities';
import type { ExamDef } from '../study/exams';

/** Splits `total` into whole parts proportional to `weights` (largest remainder, so the parts sum to `total`). */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, w) => a + w, 0);
  if (sum <= 0) return weights.map(() => 0);
  const exact = weights.map((w) => (w / sum) * total);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, p) => a + p, 0);
  const order = exact.map((x, i) => ({ i, frac: x - Math.floor(x) })).sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) parts[order[k]!.i]!++;
  return parts;
}

/**
 * Domain results for an attempt with `correct` of the exam's questions right. `skill` shifts each domain's share
 * of correct answers (1 = average; 1.2 = stronger), by domain id; unknown ids count as 1.
 * `correct` above `totalQuestions` is capped at it.
 */
export function domainResultsFor(
  exam: ExamDef,
  totalQuestions: number,
  correct: number,
  skill: Readonly<Record<string, number>> = {},
): DomainResult[] {
  const totals = apportion(totalQuestions, exam.domains.map((d) => d.defaultWeight));
  const capacity = [...totals];
  const rights = totals.map(() => 0);
  let left = Math.min(correct, totalQuestions);
  // Hand out correct answers in proportion to questions × skill; a domain that fills up passes its share on.
  while (left > 0) {
    const weights = exam.domains.map((d, i) => (capacity[i]! > 0 ? totals[i]! * (skill[d.id] ?? 1) : 0));
    if (weights.every((w) => w <= 0)) break;
    const shares = apportion(left, weights);
    shares.forEach((share, i) => {
      const placed = Math.min(share, capacity[i]!);
      rights[i]! += placed;
      capacity[i]! -= placed;
      left -= placed;
    });
  }
  return exam.domains
    .map((d, i) => ({ domainId: d.id, correct: rights[i]!, total: totals[i]! }))
    .filter((r) => r.total > 0);
}
