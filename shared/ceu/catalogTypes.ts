/**
 * Shapes of the CEU catalog. The catalog is data (see catalogData.ts and bodyRules.ts); these types say what
 * each record means so the requirement engine can read it without knowing any rule number.
 */
import type { CeuCategory, IsoDate } from '../model/entities';

export type CredentialBody = 'AAPC' | 'AHIMA';
export type CredentialKind = 'core' | 'specialty' | 'ahima-coding' | 'ahima-other';

/** Where a fact was read and when; `unverified` says why the user should confirm it with the body. */
export interface SourceRef {
  source: string;
  /** When the source was read, as precise as the domain notes say (`2026` or `2026-03-01`). */
  checked: string;
  unverified?: string;
}

/** Which CEU entries count toward a part of a requirement. */
export type PartMatch =
  /** Entries of one category; for `specialty`, only those whose `specialtyCode` is the given code. */
  | { kind: 'category'; category: CeuCategory; specialtyCode?: string }
  /** Entries of any category except these (e.g. HIIM = everything not marked `non-hiim`). */
  | { kind: 'not-category'; categories: CeuCategory[] }
  /**
   * Entries whose provider matches one of these regular expressions, or (with `orMarked`) that the user marked
   * as from such a provider (`entry.ahimaSource`) where the name is not recognised.
   */
  | { kind: 'provider'; patterns: { pattern: string; flags: string }[]; orMarked?: 'ahimaSource' };

/** A credential-specific part of the total: "16 of the CEUs related to auditing". */
export interface PartDef {
  /** Unique within the credential, e.g. `auditing`, `specialty`, `coding-self-review`. */
  id: string;
  label: string;
  ceus: number;
  match: PartMatch;
  /** When set, the part must be earned as this many CEUs in each year of the cycle. */
  perCycleYear?: number;
  /** With `perCycleYear`: only the cycle years that begin before this day need it (a rule that ended). */
  yearsBeginningBefore?: IsoDate;
  note?: string;
}

export interface CredentialDef extends SourceRef {
  code: string;
  body: CredentialBody;
  name: string;
  kind: CredentialKind;
  /** Parts of the body total that this credential adds (AAPC). AHIMA parts come from dated body rules. */
  parts: PartDef[];
  cycleYears: number;
  /** AHIMA: CEUs per cycle when this is the only AHIMA credential held. */
  ahimaBaseCeus?: number;
}

interface RuleBase extends SourceRef {
  id: string;
  body: CredentialBody;
  title: string;
  /** In force for cycles that BEGIN on or after this day (inclusive); open when absent. */
  from?: IsoDate;
  /** In force for cycles that begin before this day (exclusive); open when absent. */
  until?: IsoDate;
  /** The user may switch it on or off, and change its share (rules we could not confirm). */
  editable?: boolean;
  /** In force unless the user's settings say otherwise. */
  enabledByDefault: boolean;
  /**
   * For a cycle that began before `from` but was still running on `from`: the rule MAY apply (the body did not
   * say); it is shown with a one-click "applies to me" and applies once the user's settings enable it.
   */
  mayApplyToRunningCycles?: boolean;
}

/** AAPC: total CEUs per period by the number of AAPC certifications held. */
export interface AapcTotalsRule extends RuleBase {
  kind: 'aapc-totals';
  /** Index 0 = one certification; the last value applies to that many or more. */
  totalsByCount: number[];
}

/** AHIMA: the highest base of the credentials held, plus an amount per additional credential, capped. */
export interface AhimaTotalsRule extends RuleBase {
  kind: 'ahima-totals';
  extraPerAdditionalCredential: number;
  cap: number;
}

/**
 * At least `share` of the required total must match (AHIMA 80% HIIM, 40% from AHIMA sources): entries that do not
 * match count toward the total only up to (1 − share) × required (see shareCaps.ts).
 */
export interface ShareMinimumRule extends RuleBase {
  kind: 'share-minimum';
  partId: string;
  label: string;
  /** What the entries that do not match are, for "N CEUs … not counted" ("in other activities (outside the HIIM domains)"). */
  otherLabel: string;
  share: number;
  match: PartMatch;
}

/** A part added to some credentials by a dated body rule (AHIMA's annual coding self-review). */
export interface CredentialPartRule extends RuleBase {
  kind: 'credential-part';
  credentials: string[];
  part: PartDef;
}

/**
 * AAPC: one membership renewal month per member; every AAPC period ends on its last day, every two years, in even
 * years for even months and odd years for odd months. A newly certified member's first period (and a credential
 * added mid-period) is pro-rated by the months left.
 */
export interface AapcPeriodRule extends RuleBase {
  kind: 'aapc-period';
  monthsPerPeriod: number;
  /** Pro-rated share = months left / monthsPerPeriod, months rounded up and CEUs rounded up to whole CEUs. */
  proRate: { estimate: string };
}

export type BodyRule = AapcTotalsRule | AhimaTotalsRule | ShareMinimumRule | CredentialPartRule | AapcPeriodRule;

/** The user's choices for editable rules, by rule id. */
export type RuleSettings = Record<string, { enabled?: boolean; share?: number }>;

/** `mayApply`: the cycle was already running when the rule began (see `mayApplyToRunningCycles`). */
export type ResolvedRule = BodyRule & { enabled: boolean; mayApply?: boolean };

/** The rules that judge a cycle of `body` that began on `cycleStart`. */
export interface RulesInForce {
  body: CredentialBody;
  cycleStart: IsoDate;
  /** Every rule in force at `cycleStart`, switched-off editable ones included (for display). */
  rules: ResolvedRule[];
  aapcTotals?: AapcTotalsRule;
  ahimaTotals?: AhimaTotalsRule;
  /** Enabled share minimums only. */
  shareMinimums: ShareMinimumRule[];
  /** Enabled credential parts only. */
  credentialParts: CredentialPartRule[];
  aapcPeriod?: AapcPeriodRule;
}
