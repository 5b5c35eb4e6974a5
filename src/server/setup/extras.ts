// Set-up steps that belong to later features (highlights, the question bank),
// each in its feature's module, so setup.ts stays about tabs and columns.
import type { TabKey } from '../../shared/schema';
import type { Doc } from '../sheet/table';
import type { SetupReport } from './set-up';
import { installHighlights } from '../sheet/highlights';
import { seedQuestionBank } from '../questions/bank-setup';
import { refreshDashboard } from '../dashboard/tab';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function setUpExtras(doc: Doc, sheets: Record<TabKey, Sheet>, report: SetupReport): void {
  installHighlights(doc, sheets.contacts, report);
  report.questionsSeeded = seedQuestionBank(doc, sheets.bank, report);
  refreshDashboard(doc, report);
}
