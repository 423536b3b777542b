import { describe, expect, it } from 'vitest';
import { endsEarly, readJsonText } from './jsonText';

describe('reading the file text', () => {
  it('tells a cut-off document from one that is not JSON', () => {
    expect(['{"a": [1, 2', '{"a": "text wi', '{"a": "esc\\', '[', '{"a":1'].map(endsEarly)).toEqual([true, true, true, true, true]);
    expect(['{"a": 1}', 'hello', '{"a": 1}}', '{"a": "}"}', '{"a": "[" }x'].map(endsEarly)).toEqual([false, false, false, false, false]);
  });
  it('ignores a byte-order mark', () => {
    expect(readJsonText('\uFEFF{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
  });
  it('names the problem in plain words', () => {
    const message = (t: string) => {
      const r = readJsonText(t);
      return r.ok ? 'ok' : r.errors[0]!.message;
    };
    expect(message('{"format": "coderpath-backup", "data": {')).toMatch(/^The file ends early – it may be incomplete/);
    expect(message('PK\u0003\u0004')).toMatch(/not valid JSON/);
    expect(message('  \n')).toMatch(/^The file is empty/);
  });
});
