// Tables by header: the readers and writers every feature goes through, the
// document and tab handles they hold, and the document lock. Every read is one
// getValues() of a whole table and every bulk write one setValues() per run of
// adjacent add-on columns (never a write to the user's own columns, text kept
// as text: see cell-codec.ts), so an action's call count does not grow with
// the number of contacts.
import { TAB, TAB_COLUMNS, type ColumnSpec, type TabKey } from '../../shared/schema';
import { findHeaderRow, mapHeaders, type HeaderMap, type MapOptions } from '../../shared/headers';
import { blankRecord, makeCellReader, toCell, type Cell } from './cell-codec';
import { setCells } from './write-cells';
import { UserError } from '../errors';
import { NO_DOCUMENT, forgetPropertyValues, readJsonProperty, writeJsonProperty } from '../properties';
import { asDocRef, asTab, sheetOf, ssOf, type DocRef, type Tab } from './handles';
import { insertRowsAfter, maxRowsOf } from './size';

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
  if (!ss) throw new UserError(NO_DOCUMENT);
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
  // Prepare questions makes the Questions tab and remembers its id at once: in a
  // tracker whose tabs are remembered, no id means no Questions tab of ours (a
  // tab of the student's that happens to be called Questions is not one), and
  // every save and read is spared the lookup by name.
  if (key === 'questions' && ids.questions === undefined && ids.contacts !== undefined) return null;
  return findSheet(doc, ids[key], TAB[key]);
}

// The ids of tabs found by id, so asking a found tab its id costs no call. Keyed
// by the handle in hand, which is what later asks (Apps Script may hand out a
// new object for the same tab on another lookup: that one simply asks).
const knownIds = new WeakMap<object, number>();

/** A tab by a remembered id, else by name. */
export function findSheet(doc: DocRef, id: number | undefined, name: string): Tab | null {
  const ss = ssOf(doc);
  if (id !== undefined) {
    const byId = ss.getSheetById(id);
    if (byId) {
      knownIds.set(byId, id);
      return asTab(byId);
    }
  }
  const byName = ss.getSheetByName(name);
  return byName ? asTab(byName) : null;
}

export function tabName(tab: Tab): string {
  return sheetOf(tab).getName();
}

export function tabId(tab: Tab): number {
  let id = knownIds.get(tab);
  if (id === undefined) knownIds.set(tab, (id = sheetOf(tab).getSheetId()));
  return id;
}

/** Brings a tab to the front. */
export function showTab(tab: Tab): void {
  sheetOf(tab).activate();
}

export interface Table<K extends string> {
  tab: Tab;
  columns: readonly ColumnSpec<K>[];
  header: HeaderMap<K>;
  /**
   * The sheet row of the header (1 unless a title or group labels sit above it).
   * Nothing above it is ever written; every row number is relative to it.
   */
  headerRow: number;
  /** Number of columns read (the sheet's last column with content). */
  width: number;
  /** Data rows as text records; rows[i] is sheet row headerRow + 1 + i (see sheetRowOf). */
  rows: Array<Record<K, string>>;
  /** The cells as Sheets returned them from the header row down (header first), for writing back untouched. */
  raw: unknown[][];
}

/** The sheet row of rows[index]. */
export function sheetRowOf(table: { headerRow: number }, index: number): number {
  return table.headerRow + 1 + index;
}

/** The index into rows of a sheet row (negative for the header and the rows above it). */
export function indexOfRow(table: { headerRow: number }, sheetRow: number): number {
  return sheetRow - table.headerRow - 1;
}

export function readTable<K extends string>(doc: Doc, tab: Tab, columns: readonly ColumnSpec<K>[], options: MapOptions = {}): Table<K> {
  // A fresh read of a tab sees what the action already wrote to it, staged rows
  // included (a tab's role is its columns: the handle of a tab read twice need not be the same object).
  if (staged.some((s) => s.table.columns === (columns as unknown))) writeStaged();
  // The data range is the block to the last row and column with content: two
  // calls where asking for its size first takes four. An empty tab gives one
  // empty cell.
  const read: unknown[][] = sheetOf(tab).getDataRange().getValues();
  const empty = read.length === 1 && read[0].length === 1 && read[0][0] === '';
  const all: unknown[][] = empty ? [[]] : read;
  const width = empty ? 0 : read[0].length;
  // A student's tracker may have a title row or group labels above its header.
  const headerAt = findHeaderRow(all, columns);
  const values = headerAt === 0 ? all : all.slice(headerAt);
  const header = mapHeaders(values[0] ?? [], columns, options);
  const rows: Array<Record<K, string>> = [];
  // The column positions looked up once, not once a cell.
  const keys = columns.map((c) => c.key);
  const at = keys.map((k) => header.index[k]);
  const cellText = doc.read;
  for (let r = 1; r < values.length; r++) {
    const row = values[r];
    const rec = { ...blankRecord(keys) };
    for (let k = 0; k < keys.length; k++) if (at[k] >= 0) rec[keys[k]] = cellText(row[at[k]]);
    rows.push(rec);
  }
  return { tab, columns, header, headerRow: headerAt + 1, width, rows, raw: values };
}

/** One of the add-on's tabs read whole, or null when it is not there (e.g. Questions before the first list). */
export function readOptionalTable<T extends TabKey>(doc: Doc, key: T): Table<(typeof TAB_COLUMNS)[T][number]['key']> | null {
  const tab = findTab(doc, key);
  return tab ? readTable(doc, tab, TAB_COLUMNS[key] as readonly ColumnSpec<(typeof TAB_COLUMNS)[T][number]['key']>[]) : null;
}

/** Reads one of the add-on's tabs, or explains how to get it back. */
export function requireTable<T extends TabKey>(doc: Doc, key: T, found?: Tab | null): Table<(typeof TAB_COLUMNS)[T][number]['key']> {
  // A caller that has just looked the tab up passes it: the lookup is a call.
  const sheet = found ?? findTab(doc, key);
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
  return i < 0 ? -1 : sheetRowOf(table, i);
}

/**
 * Row writes made while an action holds the document lock (writeRowCells) wait
 * here until it is done, so that a mark's Status and dates and the re-plan's
 * Next action on the same row, usually side by side, go out as one setValues a
 * run of adjacent cells instead of one each. The table's rows show them at once.
 */
interface StagedRows {
  table: Table<string>;
  /** Sheet row -> the cells to write there, by column key. */
  rows: Map<number, Record<string, string>>;
}
const staged: StagedRows[] = [];
let lockDepth = 0;

function stage<K extends string>(table: Table<K>, sheetRow: number, cells: Partial<Record<K, string>>): void {
  let entry = staged.find((s) => s.table === (table as unknown as Table<string>));
  if (!entry) staged.push((entry = { table: table as unknown as Table<string>, rows: new Map() }));
  entry.rows.set(sheetRow, Object.assign(entry.rows.get(sheetRow) ?? {}, cells));
}

/** Writes every staged row: one setValues a run of adjacent cells, never a cell between them. */
function writeStaged(): void {
  const all = staged.splice(0);
  for (const { table, rows } of all) for (const [sheetRow, cells] of rows) writeRun(table, sheetRow, cells);
}

/** Runs fn holding the document lock, so sidebar saves and the daily check never interleave. */
export function withDocumentLock<T>(fn: () => T): T {
  const lock = LockService.getDocumentLock();
  // null is no document at all (see NO_DOCUMENT), not someone else's save.
  if (!lock) throw new UserError(NO_DOCUMENT);
  try {
    lock.waitLock(20000);
  } catch (e) {
    throw new UserError('Another change to this spreadsheet is still being saved. Try again in a moment.');
  }
  // Another execution may have written properties while this one waited for the lock.
  if (lockDepth === 0) forgetPropertyValues();
  lockDepth++;
  try {
    return fn();
  } finally {
    // What the action did before an error stays written, as when each write went out at once.
    lockDepth--;
    try {
      if (lockDepth === 0) writeStaged();
    } finally {
      if (lockDepth === 0) staged.length = 0;
      SpreadsheetApp.flush();
      lock.releaseLock();
    }
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
 * the user's own columns between them are never written. Under the document
 * lock the write waits for the end of the action (see withDocumentLock), so
 * several writes to one row become one call a run of adjacent cells.
 */
export function writeRowCells<K extends string>(table: Table<K>, sheetRow: number, patch: Partial<Record<K, string>>): void {
  const rec = table.rows[indexOfRow(table, sheetRow)];
  const cells: Partial<Record<K, string>> = {};
  let any = false;
  for (const c of table.columns) {
    const v = patch[c.key];
    // A cell that already reads so is left alone: rewriting it could only change it.
    if (v === undefined || table.header.index[c.key] < 0 || (rec !== undefined && rec[c.key] === v)) continue;
    cells[c.key] = v;
    any = true;
  }
  if (!any) return;
  // The rows stay what the sheet will hold, so a re-plan in the same execution reads no stale cell.
  if (rec) Object.assign(rec, cells);
  if (lockDepth > 0) stage(table, sheetRow, cells);
  else writeRun(table, sheetRow, cells);
}

function writeRun<K extends string>(table: Table<K>, sheetRow: number, patch: Partial<Record<K, string>>): void {
  const cells: Array<{ col: number; value: Cell }> = [];
  for (const c of table.columns) {
    const v = patch[c.key];
    if (v !== undefined) cells.push({ col: table.header.index[c.key] + 1, value: toCell(c.kind, v) });
  }
  cells.sort((a, b) => a.col - b.col);
  for (let i = 0; i < cells.length; ) {
    let j = i + 1;
    while (j < cells.length && cells[j].col === cells[j - 1].col + 1) j++;
    const run = cells.slice(i, j);
    setCells(sheetOf(table.tab).getRange(sheetRow, run[0].col, 1, run.length), [run.map((c) => c.value)]);
    i = j;
  }
}

/**
 * Writes add-on columns (the follow-up check's Next action and Action due) in
 * one setValues a run of adjacent columns, from the first row whose cells
 * change to the last: rows outside that span are not written, and unchanged
 * cells inside it go back as they were read, encoded for their cell's format.
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
    const changes = (r: number) => run.some((c) => (values[r][c.key] ?? '') !== (table.rows[r]?.[c.key] ?? ''));
    let first = 0;
    while (first < values.length && !changes(first)) first++;
    let last = values.length - 1;
    while (last > first && !changes(last)) last--;
    if (first < values.length) {
      const grid = values.slice(first, last + 1).map((v, k) => run.map((c) => {
        const r = first + k;
        const text = v[c.key] ?? '';
        return text === (table.rows[r]?.[c.key] ?? '') ? keptCell(c.spec.kind, table.raw[r + 1]?.[c.at]) : toCell(c.spec.kind, text);
      }));
      setCells(sheetOf(table.tab).getRange(sheetRowOf(table, first), run[0].at + 1, grid.length, run.length), grid);
    }
    i = j;
  }
}

/** Appends records below the table in one setValues; user columns get nothing. */
export function appendRecords<K extends string>(table: Table<K>, records: Array<Partial<Record<K, string>>>): number {
  if (records.length === 0) return 0;
  const used = table.columns.map((c) => table.header.index[c.key]).filter((i) => i >= 0);
  const first = Math.min(...used);
  const last = Math.max(...used);
  const startRow = sheetRowOf(table, table.rows.length);
  const grid = records.map((rec) => {
    const row: Cell[] = new Array(last - first + 1).fill('');
    for (const c of table.columns) {
      const at = table.header.index[c.key];
      if (at >= 0 && rec[c.key] !== undefined) row[at - first] = toCell(c.kind, rec[c.key] as string);
    }
    return row;
  });
  // A tab grows a row at a time (a meeting, a contact): room for the next ones comes with the first.
  setCells(rangeGrowing(sheetOf(table.tab), startRow, first + 1, grid.length, grid[0].length, 100), grid);
  for (const rec of records) {
    table.raw.push([]);
    const full = {} as Record<K, string>;
    for (const c of table.columns) full[c.key] = (rec[c.key] as string | undefined) ?? '';
    table.rows.push(full);
  }
  return startRow;
}

/**
 * The range, growing the sheet first when it ends above the range (with
 * `headroom` more rows, so that the next small growth needs no call). Asking
 * for the range and growing only when Sheets refuses it costs no call in the
 * usual case, where a sheet has empty rows below its last one.
 */
function rangeGrowing(sheet: Sheet, row: number, col: number, numRows: number, numCols: number, headroom = 0): GoogleAppsScript.Spreadsheet.Range {
  try {
    return sheet.getRange(row, col, numRows, numCols);
  } catch (e) {
    const max = maxRowsOf(sheet);
    const lastNeeded = row + numRows - 1;
    // Not a question of rows (a bad column, say): Sheets' own message says what.
    if (lastNeeded <= max) throw e;
    insertRowsAfter(sheet, max, lastNeeded - max + headroom);
    return sheet.getRange(row, col, numRows, numCols);
  }
}

/**
 * Writes new texts into some rows of one add-on column (rows[index]) in one
 * setValues from the first to the last of them; the cells between go back as
 * read (formulas as formulas), encoded for their cell's format.
 */
export function writeColumnTexts<K extends string>(table: Table<K>, key: K, texts: Map<number, string>): void {
  const at = table.header.index[key];
  const spec = table.columns.find((c) => c.key === key);
  if (at < 0 || !spec || texts.size === 0) return;
  const indexes = [...texts.keys()];
  const first = Math.min(...indexes);
  const last = Math.max(...indexes);
  const range = sheetOf(table.tab).getRange(sheetRowOf(table, first), at + 1, last - first + 1, 1);
  const formulas = last > first ? range.getFormulas() : [['']];
  const grid = formulas.map((f, k) => {
    const text = texts.get(first + k);
    return [text !== undefined ? toCell(spec.kind, text) : keptCell(spec.kind, table.raw[first + k + 1]?.[at], f[0])];
  });
  setCells(range, grid);
}

/** The formulas of a block of a tab ('' where a cell has none), in one call. */
export function readFormulas(tab: Tab, row: number, col: number, numRows: number, numCols: number): string[][] {
  return numRows > 0 && numCols > 0 ? sheetOf(tab).getRange(row, col, numRows, numCols).getFormulas() : [];
}

/** Writes a block of cells from (row, 1) in one setValues (and font weights in one more), adding rows the sheet lacks. */
/**
 * Writes a report (the Dashboard) from `row` down. Its cells keep Sheets'
 * automatic format (the add-on sets no other there), so text that needs its
 * apostrophe keeps it without a read of the formats.
 */
export function writeBlock(tab: Tab, row: number, grid: Cell[][], weights?: Array<Array<'bold' | 'normal'>>): void {
  if (grid.length === 0) return;
  const sheet = sheetOf(tab);
  // A report (the Dashboard) grows a row at a time as the tracker does: room for the next ones.
  const range = rangeGrowing(sheet, row, 1, grid.length, grid[0].length, 100);
  setCells(range, grid, 'automatic');
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
 * formulas, text as text (for its cell's format), numbers and dates as read. A
 * patch that says what the cell already reads is no change and writes nothing.
 */
export function patchRows<K extends string>(table: Table<K>, given: Array<{ index: number; patch: Partial<Record<K, string>> }>): void {
  const patches = given
    .map(({ index, patch }) => {
      const now = table.rows[index];
      const changed: Partial<Record<K, string>> = {};
      for (const k in patch) if (patch[k] !== undefined && (!now || now[k] !== patch[k])) changed[k] = patch[k];
      return { index, patch: changed };
    })
    .filter((p) => Object.keys(p.patch).length > 0);
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
    const range = sheetOf(table.tab).getRange(sheetRowOf(table, first), run[0].at + 1, last - first + 1, run.length);
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
    setCells(range, grid);
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
 * as they are, text as text. `kind` is null for the user's own columns: there
 * only text that Sheets would re-read gets the apostrophe. The apostrophe is
 * for a general cell; setCells drops it again where the cell is plain text.
 */
export function keptCell(kind: ColumnSpec['kind'] | null, raw: unknown, formula = ''): Cell {
  if (formula) return formula;
  if (raw === undefined || raw === null || raw === '') return '';
  if (typeof raw !== 'string') return raw as Cell;
  // A leading apostrophe the cell holds as a character needs one more in front to stay.
  return kind !== null || raw[0] === "'" || WOULD_CHANGE.test(raw) ? `'${raw}` : raw;
}
