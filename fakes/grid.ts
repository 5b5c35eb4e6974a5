// A sheet's cells as a sparse grid whose rows and columns can be inserted, deleted, moved and sorted,
// carrying every cell's state with it, as Sheets does. Indices are 1-based like Apps Script.

import { Cell, CellDate, FORMAT_KEYS, hasContent } from './values';

export interface GridRange { row: number; col: number; numRows: number; numCols: number }
export type Axis = 'row' | 'col';
/** Where an old row/column index ends up after an edit, or null when it was deleted. */
export type IndexMap = (i: number) => number | null;

export function insertMap(at: number, n: number): IndexMap {
  return (i) => (i >= at ? i + n : i);
}
export function deleteMap(start: number, n: number): IndexMap {
  return (i) => (i < start ? i : i < start + n ? null : i - n);
}
/** Moving [start, start+n) to sit before old index `dest`. */
export function moveMap(start: number, n: number, dest: number): IndexMap {
  return (i) => {
    if (dest > start) {
      if (i >= start && i < start + n) return dest - n + (i - start);
      if (i >= start + n && i < dest) return i - n;
      return i;
    }
    if (i >= start && i < start + n) return dest + (i - start);
    if (i >= dest && i < start) return i + n;
    return i;
  };
}

/** A range after an edit: it grows when cells are inserted inside, shrinks or vanishes when deleted. */
export function remapRange(g: GridRange, axis: Axis, map: IndexMap): GridRange | null {
  const start = axis === 'row' ? g.row : g.col;
  const len = axis === 'row' ? g.numRows : g.numCols;
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = start; i < start + len; i++) {
    const j = map(i);
    if (j !== null) { lo = Math.min(lo, j); hi = Math.max(hi, j); }
  }
  if (lo === Infinity) return null;
  return axis === 'row' ? { ...g, row: lo, numRows: hi - lo + 1 } : { ...g, col: lo, numCols: hi - lo + 1 };
}

export function remapKeys<T>(m: Map<number, T>, map: IndexMap): Map<number, T> {
  const out = new Map<number, T>();
  for (const [k, v] of m) {
    const j = map(k);
    if (j !== null) out.set(j, v);
  }
  return out;
}

function formatsOf(cell: Cell | undefined): Cell | undefined {
  if (!cell) return undefined;
  const out: Cell = { value: '' };
  let any = false;
  for (const k of [...FORMAT_KEYS, 'validation'] as const) {
    if (cell[k] !== undefined) { (out as unknown as Record<string, unknown>)[k] = cell[k]; any = true; }
  }
  return any ? out : undefined;
}

export class Grid {
  private rows: Array<Array<Cell | undefined> | undefined> = [];
  constructor(public maxRows: number, public maxCols: number) {}

  get(r: number, c: number): Cell | undefined {
    return this.rows[r - 1]?.[c - 1];
  }
  ensure(r: number, c: number): Cell {
    const row = (this.rows[r - 1] ??= []);
    return (row[c - 1] ??= { value: '' });
  }
  set(r: number, c: number, cell: Cell | undefined): void {
    if (!cell && !this.rows[r - 1]) return;
    (this.rows[r - 1] ??= [])[c - 1] = cell;
  }

  /** New rows start at index `at`; `inheritFrom` (new numbering) lends them its formats and validations. */
  insertRows(at: number, n: number, inheritFrom?: number): void {
    if (this.rows.length >= at) this.rows.splice(at - 1, 0, ...new Array<undefined>(n));
    this.maxRows += n;
    const src = inheritFrom ? this.rows[inheritFrom - 1] : undefined;
    if (!src) return;
    for (let r = at; r < at + n; r++) {
      const row: Array<Cell | undefined> = [];
      src.forEach((cell, i) => { row[i] = formatsOf(cell); });
      this.rows[r - 1] = row;
    }
  }
  insertCols(at: number, n: number, inheritFrom?: number): void {
    for (const row of this.rows) {
      if (!row) continue;
      if (row.length >= at) row.splice(at - 1, 0, ...new Array<undefined>(n));
      const src = inheritFrom ? formatsOf(row[inheritFrom - 1]) : undefined;
      if (src) for (let c = at; c < at + n; c++) row[c - 1] = { ...src };
    }
    this.maxCols += n;
  }
  deleteRows(start: number, n: number): void {
    if (this.rows.length >= start) this.rows.splice(start - 1, n);
    this.maxRows -= n;
  }
  deleteCols(start: number, n: number): void {
    for (const row of this.rows) if (row && row.length >= start) row.splice(start - 1, n);
    this.maxCols -= n;
  }
  moveRows(start: number, n: number, dest: number): void {
    const map = moveMap(start, n, dest);
    const out: typeof this.rows = [];
    for (let r = 1; r <= this.maxRows; r++) if (this.rows[r - 1]) out[map(r)! - 1] = this.rows[r - 1];
    this.rows = out;
  }
  moveCols(start: number, n: number, dest: number): void {
    const map = moveMap(start, n, dest);
    this.rows = this.rows.map((row) => {
      if (!row) return row;
      const out: Array<Cell | undefined> = [];
      row.forEach((cell, i) => { if (cell) out[map(i + 1)! - 1] = cell; });
      return out;
    });
  }

  lastRow(): number {
    for (let r = Math.min(this.rows.length, this.maxRows); r >= 1; r--) {
      if (this.rows[r - 1]?.some(hasContent)) return r;
    }
    return 0;
  }
  lastCol(): number {
    let last = 0;
    for (const row of this.rows) {
      if (!row) continue;
      for (let c = row.length; c > last; c--) if (hasContent(row[c - 1])) { last = c; break; }
    }
    return Math.min(last, this.maxCols);
  }

  /** Reorders rows [from, to] by a column the way Sheets sorts: numbers and dates, text, booleans; blanks last. */
  sortRows(from: number, to: number, col: number, ascending: boolean): void {
    const block = [];
    for (let r = from; r <= to; r++) block.push(this.rows[r - 1]);
    const keyed = block.map((row, i) => ({ row, i, cell: row?.[col - 1] }));
    keyed.sort((a, b) => {
      const ea = !hasContent(a.cell);
      const eb = !hasContent(b.cell);
      if (ea || eb) return ea === eb ? a.i - b.i : ea ? 1 : -1;
      const c = compareValues(a.cell!, b.cell!);
      return (ascending ? c : -c) || a.i - b.i;
    });
    keyed.forEach((k, i) => { this.rows[from - 1 + i] = k.row; });
  }

  /** Every stored cell, for JSON; positions are 1-based. */
  *entries(): Generator<[number, number, Cell]> {
    for (let r = 1; r <= Math.min(this.rows.length, this.maxRows); r++) {
      const row = this.rows[r - 1];
      if (!row) continue;
      for (let c = 1; c <= Math.min(row.length, this.maxCols); c++) if (row[c - 1]) yield [r, c, row[c - 1]!];
    }
  }
}

function rank(v: Cell['value']): number {
  return typeof v === 'number' || v instanceof CellDate ? 0 : typeof v === 'string' ? 1 : 2;
}

function compareValues(a: Cell, b: Cell): number {
  const [va, vb] = [a.value, b.value];
  if (rank(va) !== rank(vb)) return rank(va) - rank(vb);
  const num = (v: Cell['value']) => (v instanceof CellDate ? v.local / 86400000 + 25569 : Number(v));
  if (rank(va) === 1) return String(va).toLowerCase().localeCompare(String(vb).toLowerCase());
  return num(va) - num(vb);
}
