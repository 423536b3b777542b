/** The CEU engine's results for every held credential and what the screens show from them (pure). */
import type { RuleSettings } from '../../../../shared/ceu/catalogTypes';
import { isCycleOver } from '../../../../shared/ceu/cycles';
import {
  computeRequirements, groupFor, requirementFor, type BodyGroupRequirement, type CredentialRequirement, type RequirementReport,
} from '../../../../shared/ceu/requirements';
import { exclusionsFor } from '../../../../shared/ceu/exclusions';
import type { ExcludedEntry } from '../../../../shared/ceu/requirements';
import { deadlineWarnings, type DeadlineWarning } from '../../../../shared/ceu/warnings';
import type { CeuEntry, HeldCredential, Id, IsoDate } from '../../../../shared/model/entities';
import { splitHeld } from './ceuView';

export interface CeuStatuses {
  today: IsoDate;
  /** Every stored credential, retired ones included. */
  held: HeldCredential[];
  /** Held now, soonest cycle end first. */
  active: HeldCredential[];
  retired: HeldCredential[];
  entries: CeuEntry[];
  ruleSettings: RuleSettings;
  /** AAPC membership renewal month (Profile), when set. */
  aapcRenewalMonth?: number;
  /** The engine's full result: per credential (`report.credentials`) and per body group (`report.groups`). */
  report: RequirementReport;
  /** Deadlines within the warning window with the pace short, and overdue cycles (one per body group). */
  warnings: DeadlineWarning[];
  /** Held credentials whose current cycle has ended: offer the rollover. */
  dueForRollover: HeldCredential[];
  requirementOf(credentialId: Id): CredentialRequirement | undefined;
  groupOf(credentialId: Id): BodyGroupRequirement | undefined;
  /**
   * The entries applied to a credential that do not count, with the reason (shared/ceu/exclusions.ts). Worked out
   * on the first call per credential: only the screens that list them call it (never the dashboard or warnings).
   */
  exclusionsOf(credentialId: Id): ExcludedEntry[];
}

export interface CeuStatusOptions {
  /** AAPC membership renewal month (Profile.aapcRenewalMonth). */
  aapcRenewalMonth?: number;
}

export function computeCeuStatuses(
  held: readonly HeldCredential[],
  entries: readonly CeuEntry[],
  ruleSettings: RuleSettings,
  today: IsoDate,
  options: CeuStatusOptions = {},
): CeuStatuses {
  const { active, retired } = splitHeld(held, today);
  const input = { held: active, entries, today, ruleSettings, ...(options.aapcRenewalMonth ? { aapcRenewalMonth: options.aapcRenewalMonth } : {}) };
  const report = computeRequirements(input);
  const exclusions = new Map<Id, ExcludedEntry[]>();
  return {
    today,
    held: [...held],
    active,
    retired,
    entries: [...entries],
    ruleSettings,
    ...(options.aapcRenewalMonth ? { aapcRenewalMonth: options.aapcRenewalMonth } : {}),
    report,
    warnings: deadlineWarnings(report),
    dueForRollover: active.filter((credential) => isCycleOver(credential, today)),
    requirementOf: (id) => requirementFor(report, id),
    groupOf: (id) => groupFor(report, id),
    exclusionsOf: (id) => {
      let list = exclusions.get(id);
      if (!list) exclusions.set(id, (list = exclusionsFor(id, input, report)));
      return list;
    },
  };
}
