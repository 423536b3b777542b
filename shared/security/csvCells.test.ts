import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toSafeCsv, unescapeCsvCell } from './csvCells';

const parse = (csv: string) => Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;

describe('toSafeCsv', () => {
  it('escapes a formula cell that has a line break after the formula', () => {
    const csv = toSafeCsv(['title', 'notes'], [['=HYPERLINK("http://x")\nsecond line', '+1\r\n2'], ['-2+3\nx', '@SUM(A1)\n']]);
    const [, first, second] = parse(csv);
    expect(first).toEqual([`'=HYPERLINK("http://x")\nsecond line`, "'+1\r\n2"]);
    expect(second).toEqual(["'-2+3\nx", "'@SUM(A1)\n"]);
  });

  it('escapes every formula start (=, +, -, @, tab, CR) and leaves other cells and numbers alone', () => {
    const csv = toSafeCsv(['a'], [['=1'], ['+1'], ['-1'], ['@x'], ['\tx'], ['\rx'], ['a=1'], [-5], ["'quoted"]]);
    expect(parse(csv).slice(1).map((r) => r[0])).toEqual(["'=1", "'+1", "'-1", "'@x", "'\tx", "'\rx", 'a=1', '-5', "'quoted"]);
  });

  it('the import undoes the escaping, multi-line cells included, and keeps a leading quote that escaped nothing', () => {
    expect(unescapeCsvCell(`'=A1\nB`)).toBe('=A1\nB');
    expect(unescapeCsvCell("'quoted")).toBe("'quoted");
    expect(unescapeCsvCell(42)).toBe('');
  });
});
