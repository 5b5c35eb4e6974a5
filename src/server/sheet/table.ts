// Tables by header: the readers and writers every feature goes through, the
// document and tab handles they hold, and the document lock. Every read is one
// getValues() of a whole table and every bulk write one setValues() per run of
// adjacent add-on columns (never a write to the user's own columns, text kept
// as text: see cell-codec.ts), so an action's call count does not grow with
// the number of contacts.
import { TAB, TAB_COLUMNS, type ColumnSpec, type TabKey } from '../../shared/schema';
import { mapHeaders, type HeaderMap } from '../../shared/headers';
import { makeCellReader, toCell, type Cell } from './cell-codec';
import { UserError } from '../errors';
import { readJsonProperty, writeJsonProperty } from '../properties';
import { asDocRef, asTab, sheetOf, ssOf, type DocRef, type Tab } from './handles';

export type { DocRef, Tab } from './handles';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const TAB_IDS_KEY = 'infoInterviews.tabs';

/** One execution's view of the document. Not cached globally: gas-local and
 * the workbench keep one global scope across calls, Apps Script does not. */
export interface Doc extends DocRef {
  timeZone: string;
  read: (value: unknown) => string;
}

export function openDoc(): Doc {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const timeZone = ss.getSpreadsheetTimeZone();
  return asDocRef(ss, { timeZone, read: makeCellReader(timeZone) });
}

export function today(doc: Doc): string {
  return Utilities.formatDate(new Date(), doc.timeZone, 'yyyy-MM-dd');
}

export function storedTabIds(): Partial<Record<TabKey, number>> {
  return readJsonProperty<Partial<Record<TabKey, number>>>('document', TAB_IDS_KEY) ?? {};
}

export function storeTabIds(ids: Partial<Record<TabKey, number>>): void {
  writeJsonProperty('document', TAB_IDS_KEY, ids);
}

/** The tab by its remembered id (a renamed tab still works), else by name. */
export function findTab(doc: DocRef, key: TabKey, ids = storedTabIds()): Tab | null {
  return findSheet(doc, ids[key], TAB[key]);
}

/** A tab by a remembered id, else by name. */
export function findSheet(doc: DocRef, id: number | undefined, name: string): Tab | null {
  const ss = ssOf(doc);
  if (id !== undefined) {
    const byId = ss.getSheetById(id);
    if (byId) return asTab(byId);
  }
  const byName = ss.getSheetByName(name);
  return byName ? asTab(byName) : null;
}

export function tabName(tab: Tab): string {
  return sheetOf(tab).getName();
}

export function tabId(tab: Tab): number {
  return sheetOf(tab).getSheetId();
}

/** Brings a tab to the front. */
export function showTab(tab: Tab): void {
  sheetOf(tab).activate();
}

export interface Table<K extends string> {
  tab: Tab;
  columns: readonly ColumnSpec<K>[];
  header: HeaderMap<K>;
  /** Number of columns read (the sheet's last column with content). */
  width: number;
  /** Data rows as text records; rows[i] is sheet row i + 2. */
  rows: Array<Record<K, string>>;
  /** The cells as Sheets returned them (header row first), for writing back untouched. */
  raw: unknown[][];
}

export function readTable<K extends string>(doc: Doc, tab: Tab, columns: readonly ColumnSpec<K>[]): Table<K> {
  const sheet = sheetOf(tab);
  const lastRow = sheet.getLastRow();
  const width = sheet.getLastColumn();
  const values: unknown[][] = lastRow > 0 && width > 0 ? sheet.getRange(1, 1, lastRow, width).getValues() : [[]];
  const header = mapHeaders(values[0] ?? [], columns);
  const rows: Array<Record<K, string>> = [];
  for (let r = 1; r < values.length; r++) {
    const row = values[r];
    const rec = {} as Record<K, string>;
    for (const c of columns) {
      const at = header.index[c.key];
      rec[c.key] = at >= 0 ? doc.read(row[at]) : '';
    }
    rows.push(rec);
  }
  return { tab, columns, header, width, rows, raw: values };
}

/** One of the add-on's tabs read whole, or null when it is not there (e.g. Questions before the first list). */
export function readOptionalTable<T extends TabKey>(doc: Doc, key: T): Table<(typeof TAB_COLUMNS)[T][number]['key']> | null {
  const tab = findTab(doc, key);
  return tab ? readTable(doc, tab, TAB_COLUMNS[key] as readonly ColumnSpec<(typeof TAB_COLUMNS)[T][number]['key']>[]) : null;
}

/** Reads one of the add-on's tabs, or explains how to get it back. */
export function requireTable<T extends TabKey>(doc: Doc, key: T): Table<(typeof TAB_COLUMNS)[T][number]['key']> {
  const sheet = findTab(doc, key);
  if (!sheet) {
    throw new UserError(`The ${TAB[key]} tab is missing. Run Extensions > Info Interviews > Set up tracker first.`);
  }
  const table = readTable(doc, sheet, TAB_COLUMNS[key] as readonly ColumnSpec<(typeof TAB_COLUMNS)[T][number]['key']>[]);
  const id = TAB_COLUMNS[key][0];
  if (table.header.index[id.key as keyof typeof table.header.index] < 0) {
    throw new UserError(`The ${tabName(sheet)} tab has no "${id.header}" column. Run Set up tracker to repair it.`);
  }
  return table;
}

export function isBlankRecord(rec: Record<string, string>): boolean {
  for (const k in rec) if (rec[k] !== '') return false;
  return true;
}

/**
 * The sheet row holding a Contact ID, read fresh: the user may have sorted or
 * filtered since the sidebar opened, so a row number from then means nothing.
 */
export function rowOfId<K extends string>(table: Table<K>, idKey: K, id: string): number {
  const i = table.rows.findIndex((r) => r[idKey] === id);
  return i < 0 ? -1 : i + 2;
}

/** Runs fn holding the document lock, so sidebar saves and the daily check never interleave. */
export function withDocumentLock<T>(fn: () => T): T {
  const lock = LockService.getDocumentLock();
  try {
    lock.waitLock(20000);
  } catch (e) {
    throw new UserError('Another change to this spreadsheet is still being saved. Try again in a moment.');
  }
  try {
    return fn();
  } finally {
    SpreadsheetApp.flush();
    lock.releaseLock();
  }
}

export function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Shows the user a range of a table's tab (the tab brought to the front), and says which. */
export function selectRange<K extends string>(table: Table<K>, row: number, col: number, numRows = 1, numCols = 1): string {
  const sheet = sheetOf(table.tab);
  const range = sheet.getRange(row, col, numRows, numCols);
  sheet.activate();
  range.activate();
  return range.getA1Notation();
}


/**
 * Writes some of one row's cells. Contiguous add-on columns go in one call;
 * the user's own columns between them are never written.
 */
export function writeRowCells<K extends string>(table: Table<K>, sheetRow: number, patch: Partial<Record<K, string>>): void {
  const cells: Array<{ col: number; value: Cell }> = [];
  for (const c of table.columns) {
    const v = patch[c.key];
    const at = table.header.index[c.key];
    if (v === undefined || at < 0) continue;
    cells.push({ col: at + 1, value: toCell(c.kind, v) });
  }
  cells.sort((a, b) => a.col - b.col);
  for (let i = 0; i < cells.length; ) {
    let j = i + 1;
    while (j < cells.length && cells[j].col === cells[j - 1].col + 1) j++;
    const run = cells.slice(i, j);
    sheetOf(table.tab).getRange(sheetRow, run[0].col, 1, run.length).setValues([run.map((c) => c.value)]);
    i = j;
  }
  // The rows stay what the sheet now holds, so a re-plan in the same execution reads no stale cell.
  const rec = table.rows[sheetRow - 2];
  if (rec) for (const c of table.columns) if (patch[c.key] !== undefined && table.header.index[c.key] >= 0) rec[c.key] = patch[c.key] as string;
}

/**
 * Writes whole add-on columns for every data row in one setValues a run of
 * adjacent columns (the follow-up check's Next action and Action due).
 */
export function writeColumns<K extends string>(table: Table<K>, keys: K[], values: Array<Partial<Record<K, string>>>): void {
  if (values.length === 0) return;
  const cols = keys
    .map((k) => ({ key: k, at: table.header.index[k], spec: table.columns.find((c) => c.key === k)! }))
    .filter((c) => c.at >= 0)
    .sort((a, b) => a.at - b.at);
  for (let i = 0; i < cols.length; ) {
    let j = i + 1;
    while (j < cols.length && cols[j].at === cols[j - 1].at + 1) j++;
    const run = cols.slice(i, j);
    const grid = values.map((v) => run.map((c) => toCell(c.spec.kind, v[c.key] ?? '')));
    sheetOf(table.tab).getRange(2, run[0].at + 1, values.length, run.length).setValues(grid);
    i = j;
  }
}

/** Appends records below the table in one setValues; user columns get nothing. */
export function appendRecords<K extends string>(table: Table<K>, records: Array<Partial<Record<K, string>>>): number {
  if (records.length === 0) return 0;
  const used = table.columns.map((c) => table.header.index[c.key]).filter((i) => i >= 0);
  const first = Math.min(...used);
  const last = Math.max(...used);
  const startRow = table.rows.length + 2;
  const grid = records.map((rec) => {
    const row: Cell[] = new Array(last - first + 1).fill('');
    for (const c of table.columns) {
      const at = table.header.index[c.key];
      if (at >= 0 && rec[c.key] !== undefined) row[at - first] = toCell(c.kind, rec[c.key] as string);
    }
    return row;
  });
  ensureRows(sheetOf(table.tab), startRow + records.length - 1);
  sheetOf(table.tab).getRange(startRow, first + 1, grid.length, grid[0].length).setValues(grid);
  for (const rec of records) {
    table.raw.push([]);
    const full = {} as Record<K, string>;
    for (const c of table.columns) full[c.key] = (rec[c.key] as string | undefined) ?? '';
    table.rows.push(full);
  }
  return startRow;
}

function ensureRows(sheet: Sheet, lastNeeded: number): void {
  const max = sheet.getMaxRows();
  if (lastNeeded > max) sheet.insertRowsAfter(max, lastNeeded - max);
}

/** Writes one add-on column for every data row, cells given as they go in (one setValues). */
export function writeColumnCells<K extends string>(table: Table<K>, key: K, cells: Cell[]): void {
  const at = table.header.index[key];
  if (at < 0 || cells.length === 0) return;
  sheetOf(table.tab).getRange(2, at + 1, cells.length, 1).setValues(cells.map((c) => [c]) as unknown as string[][]);
}

/** The formulas of a block of a tab ('' where a cell has none), in one call. */
export function readFormulas(tab: Tab, row: number, col: number, numRows: number, numCols: number): string[][] {
  return numRows > 0 && numCols > 0 ? sheetOf(tab).getRange(row, col, numRows, numCols).getFormulas() : [];
}

/** Writes a block of cells from (row, 1) in one setValues (and font weights in one more), adding rows the sheet lacks. */
export function writeBlock(tab: Tab, row: number, grid: Cell[][], weights?: Array<Array<'bold' | 'normal'>>): void {
  if (grid.length === 0) return;
  const sheet = sheetOf(tab);
  ensureRows(sheet, row + grid.length - 1);
  const range = sheet.getRange(row, 1, grid.length, grid[0].length);
  range.setValues(grid as unknown as string[][]);
  if (weights) range.setFontWeights(weights);
}

/** The last row with content, e.g. to blank what a longer earlier write left. */
export function lastRowOf(tab: Tab): number {
  return sheetOf(tab).getLastRow();
}

/**
 * Writes patches into existing rows (rows[index]) with one getFormulas and one
 * setValues per run of adjacent patched columns, spanning the first to the last
 * patched row: the call count stays the same however many rows are patched.
 * Cells in that block that are not patched go back as they were: formulas as
 * formulas, text behind its apostrophe, numbers and dates as read.
 */
export function patchRows<K extends string>(table: Table<K>, patches: Array<{ index: number; patch: Partial<Record<K, string>> }>): void {
  if (patches.length === 0) return;
  const keys = table.columns.filter((c) => table.header.index[c.key] >= 0 && patches.some((p) => p.patch[c.key] !== undefined));
  const cols = keys.map((spec) => ({ spec, at: table.header.index[spec.key] })).sort((a, b) => a.at - b.at);
  const first = Math.min(...patches.map((p) => p.index));
  const last = Math.max(...patches.map((p) => p.index));
  const byIndex = new Map(patches.map((p) => [p.index, p.patch]));
  for (let i = 0; i < cols.length; ) {
    let j = i + 1;
    while (j < cols.length && cols[j].at === cols[j - 1].at + 1) j++;
    const run = cols.slice(i, j);
    const range = sheetOf(table.tab).getRange(first + 2, run[0].at + 1, last - first + 1, run.length);
    const formulas = range.getFormulas();
    const grid: Cell[][] = formulas.map((fRow, r) => {
      const patch = byIndex.get(first + r);
      const raw = table.raw[first + r + 1] ?? [];
      return run.map((c, k) => {
        const v = patch ? patch[c.spec.key] : undefined;
        if (v !== undefined) return toCell(c.spec.kind, v);
        return keptCell(c.spec.kind, raw[c.at], fRow[k]);
      });
    });
    range.setValues(grid as unknown as string[][]);
    i = j;
  }
  for (const p of patches) Object.assign(table.rows[p.index], p.patch);
}

// What Sheets would turn into something else when written back: numbers,
// dates, booleans, percentages, formulas.
const WOULD_CHANGE = /^\s*(?:[=+\-@]|[$€£]?\s*[\d.,]+\s*%?\s*$|\d{1,4}[-/.]\d{1,2}(?:[-/.]\d{1,4})?(?:\s.*)?$|true\s*$|false\s*$)/i;

/**
 * A cell as read, re-encoded so that writing it back (inside a larger block
 * write) stores the same thing: its formula if it had one, numbers and dates
 * as they are, text as text. `kind` is null for the user's own columns, whose
 * format we do not know: there only text that Sheets would re-read gets the apostrophe.
 */
export function keptCell(kind: ColumnSpec['kind'] | null, raw: unknown, formula = ''): Cell {
  if (formula) return formula;
  if (raw === undefined || raw === null || raw === '') return '';
  if (typeof raw !== 'string') return raw as Cell;
  // Plain-text columns keep an apostrophe as a character; elsewhere it keeps text text.
  if (kind === 'id' || kind === 'phone') return toCell(kind, raw);
  return kind !== null || WOULD_CHANGE.test(raw) ? `'${raw}` : raw;
}
