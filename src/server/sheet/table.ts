// The gateway's readers, the document and tab handles features hold, and the
// document lock (the writers are in table-write.ts, which builds on this
// file): every read is one getValues() of a whole table and every bulk
// write one setValues(), so an action's call count does not grow with the
// number of contacts.
import { TAB, TAB_COLUMNS, type ColumnSpec, type TabKey } from '../../shared/schema';
import { mapHeaders, type HeaderMap } from '../../shared/headers';
import { makeCellReader } from './cell-codec';
import { UserError } from '../errors';
import { readJsonProperty, writeJsonProperty } from '../properties';
import { asDocRef, asTab, sheetOf, ssOf, type DocRef, type Tab } from './handles';

export type { DocRef, Tab } from './handles';

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
