// Set-up steps that belong to later features (highlights, the question bank),
// each in its feature's module, so setup.ts stays about tabs and columns.
import type { TabKey } from '../../shared/schema';
import type { Doc } from '../sheet';
import type { SetupReport } from './set-up';
import { installHighlights } from '../sheet';
import { seedQuestionBank } from '../questions';
import { refreshDashboard } from '../dashboard';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function setUpExtras(doc: Doc, sheets: Record<TabKey, Sheet>, report: SetupReport): void {
  installHighlights(doc, sheets.contacts, report);
  report.questionsSeeded = seedQuestionBank(doc, sheets.bank, report);
  refreshDashboard(doc, report);
}
