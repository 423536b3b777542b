/** What the requirement engine returns, per held credential and per body group. */
import type { CeuEntry, HeldCredential, Id, IsoDate } from '../model/entities';
import type { CredentialBody, CredentialKind, RuleSettings, RulesInForce } from './catalogTypes';
import type { CycleStatus } from './pace';
import type { PartStatus } from './parts';
import type { NotCounted } from './shareCaps';

export interface RequirementInput {
  held: readonly HeldCredential[];
  entries: readonly CeuEntry[];
  today: IsoDate;
  /** The user's choices for rules that may apply ("applies to me") or are editable, by rule id. */
  ruleSettings?: RuleSettings;
  /** AAPC membership renewal month (1–12), once per member (Profile.aapcRenewalMonth). */
  aapcRenewalMonth?: number;
}

export interface RequiredBasis {
  /** `override`: a held credential's `requiredOverride` set the number. */
  source: 'catalog' | 'override';
  /** How the number was reached, e.g. "2 AAPC certifications held: 40 CEUs". */
  note: string;
  /** Set when the number is the app's estimate to confirm with the body (AAPC pro-rating), saying so. */
  estimate?: string;
}

export interface CycleResult {
  cycleStart: IsoDate;
  cycleEnd: IsoDate;
  required: number;
  requiredBasis: RequiredBasis;
  /** CEUs COUNTED toward the total (after the share caps: see shareCaps.ts); every screen shows this figure. */
  earned: number;
  /** CEUs of the counting entries as logged; `earned` is less when a share cap keeps some out. */
  logged: number;
  /** What was logged but not counted, by rule, with the reason. */
  notCounted: NotCounted[];
  /** Required total minus earned, never below 0. */
  missingTotal: number;
  /** Each part earned against required, with what is missing. */
  parts: PartStatus[];
  /** CEUs still needed, at least, counting missing parts (see `stillNeeded` in parts.ts). */
  needed: number;
  status: CycleStatus;
  daysLeft: number;
  expectedByToday: number;
  perMonthNeeded: number | null;
  /** Entries counting toward this result (all or part of their CEUs: see `notCounted`). */
  countedEntryIds: Id[];
}

export interface CredentialRequirement extends CycleResult {
  credentialId: Id;
  code: string;
  name: string;
  body: CredentialBody;
  kind: CredentialKind;
  /** Key of the body group it belongs to. */
  groupKey: string;
  /**
   * `body-group`: the total (required, earned, counted entries) is the group's, shared by the member's AAPC
   * certifications; `credential`: this credential's own share (AHIMA).
   */
  totalScope: 'credential' | 'body-group';
  /** Catalog notes to confirm with the body (e.g. CRC core vs specialty). */
  unverified: string[];
}

export interface BodyGroupRequirement extends CycleResult {
  /** `AAPC:2027-03-31`: one body, one cycle end. */
  key: string;
  body: CredentialBody;
  credentialIds: Id[];
  codes: string[];
  rules: RulesInForce;
  /** Things the user should know (e.g. AAPC credentials with different period ends). */
  notes: string[];
}

export interface UnsupportedCredential {
  credentialId: Id;
  code: string;
  message: string;
}

export interface RequirementReport {
  today: IsoDate;
  credentials: CredentialRequirement[];
  groups: BodyGroupRequirement[];
  unsupported: UnsupportedCredential[];
}
