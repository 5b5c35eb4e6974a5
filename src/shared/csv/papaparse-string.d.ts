// papaparse's own typings reference Node's types, which would let Buffer and
// process type-check in src/shared; this covers only the string parsing we use.
export interface ParseError { type: string; code: string; message: string; row?: number; index?: number }
export interface ParseMeta { delimiter: string; linebreak: string; aborted: boolean; truncated: boolean; cursor: number }
export interface ParseResult<T> { data: T; errors: ParseError[]; meta: ParseMeta }
export interface Parser { abort(): void; pause(): void; resume(): void }
export interface ParseConfig<T> { delimiter?: string; newline?: string; quoteChar?: string; header?: false; preview?: number; skipEmptyLines?: boolean | 'greedy'; step?(result: ParseResult<T>, parser: Parser): void }
declare const Papa: { parse<T = string[]>(text: string, config?: ParseConfig<T>): ParseResult<T[]> };
export default Papa;
