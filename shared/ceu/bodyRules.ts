/**
 * Body-level CEU rules as dated data. A cycle is judged by the rules in force on the day it BEGAN:
 * a rule applies when `from <= cycleStart < until`. Each rule in words, with its source and the cases it decides:
 * docs/ceu-rules.md.
 */
import { AHIMA_SOURCE_PATTERNS } from './ahimaProviders';
import type { BodyRule, SourceRef } from './catalogTypes';

const AAPC_SOURCE: SourceRef = {
  source: 'aapc.com, "CEU Information – Members"',
  checked: '2026',
};
const AHIMA_SOURCE: SourceRef = { source: 'ahima.org, "Recertification"', checked: '2026' };

export const BODY_RULES: readonly BodyRule[] = [
  {
    id: 'aapc-totals',
    kind: 'aapc-totals',
    body: 'AAPC',
    title: 'CEUs every two years by the number of AAPC certifications held',
    totalsByCount: [36, 40, 44, 48, 52],
    enabledByDefault: true,
    ...AAPC_SOURCE,
  },
  {
    id: 'ahima-totals',
    kind: 'ahima-totals',
    body: 'AHIMA',
    title: 'Highest base of the AHIMA credentials held, plus 10 per additional credential, up to 50',
    extraPerAdditionalCredential: 10,
    cap: 50,
    enabledByDefault: true,
    ...AHIMA_SOURCE,
  },
  {
    id: 'ahima-hiim-minimum',
    kind: 'share-minimum',
    body: 'AHIMA',
    title: 'At least 80% of the CEUs within the HIIM domains',
    partId: 'hiim',
    label: 'HIIM-domain CEUs',
    otherLabel: 'in other activities (outside the HIIM domains)',
    share: 0.8,
    // Only entries the user marked `non-hiim` are "other activities"; every other category is a HIIM topic.
    match: { kind: 'not-category', categories: ['non-hiim'] },
    enabledByDefault: true,
    ...AHIMA_SOURCE,
  },
  {
    id: 'ahima-coding-self-review',
    kind: 'credential-part',
    body: 'AHIMA',
    title: 'Annual coding self-review for CCA, CCS and CCS-P (discontinued effective 2021-01-01)',
    // Judges cycles that began before 2021; within one, only the cycle years that began before 2021 need it.
    until: '2021-01-01',
    credentials: ['CCA', 'CCS', 'CCS-P'],
    part: {
      id: 'coding-self-review',
      label: 'Annual coding self-review',
      ceus: 10,
      perCycleYear: 5,
      yearsBeginningBefore: '2021-01-01',
      match: { kind: 'category', category: 'coding-self-review' },
      note: 'One self-review in each cycle year that began before 2021 (the last were offered until 31 March 2021), 5 CEUs each, counted toward the total.',
    },
    enabledByDefault: true,
    source: 'AHIMA recertification FAQ',
    checked: '2026',
  },
  {
    id: 'ahima-from-ahima-minimum',
    kind: 'share-minimum',
    body: 'AHIMA',
    title: 'At least 40% of the CEUs from AHIMA resources (AHIMA, HCPro and its brands, component associations)',
    from: '2025-01-01',
    partId: 'from-ahima',
    label: 'CEUs from AHIMA sources',
    otherLabel: 'from other providers (not AHIMA sources)',
    share: 0.4,
    // Recognised by the provider's name (ahimaProviders.ts), or marked "AHIMA source" on the entry.
    match: { kind: 'provider', patterns: [...AHIMA_SOURCE_PATTERNS], orMarked: 'ahimaSource' },
    enabledByDefault: true,
    mayApplyToRunningCycles: true,
    source: 'ahima.org, "Recertification": "Beginning January 1, 2025, 40 percent of the CEUs needed in a 2-year recertification period must come from AHIMA resources"',
    checked: '2026-12',
  },
  {
    id: 'aapc-membership-period',
    kind: 'aapc-period',
    body: 'AAPC',
    title: 'Periods end on the last day of the membership renewal month, every two years; the first period is pro-rated',
    monthsPerPeriod: 24,
    proRate: {
      estimate: 'AAPC does not publish the formula: this is the two-year figure scaled by the months left (AAPC\'s example: 27 of 36 with 18 months left). Confirm it in your AAPC CEU tracker and edit the credential to use AAPC\'s number.',
    },
    enabledByDefault: true,
    source: 'aapc.com, "Maintain your certification": "CEUs are reported every two years on or before your membership due date"; "If you are newly certified, CEUs will be pro-rated to match your existing renewal month"',
    checked: '2026-12',
  },
];

/** App policy for deadline warnings (a product decision, not a body rule). */
export const CEU_WARNING_POLICY = {
  /** Warn when the deadline is this close and the pace falls short. */
  warnWithinDays: 90,
  /** Notify again after this many days while the warning lasts. */
  notifyEveryDays: 7,
  source: 'CoderPath CEU engine issue: "a warning when a deadline is within 90 days ... once a week while it lasts"',
} as const;
