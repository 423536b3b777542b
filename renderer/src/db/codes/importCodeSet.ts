/**
 * Import of the CMS "Code Descriptions in Tabular Order" zip or the order file inside it: unzip (fflate), check the
 * whole file (shared/codeset/orderFile.ts), build the search index, and write the year in one transaction. Any
 * problem leaves the stored code sets as they were.
 */
import { unzipSync } from 'fflate';
import { buildParents } from '../../../../shared/codeset/hierarchy';
import { fiscalYearFromFileName, parseOrderFile, type FileProblem } from '../../../../shared/codeset/orderFile';
import { buildSearchIndex } from '../../../../shared/codeset/searchIndex';
import { codeSetDb, type CodeSetBody, type CodeSetDb, type CodeSetYear } from './codeSetDb';
import { forgetLoadedCodeSet } from './loadCodeSet';

export interface PickedFile {
  name: string;
  bytes: Uint8Array;
}

export type ImportOutcome =
  | { ok: true; summary: CodeSetYear; replaced: boolean }
  /** The file names no fiscal year: ask for it and call again with `year`. */
  | { ok: false; needsYear: true }
  | { ok: false; needsYear?: false; problems: FileProblem[]; more: number };

const ORDER_MEMBER = /(^|\/)icd10cm_order_\d{4}\.txt$/i;

function fileProblem(message: string): ImportOutcome {
  return { ok: false, problems: [{ line: 0, message }], more: 0 };
}

/** The order file's name and text: the file itself, or the order-file member of a CMS zip. */
export function orderFileOf(file: PickedFile): { name: string; text: string } | { problem: string } {
  const isZip = file.bytes[0] === 0x50 && file.bytes[1] === 0x4b;
  if (!isZip) {
    if (/\.zip$/i.test(file.name)) return { problem: `${file.name} is not a readable zip file (download it again).` };
    return { name: file.name, text: new TextDecoder('latin1').decode(file.bytes) };
  }
  let members: Record<string, Uint8Array>;
  try {
    members = unzipSync(file.bytes, { filter: (member) => ORDER_MEMBER.test(member.name) });
  } catch (error) {
    return { problem: `${file.name} could not be unzipped (${error instanceof Error ? error.message : String(error)}): download it again.` };
  }
  const names = Object.keys(members);
  if (names.length === 0) {
    return { problem: `${file.name} holds no order file (icd10cm_order_YYYY.txt): is it the "Code Descriptions in Tabular Order" zip?` };
  }
  const name = names[0]!;
  return { name, text: new TextDecoder('latin1').decode(members[name]!) };
}

export async function importCodeSet(file: PickedFile, year?: number, database: CodeSetDb = codeSetDb): Promise<ImportOutcome> {
  const order = orderFileOf(file);
  if ('problem' in order) return fileProblem(order.problem);
  const fiscalYear = year ?? fiscalYearFromFileName(order.name) ?? fiscalYearFromFileName(file.name);
  if (fiscalYear === undefined) return { ok: false, needsYear: true };
  const parsed = parseOrderFile(order.text, fiscalYear);
  if (!parsed.ok) return { ok: false, problems: parsed.problems, more: parsed.more };
  const { data } = parsed;
  const index = buildSearchIndex(data);
  const billableCount = data.billable.reduce((n, b) => n + b, 0);
  const summary: CodeSetYear = {
    year: fiscalYear,
    fileName: file.name,
    importedAt: new Date().toISOString(),
    billableCount,
    headerCount: data.codes.length - billableCount,
  };
  const body: CodeSetBody = {
    year: fiscalYear,
    codes: data.codes.join('\n'),
    shortDescriptions: data.shortDescriptions.join('\n'),
    longDescriptions: data.longDescriptions.join('\n'),
    billable: data.billable,
    parents: buildParents(data.codes),
    tokens: index.tokens.join('\n'),
    tokenStarts: index.tokenStarts,
    postings: index.postings,
    byCode: index.byCode,
  };
  const replaced = await database.transaction('rw', database.years, database.bodies, database.state, async () => {
    const existed = (await database.years.get(fiscalYear)) !== undefined;
    await database.years.put(summary);
    await database.bodies.put(body);
    await database.state.put({ key: 'active', year: fiscalYear });
    return existed;
  });
  forgetLoadedCodeSet(fiscalYear);
  return { ok: true, summary, replaced };
}

/** Removes one year (one transaction); the newest remaining year becomes active if this one was. */
export async function removeCodeSetYear(year: number, database: CodeSetDb = codeSetDb): Promise<void> {
  await database.transaction('rw', database.years, database.bodies, database.state, async () => {
    await database.years.delete(year);
    await database.bodies.delete(year);
    const active = await database.state.get('active');
    if (active?.year !== year) return;
    const newest = (await database.years.orderBy('year').keys()).pop();
    if (newest === undefined) await database.state.delete('active');
    else await database.state.put({ key: 'active', year: Number(newest) });
  });
  forgetLoadedCodeSet(year);
}

export async function setActiveCodeSetYear(year: number, database: CodeSetDb = codeSetDb): Promise<void> {
  await database.transaction('rw', database.years, database.state, async () => {
    if (!(await database.years.get(year))) throw new Error(`The FY${year} code set is not imported.`);
    await database.state.put({ key: 'active', year });
  });
}
