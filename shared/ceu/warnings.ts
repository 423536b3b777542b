/**
 * Deadline warnings: when a cycle's deadline is near (CEU_WARNING_POLICY.warnWithinDays) and the pace falls
 * short (status `behind`, see pace.ts), or the deadline has passed with CEUs still needed (`overdue`), say what is
 * missing and by when. Notifications repeat once a week while the warning lasts.
 */
import type { IsoDate } from '../model/entities';
import { CEU_WARNING_POLICY } from './catalog';
import { daysBetween, formatDay } from './dates';
import type { BodyGroupRequirement, CycleResult, RequirementReport } from './requirementTypes';

export interface DeadlineWarning {
  /** Stable per cycle (group key), so the UI can remember when it last notified. */
  key: string;
  severity: 'behind' | 'overdue';
  cycleEnd: IsoDate;
  daysLeft: number;
  needed: number;
  /** Parts with CEUs missing, e.g. `{ label: 'CRC specialty CEUs', missing: 5 }`. */
  missingParts: { label: string; missing: number }[];
  title: string;
  message: string;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** `label` names whose deadline it is, e.g. "CPC + CRC (AAPC)". */
export function deadlineWarning(key: string, label: string, result: CycleResult): DeadlineWarning | undefined {
  const behind = result.status === 'behind' && result.daysLeft <= CEU_WARNING_POLICY.warnWithinDays;
  if (!behind && result.status !== 'overdue') return undefined;
  const missingParts = result.parts
    .filter((part) => part.missing > 0)
    .map((part) => ({ label: part.credentialCode && !part.label.includes(part.credentialCode) ? `${part.credentialCode} ${part.label}` : part.label, missing: part.missing }));
  const partsText = missingParts.length > 0
    ? ` Missing: ${missingParts.map((part) => `${part.missing} ${part.label}`).join('; ')}.`
    : '';
  const by = formatDay(result.cycleEnd);
  if (result.status === 'overdue') {
    return {
      key, severity: 'overdue', cycleEnd: result.cycleEnd, daysLeft: result.daysLeft, needed: result.needed, missingParts,
      title: `${label}: CEU deadline passed`,
      message: `${label}: ${plural(result.needed, 'CEU')} were still needed by ${by} (${plural(-result.daysLeft, 'day')} ago).${partsText} Contact the credentialing body about an extension or reinstatement.`,
    };
  }
  const pace = result.perMonthNeeded !== null && result.perMonthNeeded > 0 ? ` About ${result.perMonthNeeded} CEUs a month from now.` : '';
  const when = result.daysLeft === 0 ? 'today' : `in ${plural(result.daysLeft, 'day')}`;
  return {
    key, severity: 'behind', cycleEnd: result.cycleEnd, daysLeft: result.daysLeft, needed: result.needed, missingParts,
    title: `${label}: ${plural(result.needed, 'CEU')} needed by ${by}`,
    message: `${label}: ${plural(result.needed, 'CEU')} still needed by ${by} (${when}).${partsText}${pace}`,
  };
}

export function groupLabel(group: BodyGroupRequirement): string {
  return `${group.codes.join(' + ')} (${group.body})`;
}

/** One warning per body group: that is where the deadline and the shared total live. */
export function deadlineWarnings(report: RequirementReport): DeadlineWarning[] {
  return report.groups.flatMap((group) => deadlineWarning(group.key, groupLabel(group), group) ?? []);
}

/**
 * Whether to show a notification today for a warning that still lasts: never shown, or last shown a week ago or
 * more. A stored date later than today cannot be trusted (clock change), so it notifies.
 */
export function shouldNotify(lastNotifiedOn: IsoDate | undefined, today: IsoDate): boolean {
  if (!lastNotifiedOn) return true;
  const since = daysBetween(lastNotifiedOn, today);
  return since < 0 || since >= CEU_WARNING_POLICY.notifyEveryDays;
}
