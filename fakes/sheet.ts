// Sheet, part 2: ranges (with Apps Script's bounds errors), names, sorting, selection and
// conditional-format rules.

import { GasError, GasObject } from './runtime';
import { isIntLike, normalizeColor, parseA1, signatureMessage } from './helpers';
import { GridRange } from './grid';
import { ConditionalFormatRule } from './rules';
import { spellFormula } from './real-sheets';
import { FakeRange } from './range';
import { SheetLayout } from './sheet-layout';

const S = 'SpreadsheetApp.Sheet.';

export class FakeSheet extends SheetLayout {
  _tabColor: string | null = null;
  _hidden = false;

  /** A range with Apps Script's checks on its coordinates. */
  _range(row: number, col: number, numRows = 1, numCols = 1): FakeRange {
    if (row < 1) throw new GasError('The starting row of the range is too small.');
    if (col < 1) throw new GasError('The starting column of the range is too small.');
    if (numRows < 1) throw new GasError('The number of rows in the range must be at least 1.');
    if (numCols < 1) throw new GasError('The number of columns in the range must be at least 1.');
    if (row + numRows - 1 > this._grid.maxRows || col + numCols - 1 > this._grid.maxCols) {
      throw new GasError('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return new FakeRange(this, row, col, numRows, numCols);
  }
  _rangeA1(text: string): FakeRange {
    const ref = parseA1(text);
    if (!ref) throw new GasError('Range not found');
    const row1 = ref.row1 ?? 1;
    const col1 = ref.col1 ?? 1;
    const row2 = ref.row2 ?? this._grid.maxRows;
    const col2 = ref.col2 ?? this._grid.maxCols;
    const [r1, r2] = [Math.min(row1, row2), Math.max(row1, row2)];
    const [c1, c2] = [Math.min(col1, col2), Math.max(col1, col2)];
    return this._range(r1, c1, r2 - r1 + 1, c2 - c1 + 1);
  }

  getName(): string { return this._name; }
  getSheetName(): string { return this._name; }
  setName(name: string): this {
    if (typeof name !== 'string') throw new GasError(signatureMessage(S + 'setName', [name]));
    this._ss._checkNewName(name, this);
    this._name = name;
    return this;
  }
  getSheetId(): number { return this._id; }
  getIndex(): number { return this._ss._sheets.indexOf(this) + 1; }
  getParent(): GasObject { return this._ss; }

  getRange(a: unknown, b?: unknown, c?: unknown, d?: unknown): FakeRange {
    const args = [a, b, c, d].slice(0, arguments.length);
    if (args.length === 1 && typeof a === 'string') {
      const ref = parseA1(a);
      if (ref?.sheetName !== undefined && ref.sheetName !== this._name) return this._ss._rangeA1(a);
      return this._rangeA1(a.includes('!') ? a.slice(a.lastIndexOf('!') + 1) : a);
    }
    if (args.length < 2 || !args.every(isIntLike)) throw new GasError(signatureMessage(S + 'getRange', args));
    const [row, col, nr = 1, nc = 1] = (args as number[]).map(Math.trunc);
    return this._range(row, col, nr, nc);
  }
  getDataRange(): FakeRange {
    return this._range(1, 1, Math.max(1, this._grid.lastRow()), Math.max(1, this._grid.lastCol()));
  }

  appendRow(rowContents: unknown[]): this {
    if (!Array.isArray(rowContents)) throw new GasError(signatureMessage(S + 'appendRow', [rowContents]));
    if (rowContents.length === 0) return this;
    const row = this._grid.lastRow() + 1;
    if (row > this._grid.maxRows) this.insertRowsAfter(this._grid.maxRows, 1);
    if (rowContents.length > this._grid.maxCols) this.insertColumnsAfter(this._grid.maxCols, rowContents.length - this._grid.maxCols);
    new FakeRange(this, row, 1, 1, rowContents.length)._write([rowContents], 'typed');
    return this;
  }

  /** Sheet.sort: every row below the frozen ones, by one column; rows keep all their cells' state. */
  sort(columnPosition: number, ascending?: boolean): this {
    if (!isIntLike(columnPosition) || (ascending !== undefined && typeof ascending !== 'boolean')) {
      throw new GasError(signatureMessage(S + 'sort', [columnPosition, ascending].slice(0, arguments.length)));
    }
    if (columnPosition < 1 || columnPosition > this._grid.maxCols) throw new GasError('Those columns are out of bounds.');
    const last = this._grid.lastRow();
    if (last > this._frozenRows) this._grid.sortRows(this._frozenRows + 1, last, columnPosition, ascending ?? true);
    return this;
  }

  clear(): this { this.getRange(1, 1, this._grid.maxRows, this._grid.maxCols).clear(); return this; }
  clearContents(): this { this.getRange(1, 1, this._grid.maxRows, this._grid.maxCols).clearContent(); return this; }
  clearFormats(): this { this.getRange(1, 1, this._grid.maxRows, this._grid.maxCols).clearFormat(); return this; }
  clearNotes(): this { this.getRange(1, 1, this._grid.maxRows, this._grid.maxCols).clearNote(); return this; }

  activate(): this { this._ss._activate(this, null); return this; }
  getActiveRange(): FakeRange { const a = this._active; return new FakeRange(this, a.row, a.col, a.numRows, a.numCols); }
  getActiveCell(): FakeRange { const a = this._active; return new FakeRange(this, a.row, a.col, 1, 1); }
  setActiveRange(range: FakeRange): FakeRange {
    if (!(range instanceof FakeRange)) throw new GasError(signatureMessage(S + 'setActiveRange', [range]));
    if (range._sheet !== this) throw new GasError('The range must be on the active sheet.');
    this._ss._activate(this, range);
    return range;
  }
  setActiveSelection(range: FakeRange | string): FakeRange {
    return this.setActiveRange(typeof range === 'string' ? this._rangeA1(range) : range);
  }
  setCurrentCell(cell: FakeRange): FakeRange { return this.setActiveRange(cell); }

  getConditionalFormatRules(): ConditionalFormatRule[] {
    return this._rules.map((r) => new ConditionalFormatRule(this.rt, {
      criteria: r.criteria, args: r.criteria === 'CUSTOM_FORMULA' ? r.args.map((a) => (typeof a === 'string' ? spellFormula(this.rt, a) : a)) : [...r.args], format: { ...r.format },
      ranges: r.grids.map((g) => new FakeRange(this, g.row, g.col, g.numRows, g.numCols)),
    }));
  }
  setConditionalFormatRules(rules: ConditionalFormatRule[]): void {
    if (!Array.isArray(rules) || rules.some((r) => !(r instanceof ConditionalFormatRule))) {
      throw new GasError(signatureMessage(S + 'setConditionalFormatRules', [rules]));
    }
    this._rules = rules.map((rule) => {
      const d = rule._data;
      if (d.ranges.length === 0) throw new GasError('A conditional format rule must have at least one range.');
      const grids: GridRange[] = d.ranges.map((g) => {
        if (g._sheet !== this) throw new GasError('The ranges of a conditional format rule must be on the sheet it is added to.');
        return { row: g._row, col: g._col, numRows: g._nr, numCols: g._nc };
      });
      return { criteria: d.criteria, args: [...d.args], format: { ...d.format }, grids };
    });
  }
  clearConditionalFormatRules(): void { this._rules = []; }

  getFilter(): null { return null; }
  getTabColor(): string | null { return this._tabColor; }
  setTabColor(color: string | null): this {
    if (color !== null && typeof color !== 'string') throw new GasError(signatureMessage(S + 'setTabColor', [color]));
    this._tabColor = color === null ? null : normalizeColor(color, '');
    return this;
  }
  isSheetHidden(): boolean { return this._hidden; }
  hideSheet(): this {
    if (this._ss._sheets.filter((s) => !s._hidden).length <= 1) throw new GasError("You can't hide all the sheets in a document.");
    this._hidden = true;
    return this;
  }
  showSheet(): this { this._hidden = false; return this; }
}
