// One tab of the fake spreadsheet as the page draws it: display text, formats, drop-downs, the
// selection, the conditional-format highlights, and the embedded charts.
import { type FakeSheet, a1, colToLetters, violates, displayOf, type Cell, type RuleFormat } from '../fakes';
import { chartViews } from './charts';
import type { CellView, ChartView, GridView } from './view';

/** Blank rows and columns shown past the data, as Sheets shows an empty grid to type into. */
const SPARE_ROWS = 15;
const MIN_COLS = 8;
const DEFAULT_WIDTH = 100;
/** The page draws every row this high (workbench/page/grid-view.ts). */
const ROW_PX = 22;

/** The last row and column a chart covers, so the grid shows the cells it floats over. */
function chartReach(sheet: FakeSheet, c: ChartView): { row: number; col: number } {
  let col = c.anchorCol;
  for (let px = c.offsetX + c.width - (sheet._colWidths.get(col) ?? DEFAULT_WIDTH); px > 0 && col < sheet._grid.maxCols; ) {
    col++;
    px -= sheet._hiddenCols.has(col) ? 0 : sheet._colWidths.get(col) ?? DEFAULT_WIDTH;
  }
  return { row: c.anchorRow + Math.ceil((c.offsetY + c.height) / ROW_PX), col };
}

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
  const charts = chartViews(sheet);
  const reach = charts.map((c) => chartReach(sheet, c));
  const rows = Math.min(g.maxRows, Math.max(sheet.getLastRow() + SPARE_ROWS, active.row + active.numRows - 1 + SPARE_ROWS, ...reach.map((r) => r.row)));
  const cols = Math.min(g.maxCols, Math.max(sheet.getLastColumn(), active.col + active.numCols - 1, MIN_COLS, ...reach.map((r) => r.col)));
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
    charts,
  };
}

export { colToLetters };
