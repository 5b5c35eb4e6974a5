// A strict in-memory Apps Script for tests and the workbench: the bound spreadsheet and every service
// the add-on uses, as strict as the real thing (AuthMode checks, typed-input parsing, limits), with
// every service call counted. Node-side helpers here bypass the checks and the counts.
//
//   const h = createHarness({ timeZone: 'America/New_York', now: () => Date.UTC(2026, 2, 4, 15) });
//   sheetWith(h, 'Contacts', [['Name', 'Email'], ['Ada', 'ada@example.com']]);
//   const gas = loadBundle(h);                 // dist/Code.js with exactly the Apps Script globals
//   gas.onOpen(h.event());                     // h.ui.menus now holds the add-on menu
//   h.calls.reset(); gas.checkOutreachFields(); expect(h.calls.byMethod['Range.getValues']).toBe(1);
//   readTab(h, 'Contacts');                    // values as Node sees them (dates are Date)
//
// Counting: calls.byMethod has every service call ('Range.getValues': 3); calls.total counts the
// Spreadsheet service (SpreadsheetApp, Spreadsheet, Sheet, Range, validation and conditional-format
// builders and rules); calls.io only SpreadsheetApp/Spreadsheet/Sheet/Range. Enum reads are not calls.
// Arrays and objects made inside the bundle come from another realm: compare with toEqual, not toStrictEqual.

import * as path from 'path';
import { AuthModeName, Calls, LogEntry, Runtime, TriggerRecord, UiLog } from './runtime';
import { FakeSpreadsheet, SpreadsheetAppService } from './spreadsheet';
import { FakeSheet } from './sheet';
import { HtmlServiceFake } from './ui';
import { ConsoleFake, LockServiceFake, LoggerFake, PropertiesServiceFake, SessionFake, UtilitiesFake } from './services';
import { AuthMode } from './triggers';
import { SpreadsheetJSON, loadSpreadsheetJSON, spreadsheetJSON } from './json';
import { FakeRange } from './range';
import { ChartsFake } from './charts';
import type { RealSheetsAssumptions } from './real-sheets';
import { MailAppFake, ScriptAppWithConsent, mailLogOf, type MailLog } from './mail';

export interface HarnessOptions {
  /** The spreadsheet's zone (File > Settings), default America/New_York. */
  timeZone?: string;
  /** Session.getScriptTimeZone() (appsscript.json), default Europe/London. */
  scriptTimeZone?: string;
  user?: string;
  authMode?: AuthModeName;
  /** Where createHtmlOutputFromFile looks for `<name>.html`; default <repo>/dist. */
  distDir?: string;
  /** A fixed or moving clock: `new Date()` and `Date.now()` in the bundle and the fakes read it. */
  now?: () => number;
  /** The Date class to share with the bundle (default: this realm's Date). */
  Date?: DateConstructor;
  spreadsheet?: SpreadsheetJSON;
  name?: string;
  id?: string;
  /** Answers to what the reference leaves open (docs/REAL-SHEETS.md); defaults follow its table. */
  assume?: Partial<RealSheetsAssumptions>;
}

export interface Harness {
  /** Exactly the Apps Script globals; give loadBundle a copy of these. */
  globals: Record<string, unknown>;
  rt: Runtime;
  /** The raw fake: its public methods work Node-side without counting or auth checks. */
  spreadsheet: FakeSpreadsheet;
  /** The Date class shared with the bundle (a clocked subclass when `now` is given). */
  Date: DateConstructor;
  readonly authMode: AuthModeName;
  setAuthMode(mode: AuthModeName): void;
  setUser(email: string): void;
  calls: Calls;
  ui: UiLog;
  triggers: TriggerRecord[];
  properties: { document: Map<string, string>; readonly user: Map<string, string>; script: Map<string, string>; userOf(email: string): Map<string, string> };
  logs: LogEntry[];
  /** Starts a new execution (a new menu click, trigger or sidebar call) and returns its id. */
  beginExecution(): number;
  useExecution(id: number): void;
  /** Ends an execution: Apps Script releases the locks it still holds. */
  endExecution(id?: number): void;
  /** A trigger event object for the current AuthMode, as onOpen(e)/onInstall(e) receive it. */
  event(extra?: Record<string, unknown>): Record<string, unknown>;
  sheet(name: string): FakeSheet;
  toJSON(): SpreadsheetJSON;
  /** The switches of real-sheets.ts, changeable mid-test (e.g. documentContext for one call). */
  assume: RealSheetsAssumptions;
  /** MailApp's outbox, quota and failures, and the scopes the user declined. */
  mail: MailLog;
}

const REPO = path.resolve(__dirname, '..');

export function createHarness(options: HarnessOptions = {}): Harness {
  const rt = new Runtime({
    timeZone: options.timeZone ?? options.spreadsheet?.timeZone ?? 'America/New_York',
    scriptTimeZone: options.scriptTimeZone ?? 'Europe/London',
    user: options.user ?? 'student@example.com',
    authMode: options.authMode ?? 'FULL',
    distDir: options.distDir ?? path.join(REPO, 'dist'),
    Date: options.Date ?? Date,
    now: options.now,
  });
  const ss = new FakeSpreadsheet(rt, options.spreadsheet?.id ?? options.id ?? '1FakeSpreadsheetId0000000000000000000000000',
    options.name ?? 'Info Interviews', rt.options.timeZone);
  Object.assign(rt.assume, options.assume ?? {});
  if (options.spreadsheet) loadSpreadsheetJSON(rt, ss, options.spreadsheet);
  else ss._addSheet('Sheet1');
  let nextExecution = 1;

  const globals: Record<string, unknown> = {
    SpreadsheetApp: rt.expose(new SpreadsheetAppService(rt, ss)),
    PropertiesService: rt.expose(new PropertiesServiceFake(rt)),
    LockService: rt.expose(new LockServiceFake(rt)),
    ScriptApp: rt.expose(new ScriptAppWithConsent(rt, ss)),
    Utilities: rt.expose(new UtilitiesFake(rt)),
    Session: rt.expose(new SessionFake(rt)),
    HtmlService: rt.expose(new HtmlServiceFake(rt)),
    Charts: rt.expose(new ChartsFake(rt)),
    Logger: rt.expose(new LoggerFake(rt)),
    console: rt.expose(new ConsoleFake(rt)),
    MailApp: rt.expose(new MailAppFake(rt)),
    Date: rt.Date,
  };

  const h: Harness = {
    globals, rt, spreadsheet: ss, Date: rt.Date,
    get authMode() { return rt.authMode; },
    setAuthMode(mode) { rt.authMode = mode; },
    setUser(email) { rt.user = email; },
    calls: rt.calls, ui: rt.ui, triggers: rt.triggers, logs: rt.logs,
    properties: {
      document: rt.documentProperties, script: rt.scriptProperties,
      get user() { return rt.userStore(); },
      userOf: (email) => rt.userStore(email),
    },
    beginExecution() { rt.execution = ++nextExecution; return rt.execution; },
    useExecution(id) { rt.execution = id; },
    endExecution(id = rt.execution) { for (const [scope, holder] of [...rt.locks]) if (holder === id) rt.locks.delete(scope); },
    event(extra = {}) {
      const e: Record<string, unknown> = { authMode: AuthMode[rt.authMode] };
      if (rt.authMode !== 'NONE') e.source = rt.expose(ss);
      if (rt.authMode === 'FULL') e.user = { getEmail: () => rt.user, toString: () => rt.user };
      return { ...e, ...extra };
    },
    sheet(name) {
      const s = ss.getSheetByName(name);
      if (!s) throw new Error(`No tab named "${name}"; tabs: ${ss._sheets.map((x) => x._name).join(', ')}`);
      return s;
    },
    toJSON() { return spreadsheetJSON(rt, ss); },
    assume: rt.assume,
    mail: mailLogOf(rt),
  };
  return h;
}

/** A harness restored from saved JSON (the workbench keeps the document in a file). */
export function harnessFromJSON(json: SpreadsheetJSON, options: Omit<HarnessOptions, 'spreadsheet'> = {}): Harness {
  return createHarness({ ...options, spreadsheet: json });
}

/**
 * Seeds a tab (creating it if needed): first row headers, values written as stored values, not typed
 * input ('0123' stays text, Date objects stay dates). Grows the sheet when the rows do not fit.
 */
export function sheetWith(h: Harness, name: string, rows: unknown[][]): FakeSheet {
  const ss = h.spreadsheet;
  const sheet = ss.getSheetByName(name) ?? ss._addSheet(name);
  const width = Math.max(1, ...rows.map((r) => r.length));
  if (rows.length > sheet._grid.maxRows) sheet._grid.insertRows(sheet._grid.maxRows + 1, rows.length - sheet._grid.maxRows);
  if (width > sheet._grid.maxCols) sheet._grid.insertCols(sheet._grid.maxCols + 1, width - sheet._grid.maxCols);
  if (rows.length) {
    const padded = rows.map((r) => [...r, ...new Array(width - r.length).fill('')]);
    new FakeRange(sheet, 1, 1, rows.length, width)._write(padded, 'raw');
  }
  return sheet;
}

/** Every value of a tab's data range, Node-side (no call counted); [] for an empty tab. */
export function readTab(h: Harness, name: string): unknown[][] {
  const sheet = h.sheet(name);
  if (sheet.getLastRow() === 0) return [];
  return sheet.getDataRange().getValues();
}

/** Sorts a tab's data rows (below the header row) by a column, as a user does with "Sort range". */
export function sortTab(h: Harness, name: string, column: number | string, ascending = true): void {
  const sheet = h.sheet(name);
  const col = typeof column === 'number' ? column : (sheet.getRange(1, 1, 1, Math.max(1, sheet.getLastColumn())).getValues()[0] as unknown[]).indexOf(column) + 1;
  if (col < 1) throw new Error(`No column "${column}" in tab "${name}"`);
  const last = sheet.getLastRow();
  if (last > 2) sheet._grid.sortRows(2, last, col, ascending);
}

// The public face: what the tests, the workbench and the bench use. Files inside fakes/ import each
// other directly; everything else imports only this file.
export { loadBundle, runFunction, fireTrigger, openDocument } from './load';
export type { BundleContext } from './load';
export { validationJSON, violates } from './builders';
export { ruleJSON } from './rules';
export type { RuleFormat } from './rules';
export { FakeSheet } from './sheet';
export { FakeRange } from './range';
export { ChartType, chartsOn } from './charts';
export type { ChartState } from './charts';
export type { StoredRule } from './sheet-layout';
export { CellDate, displayOf } from './values';
export type { Cell } from './values';
export { DAY_MS, SHEETS_EPOCH, formatJava as formatDate, toInstant, toLocal } from './tz';
export { a1, colToLetters, parseA1 } from './helpers';
export { AuthMode } from './triggers';
export { Button } from './ui';
export type { SpreadsheetJSON } from './json';
export type { MenuItemRecord, TriggerRecord, UiLog, UiResponse } from './runtime';
export { shiftFormulaRows } from './real-sheets';
export type { RealSheetsAssumptions } from './real-sheets';
export { SEND_MAIL_SCOPE } from './mail';
export { AuthorizationStatus } from './authorization';
export type { MailLog, SentMail } from './mail';
export { fakeMs } from './timing';
