/**
 * The part of papaparse the app uses: parsing and writing CSV text in memory. Declared here instead of
 * @types/papaparse, whose declarations reference Node's types (streams), which would put Node globals into shared/
 * and the renderer, where the compiler is to keep them out.
 */
declare module 'papaparse' {
  export interface ParseError {
    type: string;
    code: string;
    message: string;
    row?: number;
  }
  export interface ParseMeta {
    delimiter: string;
    linebreak: string;
    aborted: boolean;
    truncated: boolean;
    cursor: number;
    fields?: string[];
  }
  export interface ParseResult<T> {
    data: T[];
    errors: ParseError[];
    meta: ParseMeta;
  }
  /** What `step` gets for each row: one row's data. */
  export interface ParseStepResult<T> {
    data: T;
    errors: ParseError[];
    meta: ParseMeta;
  }
  export interface Parser {
    abort(): void;
    pause(): void;
    resume(): void;
  }
  export interface ParseConfig<T> {
    delimiter?: string;
    newline?: string;
    quoteChar?: string;
    escapeChar?: string;
    header?: boolean;
    skipEmptyLines?: boolean | 'greedy';
    comments?: false | string;
    step?: (result: ParseStepResult<T>, parser: Parser) => void;
  }
  export interface UnparseConfig {
    quotes?: boolean | boolean[];
    quoteChar?: string;
    escapeChar?: string;
    delimiter?: string;
    header?: boolean;
    newline?: string;
    skipEmptyLines?: boolean | 'greedy';
    columns?: string[];
    escapeFormulae?: boolean | RegExp;
  }
  export function parse<T = unknown>(input: string, config?: ParseConfig<T>): ParseResult<T>;
  export function unparse(data: unknown[] | { fields: string[]; data: unknown[][] }, config?: UnparseConfig): string;
  const Papa: { parse: typeof parse; unparse: typeof unparse };
  export default Papa;
}
