// Conditional-format highlights as Sheets paints them: each cell takes the format of the first rule
// (in the sheet's order) whose condition holds there; custom formulas are evaluated per cell by a
// real formula engine (fast-formula-parser, MIT), with TODAY() following the workbench's clock.
import FormulaParser from 'fast-formula-parser';
import { Infix } from 'fast-formula-parser/formulas/operators';
import { type FakeSheet, type StoredRule, type RuleFormat, CellDate, displayOf, DAY_MS, SHEETS_EPOCH } from '../fakes';

// In Sheets a blank cell equals "" as well as 0; the engine turns blanks into 0 only, so
// `$U2<>""` would be true on an empty row. Blank beside text compares as "".
const compareOp = Infix.compareOp;
Infix.compareOp = (v1, infix, v2, a1, a2) => {
  if (v1 == null && typeof v2 === 'string') v1 = '';
  if (v2 == null && typeof v1 === 'string') v2 = '';
  return compareOp(v1, infix, v2, a1, a2);
};

/** A cell's value as a formula sees it: dates as serial numbers, blanks as null. */
export function formulaValue(sheet: FakeSheet | undefined, row: number, col: number): unknown {
  const v = sheet?._grid.get(row, col)?.value;
  if (v === undefined || v === '') return null;
  return v instanceof CellDate ? (v.local - SHEETS_EPOCH) / DAY_MS : v;
}

/** Moves the relative parts of every A1 reference by (dr, dc), leaving text in quotes alone. */
export function shiftFormula(formula: string, dr: number, dc: number): string {
  if (dr === 0 && dc === 0) return formula;
  const ref = /(?<![A-Za-z0-9_.$])(\$?)([A-Za-z]{1,3})(\$?)([0-9]+)(?![A-Za-z0-9_(])/g;
  return formula.split('"').map((part, i) => (i % 2 ? part : part.replace(ref, (_m, cAbs: string, col: string, rAbs: string, row: string) => {
    const c = cAbs ? col : lettersOf(numberOf(col) + dc);
    const r = rAbs ? row : String(Number(row) + dr);
    return `${cAbs}${c}${rAbs}${r}`;
  }))).join('"');
}

function numberOf(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}
function lettersOf(n: number): string {
  let s = '';
  for (let x = Math.max(1, n); x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

export interface Clock { today: number; now: number }

/** The serial day number (Sheets' TODAY()) and serial time of an instant in the spreadsheet's zone. */
export function sheetsClock(localMs: number): Clock {
  const now = (localMs - SHEETS_EPOCH) / DAY_MS;
  return { today: Math.floor(now), now };
}

function truthy(v: unknown): boolean {
  if (Array.isArray(v)) return truthy(v[0]?.[0]);
  return v === true || (typeof v === 'number' && v !== 0);
}

const RELATIVE_DAYS: Record<string, number> = { TODAY: 0, TOMORROW: 1, YESTERDAY: -1, PAST_WEEK: -7, PAST_MONTH: -30, PAST_YEAR: -365 };

export class HighlightEvaluator {
  private readonly parser: FormulaParser;
  private readonly memo = new Map<string, boolean>();

  constructor(private readonly sheetOf: (name: string) => FakeSheet | undefined, private readonly clock: Clock, private readonly tzLocal: (instant: number) => number) {
    this.parser = new FormulaParser({
      onCell: (ref) => formulaValue(this.sheetOf(ref.sheet), ref.row, ref.col),
      onRange: (ref) => {
        const out: unknown[][] = [];
        const sheet = this.sheetOf(ref.sheet);
        const lastRow = Math.min(ref.to.row, sheet?._grid.maxRows ?? 0);
        const lastCol = Math.min(ref.to.col, sheet?._grid.maxCols ?? 0);
        for (let r = ref.from.row; r <= lastRow; r++) {
          const row: unknown[] = [];
          for (let c = ref.from.col; c <= lastCol; c++) row.push(formulaValue(sheet, r, c));
          out.push(row);
        }
        return out;
      },
      functions: { TODAY: () => clock.today, NOW: () => clock.now },
    });
  }

  /** The format each shown cell gets from the sheet's rules (undefined where no rule applies). */
  formats(sheet: FakeSheet, rows: number, cols: number): Array<Array<RuleFormat | undefined>> {
    const out: Array<Array<RuleFormat | undefined>> = Array.from({ length: rows }, () => new Array(cols).fill(undefined));
    for (const rule of sheet._rules) {
      for (const g of rule.grids) {
        for (let r = g.row; r < Math.min(g.row + g.numRows, rows + 1); r++) {
          for (let c = g.col; c < Math.min(g.col + g.numCols, cols + 1); c++) {
            if (out[r - 1][c - 1] === undefined && this.holds(sheet, rule, r, c, g.row, g.col)) out[r - 1][c - 1] = rule.format;
          }
        }
      }
    }
    return out;
  }

  private holds(sheet: FakeSheet, rule: StoredRule, r: number, c: number, top: number, left: number): boolean {
    const cell = sheet._grid.get(r, c);
    const value = formulaValue(sheet, r, c);
    const text = displayOf(cell);
    const nums = rule.args.filter((a): a is number => typeof a === 'number');
    const arg = String(rule.args[0] ?? '').toLowerCase();
    switch (rule.criteria) {
      case 'CUSTOM_FORMULA': return this.formula(sheet._name, String(rule.args[0] ?? ''), r, c, r - top, c - left);
      case 'CELL_EMPTY': return value === null;
      case 'CELL_NOT_EMPTY': return value !== null;
      case 'TEXT_CONTAINS': return text.toLowerCase().includes(arg);
      case 'TEXT_DOES_NOT_CONTAIN': return !text.toLowerCase().includes(arg);
      case 'TEXT_EQUAL_TO': return text.toLowerCase() === arg;
      case 'TEXT_NOT_EQUAL_TO': return text.toLowerCase() !== arg;
      case 'TEXT_STARTS_WITH': return text.toLowerCase().startsWith(arg);
      case 'TEXT_ENDS_WITH': return text.toLowerCase().endsWith(arg);
    }
    if (typeof value !== 'number') return false;
    switch (rule.criteria) {
      case 'NUMBER_EQUAL_TO': return value === nums[0];
      case 'NUMBER_NOT_EQUAL_TO': return value !== nums[0];
      case 'NUMBER_GREATER_THAN': return value > nums[0];
      case 'NUMBER_GREATER_THAN_OR_EQUAL_TO': return value >= nums[0];
      case 'NUMBER_LESS_THAN': return value < nums[0];
      case 'NUMBER_LESS_THAN_OR_EQUAL_TO': return value <= nums[0];
      case 'NUMBER_BETWEEN': return value >= nums[0] && value <= nums[1];
      case 'NUMBER_NOT_BETWEEN': return value < nums[0] || value > nums[1];
    }
    if (!(cell?.value instanceof CellDate)) return false;
    const day = Math.floor(value);
    const target = this.dayOf(rule.args[0]);
    if (target === null) return false;
    switch (rule.criteria.replace(/_RELATIVE$/, '')) {
      case 'DATE_EQUAL_TO': return day === target;
      case 'DATE_NOT_EQUAL_TO': return day !== target;
      case 'DATE_BEFORE': return day < target;
      case 'DATE_AFTER': return day > target;
      default: return false;
    }
  }

  private dayOf(arg: unknown): number | null {
    if (arg && typeof arg === 'object' && 'date' in arg) return Math.floor((this.tzLocal((arg as { date: number }).date) - SHEETS_EPOCH) / DAY_MS);
    if (arg && typeof arg === 'object' && 'relative' in arg) {
      const days = RELATIVE_DAYS[(arg as { relative: string }).relative];
      return days === undefined ? null : this.clock.today + days;
    }
    return null;
  }

  private formula(sheetName: string, formula: string, r: number, c: number, dr: number, dc: number): boolean {
    const shifted = shiftFormula(formula.replace(/^=/, ''), dr, dc);
    // Per-row rules give the same text across a row: evaluate once. ROW()/COLUMN() depend on the cell.
    const key = /\b(ROW|COLUMN)\s*\(/i.test(shifted) ? `${sheetName}\u0000${r},${c}\u0000${shifted}` : `${sheetName}\u0000${shifted}`;
    let result = this.memo.get(key);
    if (result === undefined) {
      try {
        result = truthy(this.parser.parse(shifted, { sheet: sheetName, row: r, col: c }));
      } catch {
        result = false; // Sheets ignores a rule whose formula it cannot evaluate
      }
      this.memo.set(key, result);
    }
    return result;
  }
}
