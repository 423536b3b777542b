/**
 * The six code sets HIPAA names for electronic transactions (45 CFR 162.1002): what each covers, who maintains it
 * and when it changes. Written by CoderPath from the regulation and the maintainers' public pages.
 */
export const HIPAA_SOURCE = '45 CFR 162.1002 (HHS, HIPAA medical data code sets) and the CMS “Code Sets” overview (cms.gov); written by CoderPath';

export interface CodeSetFacts {
  name: string;
  covers: string;
  maintainer: string;
  updates: string;
}

export const HIPAA_CODE_SETS: readonly CodeSetFacts[] = [
  {
    name: 'ICD-10-CM',
    covers: 'Diagnoses, injuries, symptoms and reasons for encounters, in every health care setting',
    maintainer: 'CDC National Center for Health Statistics (NCHS), with CMS',
    updates: 'Once a year, effective October 1 (an April 1 update is possible)',
  },
  {
    name: 'ICD-10-PCS',
    covers: 'Procedures in hospital inpatient settings',
    maintainer: 'Centers for Medicare & Medicaid Services (CMS)',
    updates: 'Once a year, effective October 1 (an April 1 update is possible)',
  },
  {
    name: 'CPT (HCPCS Level I)',
    covers: 'Physician and other professional services and procedures, and outpatient procedures',
    maintainer: 'American Medical Association (AMA)',
    updates: 'Once a year, effective January 1 (Category III codes and some Category I codes are released more often)',
  },
  {
    name: 'HCPCS Level II',
    covers: 'Products, supplies, drugs, durable medical equipment, ambulance and other services not in CPT',
    maintainer: 'Centers for Medicare & Medicaid Services (CMS)',
    updates: 'Quarterly (January, April, July, October)',
  },
  {
    name: 'CDT (Code on Dental Procedures and Nomenclature)',
    covers: 'Dental services',
    maintainer: 'American Dental Association (ADA)',
    updates: 'Once a year, effective January 1',
  },
  {
    name: 'NDC (National Drug Codes)',
    covers: 'Drugs and biologics in retail pharmacy transactions',
    maintainer: 'Food and Drug Administration (FDA), from the labelers’ listings',
    updates: 'Continually: the FDA directory is updated daily',
  },
];
