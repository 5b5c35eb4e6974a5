// "Set up tracker": creates or repairs the add-on's tabs without touching the
// user's data. Safe to run any number of times.
import { TAB, TAB_COLUMNS, CONTACT_COLUMNS, type ColumnSpec, type TabKey } from '../../shared/schema';
import { looksLikeContacts, mapHeaders } from '../../shared/headers';
import { findTab, openDoc, readTable, storeTabIds, storedTabIds, withDocumentLock, type Doc } from '../sheet';
import { applyColumnRules, formatNewHeader } from '../sheet';
import { assignIds } from '../contacts';
import { setUpExtras } from './extras';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface SetupReport {
  created: string[];
  adopted: Array<{ tab: string; mapped: Array<{ header: string; column: string }> }>;
  addedColumns: Array<{ tab: string; headers: string[] }>;
  idsAssigned: number;
  /** Starter questions written to an empty Question Bank. */
  questionsSeeded: number;
  summary: string;
}

const SET_UP_TABS: TabKey[] = ['contacts', 'meetings', 'bank'];

export function setUpTracker(): SetupReport {
  return withDocumentLock(() => {
    const doc = openDoc();
    const ids = storedTabIds();
    const report: SetupReport = { created: [], adopted: [], addedColumns: [], idsAssigned: 0, questionsSeeded: 0, summary: '' };
    const sheets = {} as Record<TabKey, Sheet>;
    for (const key of SET_UP_TABS) {
      const { sheet, created } = locateOrCreate(doc, key, ids, sheets);
      sheets[key] = sheet;
      ids[key] = sheet.getSheetId();
      if (created) report.created.push(sheet.getName());
      prepareTab(doc, sheet, key, created, report);
    }
    storeTabIds(ids);
    setUpExtras(doc, sheets, report);
    report.summary = summarise(report);
    doc.ss.toast(report.summary, 'Info Interviews', 8);
    return report;
  });
}

function locateOrCreate(doc: Doc, key: TabKey, ids: Partial<Record<TabKey, number>>, claimed: Partial<Record<TabKey, Sheet>>): { sheet: Sheet; created: boolean } {
  const found = findTab(doc, key, ids);
  if (found) return { sheet: found, created: false };
  if (key === 'contacts') {
    const adopted = findTemplateSheet(doc, claimed);
    if (adopted) return { sheet: adopted, created: false };
    const blank = untouchedDefaultSheet(doc);
    if (blank) return { sheet: blank.setName(TAB.contacts), created: true };
  }
  return { sheet: doc.ss.insertSheet(TAB[key]), created: true };
}

/** A brand-new spreadsheet's empty "Sheet1": better renamed than left beside Contacts. */
function untouchedDefaultSheet(doc: Doc): Sheet | null {
  const sheets = doc.ss.getSheets();
  if (sheets.length !== 1) return null;
  const only = sheets[0];
  return /^Sheet\d+$/.test(only.getName()) && only.getLastRow() === 0 && only.getLastColumn() === 0 ? only : null;
}

/** A tab the student already keeps contacts in, e.g. a career-centre template. */
function findTemplateSheet(doc: Doc, claimed: Partial<Record<TabKey, Sheet>>): Sheet | null {
  const taken = new Set(Object.values(claimed).map((s) => s!.getSheetId()));
  for (const sheet of doc.ss.getSheets()) {
    if (taken.has(sheet.getSheetId())) continue;
    const width = sheet.getLastColumn();
    if (width === 0) continue;
    const header = sheet.getRange(1, 1, 1, width).getValues()[0];
    if (looksLikeContacts(header, CONTACT_COLUMNS, 'name')) return sheet;
  }
  return null;
}

function prepareTab(doc: Doc, sheet: Sheet, key: TabKey, created: boolean, report: SetupReport): void {
  const columns = TAB_COLUMNS[key] as readonly ColumnSpec[];
  const width = sheet.getLastColumn();
  const header = width > 0 ? sheet.getRange(1, 1, 1, width).getValues()[0] : [];
  const map = mapHeaders(header, columns);
  if (map.adopted.length > 0) {
    report.adopted.push({
      tab: sheet.getName(),
      mapped: map.adopted.map((a) => ({ header: a.header, column: columns.find((c) => c.key === a.key)!.header })),
    });
  }
  const missing = columns.filter((c) => map.index[c.key] < 0);
  if (missing.length > 0) {
    appendHeaders(sheet, width, missing, created);
    if (!created) report.addedColumns.push({ tab: sheet.getName(), headers: missing.map((c) => c.header) });
  }
  if (sheet.getFrozenRows() < 1) sheet.setFrozenRows(1);
  const table = readTable(doc, sheet, columns);
  applyColumnRules(table);
  if (key === 'contacts' || key === 'meetings') report.idsAssigned += assignIds(key, table);
}

function appendHeaders(sheet: Sheet, width: number, missing: readonly ColumnSpec[], created: boolean): void {
  const start = width + 1;
  const needed = width + missing.length;
  const max = sheet.getMaxColumns();
  if (needed > max) sheet.insertColumnsAfter(max, needed - max);
  const range = sheet.getRange(1, start, 1, missing.length);
  range.setValues([missing.map((c) => c.header)]);
  // A new tab's header row is ours to style; on the user's tab only the cells we add.
  formatNewHeader(created ? sheet.getRange(1, 1, 1, needed) : range);
  missing.forEach((c, i) => sheet.setColumnWidth(start + i, c.width));
}

function summarise(r: SetupReport): string {
  const parts: string[] = [];
  if (r.created.length) parts.push(`Created ${r.created.join(', ')}.`);
  for (const a of r.adopted) {
    parts.push(`Using your "${a.tab}" tab: ${a.mapped.map((m) => `${m.header} → ${m.column}`).join(', ')}.`);
  }
  for (const a of r.addedColumns) parts.push(`Added ${a.headers.length} column${a.headers.length === 1 ? '' : 's'} to ${a.tab}: ${a.headers.join(', ')}.`);
  if (r.questionsSeeded) parts.push(`Added ${r.questionsSeeded} starter questions to the Question Bank.`);
  if (r.idsAssigned) parts.push(`Gave ${r.idsAssigned} row${r.idsAssigned === 1 ? '' : 's'} an ID.`);
  return parts.length ? parts.join(' ') : 'The tracker is set up; nothing needed repair.';
}
