// Finding or making the add-on's tabs, in one place: by remembered id (a
// renamed tab still works), else by name, else made, with the add-on's missing
// headers added and their columns formatted from the one structure table.
// The user's data is never moved or rewritten.
import { TAB, TAB_COLUMNS, CONTACT_COLUMNS, type ColumnSpec, type TabKey } from '../../shared/schema';
import { findHeaderRow, HEADER_SCAN_ROWS, looksLikeContacts, mapHeaders, mightBeContacts, writtenHeader } from '../../shared/headers';
import { asTab, sheetOf, ssOf, type Tab } from './handles';
import { readTable, storedTabIds, storeTabIds, tabId, type Doc, type Table } from './table';
import { applyColumnRules, formatNewHeader, ruleMaker, setColumnWidths, type RuleMaker } from './structure';
import { askWhichTab } from './ui';
import { insertColumnsAfter, maxColumnsOf } from './size';

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
  /** What one set-up's tabs share (see newSetUpRun). */
  run?: SetUpRun;
}

/**
 * What the tabs of one set-up share: their drop-down and date rules, each
 * built once; and, once the search for the student's contacts tab has looked
 * at every tab, every tab by name, so the next tabs are looked up without a call.
 */
export interface SetUpRun {
  readonly rules: RuleMaker;
  tabs: Map<string, Sheet> | null;
}

export function newSetUpRun(): SetUpRun {
  return { rules: ruleMaker(), tabs: null };
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
  /** Inserted by this call: no cell, note, rule or frozen row of its own. */
  blank: boolean;
  /** The tab's name (asked of Sheets only when not known already). */
  name: () => string;
}

/** A tab the add-on owns whole (the Dashboard): a tab of its name is ours only when A1 holds the title. */
export interface OwnedTab {
  name: string;
  id?: number;
  title: string;
  /** The name to try next while `name` is taken by a tab of the user's: n = 2, 3, … */
  nameAfter: (n: number) => string;
  widths: readonly number[];
  /** A tab made now may come to the front: the caller shows another one next anyway. */
  mayTakeFront?: boolean;
  /** Set-up's run: when it has listed every tab by name, the name is looked up there, not asked. */
  run?: SetUpRun;
}

export interface OwnedFound {
  tab: Tab;
  created: boolean;
  /** Its id and name when finding or making it told them (undefined: ask tabId, tabName). */
  id?: number;
  name?: string;
}

export function ensureTab<T extends TabKey>(doc: Doc, key: T, options?: EnsureTabOptions): EnsuredTable<KeysOf<T>>;
export function ensureTab(doc: Doc, owned: OwnedTab): OwnedFound;
export function ensureTab<T extends TabKey>(doc: Doc, what: T | OwnedTab, options: EnsureTabOptions = {}): EnsuredTable<KeysOf<T>> | OwnedFound {
  if (typeof what !== 'string') return ensureOwned(doc, what);
  const key = what;
  const ids = options.ids ?? storedTabIds();
  const found = locate(doc, key, ids, options);
  const { tab, created, blank } = found;
  const id = found.id ?? tabId(tab);
  // A tab the add-on has not met before is the student's: its columns are theirs.
  const firstMet = !created && ids[key] !== id;
  if (ids[key] !== id) {
    ids[key] = id;
    if (!options.ids) storeTabIds(ids);
  }
  const columns = TAB_COLUMNS[key] as unknown as readonly ColumnSpec<KeysOf<T>>[];
  // A tab known to have no content needs no read to say so.
  const table = found.empty ? emptyTable(tab, columns) : readTable(doc, tab, columns, { foreign: firstMet });
  const missing = columns.filter((c) => table.header.index[c.key] < 0);
  const fresh = created || table.width === 0;
  const adopted = firstMet && !fresh;
  const headerBefore = (table.raw[0] ?? []).slice(0, table.width);
  const added = missing.length > 0 ? appendHeaders(table, missing, created) : [];
  const sheet = sheetOf(tab);
  // Freezing shows the header while scrolling; it changes no cell, above the header or below.
  if (blank || (options.repair ? sheet.getFrozenRows() < table.headerRow : fresh)) sheet.setFrozenRows(table.headerRow);
  // The student's own list columns (a Status with their words) get a drop-down that only warns.
  const mild = adopted ? columns.filter((c) => missing.indexOf(c) < 0).map((c) => c.key) : [];
  const rules = options.run?.rules;
  if (options.repair) applyColumnRules(key, table, { mild, keepWarnings: !adopted, blank, rules });
  else if (missing.length > 0) applyColumnRules(key, table, { only: missing.map((c) => c.key), blank, rules });
  let name = found.name;
  return { table, created, added: created ? [] : added, adopted, headerBefore, blank, name: () => (name ??= sheet.getName()) };
}

/** What readTable gives for a tab with no content, without reading it. */
function emptyTable<K extends string>(tab: Tab, columns: readonly ColumnSpec<K>[]): Table<K> {
  return { tab, columns, header: mapHeaders([], columns), headerRow: 1, width: 0, rows: [], raw: [[]] };
}

interface Located {
  tab: Tab;
  created: boolean;
  /** Made by insertSheet now: nothing of its own at all. */
  blank: boolean;
  /** Known to have no content (a blank tab, or a new spreadsheet's empty Sheet1). */
  empty: boolean;
  /** The id or name, when finding the tab told it. */
  id?: number;
  name?: string;
}

/** The tab by its remembered id (a renamed tab still works), else by name, else adopted or made. */
function locate(doc: Doc, key: TabKey, ids: TabIds, options: EnsureTabOptions): Located {
  const ss = ssOf(doc);
  const id = ids[key];
  if (id !== undefined) {
    const byId = ss.getSheetById(id);
    if (byId) return { tab: asTab(byId), created: false, blank: false, empty: false, id };
  }
  const byName = tabByName(ss, TAB[key], options.run);
  if (byName) return { tab: asTab(byName), created: false, blank: false, empty: false, name: TAB[key] };
  if (key === 'contacts' && options.repair) {
    const met = findContactsSheet(doc, options.claimed ?? [], options.notContacts ?? []);
    if (options.run && met.tabs) options.run.tabs = met.tabs;
    if (met.sheet && !met.blankDefault) return { tab: asTab(met.sheet), created: false, blank: false, empty: false, name: met.name };
    if (met.sheet) {
      met.tabs?.delete(met.name);
      met.tabs?.set(TAB.contacts, met.sheet);
      // Empty, yet it may carry formats, rules or frozen rows of its own: only its cells are known.
      return { tab: asTab(met.sheet.setName(TAB.contacts)), created: true, blank: false, empty: true, name: TAB.contacts };
    }
  }
  const sheet = insertSheet(ss, TAB[key], options.stayOnActive === true);
  options.run?.tabs?.set(TAB[key], sheet);
  return { tab: asTab(sheet), created: true, blank: true, empty: true, name: TAB[key] };
}

/** A tab by name: from set-up's list when it has listed every tab (no call), else asked of Sheets. */
function tabByName(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, name: string, run: SetUpRun | undefined): Sheet | null {
  const listed = run?.tabs ?? null;
  return listed ? (listed.get(name) ?? null) : ss.getSheetByName(name);
}

function insertSheet(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, name: string, stayOnActive: boolean): Sheet {
  if (!stayOnActive) return ss.insertSheet(name);
  const was = ss.getActiveSheet();
  const sheet = ss.insertSheet(name);
  was.activate();
  return sheet;
}

interface ContactsSearch {
  /** The tab found, or null for a new Contacts tab. */
  sheet: Sheet | null;
  name: string;
  /** A brand-new spreadsheet's empty "Sheet1": better renamed than left beside Contacts. */
  blankDefault: boolean;
  /** Every tab by name, when the search looked at them all. */
  tabs: Map<string, Sheet> | null;
}

/**
 * A tab the student already keeps contacts in (a career-centre template, a
 * tracker of their own), its header on any of its first rows. One clear
 * candidate is taken; when several tabs could be it, or none clearly is but some
 * might, the student is asked. One pass over the tabs also tells an empty
 * Sheet1 and every tab's name.
 */
function findContactsSheet(doc: Doc, claimed: readonly Tab[], notContacts: readonly string[]): ContactsSearch {
  const taken = new Set(claimed.map(tabId));
  const clear: Array<{ sheet: Sheet; name: string }> = [];
  const possible: Array<{ sheet: Sheet; name: string }> = [];
  const sheets = ssOf(doc).getSheets();
  const tabs: Map<string, Sheet> | null = taken.size === 0 ? new Map() : null;
  let blank: { sheet: Sheet; name: string } | null = null;
  for (const sheet of sheets) {
    if (taken.size > 0 && taken.has(sheet.getSheetId())) continue;
    const name = sheet.getName();
    tabs?.set(name, sheet);
    if (notContacts.indexOf(name) >= 0) continue;
    // No column with content means no cell with content: the tab is empty.
    const width = sheet.getLastColumn();
    if (width === 0) {
      if (sheets.length === 1 && /^Sheet\d+$/.test(name)) blank = { sheet, name };
      continue;
    }
    const rows = Math.min(sheet.getLastRow(), HEADER_SCAN_ROWS);
    const top = sheet.getRange(1, 1, rows, width).getValues();
    const header = top[findHeaderRow(top, CONTACT_COLUMNS)];
    if (looksLikeContacts(header, CONTACT_COLUMNS, 'name')) clear.push({ sheet, name });
    else if (mightBeContacts(header, CONTACT_COLUMNS, 'name')) possible.push({ sheet, name });
  }
  const found = (hit: { sheet: Sheet; name: string } | undefined): ContactsSearch => ({ sheet: hit?.sheet ?? null, name: hit?.name ?? '', blankDefault: false, tabs });
  if (blank) return { ...blank, blankDefault: true, tabs };
  if (clear.length === 1 && possible.length === 0) return found(clear[0]);
  if (clear.length === 0 && possible.length === 0) return found(undefined);
  const candidates = [...clear, ...possible];
  const chosen = askWhichTab(candidates.map((c) => c.name), TAB.contacts)[0];
  return found(candidates.find((c) => c.name === chosen));
}

/**
 * Adds the missing headers right of the last used column, on the header row,
 * styled and sized; the table read before is brought up to date without
 * reading it again (the new columns are empty). Returns the headers written.
 * `made`: the tab was made by this run, its columns at Sheets' default width.
 */
function appendHeaders<K extends string>(table: Table<K>, missing: readonly ColumnSpec<K>[], made: boolean): string[] {
  const sheet = sheetOf(table.tab);
  const width = table.width;
  const start = width + 1;
  const needed = width + missing.length;
  // The student keeps their own "Next action": the add-on's goes beside it under another name.
  const headers = missing.map((c) => (table.header.shadowed.indexOf(c.key) >= 0 ? writtenHeader(c) : c.header));
  // Asking for the cells and widening the tab only when Sheets refuses them costs no call in the
  // usual case (a tab has 26 columns to begin with).
  let range: GoogleAppsScript.Spreadsheet.Range;
  try {
    range = sheet.getRange(table.headerRow, start, 1, missing.length);
  } catch (e) {
    const max = maxColumnsOf(sheet);
    if (needed <= max) throw e;
    insertColumnsAfter(sheet, max, needed - max);
    range = sheet.getRange(table.headerRow, start, 1, missing.length);
  }
  range.setValues([headers]);
  // Only the header cells we add are styled: on a new tab that is the whole header row.
  formatNewHeader(range);
  // A tab made now (inserted, or a new spreadsheet's empty Sheet1) has Sheets' default widths to build on.
  setColumnWidths(table.tab, missing.map((c) => c.width), start, made);
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
function ensureOwned(doc: Doc, owned: OwnedTab): OwnedFound {
  const ss = ssOf(doc);
  if (owned.id !== undefined) {
    const byId = ss.getSheetById(owned.id);
    if (byId) return { tab: asTab(byId), created: false, id: owned.id };
  }
  let name = owned.name;
  const byName = (n: string) => tabByName(ss, n, owned.run);
  let taken = byName(name);
  if (taken && taken.getLastRow() > 0 && String(taken.getRange(1, 1).getValue()).trim() === owned.title) return { tab: asTab(taken), created: false, name };
  for (let n = 2; taken; n++) {
    name = owned.nameAfter(n);
    taken = byName(name);
  }
  const sheet = insertSheet(ss, name, owned.mayTakeFront !== true);
  owned.run?.tabs?.set(name, sheet);
  setColumnWidths(asTab(sheet), owned.widths, 1, true);
  return { tab: asTab(sheet), created: true, name };
}
