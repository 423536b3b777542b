/** Turns zod issues into plain-word problems that name the place and the value, e.g.
 * `ceuEntries[12].completedOn: "2024-02-30" is not a real date (expected YYYY-MM-DD)`. */
import type { z } from 'zod';
import type { BackupIssue } from './types';

type PathKey = PropertyKey;

/** `data.ceuEntries.12.completedOn` → `ceuEntries[12].completedOn`. The `data.` prefix is dropped: table names are unique. */
export function formatPath(path: readonly PathKey[]): string {
  const keys = path[0] === 'data' ? path.slice(1) : path;
  let out = '';
  for (const key of keys) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

/** Where a message starts: the path, or "the file" for the top level. */
export function place(path: string): string {
  return path === '' ? 'the file' : path;
}

export function valueAt(root: unknown, path: readonly PathKey[]): unknown {
  let current: unknown = root;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(current, key)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** A short plain description of a value: quoted text (cut if long), a number, or what kind of thing it is. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    const shown = value.length > 60 ? `${value.slice(0, 57)}...` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `a list of ${value.length} item${value.length === 1 ? '' : 's'}`;
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  null: 'null',
  Blob: 'a file',
  nonoptional: 'a value',
};

function hasKey(root: unknown, path: readonly PathKey[]): boolean {
  const parent = valueAt(root, path.slice(0, -1));
  const key = path[path.length - 1];
  return key !== undefined && parent !== null && typeof parent === 'object' && Object.prototype.hasOwnProperty.call(parent, key);
}

function describeIssue(issue: z.core.$ZodIssue, root: unknown): BackupIssue[] {
  const path = formatPath(issue.path);
  const at = place(path);
  const value = valueAt(root, issue.path);
  const missing = value === undefined && issue.path.length > 0 && !hasKey(root, issue.path);
  if (missing && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) return [{ path, message: `${at} is missing` }];
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.expected === 'int' && typeof value === 'number') {
        return [{ path, message: `${at}: ${value} is not a whole number` }];
      }
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      return [{ path, message: `${at} should be ${expected} but is ${describeValue(value)}` }];
    }
    case 'invalid_value': {
      const options = issue.values.map((v) => JSON.stringify(v));
      const wanted = options.length === 1 ? options[0] : `one of ${options.join(', ')}`;
      return [{ path, message: `${at}: ${describeValue(value)} is not allowed here (expected ${wanted})` }];
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const keyPath = formatPath([...issue.path, key]);
        return { path: keyPath, message: `${keyPath} is not a field CoderPath knows (unexpected field "${key}")` };
      });
    case 'too_small':
      if (issue.origin === 'string' && issue.minimum === 1) return [{ path, message: `${at} is empty` }];
      if (issue.origin === 'number') {
        const bound = issue.inclusive ? `${issue.minimum} or more` : `more than ${issue.minimum}`;
        return [{ path, message: `${at}: ${describeValue(value)} is too small (must be ${bound})` }];
      }
      return [{ path, message: `${at}: ${describeValue(value)} is too short` }];
    case 'too_big':
      return [{ path, message: `${at}: ${describeValue(value)} is too big (at most ${String(issue.maximum)})` }];
    case 'invalid_format':
      return [{ path, message: `${at}: ${describeValue(value)} is not in the expected form` }];
    case 'custom':
      // Our refinements carry a plain message that reads after the value ("is not a real date").
      return [{ path, message: `${at}: ${describeValue(value)} ${issue.message}` }];
    default:
      return [{ path, message: `${at}: ${describeValue(value)} is not valid (${issue.message})` }];
  }
}

/** All problems of a failed zod parse, in plain words. `root` is the value that was parsed. */
export function describeZodError(error: z.ZodError, root: unknown): BackupIssue[] {
  return error.issues.flatMap((issue) => describeIssue(issue, root));
}
