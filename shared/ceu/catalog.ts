/**
 * Lookups over the CEU catalog (credentials and dated body rules). The data lives in catalogData.ts and
 * bodyRules.ts; this module only reads it.
 */
import type { IsoDate } from '../model/entities';
import { BODY_RULES } from './bodyRules';
import { CREDENTIAL_DEFS } from './catalogData';
import type {
  AapcPeriodRule, AapcTotalsRule, AhimaTotalsRule, BodyRule, CredentialBody, CredentialDef, CredentialPartRule, ResolvedRule,
  RuleSettings, RulesInForce, ShareMinimumRule,
} from './catalogTypes';

export type * from './catalogTypes';
export { BODY_RULES, CEU_WARNING_POLICY } from './bodyRules';
export { CREDENTIAL_DEFS } from './catalogData';

/** Codes are matched case-insensitively and without surrounding spaces ("ccs-p " is CCS-P). */
export function normalizeCode(code: string): string {
  return code.trim().toUpperCase();
}

const BY_CODE = new Map(CREDENTIAL_DEFS.map((def) => [def.code, def]));

export function getCredentialDef(code: string): CredentialDef | undefined {
  return BY_CODE.get(normalizeCode(code));
}

export function listCredentialDefs(filter?: { body?: CredentialBody; kind?: CredentialDef['kind'] }): CredentialDef[] {
  return CREDENTIAL_DEFS.filter(
    (def) => (!filter?.body || def.body === filter.body) && (!filter?.kind || def.kind === filter.kind),
  );
}

export function listBodyRules(body?: CredentialBody): BodyRule[] {
  return BODY_RULES.filter((rule) => !body || rule.body === body);
}

/** True when the rule judges cycles that began on `cycleStart` (from inclusive, until exclusive). */
export function ruleAppliesTo(rule: BodyRule, cycleStart: IsoDate): boolean {
  return (!rule.from || rule.from <= cycleStart) && (!rule.until || cycleStart < rule.until);
}

/** True when the rule began while the cycle `cycleStart`..`cycleEnd` was running and may apply to it. */
export function ruleMayApplyTo(rule: BodyRule, cycleStart: IsoDate, cycleEnd: IsoDate | undefined): boolean {
  return !!rule.mayApplyToRunningCycles && !!rule.from && !!cycleEnd && cycleStart < rule.from && rule.from <= cycleEnd &&
    (!rule.until || cycleStart < rule.until);
}

/** The user's own setting of a rule, read with Object.hasOwn (a stored key like `toString` is not a setting). */
function settingOf(settings: RuleSettings | undefined, id: string): RuleSettings[string] | undefined {
  return settings && Object.hasOwn(settings, id) ? settings[id] : undefined;
}

function resolve(rule: BodyRule, settings: RuleSettings | undefined, mayApply: boolean): ResolvedRule {
  // A rule that may apply is off until the user says "applies to me"; a confirmed rule is not the user's to switch off.
  if (mayApply) return { ...rule, enabled: settingOf(settings, rule.id)?.enabled === true, mayApply: true };
  const own = rule.editable ? settingOf(settings, rule.id) : undefined;
  const enabled = own?.enabled ?? rule.enabledByDefault;
  if (rule.kind === 'share-minimum' && own?.share !== undefined && own.share >= 0 && own.share <= 1) {
    return { ...rule, share: own.share, enabled };
  }
  return { ...rule, enabled };
}

/**
 * The rules that judge a `body` cycle that began on `cycleStart`, with the user's settings for editable rules.
 * With `cycleEnd`, rules that began while the cycle was running are listed too, as `mayApply`.
 */
export function rulesInForce(body: CredentialBody, cycleStart: IsoDate, settings?: RuleSettings, cycleEnd?: IsoDate): RulesInForce {
  const rules = BODY_RULES.filter((rule) => rule.body === body).flatMap((rule) => {
    if (ruleAppliesTo(rule, cycleStart)) return [resolve(rule, settings, false)];
    return ruleMayApplyTo(rule, cycleStart, cycleEnd) ? [resolve(rule, settings, true)] : [];
  });
  const enabled = rules.filter((rule) => rule.enabled);
  return {
    body,
    cycleStart,
    rules,
    aapcTotals: enabled.find((rule): rule is AapcTotalsRule & ResolvedRule => rule.kind === 'aapc-totals'),
    ahimaTotals: enabled.find((rule): rule is AhimaTotalsRule & ResolvedRule => rule.kind === 'ahima-totals'),
    shareMinimums: enabled.filter((rule): rule is ShareMinimumRule & ResolvedRule => rule.kind === 'share-minimum'),
    credentialParts: enabled.filter(
      (rule): rule is CredentialPartRule & ResolvedRule => rule.kind === 'credential-part',
    ),
    aapcPeriod: enabled.find((rule): rule is AapcPeriodRule & ResolvedRule => rule.kind === 'aapc-period'),
  };
}

/** AAPC total for a member holding `count` AAPC certifications (the last step applies to that many or more). */
export function aapcTotalFor(rule: AapcTotalsRule, count: number): number {
  if (count <= 0) return 0;
  const index = Math.min(count, rule.totalsByCount.length) - 1;
  return rule.totalsByCount[index] ?? 0;
}
