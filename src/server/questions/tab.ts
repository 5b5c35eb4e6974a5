// The Questions tab: found by its stored id, made on demand with the add-on's
// headers, and rewritten so that saving a contact's list replaces only that
// contact's unasked rows while every other row keeps its values.
import { QUESTION_COLUMNS, TAB, type ColumnKind, type QuestionKey, type QuestionRow } from '../../shared/schema';
import { toCell, type Cell } from '../sheet';
import { appendRecords, findTab, keptCell, readTable, storeTabIds, storedTabIds, type Doc, type Table } from '../sheet';
import { formatNewHeader } from '../sheet';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
export type QuestionsTable = Table<QuestionKey>;

/** A ticked checkbox reads TRUE; a user may also have typed yes or x. */
export function isAsked(cell: string): boolean {
  return /^(true|yes|y|x|✓|✔|1)$/i.test(cell.trim());
}

/** The Questions tab read whole, or null when it was never made. */
export function readQuestionsTab(doc: Doc): QuestionsTable | null {
  const sheet = findTab(doc, 'questions');
  return sheet ? readTable(doc, sheet, QUESTION_COLUMNS) : null;
}

/** The Questions tab, made (or its missing headers added) when needed; the user stays on their tab. */
export function ensureQuestionsTab(doc: Doc): QuestionsTable {
  const ids = storedTabIds();
  let sheet = findTab(doc, 'questions', ids);
  if (!sheet) {
    const was = doc.ss.getActiveSheet();
    sheet = doc.ss.insertSheet(TAB.questions);
    was.activate();
  }
  if (ids.questions !== sheet.getSheetId()) storeTabIds({ ...ids, questions: sheet.getSheetId() });
  const table = readTable(doc, sheet, QUESTION_COLUMNS);
  if (!table.header.missing.length) return table;
  addHeaders(sheet, table.width, QUESTION_COLUMNS.filter((c) => table.header.missing.includes(c.key)), table.width === 0);
  return readTable(doc, sheet, QUESTION_COLUMNS);
}

function addHeaders(sheet: Sheet, width: number, missing: typeof QUESTION_COLUMNS[number][], fresh: boolean): void {
  const needed = width + missing.length;
  if (needed > sheet.getMaxColumns()) sheet.insertColumnsAfter(sheet.getMaxColumns(), needed - sheet.getMaxColumns());
  const range = sheet.getRange(1, width + 1, 1, missing.length);
  range.setValues([missing.map((c) => c.header)]);
  formatNewHeader(range);
  if (fresh) sheet.setFrozenRows(1);
  const rows = sheet.getMaxRows() - 1;
  missing.forEach((c, i) => {
    const col = width + 1 + i;
    sheet.setColumnWidth(col, c.width);
    if (rows < 1) return;
    const cells = sheet.getRange(2, col, rows, 1);
    if (c.kind === 'id') cells.setNumberFormat('@');
    if (c.kind === 'number') cells.setNumberFormat('0');
    if (c.kind === 'date') cells.setNumberFormat('yyyy-mm-dd');
    if (c.kind === 'checkbox') cells.setDataValidation(SpreadsheetApp.newDataValidation().requireCheckbox().build());
    if (c.kind === 'list') {
      // A warning, not a refusal: rewriting the block must never fail on a row the user typed.
      const rule = SpreadsheetApp.newDataValidation().requireValueInList([...(c.values ?? [])], true).setAllowInvalid(true).build();
      cells.setDataValidation(rule);
    }
  });
}

/**
 * Replaces `contactId`'s unasked rows with `records`: the new rows take the
 * place of the first old one (or follow the contact's asked rows, or go at the
 * end), and the rows below move up or down with their values unchanged. One
 * setValues from the first changed row down; the rows above are not written.
 * Returns the first sheet row written.
 */
export function replaceUnasked(table: QuestionsTable, contactId: string, records: QuestionRow[]): number {
  const isOld = table.rows.map((r) => r.contactId === contactId && !isAsked(r.asked));
  let at = isOld.indexOf(true);
  if (at < 0) {
    const lastOfContact = table.rows.map((r) => r.contactId).lastIndexOf(contactId);
    if (lastOfContact < 0 || lastOfContact === lastFilled(table)) return appendRecords(table, records);
    at = lastOfContact + 1;
  }
  const width = Math.max(table.width, ...QUESTION_COLUMNS.map((c) => table.header.index[c.key] + 1));
  const kindAt: Array<ColumnKind | null> = new Array(width).fill(null);
  for (const c of QUESTION_COLUMNS) if (table.header.index[c.key] >= 0) kindAt[table.header.index[c.key]] = c.kind;
  const fresh = records.map((rec) => {
    const row: Cell[] = new Array(width).fill('');
    for (const c of QUESTION_COLUMNS) {
      const i = table.header.index[c.key];
      if (i >= 0) row[i] = toCell(c.kind, rec[c.key]);
    }
    return row;
  });
  // The rows that move keep their formulas too (the user's own columns may hold some).
  const moving = table.rows.length - at;
  const formulas = moving > 0 ? table.sheet.getRange(at + 2, 1, moving, width).getFormulas() : [];
  const below: Cell[][] = [];
  for (let i = at; i < table.rows.length; i++) {
    if (isOld[i]) continue;
    const raw = table.raw[i + 1] ?? [];
    below.push(kindAt.map((kind, j) => keptCell(kind, raw[j] ?? '', formulas[i - at]?.[j] ?? '')));
  }
  const block = [...fresh, ...below];
  const oldLength = table.rows.length - at;
  while (block.length < oldLength) block.push(new Array(width).fill(''));
  const sheet = table.sheet;
  const lastRow = at + 2 + block.length - 1;
  if (lastRow > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), lastRow - sheet.getMaxRows());
  sheet.getRange(at + 2, 1, block.length, width).setValues(block);
  return at + 2;
}

function lastFilled(table: QuestionsTable): number {
  for (let i = table.rows.length - 1; i >= 0; i--) {
    if (Object.values(table.rows[i]).some((v) => v !== '')) return i;
  }
  return -1;
}
