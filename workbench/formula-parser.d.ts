// Types for the parts of fast-formula-parser (MIT, no bundled types) the workbench uses.
declare module 'fast-formula-parser' {
  interface CellRef { sheet: string; row: number; col: number }
  interface RangeRef { sheet: string; from: { row: number; col: number }; to: { row: number; col: number } }
  interface Options {
    onCell?: (ref: CellRef) => unknown;
    onRange?: (ref: RangeRef) => unknown[][];
    functions?: Record<string, (...args: unknown[]) => unknown>;
  }
  class FormulaParser {
    constructor(options?: Options);
    parse(formula: string, position: CellRef, allowReturnArray?: boolean): unknown;
  }
  export = FormulaParser;
}
declare module 'fast-formula-parser/formulas/operators' {
  export const Infix: { compareOp(v1: unknown, infix: string, v2: unknown, isArray1: boolean, isArray2: boolean): boolean };
}
