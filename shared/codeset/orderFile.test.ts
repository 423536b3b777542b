import { describe, expect, it } from 'vitest';
import { displayCode, fiscalYearFromFileName, MAX_PROBLEMS, normaliseCode, parseOrderFile } from './orderFile';
import { orderFile, orderLine, readRealOrderFile, SMALL_ROWS } from './testFiles';

describe('parseOrderFile', () => {
  it('reads a good file: codes without dots, flags, both descriptions, in order', () => {
    const result = parseOrderFile(orderFile(SMALL_ROWS), 2026);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.year).toBe(2026);
    expect(result.data.codes.slice(0, 4)).toEqual(['E11', 'E112', 'E1121', 'E1122']);
    expect([...result.data.billable.slice(0, 4)]).toEqual([0, 0, 1, 1]);
    expect(result.data.longDescriptions[3]).toBe('Type 2 diabetes mellitus with diabetic chronic kidney disease');
    expect(result.data.shortDescriptions[0]).toBe('Type 2 diabetes mellitus');
  });

  it('reads the official FY2026 file: 74,719 billable codes, 23,467 headers and the known lines', () => {
    const result = parseOrderFile(readRealOrderFile(), 2026);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { codes, billable, longDescriptions } = result.data;
    expect(codes).toHaveLength(98186);
    expect(billable.reduce((n, b) => n + b, 0)).toBe(74719);
    expect(codes[0]).toBe('A00');
    expect(billable[0]).toBe(0);
    expect(codes[4309]).toBe('E1122');
    expect(longDescriptions[4309]).toBe('Type 2 diabetes mellitus with diabetic chronic kidney disease');
    expect(codes[11579]).toBe('I10');
    expect(codes[96339]).toBe('Z0000');
    expect(codes[98185]).toBe('U099');
    expect(longDescriptions[98185]).toBe('Post COVID-19 condition, unspecified');
  });

  it('says a truncated file looks cut short, on the line where it stops', () => {
    const text = orderFile(SMALL_ROWS);
    const cut = text.slice(0, text.indexOf('E1129') + 30);
    const result = parseOrderFile(cut, 2026);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toContainEqual({ line: 5, message: expect.stringMatching(/cut short/) });
    expect(result.problems).toContainEqual({ line: 5, message: expect.stringMatching(/has 36 characters/) });
  });

  it('reports lines whose columns are not the order-file widths, with their numbers', () => {
    const lines = orderFile(SMALL_ROWS).split('\r\n');
    lines[1] = lines[1]!.replace('E112   ', 'E112 ').padEnd(lines[1]!.length);
    lines[6] = ` ${lines[6]}`;
    const result = parseOrderFile(lines.join('\r\n'), 2026);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.line)).toEqual([2, 7]);
    expect(result.problems[1]!.message).toMatch(/order number/);
  });

  it('reports a duplicate code with both line numbers', () => {
    const rows = [...SMALL_ROWS];
    rows.splice(4, 0, ['E1122', true, 'Type 2 diabetes mellitus with diabetic chronic kidney disease']);
    const result = parseOrderFile(orderFile(rows), 2026);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([{ line: 5, message: 'Code E11.22 is already on line 4.' }]);
  });

  it('reports order numbers out of sequence', () => {
    const text = [orderLine(1, 'A00', false, 'Cholera'), orderLine(3, 'A000', true, 'Cholera due to Vibrio')].join('\n') + '\n';
    const result = parseOrderFile(text, 2026);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([{ line: 2, message: expect.stringMatching(/00003 is out of sequence: line 2 should be 00002/) }]);
  });

  it('refuses an empty file with one problem', () => {
    for (const text of ['', '\r\n', '   \n']) {
      const result = parseOrderFile(text, 2026);
      expect(result).toEqual({ ok: false, problems: [{ line: 0, message: expect.stringMatching(/empty/) }], more: 0 });
    }
  });

  it('lists at most MAX_PROBLEMS problems and counts the rest', () => {
    const text = Array.from({ length: 80 }, () => 'not an order line').join('\n') + '\n';
    const result = parseOrderFile(text, 2026);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(MAX_PROBLEMS);
    expect(result.more).toBe(30);
  });

  it('reads another year as that year and refuses a year ICD-10-CM does not have', () => {
    const result = parseOrderFile(orderFile(SMALL_ROWS), 2027);
    expect(result.ok && result.data.year).toBe(2027);
    expect(parseOrderFile(orderFile(SMALL_ROWS), 1999).ok).toBe(false);
  });
});

describe('file names and codes', () => {
  it('takes the fiscal year from CMS file names', () => {
    expect(fiscalYearFromFileName('icd10cm_order_2026.txt')).toBe(2026);
    expect(fiscalYearFromFileName('C:\\Downloads\\2027-code-descriptions-tabular-order.zip')).toBe(2027);
    expect(fiscalYearFromFileName('order.txt')).toBeUndefined();
    expect(fiscalYearFromFileName('icd10cm_order_1990.txt')).toBeUndefined();
  });

  it('writes codes with their dot and reads them with or without it', () => {
    expect(displayCode('E1122')).toBe('E11.22');
    expect(displayCode('I10')).toBe('I10');
    expect(normaliseCode(' e11.22 ')).toBe('E1122');
  });
});
