import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Milestone, MilestoneState, RoadmapStage } from '../model/entities';
import { ROADMAP_STAGES } from '../model/entities';
import {
  type AutoProgressResult,
  type HeldCredentialFact,
  type ProgressFacts,
  applyAutoProgress,
  namesCode,
} from './autoComplete';
import { defaultMilestones } from './seed';

// Rules from product.md, "Roadmap and dashboard": a credential added completes "earn certification";
// a specialty credential completes "specialization"; the brief adds practice exams advancing certification.
const T0 = '2024-01-01T00:00:00.000Z';
const NOW = '2026-11-25T10:00:00.000Z';
const TODAY = '2026-11-25';

const idGen = (prefix = 'new') => {
  let n = 0;
  return () => `${prefix}-${++n}`;
};
const deps = () => ({ now: NOW, newId: idGen() });
const seeded = () => defaultMilestones('2024-01-01', T0, idGen('m'));
const ms = (p: Partial<Milestone> & { id: string; stage: RoadmapStage }): Milestone => ({
  title: 'A milestone',
  targetDate: '2026-01-01',
  state: 'planned',
  notes: '',
  order: 0,
  createdAt: T0,
  updatedAt: T0,
  ...p,
});
const cred = (p: Partial<HeldCredentialFact> = {}): HeldCredentialFact => ({
  id: 'cred-cpc',
  code: 'CPC',
  kind: 'core',
  earnedOn: '2025-06-01',
  ...p,
});
const facts = (p: Partial<ProgressFacts> = {}): ProgressFacts => ({
  heldCredentials: [],
  passedPracticeExams: [],
  ...p,
});
const merge = (list: Milestone[], r: AutoProgressResult): Milestone[] => [
  ...list.map((m) => r.updated.find((u) => u.id === m.id) ?? m),
  ...r.created,
];

describe('rule: a held credential completes the first open certification milestone', () => {
  it('marks the seeded "Achieve certification" done on the earned date, naming the credential', () => {
    const r = applyAutoProgress(seeded(), facts({ heldCredentials: [cred()] }), TODAY, deps());
    expect(r.created).toEqual([]);
    expect(r.updated).toHaveLength(1);
    const m = r.updated[0]!;
    expect(m).toMatchObject({ id: 'm-2', stage: 'certification', title: 'Achieve certification', state: 'done' });
    expect(m.doneOn).toBe('2025-06-01');
    expect(m.notes).toMatch(/\nCompleted automatically: CPC earned on 2025-06-01\.$/);
    expect(m.auto).toEqual({ reason: 'Completed when credential CPC was added (earned 2025-06-01).', ref: 'cred-cpc' });
    expect(m.updatedAt).toBe(NOW);
  });

  it('prefers an open milestone whose title names the credential', () => {
    const list = [
      ms({ id: 'a', stage: 'certification', title: 'Earn the CRC', order: 0 }),
      ms({ id: 'b', stage: 'certification', title: 'Earn the CPC', order: 1 }),
    ];
    const r = applyAutoProgress(list, facts({ heldCredentials: [cred()] }), TODAY, deps());
    expect(r.updated.map((m) => [m.id, m.state])).toEqual([['b', 'done']]);
  });

  it('completes a milestone the user had set in progress', () => {
    const list = [ms({ id: 'a', stage: 'certification', state: 'in-progress' })];
    const r = applyAutoProgress(list, facts({ heldCredentials: [cred()] }), TODAY, deps());
    expect(r.updated[0]?.state).toBe('done');
  });

  it('leaves a milestone the user completed by hand alone, and adds nothing', () => {
    const list = [ms({ id: 'a', stage: 'certification', state: 'done', doneOn: '2025-01-01' })];
    const r = applyAutoProgress(list, facts({ heldCredentials: [cred()] }), TODAY, deps());
    expect(r).toEqual({ updated: [], created: [] });
  });

  it('creates a done certification milestone when the stage has none', () => {
    const list = [ms({ id: 'e', stage: 'education' })];
    const r = applyAutoProgress(list, facts({ heldCredentials: [cred()] }), TODAY, deps());
    expect(r.updated).toEqual([]);
    expect(r.created).toEqual([
      {
        id: 'new-1',
        stage: 'certification',
        title: 'Achieve certification: CPC',
        targetDate: '2025-06-01',
        state: 'done',
        doneOn: '2025-06-01',
        notes: 'Added automatically: CPC earned on 2025-06-01.',
        order: 0,
        auto: { reason: 'Completed when credential CPC was added (earned 2025-06-01).', ref: 'cred-cpc' },
        createdAt: NOW,
        updatedAt: NOW,
      },
    ]);
  });

  it('lets the earliest credential complete the milestone; a later one finds the stage done', () => {
    const coc = cred({ id: 'cred-coc', code: 'COC', earnedOn: '2026-02-01' });
    const r = applyAutoProgress(seeded(), facts({ heldCredentials: [coc, cred()] }), TODAY, deps());
    expect(r.updated.map((m) => [m.stage, m.auto?.ref])).toEqual([['certification', 'cred-cpc']]);
    expect(r.created).toEqual([]);
  });

  it('ignores a credential dated after today', () => {
    const r = applyAutoProgress(seeded(), facts({ heldCredentials: [cred({ earnedOn: '2027-01-01' })] }), TODAY, deps());
    expect(r).toEqual({ updated: [], created: [] });
  });

  it('does not complete again a milestone the user reopened after the app completed it', () => {
    const list = [
      ms({ id: 'a', stage: 'certification', state: 'planned', auto: { reason: 'earlier', ref: 'cred-cpc' } }),
    ];
    expect(applyAutoProgress(list, facts({ heldCredentials: [cred()] }), TODAY, deps())).toEqual({
      updated: [],
      created: [],
    });
  });
});

describe('rule: a specialty credential completes the first open specialization milestone', () => {
  const crc = cred({ id: 'cred-crc', code: 'CRC', kind: 'specialty', earnedOn: '2026-03-15' });

  it('completes "Pursue a specialization" (and certification, since it is a credential too)', () => {
    const r = applyAutoProgress(seeded(), facts({ heldCredentials: [crc] }), TODAY, deps());
    const spec = r.updated.find((m) => m.stage === 'specialization')!;
    expect(spec).toMatchObject({ id: 'm-4', state: 'done', doneOn: '2026-03-15' });
    expect(spec.auto).toEqual({
      reason: 'Completed when specialty credential CRC was added (earned 2026-03-15).',
      ref: 'cred-crc',
    });
    expect(spec.notes).toContain('Completed automatically: CRC earned on 2026-03-15.');
    expect(r.updated.map((m) => m.stage).sort()).toEqual(['certification', 'specialization']);
  });

  it('core, AHIMA coding and other AHIMA credentials leave specialization alone', () => {
    const others = (['core', 'ahima-coding', 'ahima-other'] as const).map((kind, i) =>
      cred({ id: `c${i}`, code: `X${i}`, kind }),
    );
    const r = applyAutoProgress(seeded(), facts({ heldCredentials: others }), TODAY, deps());
    expect(r.updated.some((m) => m.stage === 'specialization')).toBe(false);
  });

  it('creates a done specialization milestone when the stage has none', () => {
    const list = seeded().filter((m) => m.stage !== 'specialization');
    const r = applyAutoProgress(list, facts({ heldCredentials: [crc] }), TODAY, deps());
    expect(r.created).toHaveLength(1);
    expect(r.created[0]).toMatchObject({
      stage: 'specialization',
      title: 'Pursue a specialization: CRC',
      state: 'done',
      doneOn: '2026-03-15',
      auto: { ref: 'cred-crc' },
    });
  });
});

describe('rule: a passed practice exam moves a planned certification milestone to in progress', () => {
  const pass = { examCode: 'CPC', date: '2026-10-01', ref: 'att-1' };

  it('marks the seeded certification milestone in progress, with the reason and the attempt', () => {
    const r = applyAutoProgress(seeded(), facts({ passedPracticeExams: [pass] }), TODAY, deps());
    expect(r.updated).toHaveLength(1);
    expect(r.updated[0]).toMatchObject({ id: 'm-2', state: 'in-progress', updatedAt: NOW });
    expect(r.updated[0]?.auto).toEqual({ reason: 'A CPC practice exam on 2026-10-01 reached the pass mark.', ref: 'att-1' });
    expect(r.updated[0]?.doneOn).toBeUndefined();
  });

  it('never downgrades a done milestone', () => {
    const list = [ms({ id: 'a', stage: 'certification', state: 'done', doneOn: '2025-01-01' })];
    expect(applyAutoProgress(list, facts({ passedPracticeExams: [pass] }), TODAY, deps())).toEqual({
      updated: [],
      created: [],
    });
  });

  it('advances the milestone naming the exam over the first one', () => {
    const list = [
      ms({ id: 'a', stage: 'certification', title: 'Earn the CCS', order: 0 }),
      ms({ id: 'b', stage: 'certification', title: 'Earn the CPC', order: 1 }),
    ];
    const r = applyAutoProgress(list, facts({ passedPracticeExams: [pass] }), TODAY, deps());
    expect(r.updated.map((m) => [m.id, m.state])).toEqual([['b', 'in-progress']]);
  });

  it('does nothing when the stage is already under way and no milestone names the exam', () => {
    const list = [
      ms({ id: 'a', stage: 'certification', state: 'in-progress', order: 0 }),
      ms({ id: 'b', stage: 'certification', order: 1 }),
    ];
    expect(applyAutoProgress(list, facts({ passedPracticeExams: [pass] }), TODAY, deps()).updated).toEqual([]);
  });

  it('creates nothing when the stage is empty, and ignores attempts dated after today', () => {
    const empty = applyAutoProgress([], facts({ passedPracticeExams: [pass] }), TODAY, deps());
    expect(empty).toEqual({ updated: [], created: [] });
    const future = applyAutoProgress(seeded(), facts({ passedPracticeExams: [{ ...pass, date: '2027-01-01' }] }), TODAY, deps());
    expect(future.updated).toEqual([]);
  });

  it('lets a credential complete what a practice exam had advanced', () => {
    const r = applyAutoProgress(
      seeded(),
      facts({ heldCredentials: [cred()], passedPracticeExams: [pass] }),
      TODAY,
      deps(),
    );
    expect(r.updated.map((m) => [m.id, m.state, m.auto?.ref])).toEqual([['m-2', 'done', 'cred-cpc']]);
  });
});

describe('applyAutoProgress as a whole', () => {
  it('does not mutate its input', () => {
    const list = seeded();
    const copy = structuredClone(list);
    applyAutoProgress(list, facts({ heldCredentials: [cred()] }), TODAY, deps());
    expect(list).toEqual(copy);
  });

  it('is idempotent: applying the result and running again changes nothing (property)', () => {
    const codes = ['CPC', 'COC', 'CRC', 'CCS', 'CCS-P'];
    const milestone = fc.record({
      stage: fc.constantFrom(...ROADMAP_STAGES),
      state: fc.constantFrom<MilestoneState>('planned', 'in-progress', 'done'),
      title: fc.constantFrom('Achieve certification', ...codes.map((c) => `Earn the ${c}`)),
      order: fc.integer({ min: 0, max: 3 }),
    });
    const credential = fc.record({
      code: fc.constantFrom(...codes),
      kind: fc.constantFrom('core', 'specialty', 'ahima-coding', 'ahima-other') as fc.Arbitrary<HeldCredentialFact['kind']>,
      earnedOn: fc.constantFrom('2025-01-01', '2026-05-05', '2027-01-01'),
    });
    const exam = fc.record({
      examCode: fc.constantFrom(...codes),
      date: fc.constantFrom('2025-02-02', '2026-06-06', '2027-02-02'),
    });
    fc.assert(
      fc.property(fc.array(milestone, { maxLength: 8 }), fc.array(credential, { maxLength: 4 }), fc.array(exam, { maxLength: 4 }), (ml, cl, el) => {
        const list = ml.map((m, i) => ms({ ...m, id: `m${i}`, doneOn: m.state === 'done' ? '2025-01-01' : undefined }));
        const f = facts({ heldCredentials: cl.map((c, i) => ({ ...c, id: `c${i}` })), passedPracticeExams: el });
        const newId = idGen();
        const once = merge(list, applyAutoProgress(list, f, TODAY, { now: NOW, newId }));
        expect(applyAutoProgress(once, f, TODAY, { now: NOW, newId })).toEqual({ updated: [], created: [] });
        // Done milestones stay done, with their date, whoever completed them.
        for (const m of list.filter((x) => x.state === 'done')) {
          expect(once.find((x) => x.id === m.id)).toEqual(m);
        }
      }),
    );
  });
});

describe('two milestones naming the same exam', () => {
  it('a passed practice exam starts only one of them, and a second run starts no other (found by the property test)', () => {
    const list = [
      ms({ id: 'a', stage: 'certification', state: 'planned', title: 'Earn the CCS-P', order: 0 }),
      ms({ id: 'b', stage: 'certification', state: 'planned', title: 'Earn the CCS-P', order: 0 }),
    ];
    const f = facts({ heldCredentials: [], passedPracticeExams: [{ examCode: 'CCS-P', date: '2025-02-02' }] });
    const newId = idGen();
    const first = applyAutoProgress(list, f, TODAY, { now: NOW, newId });
    expect(first.updated.map((m) => [m.id, m.state])).toEqual([['a', 'in-progress']]);
    expect(applyAutoProgress(merge(list, first), f, TODAY, { now: NOW, newId })).toEqual({ updated: [], created: [] });
  });
});

describe('namesCode', () => {
  it('matches a code as a whole word, keeping CCS and CCS-P apart', () => {
    expect(namesCode('Earn the CCS', 'CCS')).toBe(true);
    expect(namesCode('Earn the ccs credential', 'CCS')).toBe(true);
    expect(namesCode('Earn the CCS-P', 'CCS')).toBe(false);
    expect(namesCode('Earn the CCS-P', 'CCS-P')).toBe(true);
    expect(namesCode('Achieve certification', 'CPC')).toBe(false);
  });
});
