/**
 * Checks that span records: unique ids, references that point somewhere, counts that match. The same checks run
 * when writing and when reading, so a backup that was written can always be read back.
 */
import { describeValue } from './issues';
import { TABLE_LABELS, type BackupCounts, type BackupIssue, type BackupTable } from './types';

/** The parts of the data these checks look at; both the snapshot and the file's `data` fit. */
export interface LinkedTables {
  profile: unknown;
  credentials: readonly { id: string }[];
  ceuEntries: readonly { id: string; credentialIds: readonly string[] }[];
  attachments: readonly { id: string; entryId: string }[];
  studyPlans: readonly { id: string }[];
  studySessions: readonly { id: string }[];
  practiceAttempts: readonly { id: string }[];
  milestones: readonly { id: string }[];
  timer?: unknown;
  keyValues: readonly { key: string }[];
  decks: readonly { id: string }[];
  cards: readonly { id: string; deckId: string }[];
  reviewLog: readonly { id: string }[];
}

function duplicates(table: BackupTable, keys: readonly string[], field: 'id' | 'key'): BackupIssue[] {
  const firstAt = new Map<string, number>();
  const issues: BackupIssue[] = [];
  keys.forEach((key, index) => {
    const first = firstAt.get(key);
    if (first === undefined) {
      firstAt.set(key, index);
      return;
    }
    const path = `${table}[${index}].${field}`;
    issues.push({ path, message: `${path}: ${describeValue(key)} is used twice (also by ${table}[${first}])` });
  });
  return issues;
}

/** Duplicate ids (and setting keys) within a table, and references to records that are not there. */
export function checkLinks(data: LinkedTables): BackupIssue[] {
  const issues: BackupIssue[] = [
    ...duplicates('credentials', data.credentials.map((r) => r.id), 'id'),
    ...duplicates('ceuEntries', data.ceuEntries.map((r) => r.id), 'id'),
    ...duplicates('attachments', data.attachments.map((r) => r.id), 'id'),
    ...duplicates('studyPlans', data.studyPlans.map((r) => r.id), 'id'),
    ...duplicates('studySessions', data.studySessions.map((r) => r.id), 'id'),
    ...duplicates('practiceAttempts', data.practiceAttempts.map((r) => r.id), 'id'),
    ...duplicates('milestones', data.milestones.map((r) => r.id), 'id'),
    ...duplicates('keyValues', data.keyValues.map((r) => r.key), 'key'),
    ...duplicates('decks', data.decks.map((r) => r.id), 'id'),
    ...duplicates('cards', data.cards.map((r) => r.id), 'id'),
    ...duplicates('reviewLog', data.reviewLog.map((r) => r.id), 'id'),
  ];
  // Review-log rows may name a card that was deleted since (the log keeps the history); a card needs its deck.
  const deckIds = new Set(data.decks.map((d) => d.id));
  data.cards.forEach((card, i) => {
    if (deckIds.has(card.deckId)) return;
    const path = `cards[${i}].deckId`;
    issues.push({ path, message: `${path}: ${describeValue(card.deckId)} does not match any flashcard deck in the backup` });
  });
  const credentialIds = new Set(data.credentials.map((c) => c.id));
  data.ceuEntries.forEach((entry, i) => {
    entry.credentialIds.forEach((id, j) => {
      if (credentialIds.has(id)) return;
      const path = `ceuEntries[${i}].credentialIds[${j}]`;
      issues.push({ path, message: `${path}: ${describeValue(id)} does not match any credential in the backup` });
    });
  });
  const entryIds = new Set(data.ceuEntries.map((e) => e.id));
  data.attachments.forEach((attachment, i) => {
    if (entryIds.has(attachment.entryId)) return;
    const path = `attachments[${i}].entryId`;
    issues.push({ path, message: `${path}: ${describeValue(attachment.entryId)} does not match any CEU entry in the backup` });
  });
  return issues;
}

/** How many records each table holds. */
export function countTables(data: LinkedTables): BackupCounts {
  return {
    profile: data.profile ? 1 : 0,
    credentials: data.credentials.length,
    ceuEntries: data.ceuEntries.length,
    attachments: data.attachments.length,
    studyPlans: data.studyPlans.length,
    studySessions: data.studySessions.length,
    practiceAttempts: data.practiceAttempts.length,
    milestones: data.milestones.length,
    timer: data.timer ? 1 : 0,
    keyValues: data.keyValues.length,
    decks: data.decks.length,
    cards: data.cards.length,
    reviewLog: data.reviewLog.length,
  };
}

/** Compares the counts written in the file with what the file really holds (a missing `timer` count is allowed). */
export function checkCounts(stated: Partial<BackupCounts>, data: LinkedTables): BackupIssue[] {
  const actual = countTables(data);
  const issues: BackupIssue[] = [];
  for (const table of Object.keys(actual) as BackupTable[]) {
    const said = stated[table];
    if (said === undefined && table === 'timer') continue;
    if (said === actual[table]) continue;
    const path = `counts.${table}`;
    issues.push({
      path,
      message: `${path} says ${String(said)} but the backup holds ${actual[table]} ${TABLE_LABELS[table]} – records may be missing`,
    });
  }
  return issues;
}

/**
 * Why a setting's value cannot go into a JSON file unchanged, or null when it can. Catches what JSON.stringify
 * would silently drop or change: undefined, functions, NaN/Infinity, Dates, Maps, class instances, cycles.
 */
export function jsonProblem(value: unknown, seen: Set<object> = new Set()): string | null {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? null : `${value} cannot be stored in a backup file`;
  if (value === undefined) return 'an undefined value cannot be stored in a backup file';
  if (typeof value !== 'object') return `a ${typeof value} cannot be stored in a backup file`;
  if (seen.has(value)) return 'it refers to itself';
  const proto = Object.getPrototypeOf(value) as unknown;
  if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) {
    return `a ${(value as object).constructor?.name ?? 'special object'} cannot be stored in a backup file unchanged`;
  }
  seen.add(value);
  const items = Array.isArray(value) ? value : Object.values(value);
  if (Array.isArray(value) && Object.keys(value).length !== value.length) return 'a list with gaps cannot be stored unchanged';
  for (const item of items) {
    const problem = jsonProblem(item, seen);
    if (problem) return problem;
  }
  seen.delete(value);
  return null;
}
