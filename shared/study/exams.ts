/**
 * The certification exams learners prepare for, kept as data. Every fact carries where it was read and whether it
 * came from the credentialing body itself (`verified: true`) or from prep sources / our own reasonable guess
 * (`verified: false`): the UI shows unverified facts as guidance to confirm with AAPC or AHIMA, and lets the user
 * edit them. Source of everything here: /work/shared/domain/credentials.md ("The exams learners prepare for"),
 * read in 2026. Rule numbers (70%, 300, 100 questions...) live in this file only.
 */
import type { DomainWeight } from '../model/entities';

export const EXAM_CODES = ['CPC', 'COC', 'CIC', 'CRC', 'CCA', 'CCS'] as const;
export type ExamCode = (typeof EXAM_CODES)[number];
export type ExamBody = 'AAPC' | 'AHIMA';

/** One fact and its provenance. */
export interface Fact<T> {
  value: T;
  source: string;
  /** True only when the credentialing body itself states it; false = prep sources or an estimate to confirm. */
  verified: boolean;
  note?: string;
}

export type PassMark =
  /** Pass at this percent correct. */
  | { kind: 'percent'; percent: number }
  /** Pass at this many correct answers (out of the exam's question count). */
  | { kind: 'correct'; correct: number }
  /**
   * The real exam reports a scaled score (pass = `scaledScore`), which a practice percentage cannot be converted
   * to: practice attempts are compared with `practiceTargetPercent` instead (the user may edit it).
   */
  | { kind: 'scaled'; scaledScore: number; practiceTargetPercent: number };

export interface ExamDomain {
  /** Stable id: stored in plans, sessions and attempts. Never rename. */
  id: string;
  label: string;
  /** Default relative weight for a new study plan (here: expected questions out of 100). */
  defaultWeight: number;
  /** Questions on the real exam, where the body publishes it. */
  blueprintQuestions?: number;
  source: string;
  verified: boolean;
}

export interface ExamDef {
  code: ExamCode;
  body: ExamBody;
  name: string;
  questions: Fact<number>;
  minutes: Fact<number>;
  passMark: Fact<PassMark>;
  domains: ExamDomain[];
  /** When the sources above were read. */
  checked: string;
  notes?: string;
}

const CHECKED = '2026';
const CRED_MD = 'credentials.md, exams table (read 2026)';
const AAPC = `AAPC, per ${CRED_MD}`;
const PREP = `Prep sources, per ${CRED_MD}`;
const GUESS = 'CoderPath estimate: not in credentials.md; confirm with the credentialing body';

/** Default weight of a domain that has no published count: a guess, so marked unverified. */
function guessed(id: string, label: string, defaultWeight: number): ExamDomain {
  return { id, label, defaultWeight, source: GUESS, verified: false };
}

const CPC_BLUEPRINT = 'AAPC CPC blueprint (72 of 100 questions confirmed), per credentials.md';
const CPC_SPLIT = 'CPC blueprint: remaining 28 questions, split between these four unconfirmed (7 each assumed)';
function cpcBlueprint(id: string, label: string, questions: number): ExamDomain {
  return { id, label, defaultWeight: questions, blueprintQuestions: questions, source: CPC_BLUEPRINT, verified: true };
}
function cpcRemainder(id: string, label: string): ExamDomain {
  return { id, label, defaultWeight: 7, source: CPC_SPLIT, verified: false };
}

// Domain ids shared between exams where the topic is the same, so a learner's sessions read alike across plans.
const CPC_DOMAINS: ExamDomain[] = [
  cpcBlueprint('surgery-10000', 'Surgery 10000 series: integumentary system', 6),
  cpcBlueprint('surgery-20000', 'Surgery 20000 series: musculoskeletal system', 6),
  cpcBlueprint('surgery-30000', 'Surgery 30000 series: respiratory, cardiovascular, hemic and lymphatic', 6),
  cpcBlueprint('surgery-40000', 'Surgery 40000 series: digestive system', 6),
  cpcBlueprint('surgery-50000', 'Surgery 50000 series: urinary and reproductive systems', 6),
  cpcBlueprint('surgery-60000', 'Surgery 60000 series: nervous, endocrine, eye and ear', 6),
  cpcBlueprint('evaluation-management', 'Evaluation and management', 6),
  cpcBlueprint('anesthesia', 'Anesthesia', 4),
  cpcBlueprint('radiology', 'Radiology', 6),
  cpcBlueprint('pathology-laboratory', 'Pathology and laboratory', 6),
  cpcBlueprint('medicine', 'Medicine', 6),
  cpcRemainder('icd-10-cm', 'ICD-10-CM diagnosis coding'),
  cpcRemainder('hcpcs-level-ii', 'HCPCS Level II'),
  cpcRemainder('coding-guidelines', 'Coding guidelines'),
  cpcRemainder('compliance-regulatory', 'Compliance and regulatory'),
  cpcBlueprint('medical-terminology', 'Medical terminology', 4),
  cpcBlueprint('anatomy-physiology', 'Anatomy and physiology', 4),
];

const COC_DOMAINS: ExamDomain[] = [
  guessed('surgery-10000', 'Surgery 10000 series: integumentary system', 6),
  guessed('surgery-20000', 'Surgery 20000 series: musculoskeletal system', 6),
  guessed('surgery-30000', 'Surgery 30000 series: respiratory, cardiovascular, hemic and lymphatic', 6),
  guessed('surgery-40000', 'Surgery 40000 series: digestive system', 6),
  guessed('surgery-50000', 'Surgery 50000 series: urinary and reproductive systems', 6),
  guessed('surgery-60000', 'Surgery 60000 series: nervous, endocrine, eye and ear', 6),
  guessed('evaluation-management', 'Evaluation and management (facility)', 6),
  guessed('radiology', 'Radiology', 6),
  guessed('pathology-laboratory', 'Pathology and laboratory', 6),
  guessed('medicine', 'Medicine', 6),
  guessed('icd-10-cm', 'ICD-10-CM diagnosis coding', 8),
  guessed('hcpcs-level-ii', 'HCPCS Level II and modifiers', 6),
  guessed('outpatient-payment', 'Outpatient payment systems (OPPS, APC, ASC)', 8),
  guessed('coding-guidelines', 'Coding guidelines', 6),
  guessed('compliance-regulatory', 'Compliance and regulatory', 4),
  guessed('medical-terminology', 'Medical terminology', 4),
  guessed('anatomy-physiology', 'Anatomy and physiology', 4),
];

const CIC_DOMAINS: ExamDomain[] = [
  guessed('icd-10-cm', 'ICD-10-CM diagnosis coding', 20),
  guessed('icd-10-pcs', 'ICD-10-PCS procedure coding', 20),
  guessed('coding-guidelines', 'Inpatient coding guidelines', 12),
  guessed('inpatient-payment', 'Inpatient payment (MS-DRG, POA, case mix)', 12),
  guessed('inpatient-cases', 'Inpatient coding cases', 16),
  guessed('compliance-regulatory', 'Compliance and regulatory', 8),
  guessed('medical-terminology', 'Medical terminology', 6),
  guessed('anatomy-physiology', 'Anatomy and physiology', 6),
];

const CRC_DOMAINS: ExamDomain[] = [
  guessed('risk-adjustment-models', 'Risk adjustment models (CMS-HCC, RxHCC, HHS-HCC)', 20),
  guessed('icd-10-cm', 'ICD-10-CM diagnosis coding', 25),
  guessed('coding-guidelines', 'ICD-10-CM official guidelines', 15),
  guessed('documentation', 'Clinical documentation (MEAT, acceptable providers)', 15),
  guessed('compliance-regulatory', 'Compliance and regulatory (RADV, audits)', 10),
  guessed('medical-terminology', 'Medical terminology', 7),
  guessed('anatomy-physiology', 'Anatomy, physiology and pathophysiology', 8),
];

const CCA_DOMAINS: ExamDomain[] = [
  guessed('clinical-classification', 'Clinical classification systems (ICD-10-CM/PCS, CPT, HCPCS)', 30),
  guessed('reimbursement', 'Reimbursement methodologies', 20),
  guessed('health-records', 'Health records and data content', 15),
  guessed('compliance-regulatory', 'Compliance', 15),
  guessed('information-technology', 'Information technologies', 10),
  guessed('privacy-confidentiality', 'Confidentiality and privacy', 10),
];

const CCS_DOMAINS: ExamDomain[] = [
  guessed('coding-knowledge', 'Coding knowledge and skills (ICD-10-CM/PCS, CPT, HCPCS)', 35),
  guessed('coding-documentation', 'Coding documentation', 20),
  guessed('provider-queries', 'Provider queries', 15),
  guessed('inpatient-regulatory', 'Regulatory guidelines and reporting: inpatient', 15),
  guessed('outpatient-regulatory', 'Regulatory guidelines and reporting: outpatient', 15),
];

/** AHIMA's default practice target; the user can edit it per plan or attempt view. */
const AHIMA_PRACTICE_TARGET = 70;

const EXAMS: readonly ExamDef[] = [
  {
    code: 'CPC',
    body: 'AAPC',
    name: 'Certified Professional Coder',
    questions: { value: 100, source: AAPC, verified: true, note: 'Multiple choice' },
    minutes: { value: 240, source: AAPC, verified: true },
    passMark: { value: { kind: 'percent', percent: 70 }, source: PREP, verified: false },
    domains: CPC_DOMAINS,
    checked: CHECKED,
    notes:
      'Open book: AMA CPT Professional, ICD-10-CM and HCPCS Level II manuals. ' +
      'The older 150-question, 5 h 40 min format is retired.',
  },
  {
    code: 'COC',
    body: 'AAPC',
    name: 'Certified Outpatient Coder',
    questions: { value: 100, source: PREP, verified: false },
    minutes: { value: 240, source: PREP, verified: false },
    passMark: { value: { kind: 'percent', percent: 70 }, source: PREP, verified: false },
    domains: COC_DOMAINS,
    checked: CHECKED,
  },
  {
    code: 'CIC',
    body: 'AAPC',
    name: 'Certified Inpatient Coder',
    questions: { value: 47, source: 'aapc.com, "Taking the CIC exam"', verified: true, note: '40 multiple choice + 7 inpatient coding cases' },
    minutes: { value: 240, source: 'aapc.com, "Taking the CIC exam"', verified: true },
    passMark: {
      value: { kind: 'percent', percent: 70 },
      source: 'Not published on the CIC exam page; 70% assumed as for the other AAPC exams',
      verified: false,
    },
    domains: CIC_DOMAINS,
    checked: '2026-12-02',
  },
  {
    code: 'CRC',
    body: 'AAPC',
    name: 'Certified Risk Adjustment Coder',
    questions: { value: 100, source: 'aapc.com, "Taking the CRC exam"', verified: true },
    minutes: { value: 240, source: 'aapc.com, "Taking the CRC exam"', verified: true },
    passMark: { value: { kind: 'correct', correct: 70 }, source: 'aapc.com, "Taking the CRC exam"', verified: true, note: 'At least 70 of the 100 correct' },
    domains: CRC_DOMAINS,
    checked: '2026-12-02',
  },
  {
    code: 'CCA',
    body: 'AHIMA',
    name: 'Certified Coding Associate',
    questions: { value: 105, source: 'ahima.org, CCA exam page', verified: true, note: '105 items: 90 scored + 15 unscored pretest items' },
    minutes: { value: 120, source: 'ahima.org, CCA exam page', verified: true },
    passMark: {
      value: { kind: 'scaled', scaledScore: 300, practiceTargetPercent: AHIMA_PRACTICE_TARGET },
      source: 'ahima.org, CCA exam page (scaled 100–400, pass 300; the score scale only from a secondary source)',
      verified: false,
    },
    domains: CCA_DOMAINS,
    checked: '2026-12-02',
  },
  {
    code: 'CCS',
    body: 'AHIMA',
    name: 'Certified Coding Specialist',
    questions: {
      value: 107, source: 'ahima.org CCS pages (they disagree)', verified: false,
      note: '107 items reported (97 scored + 10 pretest); older AHIMA text says 97 multiple choice + 8 scenarios: confirm and edit',
    },
    minutes: { value: 240, source: 'ahima.org CCS pages', verified: false },
    passMark: {
      value: { kind: 'scaled', scaledScore: 300, practiceTargetPercent: AHIMA_PRACTICE_TARGET },
      source: PREP,
      verified: false,
    },
    domains: CCS_DOMAINS,
    checked: CHECKED,
  },
];

export function listExamDefs(): readonly ExamDef[] {
  return EXAMS;
}

/** Case-insensitive lookup; undefined for a code the catalog does not know. */
export function getExamDef(code: string): ExamDef | undefined {
  const wanted = code.trim().toUpperCase();
  return EXAMS.find((e) => e.code === wanted);
}

/**
 * The percent a practice attempt must reach to count as passing. `targetOverride` (the user's edit, 1–100) wins;
 * for scaled exams this is the practice target, not the real (scaled) pass mark.
 */
export function passPercent(exam: ExamDef, targetOverride?: number): number {
  if (targetOverride !== undefined && Number.isFinite(targetOverride) && targetOverride > 0 && targetOverride <= 100) {
    return targetOverride;
  }
  const mark = exam.passMark.value;
  switch (mark.kind) {
    case 'percent':
      return mark.percent;
    case 'correct':
      return (mark.correct / exam.questions.value) * 100;
    case 'scaled':
      return mark.practiceTargetPercent;
  }
}

/** One line for the UI: what passing means, saying plainly when the real exam is scaled. */
export function passMarkLabel(exam: ExamDef, targetOverride?: number): string {
  const mark = exam.passMark.value;
  const pct = formatPercent(passPercent(exam, targetOverride));
  switch (mark.kind) {
    case 'percent':
      return targetOverride === undefined ? `Pass mark ${pct}` : `Your target ${pct} (exam pass mark ${mark.percent}%)`;
    case 'correct':
      return `Pass mark ${mark.correct} of ${exam.questions.value} correct (${pct})`;
    case 'scaled':
      return (
        `Practice target ${pct}. The real ${exam.code} exam reports a scaled score (pass = ${mark.scaledScore}), ` +
        'which a practice percentage cannot be converted to.'
      );
  }
}

function formatPercent(p: number): string {
  return `${Math.round(p * 10) / 10}%`;
}

/** Default weights for a new plan: one per exam domain. */
export function defaultWeights(exam: ExamDef): DomainWeight[] {
  return exam.domains.map((d) => ({ domainId: d.id, weight: d.defaultWeight }));
}

/** The domain's label, or the id itself for a domain the exam does not list (old data, a renamed exam). */
export function domainLabel(exam: ExamDef | undefined, domainId: string): string {
  return exam?.domains.find((d) => d.id === domainId)?.label ?? domainId;
}
