import { describe, expect, it } from 'vitest';
import { ROADMAP_STAGES } from '../model/entities';
import {
  ONGOING_HORIZON_YEARS,
  ROADMAP_SEED,
  ROADMAP_SEED_SOURCE,
  ROADMAP_STAGE_INFO,
  defaultMilestones,
  seedForStage,
  stageIndex,
  stageInfo,
  targetDateFor,
} from './seed';

const ids = () => {
  let n = 0;
  return () => `id-${++n}`;
};

describe('roadmap stages', () => {
  it('describes the five stages in path order, each with a label and a description', () => {
    expect(ROADMAP_STAGE_INFO.map((s) => s.stage)).toEqual([...ROADMAP_STAGES]);
    expect(ROADMAP_STAGE_INFO.map((s) => s.label)).toEqual([
      'Education',
      'Certification',
      'First job',
      'Specialization',
      'Upskilling',
    ]);
    for (const s of ROADMAP_STAGE_INFO) expect(s.description.length).toBeGreaterThan(20);
  });

  it('looks a stage up and gives its position', () => {
    expect(stageInfo('first-job').label).toBe('First job');
    expect(stageIndex('education')).toBe(0);
    expect(stageIndex('upskilling')).toBe(4);
  });
});

describe('roadmap seed (credentials.md, "The career roadmap (seed material)")', () => {
  it('holds one milestone per stage with the typical targets of the table', () => {
    expect(ROADMAP_SEED.map((s) => [s.stage, s.title, s.typical])).toEqual([
      ['education', 'Complete education', 'year 1'],
      ['certification', 'Achieve certification', 'year 2'],
      ['first-job', 'Gain an entry-level job', 'years 2–3'],
      ['specialization', 'Pursue a specialization', 'years 3–4'],
      ['upskilling', 'Continue upskilling', 'ongoing'],
    ]);
    expect(seedForStage('first-job').target).toEqual({ kind: 'years', from: 2, to: 3 });
    expect(seedForStage('upskilling').target).toEqual({ kind: 'ongoing' });
  });

  it('names its source and the date it was checked', () => {
    expect(ROADMAP_SEED_SOURCE.source).toContain('The career roadmap');
    expect(ROADMAP_SEED_SOURCE.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('targetDateFor', () => {
  it('puts "year 1" one year after the start', () => {
    expect(targetDateFor({ kind: 'years', from: 1, to: 1 }, '2025-03-10', '2025-03-10')).toBe('2026-03-10');
  });

  it('maps a range "years 2–3" to its end', () => {
    expect(targetDateFor({ kind: 'years', from: 2, to: 3 }, '2025-03-10', '2025-03-10')).toBe('2028-03-10');
  });

  it('rolls "ongoing" from today when the start is in the past', () => {
    expect(targetDateFor({ kind: 'ongoing' }, '2015-01-01', '2026-11-25')).toBe(
      `${2026 + ONGOING_HORIZON_YEARS}-11-25`,
    );
  });

  it('rolls "ongoing" from the start when the start is in the future', () => {
    expect(targetDateFor({ kind: 'ongoing' }, '2027-06-01', '2026-11-25')).toBe(
      `${2027 + ONGOING_HORIZON_YEARS}-06-01`,
    );
  });

  it('moves a Feb 29 start to Feb 28 in a common year', () => {
    expect(targetDateFor({ kind: 'years', from: 1, to: 1 }, '2024-02-29', '2024-02-29')).toBe('2025-02-28');
  });
});

describe('defaultMilestones', () => {
  // An hour before the start day in UTC: its local day is 03-09 or 03-10 in every time zone, so the rolling
  // "ongoing" target (from the later of start and today) is the same wherever the tests run.
  const now = '2025-03-09T23:00:00.000Z';
  const list = defaultMilestones('2025-03-10', now, ids());

  it('creates one planned milestone per stage with targets offset from the career start', () => {
    expect(list.map((m) => [m.stage, m.targetDate, m.state, m.order])).toEqual([
      ['education', '2026-03-10', 'planned', 0],
      ['certification', '2027-03-10', 'planned', 0],
      ['first-job', '2028-03-10', 'planned', 0],
      ['specialization', '2029-03-10', 'planned', 0],
      ['upskilling', '2030-03-10', 'planned', 0],
    ]);
  });

  it('gives each a fresh id, timestamps and notes with the details and typical target', () => {
    expect(list.map((m) => m.id)).toEqual(['id-1', 'id-2', 'id-3', 'id-4', 'id-5']);
    expect(list.every((m) => m.createdAt === now && m.updatedAt === now)).toBe(true);
    expect(list[0]?.notes).toBe('Certificate 6–12 months, or associate degree 2 years. Typical target: year 1.');
    expect(list.some((m) => m.auto !== undefined || m.doneOn !== undefined)).toBe(false);
  });
});
