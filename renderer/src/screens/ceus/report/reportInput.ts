/**
 * What the audit report page shows for `#/ceus/report/:credentialId[?cycle=<cycleEnd>]`: picks the cycle (current,
 * or a closed one from the credential's history), runs the engine as of that cycle and builds the report model.
 * Every number comes from shared/ceu (computeRequirements, buildAuditReport); nothing is decided here.
 */
import { buildAuditReport, type AuditReport } from '../../../../../shared/ceu/auditReport';
import type { RuleSettings } from '../../../../../shared/ceu/catalogTypes';
import { exclusionsFor } from '../../../../../shared/ceu/exclusions';
import { computeRequirements, isActive, requirementFor, type ExcludedEntry } from '../../../../../shared/ceu/requirements';
import type { CeuEntry, ClosedCycle, HeldCredential, Id, IsoDate } from '../../../../../shared/model/entities';

export interface ReportInput {
  held: readonly HeldCredential[];
  entries: readonly CeuEntry[];
  attachments: readonly { entryId: Id; fileName: string }[];
  credentialId: Id;
  /** The `cycle` search parameter: the END day of a closed cycle; null or '' for the current cycle. */
  cycleEnd: string | null;
  holderName: string;
  today: IsoDate;
  ruleSettings?: RuleSettings;
  /** AAPC membership renewal month (Profile), for the period notes. */
  aapcRenewalMonth?: number;
}

export interface ExcludedRow {
  entry: CeuEntry;
  message: string;
}

export type ReportOutcome =
  | { kind: 'unknown-credential' }
  | { kind: 'unknown-cycle'; credential: HeldCredential; cycleEnd: string }
  /** The engine has no result: a code outside the catalog, or a credential retired before the day judged. */
  | { kind: 'no-result'; credential: HeldCredential; message: string }
  | {
      kind: 'report';
      credential: HeldCredential;
      report: AuditReport;
      /** The closed cycle as recorded when it rolled over; absent for the current cycle. */
      closed?: ClosedCycle;
      /** Entries applied to this credential in or around this cycle that do not count, with the rule why. */
      excluded: ExcludedRow[];
      /** Entries left out of `excluded` because they belong to other cycles. */
      otherCycleEntries: number;
    };

/** The cycle a closed-cycle credential was in on `day`: its current one or one from its history. */
function cycleOn(credential: HeldCredential, day: IsoDate): { start: IsoDate; end: IsoDate } | undefined {
  if (credential.cycleStart <= day && day <= credential.cycleEnd) return { start: credential.cycleStart, end: credential.cycleEnd };
  const closed = credential.history.find((cycle) => cycle.start <= day && day <= cycle.end);
  return closed ? { start: closed.start, end: closed.end } : undefined;
}

/**
 * The held credentials as they stood on `day` (a closed cycle's last day): each one earned by then gets the cycle it
 * was in that day, so the AAPC group total sees the certifications held then. Credentials earned later, or with no
 * recorded cycle covering that day, are left out.
 */
export function heldAsOf(held: readonly HeldCredential[], day: IsoDate): HeldCredential[] {
  return held.flatMap((credential) => {
    if (credential.earnedOn > day) return [];
    const cycle = cycleOn(credential, day);
    return cycle ? [{ ...credential, cycleStart: cycle.start, cycleEnd: cycle.end }] : [];
  });
}

/** `CPC-audit-2025-01-01_2026-12-31.pdf`: the code made safe for a file name. */
export function auditPdfName(code: string, cycle: { start: IsoDate; end: IsoDate }): string {
  const safe = code.replace(/[^A-Za-z0-9-]/g, '') || 'CEU';
  return `${safe}-audit-${cycle.start}_${cycle.end}.pdf`;
}

function attachmentsByEntry(attachments: ReportInput['attachments']): Map<Id, { fileName: string }[]> {
  const map = new Map<Id, { fileName: string }[]>();
  for (const file of attachments) map.set(file.entryId, [...(map.get(file.entryId) ?? []), { fileName: file.fileName }]);
  return map;
}

/** Exclusions worth showing an auditor: everything except entries that simply belong to another cycle. */
function excludedRows(excluded: readonly ExcludedEntry[], entries: readonly CeuEntry[]) {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const rows: ExcludedRow[] = [];
  let otherCycleEntries = 0;
  for (const exclusion of excluded) {
    const entry = byId.get(exclusion.entryId);
    if (!entry) continue;
    if (exclusion.reason === 'outside-cycle') otherCycleEntries += 1;
    else rows.push({ entry, message: exclusion.message });
  }
  rows.sort((a, b) => (a.entry.completedOn < b.entry.completedOn ? -1 : a.entry.completedOn > b.entry.completedOn ? 1 : 0));
  return { excluded: rows, otherCycleEntries };
}

export function prepareAuditReport(input: ReportInput): ReportOutcome {
  const credential = input.held.find((h) => h.id === input.credentialId);
  if (!credential) return { kind: 'unknown-credential' };

  let closed: ClosedCycle | undefined;
  let held: readonly HeldCredential[] = input.held;
  let today = input.today;
  if (input.cycleEnd) {
    closed = credential.history.find((cycle) => cycle.end === input.cycleEnd);
    if (!closed) return { kind: 'unknown-cycle', credential, cycleEnd: input.cycleEnd };
    // A closed cycle is judged on its last day, with the credentials as they were then.
    today = closed.end;
    held = heldAsOf(input.held, closed.end);
  } else if (!isActive(credential, today)) {
    return {
      kind: 'no-result',
      credential,
      message: `${credential.code} was retired on ${credential.retiredOn}: it has no current cycle to report.`,
    };
  }

  const engineInput = {
    held, entries: input.entries, today, ruleSettings: input.ruleSettings,
    ...(input.aapcRenewalMonth ? { aapcRenewalMonth: input.aapcRenewalMonth } : {}),
  };
  const result = computeRequirements(engineInput);
  const status = requirementFor(result, credential.id);
  if (!status) {
    const unsupported = result.unsupported.find((u) => u.credentialId === credential.id);
    return {
      kind: 'no-result',
      credential,
      message: unsupported?.message ?? `${credential.code} was not held on ${today}: there is nothing to report for that day.`,
    };
  }
  const report = buildAuditReport(credential, status, input.entries, attachmentsByEntry(input.attachments), {
    holderName: input.holderName.trim(),
    generatedOn: input.today,
  });
  return { kind: 'report', credential, report, ...(closed ? { closed } : {}), ...excludedRows(exclusionsFor(credential.id, engineInput, result), input.entries) };
}
