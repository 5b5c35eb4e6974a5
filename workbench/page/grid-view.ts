// Draws one tab as Sheets does (letters, row numbers, frozen header, formats, highlights, drop-downs,
// checkboxes, charts) and lets the user select and edit cells. Cell data is only ever set as text.
import type { CellView, GridView } from '../view';
import { el } from './dom';

/** Matches .wb-rownum-col in workbench.css. */
const ROWNUM_WIDTH = 46;
import { placeCharts } from './chart-view';

export interface GridHandlers {
  select(a1: string): void;
  edit(a1: string, value: string | boolean): Promise<void>;
}

const ROW_HEIGHT = 22;

export function letters(col: number): string {
  let s = '';
  for (let x = col; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}


const NUMERIC = /^-?[\d.,$%]+$|^\d{4}-\d{2}-\d{2}( \d{2}:\d{2}(:\d{2})?)?$|^\d{1,2}\/\d{1,2}\/\d{2,4}$/;

function paint(td: HTMLElement, cell: CellView): void {
  const s = cell.style;
  if (s?.background) td.style.background = s.background;
  if (s?.color) td.style.color = s.color;
  if (s?.bold) td.style.fontWeight = 'bold';
  if (s?.italic) td.style.fontStyle = 'italic';
  const lines = [s?.strike ? 'line-through' : '', s?.underline ? 'underline' : ''].filter(Boolean).join(' ');
  if (lines) td.style.textDecoration = lines;
  td.style.textAlign = s?.align ?? (NUMERIC.test(cell.text) ? 'right' : 'left');
  if (cell.invalid) td.classList.add('invalid');
  if (cell.note) td.classList.add('noted');
  const tip = [cell.note, cell.invalid ? `Invalid: ${cell.help ?? 'breaks this cell\u2019s validation rule'}` : ''].filter(Boolean).join('\n');
  if (tip) td.title = tip;
}

export class GridPainter {
  private grid: GridView | null = null;
  private editing: HTMLInputElement | null = null;
  /** The tab's charts float here, over the cells, and scroll with them. */
  private readonly charts = el('div', 'wb-charts');

  constructor(private readonly table: HTMLTableElement, wrap: HTMLElement, private readonly h: GridHandlers) {
    wrap.append(this.charts);
    table.tabIndex = 0;
    table.addEventListener('keydown', (e) => this.onKey(e));
    table.addEventListener('mousedown', (e) => {
      const td = (e.target as HTMLElement).closest('td');
      if (td?.dataset.a1 && !this.editing) this.h.select(td.dataset.a1);
    });
    table.addEventListener('dblclick', (e) => {
      const td = (e.target as HTMLElement).closest('td');
      if (td?.dataset.a1 && !td.querySelector('select, input')) this.startEdit(td);
    });
  }

  header(col: number): string {
    return this.grid?.cells[0]?.[col - 1]?.text || letters(col);
  }

  render(grid: GridView): void {
    if (this.editing) return; // the user is typing; the next render after the commit catches up
    this.grid = grid;
    const t = this.table;
    t.replaceChildren();
    t.style.setProperty('--frozen-rows', String(grid.frozenRows));
    const cols = el('colgroup');
    cols.append(el('col', 'wb-rownum-col'));
    for (const w of grid.widths) { const c = el('col'); c.style.width = `${w}px`; cols.append(c); }
    t.append(cols);
    // A fixed-layout table takes its column widths only when its own width is set: the sheet's widths, not the text's.
    t.style.width = `${ROWNUM_WIDTH + grid.widths.reduce((a, w) => a + w, 0)}px`;
    const head = el('thead');
    const hr = el('tr');
    // Text for screen readers only: a header cell must say something.
    const corner = el('th', 'corner');
    corner.append(el('span', 'wb-sr-only', 'Row'));
    hr.append(corner);
    for (let c = 1; c <= grid.cols; c++) {
      const th = el('th', c >= grid.active.col && c < grid.active.col + grid.active.numCols ? 'col-head on' : 'col-head', letters(c));
      th.scope = 'col';
      hr.append(th);
    }
    head.append(hr);
    t.append(head);
    const body = el('tbody');
    const a = grid.active;
    grid.cells.forEach((row, i) => {
      const r = i + 1;
      const tr = el('tr');
      const inRows = r >= a.row && r < a.row + a.numRows;
      if (r <= grid.frozenRows) { tr.className = 'frozen'; tr.style.setProperty('--top', `${ROW_HEIGHT * r}px`); }
      if (inRows) tr.classList.add('active-row');
      const th = el('th', inRows ? 'row-head on' : 'row-head', String(r));
      th.scope = 'row';
      tr.append(th);
      row.forEach((cell, j) => tr.append(this.cell(cell, r, j + 1)));
      body.append(tr);
    });
    t.append(body);
    placeCharts(this.charts, t, grid.charts);
    t.querySelector('td.active')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }

  private cell(cell: CellView, r: number, c: number): HTMLTableCellElement {
    const g = this.grid!;
    const a1 = letters(c) + r;
    const td = el('td');
    td.dataset.a1 = a1;
    const a = g.active;
    if (r >= a.row && r < a.row + a.numRows && c >= a.col && c < a.col + a.numCols) td.classList.add(r === a.row && c === a.col ? 'active' : 'in-range');
    if (r === a.row && c === a.col) td.setAttribute('aria-current', 'true');
    paint(td, cell);
    const label = `${this.header(c)}, row ${r}`;
    if (cell.checkbox) {
      const box = el('input');
      box.type = 'checkbox';
      box.checked = cell.text === 'TRUE';
      box.setAttribute('aria-label', label);
      box.addEventListener('change', () => void this.h.edit(a1, box.checked));
      td.append(box);
    } else if (cell.list && r > g.frozenRows) {
      const select = el('select', 'wb-dropdown');
      select.setAttribute('aria-label', label);
      const choices = ['', ...cell.list];
      if (!choices.includes(cell.text)) choices.push(cell.text);
      for (const v of choices) { const o = el('option', undefined, v); o.value = v; select.append(o); }
      select.value = cell.text;
      select.addEventListener('change', () => void this.h.edit(a1, select.value));
      td.append(select);
    } else {
      td.textContent = cell.text;
    }
    return td;
  }

  private startEdit(td: HTMLTableCellElement, initial?: string): void {
    const a1 = td.dataset.a1!;
    const [r, c] = this.position(a1);
    const cell = this.grid!.cells[r - 1][c - 1];
    const input = el('input', 'wb-cell-editor');
    input.setAttribute('aria-label', `Edit ${this.header(c)}, row ${r}`);
    input.value = initial ?? cell.input ?? cell.text;
    this.editing = input;
    td.replaceChildren(input);
    input.focus();
    let done = false;
    const finish = async (commit: boolean, move?: [number, number]) => {
      if (done) return;
      done = true;
      this.editing = null;
      if (commit && input.value !== (cell.input ?? cell.text)) await this.h.edit(a1, input.value);
      else td.textContent = cell.text;
      if (move) this.h.select(letters(c + move[1]) + (r + move[0]));
      this.table.focus();
    };
    input.addEventListener('keydown', (e) => {
      e.stopPropagation();
      if (e.key === 'Enter') { e.preventDefault(); void finish(true, [1, 0]); }
      else if (e.key === 'Tab') { e.preventDefault(); void finish(true, [0, 1]); }
      else if (e.key === 'Escape') void finish(false);
    });
    input.addEventListener('blur', () => void finish(true));
  }

  private position(a1: string): [number, number] {
    const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
    const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    return [Number(m[2]), col];
  }

  private onKey(e: KeyboardEvent): void {
    const g = this.grid;
    if (!g || this.editing || (e.target as HTMLElement).closest('select, input')) return;
    const { row, col } = g.active;
    const moves: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    const td = this.table.querySelector<HTMLTableCellElement>(`td[data-a1="${letters(col)}${row}"]`);
    if (moves[e.key]) {
      e.preventDefault();
      const r = Math.max(1, Math.min(g.rows, row + moves[e.key][0]));
      const c = Math.max(1, Math.min(g.cols, col + moves[e.key][1]));
      this.h.select(letters(c) + r);
    } else if ((e.key === 'Enter' || e.key === 'F2') && td) {
      e.preventDefault();
      const control = td.querySelector<HTMLElement>('select, input');
      if (control) control.focus();
      else this.startEdit(td);
    } else if ((e.key === 'Delete' || e.key === 'Backspace') && td) {
      e.preventDefault();
      void this.h.edit(td.dataset.a1!, '');
    } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey && td && !td.querySelector('select, input')) {
      e.preventDefault();
      this.startEdit(td, e.key);
    }
  }
}
