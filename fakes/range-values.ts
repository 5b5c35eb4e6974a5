// Range, part 1: position and contents (values, formulas, display values), with Apps Script's checks.

import { plainTextWrite } from './real-sheets';
import { GasError, GasObject } from './runtime';
import { a1, colToLetters, isDateObject, isIntLike, signatureMessage } from './helpers';
import { Cell, CellDate, CellValue, displayOf, formulaValue, parseTyped } from './values';
import { toInstant, toLocal, fields } from './tz';
import { violates } from './builders';
import type { FakeSheet } from './sheet';
import type { FakeRange } from './range';

const R = 'SpreadsheetApp.Range.';

/** How a JS value becomes a cell; 'typed' parses strings like Sheets does, 'raw' keeps them. */
export type WriteMode = 'typed' | 'raw';

export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export abstract class RangeValues extends GasObject {
  constructor(readonly _sheet: FakeSheet, readonly _row: number, readonly _col: number, readonly _nr: number, readonly _nc: number) {
    super(_sheet.rt, 'Range');
  }

  /** 'Sheet!A1:B2' */
  _ref(): string {
    return `${quoteSheetName(this._sheet.getName())}!${this.getA1Notation()}`;
  }
  _cell(i: number, j: number): Cell | undefined {
    return this._sheet._grid.get(this._row + i, this._col + j);
  }
  _map<T>(fn: (cell: Cell | undefined, i: number, j: number) => T): T[][] {
    const out: T[][] = [];
    for (let i = 0; i < this._nr; i++) {
      const row: T[] = [];
      for (let j = 0; j < this._nc; j++) row.push(fn(this._cell(i, j), i, j));
      out.push(row);
    }
    return out;
  }
  _each(fn: (cell: Cell, i: number, j: number) => void): void {
    for (let i = 0; i < this._nr; i++) for (let j = 0; j < this._nc; j++) fn(this._sheet._grid.ensure(this._row + i, this._col + j), i, j);
  }
  /** Throws Apps Script's dimension errors for a 2-D argument. */
  _check2D(method: string, data: unknown): unknown[][] {
    if (!Array.isArray(data) || data.some((r) => !Array.isArray(r))) throw new GasError(signatureMessage(R + method, [data]));
    if (data.length !== this._nr) {
      throw new GasError(`The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${this._nr}.`);
    }
    for (const row of data as unknown[][]) {
      if (row.length !== this._nc) {
        throw new GasError(`The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${this._nc}.`);
      }
    }
    return data as unknown[][];
  }

  /** What a JS value becomes in this cell; throws for values Apps Script cannot store. */
  _convert(v: unknown, cell: Cell | undefined, mode: WriteMode, where: string): { value: CellValue; formula?: string; autoFormat?: string } {
    if (v === null || v === '') return { value: '' };
    if (typeof v === 'number') return { value: Number.isFinite(v) ? v : String(v) };
    if (typeof v === 'boolean') return { value: v };
    if (isDateObject(v)) {
      const t = v.getTime();
      return Number.isNaN(t) ? { value: 'Invalid Date' } : { value: new CellDate(toLocal(t, this._sheet._ss._tz)) };
    }
    if (typeof v === 'string') {
      if (mode === 'raw') return { value: v };
      if (cell?.format === '@' && !(v.length > 1 && v[0] === '=')) return { value: plainTextWrite(this.rt, v) };
      const year = fields(toLocal(this.rt.nowMs(), this._sheet._ss._tz)).y;
      const parsed = parseTyped(v, cell?.format, year);
      return parsed.formula ? { ...parsed, value: formulaValue(parsed.formula) } : parsed;
    }
    const what = v === undefined ? 'undefined' : typeof v === 'function' ? 'a function' : Array.isArray(v) ? 'an array' : `an ${typeof v}`;
    throw new GasError(`Cannot convert ${what} to a cell value (${where}). Apps Script stores only strings, numbers, booleans, dates and null.`);
  }

  /** Writes a block atomically: every value is converted and checked before any cell changes. */
  _write(data: unknown[][], mode: WriteMode): void {
    const plans = data.map((row, i) => row.map((v, j) => {
      const cell = this._cell(i, j);
      const plan = this._convert(v, cell, mode, `row ${i + 1}, column ${j + 1} of the data`);
      if (cell?.validation && mode === 'typed') {
        const display = displayOf({ ...cell, value: plan.value, format: cell.format ?? plan.autoFormat });
        if (violates(cell.validation, plan.value, display, (t) => toLocal(t, this._sheet._ss._tz))) {
          throw new GasError(`The data you entered in cell ${colToLetters(this._col + j)}${this._row + i} violates the data validation rules set on this cell.`);
        }
      }
      return plan;
    }));
    this._each((cell, i, j) => {
      const p = plans[i][j];
      cell.value = p.value;
      if (p.formula) cell.formula = p.formula;
      else delete cell.formula;
      if (p.autoFormat && cell.format === undefined) cell.format = p.autoFormat;
    });
  }

  _outValue(cell: Cell | undefined): unknown {
    if (!cell) return '';
    const v = cell.value;
    return v instanceof CellDate ? new this.rt.Date(toInstant(v.local, this._sheet._ss._tz)) : v;
  }

  getRow(): number { return this._row; }
  getRowIndex(): number { return this._row; }
  getColumn(): number { return this._col; }
  getLastRow(): number { return this._row + this._nr - 1; }
  getLastColumn(): number { return this._col + this._nc - 1; }
  getNumRows(): number { return this._nr; }
  getNumColumns(): number { return this._nc; }
  getHeight(): number { return this._nr; }
  getWidth(): number { return this._nc; }
  getA1Notation(): string { return a1(this._row, this._col, this._nr, this._nc); }
  getSheet(): FakeSheet { return this._sheet; }
  getGridId(): number { return this._sheet.getSheetId(); }
  isBlank(): boolean { return this._map((c) => !c || (c.value === '' && !c.formula)).every((r) => r.every(Boolean)); }

  getValues(): unknown[][] { return this._map((c) => this._outValue(c)); }
  getValue(): unknown { return this._outValue(this._cell(0, 0)); }
  getDisplayValues(): string[][] { return this._map((c) => displayOf(c)); }
  getDisplayValue(): string { return displayOf(this._cell(0, 0)); }
  getFormulas(): string[][] { return this._map((c) => c?.formula ?? ''); }
  getFormula(): string { return this._cell(0, 0)?.formula ?? ''; }

  setValues(values: unknown[][]): this {
    this._write(this._check2D('setValues', values), 'typed');
    return this;
  }
  setValue(value: unknown): this {
    if (arguments.length === 0) throw new GasError(signatureMessage(R + 'setValue', []));
    this._write(Array.from({ length: this._nr }, () => new Array(this._nc).fill(value)), 'typed');
    return this;
  }
  setFormula(formula: string): this {
    if (typeof formula !== 'string') throw new GasError(signatureMessage(R + 'setFormula', [formula]));
    return this.setValue(formula);
  }
  setFormulas(formulas: string[][]): this {
    const data = this._check2D('setFormulas', formulas);
    if (data.some((r) => r.some((f) => typeof f !== 'string'))) throw new GasError(signatureMessage(R + 'setFormulas', [formulas]));
    this._write(data, 'typed');
    return this;
  }
  clearContent(): this {
    this._each((cell) => { cell.value = ''; delete cell.formula; });
    return this;
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): GasObject {
    const args = [rowOffset, columnOffset, numRows, numColumns].slice(0, arguments.length);
    if (!args.every(isIntLike)) throw new GasError(signatureMessage(R + 'offset', args));
    return this._sheet._range(this._row + Math.trunc(rowOffset), this._col + Math.trunc(columnOffset), numRows ?? this._nr, numColumns ?? this._nc);
  }
  getCell(row: number, column: number): GasObject {
    if (!isIntLike(row) || !isIntLike(column)) throw new GasError(signatureMessage(R + 'getCell', [row, column]));
    if (row < 1 || column < 1 || row > this._nr || column > this._nc) throw new GasError('Cell reference out of range');
    return this._sheet._range(this._row + row - 1, this._col + column - 1, 1, 1);
  }
  activate(): this {
    this._sheet._ss._activate(this._sheet, this as unknown as FakeRange);
    return this;
  }
  activateAsCurrentCell(): this {
    return this.activate();
  }
}
