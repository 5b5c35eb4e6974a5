// One tab of the fake spreadsheet as the page draws it: display text, formats, drop-downs, the
// selection, and the conditional-format highlights.
import type { FakeSheet } from '../test/fakes';
import { a1, colToLetters } from '../test/fakes/helpers';
import { violates } from '../test/fakes/builders';
import { displayOf, type Cell } from '../test/fakes/values';
import type { RuleFormat } from '../test/fakes/rules';
import type { CellView, GridView } from './view';

/** Blank rows and columns shown past the data, as Sheets shows an empty grid to type into. */
const SPARE_ROWS = 15;
const MIN_COLS = 8;
const DEFAULT_WIDTH = 100;

function listOf(cell: Cell | undefined): string[] | undefined {
  const d = cell?.validation?._data;
  if (!d) return undefined;
  if (d.criteria === 'VALUE_IN_LIST') return [...(d.args[0] as string[])];
  if (d.criteria === 'VALUE_IN_RANGE') {
    const range = (d.args[0] as { range: { getDisplayValues(): string[][] } }).range;
    return [...new Set(range.getDisplayValues().flat().filter((v) => v !== ''))];
  }
  return undefined;
}

function styleOf(cell: Cell | undefined, rule: RuleFormat | undefined): CellView['style'] {
  const s: NonNullable<CellView['style']> = {};
  const bg = rule?.background ?? cell?.background;
  if (bg && bg !== '#ffffff') s.background = bg;
  const color = rule?.fontColor ?? cell?.fontColor;
  if (color && color !== '#000000') s.color = color;
  if (rule?.bold ?? cell?.fontWeight === 'bold') s.bold = true;
  if (rule?.italic ?? cell?.fontStyle === 'italic') s.italic = true;
  if (rule?.strikethrough) s.strike = true;
  if (rule?.underline) s.underline = true;
  if (cell?.hAlign) s.align = cell.hAlign;
  return Object.keys(s).length ? s : undefined;
}

function cellView(cell: Cell | undefined, rule: RuleFormat | undefined, tz: (instant: number) => number): CellView {
  const text = displayOf(cell);
  const view: CellView = { text };
  if (cell?.formula) view.input = cell.formula;
  const style = styleOf(cell, rule);
  if (style) view.style = style;
  const list = listOf(cell);
  if (list) view.list = list;
  if (cell?.validation?._data.criteria === 'CHECKBOX') view.checkbox = true;
  if (cell?.validation) {
    if (cell.validation._data.helpText) view.help = cell.validation._data.helpText;
    // A warning-only rule lets the value in; Sheets marks the cell instead.
    const strict = { ...cell.validation, _data: { ...cell.validation._data, allowInvalid: false } } as typeof cell.validation;
    if (cell.value !== '' && violates(strict, cell.value, text, tz)) view.invalid = true;
  }
  if (cell?.note) view.note = cell.note;
  return view;
}

export function gridView(sheet: FakeSheet, highlights: (rows: number, cols: number) => Array<Array<RuleFormat | undefined>>, tz: (instant: number) => number): GridView {
  const g = sheet._grid;
  const active = sheet._active;
  const rows = Math.min(g.maxRows, Math.max(sheet.getLastRow(), active.row + active.numRows - 1) + SPARE_ROWS);
  const cols = Math.min(g.maxCols, Math.max(sheet.getLastColumn(), active.col + active.numCols - 1, MIN_COLS));
  const formats = highlights(rows, cols);
  let highlighted = 0;
  const cells: CellView[][] = [];
  for (let r = 1; r <= rows; r++) {
    const row: CellView[] = [];
    for (let c = 1; c <= cols; c++) {
      const rule = formats[r - 1][c - 1];
      if (rule && (rule.background || rule.fontColor)) highlighted++;
      row.push(cellView(g.get(r, c), rule, tz));
    }
    cells.push(row);
  }
  const widths = Array.from({ length: cols }, (_, i) => (sheet._hiddenCols.has(i + 1) ? 0 : sheet._colWidths.get(i + 1) ?? DEFAULT_WIDTH));
  return {
    sheet: sheet._name, frozenRows: sheet._frozenRows, frozenCols: sheet._frozenCols, rows, cols, maxRows: g.maxRows, widths, cells,
    active: { ...active, a1: a1(active.row, active.col, active.numRows, active.numCols) },
    highlighted,
  };
}

export { colToLetters };
