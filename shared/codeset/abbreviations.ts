/**
 * Clinical abbreviations a coder types for the words ICD-10-CM spells out. Written by the team from the wording of
 * the FY2026 long descriptions (for example I25.10 "Atherosclerotic heart disease of native coronary artery" is
 * what "CAD" means there). A query word equal to a key also matches descriptions holding all of its words
 * (each as a word prefix: 'hypertensi' matches hypertension and hypertensive).
 */
export const ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  afib: ['atrial', 'fibrillation'],
  aki: ['acute', 'kidney', 'failure'],
  bph: ['benign', 'prostatic', 'hyperplasia'],
  cad: ['atherosclerotic', 'heart', 'disease'],
  chf: ['heart', 'failure'],
  ckd: ['chronic', 'kidney', 'disease'],
  copd: ['chronic', 'obstructive', 'pulmonary', 'disease'],
  cva: ['cerebral', 'infarction'],
  dm: ['diabetes', 'mellitus'],
  dvt: ['thrombosis', 'deep', 'vein'],
  esrd: ['end', 'stage', 'renal', 'disease'],
  gerd: ['gastro', 'esophageal', 'reflux'],
  hld: ['hyperlipidemia'],
  htn: ['hypertensi'],
  mi: ['myocardial', 'infarction'],
  oa: ['osteoarthritis'],
  osa: ['obstructive', 'sleep', 'apnea'],
  pe: ['pulmonary', 'embolism'],
  ra: ['rheumatoid', 'arthritis'],
  tia: ['transient', 'cerebral', 'ischemic'],
  uti: ['urinary', 'tract', 'infection'],
};

/** The words an abbreviation stands for, or undefined (`CKD` → chronic, kidney, disease). */
export function expansionOf(word: string): readonly string[] | undefined {
  return Object.prototype.hasOwnProperty.call(ABBREVIATIONS, word.toLowerCase()) ? ABBREVIATIONS[word.toLowerCase()] : undefined;
}
