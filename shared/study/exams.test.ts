import { describe, expect, it } from 'vitest';
import { defaultWeights, domainLabel, EXAM_CODES, getExamDef, listExamDefs, passMarkLabel, passPercent } from './exams';

function exam(code: string) {
  const def = getExamDef(code);
  if (!def) throw new Error(`missing ${code}`);
  return def;
}

describe('exam catalog (source: shared/domain/credentials.md, exams table)', () => {
  it('lists the six exams learners prepare for, in order', () => {
    expect(listExamDefs().map((e) => e.code)).toEqual([...EXAM_CODES]);
    expect(EXAM_CODES).toEqual(['CPC', 'COC', 'CIC', 'CRC', 'CCA', 'CCS']);
  });

  it('CPC: 100 questions and 4 hours from AAPC; 70% pass mark from prep sources (so unverified)', () => {
    const cpc = exam('CPC');
    expect(cpc.body).toBe('AAPC');
    expect(cpc.questions).toMatchObject({ value: 100, verified: true });
    expect(cpc.minutes).toMatchObject({ value: 240, verified: true });
    expect(cpc.passMark.value).toEqual({ kind: 'percent', percent: 70 });
    expect(cpc.passMark.verified).toBe(false);
    expect(passPercent(cpc)).toBe(70);
  });

  it('CPC blueprint: 72 confirmed questions (6 per surgery range, E/M, radiology, path/lab, medicine; 4 for anesthesia, terminology, anatomy)', () => {
    const cpc = exam('CPC');
    const confirmed = cpc.domains.filter((d) => d.blueprintQuestions !== undefined);
    expect(confirmed.reduce((s, d) => s + (d.blueprintQuestions ?? 0), 0)).toBe(72);
    expect(confirmed.every((d) => d.verified)).toBe(true);
    expect(cpc.domains.filter((d) => d.id.startsWith('surgery-')).map((d) => d.blueprintQuestions)).toEqual([
      6, 6, 6, 6, 6, 6,
    ]);
    for (const id of ['anesthesia', 'medical-terminology', 'anatomy-physiology']) {
      expect(cpc.domains.find((d) => d.id === id)?.blueprintQuestions).toBe(4);
    }
  });

  it('CPC: the remaining 28 questions (ICD-10-CM, HCPCS, guidelines, compliance) have an unconfirmed split', () => {
    const rest = exam('CPC').domains.filter((d) => d.blueprintQuestions === undefined);
    expect(rest.map((d) => d.id)).toEqual(['icd-10-cm', 'hcpcs-level-ii', 'coding-guidelines', 'compliance-regulatory']);
    expect(rest.every((d) => !d.verified)).toBe(true);
    expect(rest.reduce((s, d) => s + d.defaultWeight, 0)).toBe(28);
  });

  it('CRC: pass mark is 70 correct of 100 (AAPC), i.e. 70%', () => {
    const crc = exam('CRC');
    expect(crc.passMark.value).toEqual({ kind: 'correct', correct: 70 });
    expect(passPercent(crc)).toBe(70);
    expect(passMarkLabel(crc)).toBe('Pass mark 70 of 100 correct (70%)');
  });

  it('AHIMA exams are scaled (pass = 300): practice compares with an editable target, default 70%', () => {
    for (const code of ['CCA', 'CCS']) {
      const e = exam(code);
      expect(e.body).toBe('AHIMA');
      expect(e.passMark.value).toEqual({ kind: 'scaled', scaledScore: 300, practiceTargetPercent: 70 });
      expect(passPercent(e)).toBe(70);
      expect(passPercent(e, 75)).toBe(75);
      expect(passMarkLabel(e)).toContain('scaled score (pass = 300)');
    }
    expect(exam('CCA').questions.value).toBe(105);
    expect(exam('CCA').minutes.value).toBe(120);
    expect(exam('CCS').questions.value).toBe(107);
  });

  it('CIC: 40 multiple choice + 7 cases in 4 hours; pass mark unconfirmed', () => {
    const cic = exam('CIC');
    expect(cic.questions.note).toBe('40 multiple choice + 7 inpatient coding cases');
    expect(cic.minutes.value).toBe(240);
    expect(cic.passMark.verified).toBe(false);
  });

  it('domains not in credentials.md are marked unverified with a source saying so', () => {
    for (const code of ['COC', 'CIC', 'CRC', 'CCA', 'CCS']) {
      for (const d of exam(code).domains) {
        expect(d.verified).toBe(false);
        expect(d.source).toMatch(/confirm/);
      }
    }
  });

  it('domain ids are unique within each exam and every default weight is positive', () => {
    for (const e of listExamDefs()) {
      const ids = e.domains.map((d) => d.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(e.domains.every((d) => d.defaultWeight > 0)).toBe(true);
    }
  });

  it('getExamDef is case-insensitive and returns undefined for unknown codes', () => {
    expect(getExamDef(' cpc ')?.code).toBe('CPC');
    expect(getExamDef('RHIT')).toBeUndefined();
  });

  it('passPercent ignores an out-of-range override', () => {
    expect(passPercent(exam('CPC'), 0)).toBe(70);
    expect(passPercent(exam('CPC'), 140)).toBe(70);
    expect(passPercent(exam('CPC'), 80)).toBe(80);
  });

  it('defaultWeights and domainLabel', () => {
    expect(defaultWeights(exam('CCS'))).toEqual([
      { domainId: 'coding-knowledge', weight: 35 },
      { domainId: 'coding-documentation', weight: 20 },
      { domainId: 'provider-queries', weight: 15 },
      { domainId: 'inpatient-regulatory', weight: 15 },
      { domainId: 'outpatient-regulatory', weight: 15 },
    ]);
    expect(domainLabel(exam('CPC'), 'anesthesia')).toBe('Anesthesia');
    expect(domainLabel(exam('CPC'), 'gone')).toBe('gone');
  });
});
