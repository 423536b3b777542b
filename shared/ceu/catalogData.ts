/**
 * The credential catalog: every credential CoderPath knows, as data, with its source.
 * Facts and their sources in words: docs/ceu-rules.md (AAPC "CEU Information – Members" and "CEU policies";
 * AHIMA "Recertification"), read 2026. Change a rule here and nowhere else.
 */
import type { CredentialDef, PartDef, SourceRef } from './catalogTypes';

const AAPC_SOURCE: SourceRef = {
  source: 'aapc.com, "CEU Information – Members" and "CEU policies"',
  checked: '2026',
};
const AHIMA_SOURCE: SourceRef = {
  source: 'ahima.org, "Recertification"',
  checked: '2026',
};

/** AAPC reports every two years; AHIMA cycles are two years too. */
const AAPC_CYCLE_YEARS = 2;
const AHIMA_CYCLE_YEARS = 2;

/** AAPC: each specialty credential earned needs this many specialty-specific CEUs. */
const AAPC_SPECIALTY_CEUS = 8;

function specialtyPart(code: string): PartDef {
  return {
    id: 'specialty',
    label: `${code} specialty CEUs`,
    ceus: AAPC_SPECIALTY_CEUS,
    match: { kind: 'category', category: 'specialty', specialtyCode: code },
  };
}

function aapc(code: string, name: string, kind: 'core' | 'specialty', parts: PartDef[], unverified?: string): CredentialDef {
  return { code, body: 'AAPC', name, kind, parts, cycleYears: AAPC_CYCLE_YEARS, ...AAPC_SOURCE, ...(unverified ? { unverified } : {}) };
}

function specialty(code: string, name: string, unverified?: string): CredentialDef {
  return aapc(code, name, 'specialty', [specialtyPart(code)], unverified);
}

function ahima(code: string, name: string, kind: 'ahima-coding' | 'ahima-other', ahimaBaseCeus: number, unverified?: string): CredentialDef {
  return {
    code, body: 'AHIMA', name, kind, parts: [], cycleYears: AHIMA_CYCLE_YEARS, ahimaBaseCeus, ...AHIMA_SOURCE,
    ...(unverified ? { unverified } : {}),
  };
}

const NAME_UNVERIFIED = 'Full name not confirmed from an AAPC page; check it on aapc.com.';

export const CREDENTIAL_DEFS: readonly CredentialDef[] = [
  // AAPC core credentials: no part beyond the total.
  aapc('CPC', 'Certified Professional Coder', 'core', []),
  aapc('COC', 'Certified Outpatient Coder', 'core', []),
  aapc('CIC', 'Certified Inpatient Coder', 'core', []),
  aapc('CPB', 'Certified Professional Biller', 'core', []),
  // AAPC credentials with their own 16-CEU part.
  aapc('CPMA', 'Certified Professional Medical Auditor', 'core', [
    { id: 'auditing', label: 'Auditing CEUs', ceus: 16, match: { kind: 'category', category: 'auditing' } },
  ]),
  aapc('CPCO', 'Certified Professional Compliance Officer', 'core', [
    { id: 'compliance', label: 'Compliance CEUs', ceus: 16, match: { kind: 'category', category: 'compliance' } },
  ]),
  aapc('CDEO', 'Certified Documentation Expert Outpatient', 'core', [
    { id: 'documentation', label: 'Documentation CEUs', ceus: 16, match: { kind: 'category', category: 'documentation' } },
  ]),
  aapc('CPPM', 'Certified Physician Practice Manager', 'core', [
    {
      id: 'practice-management', label: 'Practice management CEUs', ceus: 16,
      match: { kind: 'category', category: 'practice-management' },
    },
  ]),
  aapc('CIRCC', 'Certified Interventional Radiology Cardiovascular Coder', 'core', [
    {
      id: 'ir-cardiovascular', label: 'Interventional radiology / cardiovascular CEUs', ceus: 16, perCycleYear: 8,
      match: { kind: 'category', category: 'specialty', specialtyCode: 'CIRCC' },
      note: 'Only from AAPC-contracted vendors (the app cannot check the vendor).',
    },
  ]),
  // AAPC specialty credentials: 8 specialty-specific CEUs each.
  specialty(
    'CRC', 'Certified Risk Adjustment Coder',
    'AAPC pages list CRC both as a specialty credential (8 specialty CEUs) and as a core risk-adjustment credential; ' +
      'the app counts it as specialty until confirmed. You can override the required total.',
  ),
  specialty('CEMC', 'Certified Evaluation and Management Coder'),
  specialty('CGSC', 'Certified General Surgery Coder'),
  specialty('COSC', 'Certified Orthopaedic Surgery Coder'),
  specialty('CCC', 'Certified Cardiology Coder'),
  specialty('CCVTC', 'Certified Cardiovascular and Thoracic Surgery Coder'),
  specialty('CHONC', 'Certified Hematology and Oncology Coder'),
  specialty('CPEDC', 'Certified Pediatrics Coder'),
  specialty('CEDC', 'Certified Emergency Department Coder'),
  specialty('CFPC', 'Certified Family Practice Coder'),
  specialty('CIMC', 'Certified Internal Medicine Coder'),
  specialty('CGIC', 'Certified Gastroenterology Coder'),
  specialty('COBGC', 'Certified Obstetrics Gynecology Coder'),
  specialty('CPRC', 'Certified Plastics and Reconstructive Surgery Coder', NAME_UNVERIFIED),
  specialty('CUC', 'Certified Urology Coder'),
  specialty('CANPC', 'Certified Anesthesia and Pain Management Coder'),
  specialty('CASCC', 'Certified Ambulatory Surgical Center Coder'),
  specialty('CEMA', 'Certified Evaluation and Management Auditor', NAME_UNVERIFIED),
  // AHIMA: base CEUs per cycle when held alone.
  ahima('RHIA', 'Registered Health Information Administrator', 'ahima-other', 30),
  ahima('CHPS', 'Certified in Healthcare Privacy and Security', 'ahima-other', 30),
  ahima('CHDA', 'Certified Health Data Analyst', 'ahima-other', 30),
  ahima('CDIP', 'Certified Documentation Integrity Practitioner', 'ahima-other', 30),
  ahima('CPHI', 'Certified Professional in Health Informatics', 'ahima-other', 30),
  ahima('RHIT', 'Registered Health Information Technician', 'ahima-other', 20),
  ahima(
    'CHTS', 'Certified Healthcare Technology Specialist (all CHTS-* credentials)', 'ahima-other', 20,
    'One entry stands for the CHTS-* family; check the requirement of your own CHTS credential.',
  ),
  ahima('CCA', 'Certified Coding Associate', 'ahima-coding', 20),
  ahima('CCS', 'Certified Coding Specialist', 'ahima-coding', 20),
  ahima('CCS-P', 'Certified Coding Specialist – Physician-based', 'ahima-coding', 20),
];
