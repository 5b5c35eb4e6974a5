// The add-on's own conditional-format rules on Contacts (lands with the follow-ups feature).
import type { Doc } from './gateway';
import type { SetupReport } from './setup';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function installHighlights(_doc: Doc, _contacts: Sheet, _report: SetupReport): void {}
