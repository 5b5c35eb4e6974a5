// Set-up steps that belong to later features (highlights, the question bank),
// kept apart so setup.ts stays about tabs and columns.
import type { TabKey } from '../shared/schema';
import type { Doc } from './gateway';
import type { SetupReport } from './setup';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function setUpExtras(_doc: Doc, _sheets: Record<TabKey, Sheet>, _report: SetupReport): void {}
