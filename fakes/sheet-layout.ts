// Sheet, part 1: its shape. Inserting, deleting and moving rows or columns carries cells, widths,
// hidden flags, frozen counts and conditional-format ranges along, as Sheets does.

import { GasError, GasObject, Runtime } from './runtime';
import { isIntLike, signatureMessage } from './helpers';
import { Axis, Grid, GridRange, IndexMap, deleteMap, insertMap, moveMap, remapKeys, remapRange } from './grid';
import type { CriteriaArg } from './builders';
import type { RuleFormat } from './rules';
import type { FakeSpreadsheet } from './spreadsheet';
import { shiftFormulaRows } from './real-sheets';

/** A custom-formula rule whose range moved by `delta` rows: its relative references move along. */
function followRows(rt: Runtime, r: StoredRule, delta: number): StoredRule {
  if (delta === 0 || r.criteria !== 'CUSTOM_FORMULA' || !rt.assume.ruleFormulaFollowsRows || typeof r.args[0] !== 'string') return r;
  return { ...r, args: [shiftFormulaRows(r.args[0], delta), ...r.args.slice(1)] };
}

const S = 'SpreadsheetApp.Sheet.';

export interface StoredRule { criteria: string; args: CriteriaArg[]; format: RuleFormat; grids: GridRange[] }

export abstract class SheetLayout extends GasObject {
  _grid: Grid;
  _frozenRows = 0;
  _frozenCols = 0;
  _colWidths = new Map<number, number>();
  _rowHeights = new Map<number, number>();
  _hiddenCols = new Map<number, true>();
  _hiddenRows = new Map<number, true>();
  _rules: StoredRule[] = [];
  _active: GridRange = { row: 1, col: 1, numRows: 1, numCols: 1 };

  constructor(rt: Runtime, readonly _ss: FakeSpreadsheet, public _name: string, readonly _id: number, rows = 1000, cols = 26) {
    super(rt, 'Sheet');
    this._grid = new Grid(rows, cols);
  }

  _ints(method: string, args: unknown[], min = 1): number[] {
    if (!args.every(isIntLike)) throw new GasError(signatureMessage(S + method, args));
    const out = (args as number[]).map(Math.trunc);
    if (out.some((n) => n < min)) throw new GasError(`Those ${method.toLowerCase().includes('column') ? 'columns' : 'rows'} are out of bounds.`);
    return out;
  }

  /** Applies an index remapping to everything indexed by row or column. */
  private _remap(axis: Axis, map: IndexMap): void {
    if (axis === 'col') {
      this._colWidths = remapKeys(this._colWidths, map);
      this._hiddenCols = remapKeys(this._hiddenCols, map);
    } else {
      this._rowHeights = remapKeys(this._rowHeights, map);
      this._hiddenRows = remapKeys(this._hiddenRows, map);
    }
    this._rules = this._rules
      .map((r) => {
        const moved = { ...r, grids: r.grids.map((g) => remapRange(g, axis, map)).filter((g): g is GridRange => g !== null) };
        return axis === 'row' && moved.grids.length > 0 ? followRows(this.rt, moved, moved.grids[0].row - r.grids[0].row) : moved;
      })
      .filter((r) => r.grids.length > 0);
    this._active = remapRange(this._active, axis, map) ?? { row: 1, col: 1, numRows: 1, numCols: 1 };
  }

  private _insert(axis: Axis, at: number, n: number, inheritFrom: number | undefined): this {
    const max = axis === 'row' ? this._grid.maxRows : this._grid.maxCols;
    if (at > max + 1) throw new GasError(`Those ${axis === 'row' ? 'rows' : 'columns'} are out of bounds.`);
    if (axis === 'row') this._grid.insertRows(at, n, inheritFrom);
    else this._grid.insertCols(at, n, inheritFrom);
    this._remap(axis, insertMap(at, n));
    if (axis === 'row' && at <= this._frozenRows) this._frozenRows += n;
    if (axis === 'col' && at <= this._frozenCols) this._frozenCols += n;
    return this;
  }

  private _delete(axis: Axis, start: number, n: number): this {
    const max = axis === 'row' ? this._grid.maxRows : this._grid.maxCols;
    const word = axis === 'row' ? 'rows' : 'columns';
    if (start + n - 1 > max) throw new GasError(`Those ${word} are out of bounds.`);
    const frozen = axis === 'row' ? this._frozenRows : this._frozenCols;
    const frozenGone = Math.max(0, Math.min(frozen, start + n - 1) - start + 1);
    if (n >= max - frozen + frozenGone) throw new GasError(`Sorry, it is not possible to delete all non-frozen ${word}.`);
    if (axis === 'row') this._grid.deleteRows(start, n);
    else this._grid.deleteCols(start, n);
    this._remap(axis, deleteMap(start, n));
    if (axis === 'row') this._frozenRows -= frozenGone;
    else this._frozenCols -= frozenGone;
    return this;
  }

  insertColumnAfter(after: number): this { const [a] = this._ints('insertColumnAfter', [after]); return this._insert('col', a + 1, 1, a); }
  insertColumnsAfter(after: number, howMany: number): this { const [a, n] = this._ints('insertColumnsAfter', [after, howMany]); return this._insert('col', a + 1, n, a); }
  insertColumnBefore(before: number): this { const [b] = this._ints('insertColumnBefore', [before]); return this._insert('col', b, 1, b + 1); }
  insertColumnsBefore(before: number, howMany: number): this { const [b, n] = this._ints('insertColumnsBefore', [before, howMany]); return this._insert('col', b, n, b + n); }
  /** insertColumns(index, n?): plain columns, no formats inherited. */
  insertColumns(index: number, howMany?: number): void { const [i, n = 1] = this._ints('insertColumns', [index, howMany].slice(0, arguments.length)); this._insert('col', i, n, undefined); }
  insertRowAfter(after: number): this { const [a] = this._ints('insertRowAfter', [after]); return this._insert('row', a + 1, 1, a); }
  insertRowsAfter(after: number, howMany: number): this { const [a, n] = this._ints('insertRowsAfter', [after, howMany]); return this._insert('row', a + 1, n, a); }
  insertRowBefore(before: number): this { const [b] = this._ints('insertRowBefore', [before]); return this._insert('row', b, 1, b + 1); }
  insertRowsBefore(before: number, howMany: number): this { const [b, n] = this._ints('insertRowsBefore', [before, howMany]); return this._insert('row', b, n, b + n); }
  insertRows(index: number, howMany?: number): void { const [i, n = 1] = this._ints('insertRows', [index, howMany].slice(0, arguments.length)); this._insert('row', i, n, undefined); }

  deleteColumn(position: number): this { const [p] = this._ints('deleteColumn', [position]); return this._delete('col', p, 1); }
  deleteColumns(position: number, howMany: number): void { const [p, n] = this._ints('deleteColumns', [position, howMany]); this._delete('col', p, n); }
  deleteRow(position: number): this { const [p] = this._ints('deleteRow', [position]); return this._delete('row', p, 1); }
  deleteRows(position: number, howMany: number): void { const [p, n] = this._ints('deleteRows', [position, howMany]); this._delete('row', p, n); }

  /** moveColumns(columnSpec, destinationIndex): the index counts columns as they were before the move. */
  moveColumns(columnSpec: GasObject, destinationIndex: number): void {
    const r = this._spec('moveColumns', columnSpec, destinationIndex);
    const [start, n] = [r._col, r._nc];
    if (destinationIndex < 1 || destinationIndex > this._grid.maxCols + 1) throw new GasError('Those columns are out of bounds.');
    if (destinationIndex >= start && destinationIndex <= start + n) return;
    this._grid.moveCols(start, n, destinationIndex);
    this._remap('col', moveMap(start, n, destinationIndex));
  }
  moveRows(rowSpec: GasObject, destinationIndex: number): void {
    const r = this._spec('moveRows', rowSpec, destinationIndex);
    const [start, n] = [r._row, r._nr];
    if (destinationIndex < 1 || destinationIndex > this._grid.maxRows + 1) throw new GasError('Those rows are out of bounds.');
    if (destinationIndex >= start && destinationIndex <= start + n) return;
    this._grid.moveRows(start, n, destinationIndex);
    this._remap('row', moveMap(start, n, destinationIndex));
  }
  private _spec(method: string, spec: GasObject, dest: number): { _row: number; _col: number; _nr: number; _nc: number } {
    const r = spec as unknown as { _sheet: unknown; _row: number; _col: number; _nr: number; _nc: number };
    if (!spec || spec.gasType !== 'Range' || !isIntLike(dest)) throw new GasError(signatureMessage(S + method, [spec, dest]));
    if (r._sheet !== this) throw new GasError('The range must be on the same sheet.');
    return r;
  }

  getMaxRows(): number { return this._grid.maxRows; }
  getMaxColumns(): number { return this._grid.maxCols; }
  getLastRow(): number { return this._grid.lastRow(); }
  getLastColumn(): number { return this._grid.lastCol(); }

  getFrozenRows(): number { return this._frozenRows; }
  getFrozenColumns(): number { return this._frozenCols; }
  setFrozenRows(rows: number): void {
    const [n] = this._ints('setFrozenRows', [rows], 0);
    if (n >= this._grid.maxRows) throw new GasError("You can't freeze all visible rows on the sheet.");
    this._frozenRows = n;
  }
  setFrozenColumns(columns: number): void {
    const [n] = this._ints('setFrozenColumns', [columns], 0);
    if (n >= this._grid.maxCols) throw new GasError("You can't freeze all visible columns on the sheet.");
    this._frozenCols = n;
  }

  getColumnWidth(col: number): number { const [c] = this._ints('getColumnWidth', [col]); return this._colWidths.get(c) ?? 100; }
  setColumnWidth(col: number, width: number): this { const [c, w] = this._ints('setColumnWidth', [col, width], 0); this._colWidths.set(c, w); return this; }
  setColumnWidths(start: number, num: number, width: number): this {
    const [s, n, w] = this._ints('setColumnWidths', [start, num, width], 0);
    for (let c = s; c < s + n; c++) this._colWidths.set(c, w);
    return this;
  }
  getRowHeight(row: number): number { const [r] = this._ints('getRowHeight', [row]); return this._rowHeights.get(r) ?? 21; }
  setRowHeight(row: number, height: number): this { const [r, h] = this._ints('setRowHeight', [row, height], 0); this._rowHeights.set(r, h); return this; }
  setRowHeights(start: number, num: number, height: number): this {
    const [s, n, h] = this._ints('setRowHeights', [start, num, height], 0);
    for (let r = s; r < s + n; r++) this._rowHeights.set(r, h);
    return this;
  }
  hideColumns(col: number, num?: number): void { const [c, n = 1] = this._ints('hideColumns', [col, num].slice(0, arguments.length)); for (let i = c; i < c + n; i++) this._hiddenCols.set(i, true); }
  showColumns(col: number, num?: number): void { const [c, n = 1] = this._ints('showColumns', [col, num].slice(0, arguments.length)); for (let i = c; i < c + n; i++) this._hiddenCols.delete(i); }
  isColumnHiddenByUser(col: number): boolean { return this._hiddenCols.has(this._ints('isColumnHiddenByUser', [col])[0]); }
  hideRows(row: number, num?: number): void { const [r, n = 1] = this._ints('hideRows', [row, num].slice(0, arguments.length)); for (let i = r; i < r + n; i++) this._hiddenRows.set(i, true); }
  showRows(row: number, num?: number): void { const [r, n = 1] = this._ints('showRows', [row, num].slice(0, arguments.length)); for (let i = r; i < r + n; i++) this._hiddenRows.delete(i); }
  isRowHiddenByUser(row: number): boolean { return this._hiddenRows.has(this._ints('isRowHiddenByUser', [row])[0]); }
}
