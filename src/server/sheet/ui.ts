// The spreadsheet's UI and its document-bound services (toasts, dialogs, the
// menu, the sidebar, the user's triggers in this document), reached through
// SpreadsheetApp here so that no other server file names it.
import { asDocRef, ssOf, type DocRef } from './handles';
import { UserError } from '../errors';
import { NO_DOCUMENT } from '../properties';

/** The active spreadsheet without reading anything from it (one call), for toasts and triggers. */
export function activeDocument(): DocRef {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  if (!ss) throw new UserError(NO_DOCUMENT);
  return asDocRef(ss, {});
}

export function toast(doc: DocRef, message: string, title: string, seconds: number): void {
  ssOf(doc).toast(message, title, seconds);
}

/** The UI of the spreadsheet (menus, alerts, the sidebar); Base types only. */
export function spreadsheetUi(): GoogleAppsScript.Base.Ui {
  return SpreadsheetApp.getUi();
}

/** The current user's triggers in this spreadsheet. */
export function documentTriggers(doc: DocRef = activeDocument()): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getUserTriggers(ssOf(doc));
}

/** The spreadsheet's zone (File > Settings), in which the student reads every time. */
export function timeZoneOf(doc: DocRef): string {
  return ssOf(doc).getSpreadsheetTimeZone();
}
