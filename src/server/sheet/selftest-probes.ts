// The self-test's Sheets calls (src/server/selftest/ holds its logic): each
// probe tries, on a scratch tab, one behaviour Google's reference leaves open,
// and returns what Sheets did, as plain data.
import { asTab, sheetOf, ssOf, type Tab } from './handles';
import type { Doc } from './table';
import { wantedRules } from './highlights';
import { NO_DOCUMENT } from '../properties';
import { UserError } from '../errors';
import { intlDay } from './cell-codec';

/** A new tab with a name no other tab has, for the probes; removeScratchTab deletes it. */
export function makeScratchTab(doc: Doc, base: string): Tab {
  const ss = ssOf(doc);
  let name = base;
  for (let n = 2; ss.getSheetByName(name); n++) name = `${base} ${n}`;
  return asTab(ss.insertSheet(name, ss.getSheets().length));
}

export function removeScratchTab(doc: Doc, tab: Tab): void {
  ssOf(doc).deleteSheet(sheetOf(tab));
}

export interface ApostropheSeen {
  value: string;
  display: string;
}

/** `'abc` written by a script into a plain-text (`@`) cell and into an automatic one: what getValues and getDisplayValues give back. */
export function probeApostrophe(tab: Tab, text: string): { plainText: ApostropheSeen; general: ApostropheSeen } {
  const sheet = sheetOf(tab);
  const plain = sheet.getRange(1, 1);
  plain.setNumberFormat('@');
  const both = sheet.getRange(1, 1, 1, 2);
  both.setValues([[text, text]]);
  const values = both.getValues()[0];
  const display = both.getDisplayValues()[0];
  return {
    plainText: { value: String(values[0]), display: display[0] },
    general: { value: String(values[1]), display: display[1] },
  };
}

/** Texts the add-on writes bare (write-cells.ts storedAsWritten) into automatic cells: what getValues gives back. */
export function probeBareText(tab: Tab, texts: string[]): string[] {
  const range = sheetOf(tab).getRange(5, 1, 1, texts.length);
  range.setValues([texts]);
  return range.getValues()[0].map((v) => (typeof v === 'string' ? v : `${typeof v} ${String(v)}`));
}

/** Asking for a range one row past the sheet's size: refused (as the appends rely on), or handed back. */
export function probeRangePastEnd(tab: Tab): string {
  const sheet = sheetOf(tab);
  try {
    sheet.getRange(sheet.getMaxRows() + 1, 1, 1, 1);
    return 'handed back';
  } catch (e) {
    return 'refused';
  }
}

/**
 * A tab just made by insertSheet (the scratch tab, before any other probe
 * touches it): what set-up takes for granted of the tabs it inserts, which it
 * never reads back. Its size, its first columns' widths, and what it carries.
 */
export function probeNewTab(tab: Tab): { rows: number; widths: string; carries: string } {
  const sheet = sheetOf(tab);
  const widths = [1, 2, 3].map((c) => sheet.getColumnWidth(c)).join(', ');
  const carried: string[] = [];
  const cols = sheet.getMaxColumns();
  const rows = sheet.getMaxRows();
  if (sheet.getLastRow() > 0) carried.push('cell values');
  if (sheet.getFrozenRows() > 0 || sheet.getFrozenColumns() > 0) carried.push('frozen rows or columns');
  if (sheet.getConditionalFormatRules().length > 0) carried.push('conditional formats');
  if (sheet.getCharts().length > 0) carried.push('charts');
  if (sheet.getRange(1, 1, Math.min(rows, 50), cols).getDataValidations().some((r) => r.some((v) => v !== null))) carried.push('data validation');
  return { rows, widths, carries: carried.length ? carried.join(', ') : 'nothing' };
}

/** A range open at the bottom ("B2:C"): its rows, against the sheet's rows below row 1. */
export function probeOpenRange(tab: Tab): { rows: number; below: number } {
  const sheet = sheetOf(tab);
  return { rows: sheet.getRange('B2:C').getNumRows(), below: sheet.getMaxRows() - 1 };
}

/** Two rules from one builder, the help text changed between them: each rule's help text read back. */
export function probeBuilderReuse(): string[] {
  const b = SpreadsheetApp.newDataValidation().requireValueInList(['Yes', 'No'], true).setHelpText('first');
  const first = b.build();
  const second = b.setHelpText('second').build();
  return [first.getHelpText(), second.getHelpText()];
}

/**
 * What a call costs in this spreadsheet, in milliseconds (the median of three
 * batches of 20, each batch timed whole: one call is under the clock's grain).
 * The bench counts calls; these say how much each kind weighs.
 */
export function probeCallCosts(tab: Tab): Array<{ call: string; ms: number }> {
  const sheet = sheetOf(tab);
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const cell = sheet.getRange(20, 1);
  const props = PropertiesService.getDocumentProperties();
  const builder = SpreadsheetApp.newDataValidation();
  const day = new Date();
  const zone = ss.getSpreadsheetTimeZone();
  let n = 0;
  const kinds: Array<[string, () => unknown]> = [
    ['Range.setValue then Range.getValue (a read after a write)', () => { cell.setValue(++n); return cell.getValue(); }],
    ['Range.getValue (read again, nothing written since)', () => cell.getValue()],
    ['Sheet.getRange', () => sheet.getRange(1, 1)],
    ['Spreadsheet.getSpreadsheetTimeZone', () => ss.getSpreadsheetTimeZone()],
    ['DataValidationBuilder.setHelpText (a builder)', () => builder.setHelpText(`help ${++n}`)],
    ['Properties.getProperty', () => props.getProperty('infoInterviews.selfTest')],
    ['Utilities.formatDate', () => Utilities.formatDate(day, zone, 'yyyy-MM-dd')],
  ];
  return kinds.map(([call, run]) => {
    const batches: number[] = [];
    for (let b = 0; b < 3; b++) {
      const start = Date.now();
      for (let i = 0; i < 20; i++) run();
      batches.push((Date.now() - start) / 20);
    }
    batches.sort((x, y) => x - y);
    return { call, ms: batches[1] };
  });
}

/**
 * Intl's day against Utilities.formatDate's, in the spreadsheet's zone, at
 * 1,000 instants 37 hours apart (four years, every hour of the day, both
 * sides of each change of offset): how many differ, and the first that does.
 */
export function probeIntlDays(doc: Doc): string {
  const zone = ssOf(doc).getSpreadsheetTimeZone();
  const intl = intlDay(zone);
  if (!intl) return `Intl does not know ${zone}`;
  let differ = 0;
  let first = '';
  const start = Date.UTC(2024, 0, 1);
  for (let i = 0; i < 1000; i++) {
    const d = new Date(start + i * 37 * 3600 * 1000);
    const java = Utilities.formatDate(d, zone, 'yyyy-MM-dd');
    const mine = intl(d);
    if (mine !== java) {
      differ++;
      if (!first) first = ` (first at ${d.toISOString()}: ${mine} against ${java})`;
    }
  }
  return differ === 0 ? 'the same at all 1,000' : `${differ} of 1,000 differ${first}`;
}

/** A script's setValues of a value a reject-input ("Reject the input") drop-down does not list. */
export function probeRejectValidation(tab: Tab): { refused: boolean; message: string; value: string } {
  const cell = sheetOf(tab).getRange(3, 1);
  cell.setDataValidation(SpreadsheetApp.newDataValidation().requireValueInList(['Yes', 'No'], true).setAllowInvalid(false).build());
  let refused = false;
  let message = '';
  try {
    cell.setValues([['Maybe']]);
    SpreadsheetApp.flush();
  } catch (e) {
    refused = true;
    message = e instanceof Error ? e.message : String(e);
  }
  return { refused, message, value: String(cell.getValue()) };
}

/**
 * The add-on's overdue highlight rule (as set-up writes it, Action due in
 * column C) on rows 2 down, then a row inserted above row 2: what
 * getCriteriaValues gives for the formula before and after, and where the range went.
 */
export function probeRuleAfterInsert(tab: Tab): { written: string; before: string; after: string; rangeAfter: string } {
  const sheet = sheetOf(tab);
  const written = wantedRules({ actionDue: 2, meetingDate: -1 }, 1)[0].formula;
  const rule = SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied(written).setBackground('#f4c7c3').setRanges([sheet.getRange(2, 1, 10, 5)]).build();
  sheet.setConditionalFormatRules([rule]);
  const read = () => {
    const r = sheet.getConditionalFormatRules()[0];
    const v = r?.getBooleanCondition()?.getCriteriaValues()[0];
    return { formula: typeof v === 'string' ? v : String(v), range: r ? r.getRanges()[0].getA1Notation() : '' };
  };
  const before = read().formula;
  sheet.insertRowsBefore(2, 1);
  const after = read();
  return { written, before, after: after.formula, rangeAfter: after.range };
}

/** What this run can reach of the document (run inside a time-driven trigger, it answers the open question). */
export function probeDocumentContext(): { spreadsheet: boolean; lock: boolean; properties: boolean } {
  let spreadsheet = false;
  try {
    spreadsheet = SpreadsheetApp.getActiveSpreadsheet() !== null;
  } catch (e) {
    spreadsheet = false;
  }
  return { spreadsheet, lock: LockService.getDocumentLock() !== null, properties: PropertiesService.getDocumentProperties() !== null };
}

/** The Self-test tab, made when missing, its old content cleared; rows written from A1 in one setValues. */
export function writeReportTab(doc: Doc, name: string, rows: string[][]): Tab {
  const ss = ssOf(doc);
  const sheet = ss.getSheetByName(name) ?? ss.insertSheet(name, ss.getSheets().length);
  sheet.clearContents();
  const width = Math.max(...rows.map((r) => r.length));
  const grid = rows.map((r) => [...r, ...new Array(width - r.length).fill('')]);
  if (sheet.getMaxRows() < grid.length) sheet.insertRowsAfter(sheet.getMaxRows(), grid.length - sheet.getMaxRows());
  // Plain text, so nothing in a report (an apostrophe, '=...') is read as a formula or a number.
  const range = sheet.getRange(1, 1, grid.length, width);
  range.setNumberFormat('@');
  range.setValues(grid);
  sheet.getRange(1, 1, 1, width).setFontWeight('bold');
  return asTab(sheet);
}

/** Adds rows below the Self-test tab's last row, when this run has the spreadsheet at all. */
export function appendReportRows(name: string, rows: string[][]): boolean {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  if (!ss) return false;
  const sheet = ss.getSheetByName(name);
  if (!sheet) return false;
  const width = Math.max(...rows.map((r) => r.length));
  const start = sheet.getLastRow() + 1;
  if (sheet.getMaxRows() < start + rows.length - 1) sheet.insertRowsAfter(sheet.getMaxRows(), start + rows.length - 1 - sheet.getMaxRows());
  const range = sheet.getRange(start, 1, rows.length, width);
  range.setNumberFormat('@');
  range.setValues(rows.map((r) => [...r, ...new Array(width - r.length).fill('')]));
  return true;
}

export function requireDocument(): void {
  if (!SpreadsheetApp.getActiveSpreadsheet()) throw new UserError(NO_DOCUMENT);
}
