/** Reads one year of the code set back into the shapes shared/codeset works on (kept in memory once loaded). */
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { buildHierarchy, type Hierarchy } from '../../../../shared/codeset/hierarchy';
import type { SearchIndex } from '../../../../shared/codeset/searchIndex';
import type { CodeSetData } from '../../../../shared/codeset/types';
import { codeSetDb, type CodeSetDb, type CodeSetYear } from './codeSetDb';

export interface LoadedCodeSet {
  data: CodeSetData;
  index: SearchIndex;
  hierarchy: Hierarchy;
  /** Entry index by code without its dot. */
  byCode: Map<string, number>;
}

const loaded = new Map<number, Promise<LoadedCodeSet | undefined>>();

export function forgetLoadedCodeSet(year: number): void {
  loaded.delete(year);
}

async function readCodeSet(year: number, database: CodeSetDb): Promise<LoadedCodeSet | undefined> {
  const body = await database.bodies.get(year);
  if (!body) return undefined;
  const data: CodeSetData = {
    year,
    codes: body.codes.split('\n'),
    billable: body.billable,
    shortDescriptions: body.shortDescriptions.split('\n'),
    longDescriptions: body.longDescriptions.split('\n'),
  };
  const index: SearchIndex = { tokens: body.tokens.split('\n'), tokenStarts: body.tokenStarts, postings: body.postings, byCode: body.byCode };
  const byCode = new Map<string, number>();
  data.codes.forEach((code, i) => byCode.set(code, i));
  return { data, index, hierarchy: buildHierarchy(data, body.parents), byCode };
}

export function loadCodeSet(year: number, database: CodeSetDb = codeSetDb): Promise<LoadedCodeSet | undefined> {
  let promise = loaded.get(year);
  if (!promise) {
    promise = readCodeSet(year, database);
    loaded.set(year, promise);
    promise.catch(() => loaded.delete(year));
  }
  return promise;
}

/**
 * Starts reading the active year as soon as a code screen's module loads: the app fetches a screen's code while
 * the user's database opens, so the code set is read alongside instead of after the first render.
 */
export function prefetchActiveCodeSet(database: CodeSetDb = codeSetDb): void {
  void readCodeSetYears(database).then((years) => (years.active === undefined ? undefined : loadCodeSet(years.active, database))).catch(() => undefined);
}

export interface CodeSetYears {
  years: CodeSetYear[];
  active: number | undefined;
}

export function readCodeSetYears(database: CodeSetDb = codeSetDb): Promise<CodeSetYears> {
  return database.transaction('r', database.years, database.state, async () => {
    const years = await database.years.orderBy('year').reverse().toArray();
    const active = (await database.state.get('active'))?.year;
    return { years, active: years.some((y) => y.year === active) ? active : years[0]?.year };
  });
}

/** The imported years and the active one; undefined while the first read runs. */
export function useCodeSetYears(): CodeSetYears | undefined {
  return useLiveQuery(() => readCodeSetYears(), []);
}

export type ActiveCodeSet =
  | { status: 'loading' }
  | { status: 'empty'; years: CodeSetYears }
  | { status: 'ready'; years: CodeSetYears; set: LoadedCodeSet }
  | { status: 'failed'; message: string };

/** The active year's code set, loaded; follows imports, removals and year switches. */
export function useActiveCodeSet(): ActiveCodeSet {
  const [state, setState] = useState<ActiveCodeSet>({ status: 'loading' });
  useEffect(() => {
    let current = 0;
    const subscription = liveQuery(() => readCodeSetYears()).subscribe({
      next: (years) => {
        const run = ++current;
        if (years.active === undefined) {
          setState({ status: 'empty', years });
          return;
        }
        void loadCodeSet(years.active).then(
          (set) => {
            if (run !== current) return;
            setState(set ? { status: 'ready', years, set } : { status: 'empty', years });
          },
          (error: unknown) => run === current && setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
        );
      },
      error: (error: unknown) => setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
    });
    return () => subscription.unsubscribe();
  }, []);
  return state;
}
