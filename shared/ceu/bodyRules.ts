/**
 * Body-level CEU rules as dated data. A cycle is judged by the rules in force on the day it BEGAN:
 * a rule applies when `from <= cycleStart < until`. Source: shared/domain/credentials.md, read 2026.
 */
import type { BodyRule, SourceRef } from './catalogTypes';

const AAPC_SOURCE: SourceRef = {
  source: 'aapc.com, "CEU Information – Members" (shared/domain/credentials.md)',
  checked: '2026',
};
const AHIMA_SOURCE: SourceRef = { source: 'ahima.org, "Recertification" (shared/domain/credentials.md)', checked: '2026' };

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
    until: '2021-01-01',
    credentials: ['CCA', 'CCS', 'CCS-P'],
    part: {
      id: 'coding-self-review',
      label: 'Annual coding self-review',
      ceus: 10,
      perCycleYear: 5,
      match: { kind: 'category', category: 'coding-self-review' },
      note: 'One self-review each year of the cycle, 5 CEUs each, counted toward the total.',
    },
    enabledByDefault: true,
    source: 'AHIMA recertification FAQ (shared/domain/credentials.md)',
    checked: '2026',
  },
  {
    id: 'ahima-from-ahima-minimum',
    kind: 'share-minimum',
    body: 'AHIMA',
    title: 'At least 40% of the CEUs from AHIMA or its state associations (2024 policy update)',
    from: '2024-01-01',
    partId: 'from-ahima',
    label: 'CEUs from AHIMA or a state association',
    share: 0.4,
    // Recognised by the provider's name: AHIMA, a state "...HIMA" or a "Health Information (Management) Association".
    match: {
      kind: 'provider',
      patterns: ['\\bAHIMA\\b', '\\b[A-Za-z]{0,3}HIMA\\b', '[Hh]ealth [Ii]nformation ([Mm]anagement )?[Aa]ssociation'],
    },
    editable: true,
    enabledByDefault: false,
    source: 'One secondary source on the CCHIIM 2024 policy update (shared/domain/credentials.md)',
    checked: '2026',
    unverified: 'Reported by one secondary source only; off unless you confirm it with AHIMA.',
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
