import { describe, expect, it } from 'vitest';
import { getExamDef } from './exams';

describe('rule 9: exam facts as the bodies state them (issue 17, checked 2026-12-02)', () => {
  it('rule 9: CIC is 40 multiple-choice questions plus 7 inpatient coding cases in 4 hours (aapc.com, "Taking the CIC exam")', () => {
    const cic = getExamDef('CIC')!;
    expect(cic.questions).toMatchObject({ value: 47, verified: true, note: '40 multiple choice + 7 inpatient coding cases', source: expect.stringContaining('Taking the CIC exam') });
    expect(cic.minutes).toMatchObject({ value: 240, verified: true });
  });

  it('rule 9: CRC is 100 questions in 4 hours with at least 70 correct (aapc.com)', () => {
    const crc = getExamDef('CRC')!;
    expect([crc.questions.value, crc.minutes.value, crc.passMark.value]).toEqual([100, 240, { kind: 'correct', correct: 70 }]);
    expect(crc.passMark.source).toMatch(/aapc\.com/);
  });

  it('rule 9: CCA is 105 items of which 90 are scored, in 2 hours, scaled pass 300 (ahima.org CCA page)', () => {
    const cca = getExamDef('CCA')!;
    expect(cca.questions).toMatchObject({ value: 105, verified: true, note: expect.stringContaining('90 scored') });
    expect(cca.minutes).toMatchObject({ value: 120, verified: true });
    expect(cca.passMark.value).toMatchObject({ kind: 'scaled', scaledScore: 300 });
  });

  it('rule 9: CCS item count differs between AHIMA pages: kept unverified (editable)', () => {
    expect(getExamDef('CCS')!.questions).toMatchObject({ verified: false, note: expect.stringContaining('confirm') });
  });
});
