import { describe, expect, it } from 'vitest';
import type { StudySession } from '../model/entities';
import { defaultWeights, getExamDef } from './exams';
import { attempt } from './testAttempts';
import { latestChange, replan } from './replan';

const cpc = getExamDef('CPC')!;
const plan = { id: 'p1', startDate: '2026-03-02', examDate: '2026-06-13', weeklyHoursGoal: 10, weights: defaultWeights(cpc) };
const today = '2026-03-26';

describe('replan', () => {
  it('says what a weak attempt moved and why', () => {
    const weak = attempt('2026-03-26', [['anesthesia', 2, 6], ['radiology', 6, 6]], '2026-03-26T10:00:00.000Z');
    const { note, schedule } = replan({ plan, exam: cpc, today, evidence: { attempts: [weak], sessions: [] } });
    expect(schedule.weeks.length).toBeGreaterThan(0);
    expect(note?.change.kind).toBe('attempt');
    const up = note!.moves.find((m) => m.domainId === 'anesthesia');
    expect(up).toMatchObject({ direction: 'up', label: 'Anesthesia', reason: '33% in your last attempt' });
    expect(note!.summary).toContain('Anesthesia moved up: 33% in your last attempt');
    expect(note!.summary).toMatch(/^Re-planned after your practice attempt of Mar 26 \(66\.7%\)/);
  });

  it('names a logged session as the reason a topic moved down', () => {
    const older = attempt('2026-03-20', [['anesthesia', 1, 6]], '2026-03-20T10:00:00.000Z');
    const studied: StudySession = {
      id: 's1', date: '2026-03-26', minutes: 90, domainId: 'anesthesia', notes: '', createdAt: '2026-03-26T11:00:00.000Z',
    };
    const { note } = replan({ plan, exam: cpc, today, evidence: { attempts: [older], sessions: [studied] } });
    expect(note?.change.kind).toBe('session');
    const down = note!.moves.find((m) => m.domainId === 'anesthesia');
    expect(down).toMatchObject({ direction: 'down', reason: 'you studied it on Mar 26' });
  });

  it('explains flashcard reviews through mastery, and says when nothing moved', () => {
    const evidence = {
      attempts: [],
      sessions: [],
      mastery: { 'medical-terminology': 0.1 },
      masteryChange: { at: '2026-03-26T12:00:00.000Z', before: { 'medical-terminology': 0.9 } },
    };
    const { note } = replan({ plan, exam: cpc, today, evidence });
    expect(note?.change.kind).toBe('reviews');
    expect(note!.moves[0]).toMatchObject({ domainId: 'medical-terminology', direction: 'up', reason: 'flashcard mastery 10% (was 90%)' });

    const same = replan({ plan, exam: cpc, today, evidence: { ...evidence, masteryChange: { at: evidence.masteryChange.at, before: evidence.mastery } } });
    expect(same.note?.moves).toEqual([]);
    expect(same.note?.summary).toBe('Re-planned after your latest flashcard reviews: the next two weeks stay as they were.');
  });

  it('has no note without evidence', () => {
    expect(replan({ plan, exam: cpc, today, evidence: { attempts: [], sessions: [] } }).note).toBeUndefined();
    expect(latestChange({ attempts: [], sessions: [] })).toBeUndefined();
  });
});
