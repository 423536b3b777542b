/** Reading the file's text as JSON, telling a file that stops early from one that is not JSON at all. */
import type { BackupIssue } from './types';

/**
 * True when the text is the start of a JSON document that was cut off: it ends inside a string or with
 * objects / lists still open. That is what an interrupted copy or a full disk leaves behind.
 */
export function endsEarly(text: string): boolean {
  let depth = 0;
  let inString = false;
  let escaped = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (escaped) escaped = false;
      else if (ch === 92 /* \ */) escaped = true;
      else if (ch === 34 /* " */) inString = false;
    } else if (ch === 34) inString = true;
    else if (ch === 123 /* { */ || ch === 91 /* [ */) depth++;
    else if (ch === 125 /* } */ || ch === 93 /* ] */) {
      depth--;
      if (depth < 0) return false; // More closers than openers: damaged, not cut short.
    }
  }
  return inString || depth > 0;
}

export type JsonTextResult = { ok: true; value: unknown } | { ok: false; errors: BackupIssue[] };

/** Parses the file's text; a leading byte-order mark (some editors add one) is ignored. */
export function readJsonText(text: string): JsonTextResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, errors: [{ path: '', message: 'The file is empty – it is not a CoderPath backup, or it was not saved completely.' }] };
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch {
    if (endsEarly(body)) {
      return { ok: false, errors: [{ path: '', message: 'The file ends early – it may be incomplete (cut off while it was being saved or copied).' }] };
    }
    return { ok: false, errors: [{ path: '', message: 'The file is not a CoderPath backup: its contents are not valid JSON (it may be damaged or a different kind of file).' }] };
  }
}
