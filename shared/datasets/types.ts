/** The shape both generators return: one array per stored table (the profile only where a generator makes one). */
import type { Profile } from '../model/entities';
import type { UserTable, UserTableRows } from '../model/tables';

export const DATASET_TABLES = [
  'credentials', 'ceuEntries', 'attachments', 'studyPlans', 'studySessions', 'practiceAttempts', 'milestones',
] as const satisfies readonly UserTable[];

export type DatasetTable = (typeof DATASET_TABLES)[number];

export type DatasetTables = Pick<UserTableRows, DatasetTable>;

export interface DatasetCounts extends Record<DatasetTable, number> {
  /** Bytes of all attachment files together. */
  attachmentBytes: number;
}

/** Records per table and the total certificate bytes, for benchmark reports and volume tests. */
export function counts(data: DatasetTables & { profile?: Profile | null }): DatasetCounts {
  return {
    credentials: data.credentials.length,
    ceuEntries: data.ceuEntries.length,
    attachments: data.attachments.length,
    studyPlans: data.studyPlans.length,
    studySessions: data.studySessions.length,
    practiceAttempts: data.practiceAttempts.length,
    milestones: data.milestones.length,
    attachmentBytes: data.attachments.reduce((sum, a) => sum + a.size, 0),
  };
}
