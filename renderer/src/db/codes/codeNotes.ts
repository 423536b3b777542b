/**
 * The user's own records about codes, kept in the user's database (keyValues, so they are backed up): starred
 * codes, recently opened codes and lookup-drill results. Values read back from a restored backup are checked.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { z } from 'zod';
import type { LookupDrillResult } from '../../../../shared/codeset/lookupDrill';
import { db, newId, type CoderPathDb } from '../db';

export const STARRED_CODES_KEY = 'codes:starred';
export const RECENT_CODES_KEY = 'codes:recent';
export const LOOKUP_DRILLS_KEY = 'codes:lookupDrills';
/** Enough to find today's codes again without growing for ever. */
export const RECENT_LIMIT = 12;
export const DRILL_HISTORY_LIMIT = 200;

const codeList = z.array(z.string().regex(/^[A-Z][0-9A-Z]{2,6}$/));
const drillResults = z.array(z.object({
  id: z.string(),
  finishedAt: z.string(),
  year: z.number(),
  rangeLabel: z.string(),
  items: z.array(z.object({ code: z.string(), answer: z.string(), correct: z.boolean(), ms: z.number() })),
}));

async function readList<T>(database: CoderPathDb, key: string, schema: z.ZodType<T[]>): Promise<T[]> {
  const parsed = schema.safeParse((await database.keyValues.get(key))?.value);
  return parsed.success ? parsed.data : [];
}

export function readStarredCodes(database: CoderPathDb = db): Promise<string[]> {
  return readList(database, STARRED_CODES_KEY, codeList);
}

export function readRecentCodes(database: CoderPathDb = db): Promise<string[]> {
  return readList(database, RECENT_CODES_KEY, codeList);
}

export function readLookupDrills(database: CoderPathDb = db): Promise<LookupDrillResult[]> {
  return readList(database, LOOKUP_DRILLS_KEY, drillResults);
}

/** Stars or unstars a code (without its dot); starred codes are listed newest first. */
export async function setCodeStarred(code: string, starred: boolean, database: CoderPathDb = db): Promise<void> {
  await database.transaction('rw', database.keyValues, async () => {
    const list = (await readStarredCodes(database)).filter((c) => c !== code);
    await database.keyValues.put({ key: STARRED_CODES_KEY, value: starred ? [code, ...list] : list });
  });
}

/** Puts a code at the top of the recent codes when its page opens. */
export async function noteCodeOpened(code: string, database: CoderPathDb = db): Promise<void> {
  await database.transaction('rw', database.keyValues, async () => {
    const list = (await readRecentCodes(database)).filter((c) => c !== code);
    await database.keyValues.put({ key: RECENT_CODES_KEY, value: [code, ...list].slice(0, RECENT_LIMIT) });
  });
}

export async function recordLookupDrill(result: Omit<LookupDrillResult, 'id'>, database: CoderPathDb = db): Promise<LookupDrillResult> {
  return database.transaction('rw', database.keyValues, async () => {
    const saved = { id: newId(), ...result };
    const list = await readLookupDrills(database);
    await database.keyValues.put({ key: LOOKUP_DRILLS_KEY, value: [...list, saved].slice(-DRILL_HISTORY_LIMIT) });
    return saved;
  });
}

export function useStarredCodes(): string[] | undefined {
  return useLiveQuery(() => readStarredCodes(), []);
}

export function useRecentCodes(): string[] | undefined {
  return useLiveQuery(() => readRecentCodes(), []);
}

export function useLookupDrills(): LookupDrillResult[] | undefined {
  return useLiveQuery(() => readLookupDrills(), []);
}
