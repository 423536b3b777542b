import { describe, expect, it } from 'vitest';
import type { HeldCredential, PracticeAttempt } from '../model/entities';
import { progressFacts } from './facts';

const at = '2026-01-01T00:00:00.000Z';
const held = (id: string, code: string, extra: Partial<HeldCredential> = {}): HeldCredential => ({
  id, code, earnedOn: '2025-05-01', cycleStart: '2025-05-01', cycleEnd: '2027-04-30', history: [], createdAt: at, updatedAt: at, ...extra,
});
const attempt = (id: string, examCode: string, correct: number, totalQuestions = 100): PracticeAttempt => ({
  id, examCode, date: '2026-02-01', source: 'Vendor', totalQuestions, correct, minutesUsed: 200, domainResults: [], createdAt: at,
});

describe('roadmap facts from stored records', () => {
  it('give each held credential its catalog kind and leave retired and unknown ones out', () => {
    const facts = progressFacts(
      [held('a', 'CPC'), held('b', 'crc'), held('c', 'CCS', { retiredOn: '2025-12-01' }), held('d', 'NOPE')],
      [],
      {},
      '2026-03-01',
    );
    expect(facts.heldCredentials).toEqual([
      { id: 'a', code: 'CPC', kind: 'core', earnedOn: '2025-05-01' },
      { id: 'b', code: 'CRC', kind: expect.stringMatching(/core|specialty/), earnedOn: '2025-05-01' },
    ]);
  });

  it('count a practice attempt as passed at the exam’s pass mark (CPC 70%, credentials.md)', () => {
    const facts = progressFacts([], [attempt('x', 'CPC', 69), attempt('y', 'CPC', 70)], {}, '2026-03-01');
    expect(facts.passedPracticeExams).toEqual([{ examCode: 'CPC', date: '2026-02-01', ref: 'y' }]);
  });

  it('judge a scaled AHIMA exam by the learner’s own practice target when set', () => {
    const attempts = [attempt('z', 'CCS', 75)];
    expect(progressFacts([], attempts, {}, '2026-03-01').passedPracticeExams).toHaveLength(1);
    expect(progressFacts([], attempts, { CCS: 80 }, '2026-03-01').passedPracticeExams).toHaveLength(0);
  });
});
