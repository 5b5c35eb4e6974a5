// Finding or making the add-on's tabs, in one place: by remembered id (a
// renamed tab still works), else by name, else made, with the add-on's missing
// headers added and their columns formatted from the one structure table.
// The user's data is never moved or rewritten.
import { TAB, TAB_COLUMNS, CONTACT_COLUMNS, type ColumnSpec, type TabKey } from '../../shared/schema';
import { findHeaderRow, HEADER_SCAN_ROWS, looksLikeContacts, mightBeContacts, writtenHeader } from '../../shared/headers';
import { asTab, sheetOf, ssOf, type Tab } from './handles';
import { findSheet, readTable, storedTabIds, storeTabIds, tabId, type Doc, type Table } from './table';
import { applyColumnRules, formatNewHeader, setColumnWidths } from './structure';
import { askWhichTab } from './ui';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type TabIds = Partial<Record<TabKey, number>>;
type KeysOf<T extends TabKey> = (typeof TAB_COLUMNS)[T][number]['key'];

export interface EnsureTabOptions {
  /** Remembered tab ids to use and update; the caller stores them. Without it they are read, and stored here when they change. */
  ids?: TabIds;
  /** Inserting a tab makes it the active one: with this the user stays where they were. */
  stayOnActive?: boolean;
  /**
   * Set up tracker's repair: Contacts may take over the user's own contacts tab
   * or a new spreadsheet's blank Sheet1, the header row is frozen if it is not,
   * and every add-on column gets its format and rules again. Otherwise only the
   * columns added now get them (and a new tab its frozen header).
   */
  repair?: boolean;
  /** Tabs this run has already given another role, never taken over twice. */
  claimed?: readonly Tab[];
  /** Names of tabs that are the add-on's other tabs (Meetings, …), never offered as the contacts list. */
  notContacts?: readonly string[];
}

export interface EnsuredTable<K extends string> {
  table: Table<K>;
  created: boolean;
  /** Headers added to a tab that was there already. */
  added: string[];
  /** The tab was the student's, met by the add-on for the first time (set-up says what it recognised). */
  adopted: boolean;
  /** The student's header as it was before any column was added. */
  headerBefore: unknown[];
}

/** A tab the add-on owns whole (the Dashboard): a tab of its name is ours only when A1 holds the title. */
export interface OwnedTab {
  name: string;
  id?: number;
  title: string;
  /** The name to try next while `name` is taken by a tab of the user's: n = 2, 3, … */
  nameAfter: (n: number) => string;
  widths: readonly number[];
}

export function ensureTab<T extends TabKey>(doc: Doc, key: T, options?: EnsureTabOptions): EnsuredTable<KeysOf<T>>;
export function ensureTab(doc: Doc, owned: OwnedTab): { tab: Tab; created: boolean };
export function ensureTab<T extends TabKey>(doc: Doc, what: T | OwnedTab, options: EnsureTabOptions = {}): EnsuredTable<KeysOf<T>> | { tab: Tab; created: boolean } {
  if (typeof what !== 'string') return ensureOwned(doc, what);
  const key = what;
  const ids = options.ids ?? storedTabIds();
  const { tab, created } = locate(doc, key, ids, options);
  const id = tabId(tab);
  // A tab the add-on has not met before is the student's: its columns are theirs.
  const firstMet = !created && ids[key] !== id;
  if (ids[key] !== id) {
    ids[key] = id;
    if (!options.ids) storeTabIds(ids);
  }
  const columns = TAB_COLUMNS[key] as unknown as readonly ColumnSpec<KeysOf<T>>[];
  const table = readTable(doc, tab, columns, { foreign: firstMet });
  const missing = columns.filter((c) => table.header.index[c.key] < 0);
  const fresh = created || table.width === 0;
  const adopted = firstMet && !fresh;
  const headerBefore = (table.raw[0] ?? []).slice(0, table.width);
  const added = missing.length > 0 ? appendHeaders(table, missing) : [];
  const sheet = sheetOf(tab);
  // Freezing shows the header while scrolling; it changes no cell, above the header or below.
  if (options.repair ? sheet.getFrozenRows() < table.headerRow : fresh) sheet.setFrozenRows(table.headerRow);
  // The student's own list columns (a Status with their words) get a drop-down that only warns.
  const mild = adopted ? columns.filter((c) => missing.indexOf(c) < 0).map((c) => c.key) : [];
  if (options.repair) applyColumnRules(key, table, undefined, mild, !adopted);
  else if (missing.length > 0) applyColumnRules(key, table, missing.map((c) => c.key));
  return { table, created, added: created ? [] : added, adopted, headerBefore };
}

function locate(doc: Doc, key: TabKey, ids: TabIds, options: EnsureTabOptions): { tab: Tab; created: boolean } {
  const found = findSheet(doc, ids[key], TAB[key]);
  if (found) return { tab: found, created: false };
  const ss = ssOf(doc);
  if (key === 'contacts' && options.repair) {
    const adopted = findTemplateSheet(doc, options.claimed ?? [], options.notContacts ?? []);
    if (adopted) return { tab: asTab(adopted), created: false };
    const blank = untouchedDefaultSheet(doc);
    if (blank) return { tab: asTab(blank.setName(TAB.contacts)), created: true };
  }
  return { tab: asTab(insertSheet(ss, TAB[key], options.stayOnActive === true)), created: true };
}

function insertSheet(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, name: string, stayOnActive: boolean): Sheet {
  if (!stayOnActive) return ss.insertSheet(name);
  const was = ss.getActiveSheet();
  const sheet = ss.insertSheet(name);
  was.activate();
  return sheet;
}

/** A brand-new spreadsheet's empty "Sheet1": better renamed than left beside Contacts. */
function untouchedDefaultSheet(doc: Doc): Sheet | null {
  const sheets = ssOf(doc).getSheets();
  if (sheets.length !== 1) return null;
  const only = sheets[0];
  return /^Sheet\d+$/.test(only.getName()) && only.getLastRow() === 0 && only.getLastColumn() === 0 ? only : null;
}

/**
 * A tab the student already keeps contacts in (a career-centre template, a
 * tracker of their own), its header on any of its first rows. One clear
 * candidate is taken; when several tabs could be it, or none clearly is but some
 * might, the student is asked; null makes a new Contacts tab.
 */
function findTemplateSheet(doc: Doc, claimed: readonly Tab[], notContacts: readonly string[]): Sheet | null {
  const taken = new Set(claimed.map(tabId));
  const clear: Sheet[] = [];
  const possible: Sheet[] = [];
  for (const sheet of ssOf(doc).getSheets()) {
    if (taken.has(sheet.getSheetId()) || notContacts.indexOf(sheet.getName()) >= 0) continue;
    const width = sheet.getLastColumn();
    if (width === 0) continue;
    const rows = Math.min(sheet.getLastRow(), HEADER_SCAN_ROWS);
    const top = sheet.getRange(1, 1, rows, width).getValues();
    const header = top[findHeaderRow(top, CONTACT_COLUMNS)];
    if (looksLikeContacts(header, CONTACT_COLUMNS, 'name')) clear.push(sheet);
    else if (mightBeContacts(header, CONTACT_COLUMNS, 'name')) possible.push(sheet);
  }
  if (clear.length === 1 && possible.length === 0) return clear[0];
  if (clear.length === 0 && possible.length === 0) return null;
  return askWhichTab([...clear, ...possible].map((s) => s.getName()), TAB.contacts).map((name) => ssOf(doc).getSheetByName(name))[0] ?? null;
}

/**
 * Adds the missing headers right of the last used column, on the header row,
 * styled and sized; the table read before is brought up to date without
 * reading it again (the new columns are empty). Returns the headers written.
 */
function appendHeaders<K extends string>(table: Table<K>, missing: readonly ColumnSpec<K>[]): string[] {
  const sheet = sheetOf(table.tab);
  const width = table.width;
  const start = width + 1;
  const needed = width + missing.length;
  const max = sheet.getMaxColumns();
  if (needed > max) sheet.insertColumnsAfter(max, needed - max);
  // The student keeps their own "Next action": the add-on's goes beside it under another name.
  const headers = missing.map((c) => (table.header.shadowed.indexOf(c.key) >= 0 ? writtenHeader(c) : c.header));
  const range = sheet.getRange(table.headerRow, start, 1, missing.length);
  range.setValues([headers]);
  // Only the header cells we add are styled: on a new tab that is the whole header row.
  formatNewHeader(range);
  setColumnWidths(table.tab, missing.map((c) => c.width), start);
  const header = table.raw[0] ?? [];
  while (header.length < width) header.push('');
  missing.forEach((c, i) => {
    table.header.index[c.key] = width + i;
    header.push(headers[i]);
  });
  table.raw[0] = header;
  table.header.missing = [];
  table.width = needed;
  return headers;
}

/** The Dashboard-like tab: by id, by its name when it carries our title, else made under a free name beside the user's tabs. */
function ensureOwned(doc: Doc, owned: OwnedTab): { tab: Tab; created: boolean } {
  const ss = ssOf(doc);
  if (owned.id !== undefined) {
    const byId = ss.getSheetById(owned.id);
    if (byId) return { tab: asTab(byId), created: false };
  }
  let name = owned.name;
  const byName = ss.getSheetByName(name);
  if (byName && byName.getLastRow() > 0 && String(byName.getRange(1, 1).getValue()).trim() === owned.title) return { tab: asTab(byName), created: false };
  for (let n = 2; ss.getSheetByName(name); n++) name = owned.nameAfter(n);
  const sheet = insertSheet(ss, name, true);
  setColumnWidths(asTab(sheet), owned.widths);
  return { tab: asTab(sheet), created: true };
}
