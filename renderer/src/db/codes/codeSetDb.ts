/**
 * The ICD-10-CM code sets the user imported, in a Dexie database of their own (not the user's database, so not in
 * backups: the official file can be imported again). One year is two records: a small summary, and the body with
 * the columns and the search index as joined strings and typed arrays, which IndexedDB reads back in one go.
 */
import Dexie, { type EntityTable } from 'dexie';

export const CODE_SET_DB_NAME = 'coderpath-code-sets';

export interface CodeSetYear {
  year: number;
  fileName: string;
  importedAt: string;
  billableCount: number;
  headerCount: number;
}

export interface CodeSetBody {
  year: number;
  /** Columns joined with "\n", in tabular order. */
  codes: string;
  shortDescriptions: string;
  longDescriptions: string;
  billable: Uint8Array;
  parents: Int32Array;
  /** Search index (shared/codeset/searchIndex.ts): tokens joined with "\n". */
  tokens: string;
  tokenStarts: Uint32Array;
  postings: Uint32Array;
  byCode: Uint32Array;
}

export interface CodeSetState {
  key: 'active';
  year: number;
}

export class CodeSetDb extends Dexie {
  years!: EntityTable<CodeSetYear, 'year'>;
  bodies!: EntityTable<CodeSetBody, 'year'>;
  state!: EntityTable<CodeSetState, 'key'>;

  constructor(name: string = CODE_SET_DB_NAME, options: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } = {}) {
    super(name, options);
    this.version(1).stores({ years: 'year', bodies: 'year', state: 'key' });
  }
}

export const codeSetDb = new CodeSetDb();
