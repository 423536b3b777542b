import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultMapping, exportAnkiText, findDuplicates, mapRows, parseAnkiText, ANKI_IMPORT_LIMITS } from './ankiText';

const map = (text: string, mode: 'strip' | 'keep' = 'strip') => {
  const parse = parseAnkiText(text);
  return { parse, ...mapRows(parse, defaultMapping(parse), mode) };
};

describe('reading Anki "Notes in Plain Text"', () => {
  it('reads an Anki export: headers, tab separator, HTML stripped to text, tags column, line numbers', () => {
    const text = '#separator:tab\n#html:true\n#tags column:3\ncardi/o\t<b>heart</b>\troot cardio\n"-itis"\t"inflammation<br>of"\tsuffix\n';
    const { parse, notes, problems } = map(text);
    expect(parse.headers).toMatchObject({ separator: '\t', html: true, tagsColumn: 3 });
    expect(problems).toEqual([]);
    expect(notes).toEqual([
      { line: 4, front: 'cardi/o', back: 'heart', extra: '', tags: ['root', 'cardio'] },
      { line: 5, front: '-itis', back: 'inflammation\nof', extra: '', tags: ['suffix'] },
    ]);
  });

  it('keeps HTML as literal text when asked, and never decodes entities of a plain-text file', () => {
    expect(map('#html:true\na\t<img src=x onerror=alert(1)>&amp;', 'keep').notes[0]!.back).toBe('<img src=x onerror=alert(1)>&amp;');
    expect(map('#html:true\na\t<img src=x onerror=alert(1)>&amp;<script>alert(2)</script>').notes[0]!.back).toBe('&');
    expect(map('#html:false\na\tb &amp; <i>c</i>').notes[0]!.back).toBe('b &amp; <i>c</i>');
  });

  it('guesses the separator without a header (tab, then semicolon, then comma) and reads quoted fields over lines', () => {
    expect(map('a;b\nc;d').notes.map((n) => n.back)).toEqual(['b', 'd']);
    expect(map('a,b\nc,d').notes.map((n) => n.back)).toEqual(['b', 'd']);
    const multi = map('#separator:comma\n"one\ntwo","say ""hi"""\nx,y\n');
    expect(multi.notes).toEqual([
      { line: 2, front: 'one\ntwo', back: 'say "hi"', extra: '', tags: [] },
      { line: 4, front: 'x', back: 'y', extra: '', tags: [] },
    ]);
  });

  it('lists every bad row with its line number, and imports nothing while there is one', () => {
    const { notes, problems } = map('#separator:tab\nok\tfine\nonly-front\n\tno front\n\n"open\tquote\n');
    expect(notes.map((n) => n.line)).toEqual([2]);
    expect(problems.map((p) => p.line)).toEqual([3, 4, 6]);
    expect(problems[0]!.message).toContain('Line 3: the back is empty');
    expect(problems[1]!.message).toBe('Line 4: the front is empty');
    expect(problems[2]!.message).toContain('never closed');
  });

  it('reports bad headers by line, and CRLF line ends and a BOM do not matter', () => {
    const { problems } = map('#separator:bogus\n#html:maybe\n#tags column:zero\na\tb');
    expect(problems.map((p) => p.line)).toEqual([1, 2, 3]);
    expect(map('\ufeffa\tb\r\nc\td\r\n').notes.map((n) => [n.line, n.front, n.back])).toEqual([[1, 'a', 'b'], [2, 'c', 'd']]);
  });

  it('refuses binary data, huge files and too many rows with one clear message', () => {
    expect(map('a\tb\u0000').problems[0]!.message).toContain('binary data');
    expect(map('x'.repeat(ANKI_IMPORT_LIMITS.bytes + 1)).problems[0]!.message).toContain('larger than');
    const many = Array.from({ length: ANKI_IMPORT_LIMITS.rows + 5 }, (_, i) => `f${i}\tb`).join('\n');
    expect(map(many).problems.at(-1)!.message).toContain('more than 50,000 notes');
    expect(map('a\t' + 'y'.repeat(ANKI_IMPORT_LIMITS.fieldChars + 1)).problems[0]!.message).toContain('longer than');
  });

  it('detects duplicates within the file and against the deck (by front, ignoring case)', () => {
    const { notes } = map('a\t1\nB\t2\nA\t3\nc\t4');
    expect(findDuplicates(notes, new Set(['b']))).toEqual([
      { line: 2, front: 'B', firstLine: null },
      { line: 3, front: 'A', firstLine: 1 },
    ]);
  });

  it('column mapping: a missing front or back is said plainly; ignored columns are left out', () => {
    const parse = parseAnkiText('a\tb\tc');
    expect(mapRows(parse, ['front', 'ignore', 'ignore']).problems[0]!.message).toContain('front and which is the back');
    expect(mapRows(parse, ['back', 'ignore', 'front']).notes[0]).toMatchObject({ front: 'c', back: 'a' });
  });

  it('never throws on arbitrary text, and every note it accepts has a front and a back', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const { notes } = map(text);
        for (const note of notes) expect(note.front && note.back).toBeTruthy();
      }),
      { numRuns: 1500 },
    );
  });
});

describe('exporting a deck for Anki', () => {
  it('writes tab-separated plain text with the headers Anki reads, quoting what needs it; it reads back the same', () => {
    const cards = [
      { front: 'cardi/o', back: 'heart', extra: '', tags: ['root', 'word parts'] },
      { front: 'a\tb', back: 'two\nlines "quoted"', extra: '<b>not html</b>', tags: [] },
    ];
    const text = exportAnkiText('Word parts', cards);
    expect(text.split('\n').slice(0, 6)).toEqual(['#separator:tab', '#html:false', '#deck:Word parts', '#columns:Front\tBack\tExtra\tTags', '#tags column:4', 'cardi/o\theart\t\troot word_parts']);
    const back = map(text);
    expect(back.problems).toEqual([]);
    expect(back.notes.map(({ line: _l, ...n }) => n)).toEqual([
      { front: 'cardi/o', back: 'heart', extra: '', tags: ['root', 'word_parts'] },
      { front: 'a\tb', back: 'two\nlines "quoted"', extra: '<b>not html</b>', tags: [] },
    ]);
  });
});
