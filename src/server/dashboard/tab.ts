// The Dashboard tab: the add-on's own, remembered by id like the other tabs.
// Each refresh rewrites its tables in one setValues and updates its two charts;
// other tabs are never touched, and a deleted Dashboard is made again.
import type { DashboardSummary } from '../../shared/dashboard';
import type { IsoDate } from '../../shared/dates';
import { columnLetter, type Doc } from '../sheet';
import type { Tracker } from '../sheet';
import { readJsonProperty, writeJsonProperty } from '../properties';
import { loadDashboard } from './data';
import { dashboardLayout, TITLE, WIDTH } from './layout';
import { upsertCharts, type ChartIds } from '../sheet';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const DASHBOARD_TAB = 'Dashboard';
const STORE_KEY = 'infoInterviews.dashboard';

interface Stored {
  sheetId?: number;
  charts?: ChartIds;
}

export interface DashboardRefresh {
  sheet: Sheet;
  created: boolean;
  summary: DashboardSummary;
}

function loadStored(): Stored {
  return readJsonProperty<Stored>('document', STORE_KEY) ?? {};
}

function saveStored(s: Stored): void {
  writeJsonProperty('document', STORE_KEY, s);
}

/** A tab named Dashboard is ours only if it carries our title: the user may keep one of their own. */
function isOurs(sheet: Sheet): boolean {
  return sheet.getLastRow() > 0 && String(sheet.getRange(1, 1).getValue()).trim() === TITLE;
}

function locate(doc: Doc, stored: Stored): { sheet: Sheet; created: boolean } {
  if (stored.sheetId !== undefined) {
    const byId = doc.ss.getSheetById(stored.sheetId);
    if (byId) return { sheet: byId, created: false };
  }
  let name = DASHBOARD_TAB;
  const byName = doc.ss.getSheetByName(name);
  if (byName && isOurs(byName)) return { sheet: byName, created: false };
  for (let n = 2; doc.ss.getSheetByName(name); n++) name = n === 2 ? `Info Interviews ${DASHBOARD_TAB}` : `Info Interviews ${DASHBOARD_TAB} ${n - 1}`;
  // Inserting a tab makes it the active one; the student stays where they were.
  const active = doc.ss.getActiveSheet();
  const sheet = doc.ss.insertSheet(name);
  doc.ss.setActiveSheet(active);
  sheet.setColumnWidth(1, 320);
  sheet.setColumnWidths(2, WIDTH - 1, 130);
  return { sheet, created: true };
}

/**
 * Rewrites the Dashboard tab from the tracker (making it if needed) and returns
 * it with the figures. Call under the document lock. Set up tracker passes its
 * report (the new tab is listed); the follow-up check passes its as-of day.
 */
export function refreshDashboard(doc: Doc, report?: { created: string[] } | null, asOf?: IsoDate, tracker?: Tracker): DashboardRefresh {
  const { summary, contacts } = loadDashboard(doc, asOf, tracker);
  const stored = loadStored();
  const { sheet, created } = locate(doc, stored);
  if (created && report) report.created.push(sheet.getName());

  const nextAction = contacts.header.index.nextAction;
  const target = `#gid=${contacts.sheet.getSheetId()}${nextAction >= 0 ? `&range=${columnLetter(nextAction + 1)}1` : ''}`;
  const layout = dashboardLayout(summary, { followUps: target });

  // Rows a longer earlier dashboard used are blanked in the same write.
  const height = Math.max(layout.grid.length, sheet.getLastRow());
  const grid = layout.grid.slice();
  const weights = layout.weights.slice();
  while (grid.length < height) {
    grid.push(new Array(WIDTH).fill(''));
    weights.push(new Array(WIDTH).fill('normal'));
  }
  const max = sheet.getMaxRows();
  if (height > max) sheet.insertRowsAfter(max, height - max);
  const block = sheet.getRange(1, 1, height, WIDTH);
  block.setValues(grid as unknown as string[][]);
  block.setFontWeights(weights);

  const charts = upsertCharts(sheet, layout.charts, created ? {} : (stored.charts ?? {}));
  saveStored({ sheetId: sheet.getSheetId(), charts });
  return { sheet, created, summary };
}
