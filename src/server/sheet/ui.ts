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

/** The student closed the which-tab question: the caller stops, having written nothing. */
export class TabChoiceCancelled extends UserError {
  constructor() {
    super('Set up tracker stopped: nothing was changed. Run it again when you know which tab holds your contacts.');
  }
}

/**
 * Asks which tab holds the student's contacts, listing them by number: the
 * chosen tab's name (in a one-element list), or [] for a new tab named
 * `fresh`. Cancel stops the caller before anything is written.
 */
export function askWhichTab(names: readonly string[], fresh: string): string[] {
  const ui = SpreadsheetApp.getUi();
  const list = names.map((n, i) => `${i + 1}. ${n}`).join('\n');
  const answer = ui.prompt(
    'Which tab is your tracker?',
    `More than one tab could hold your contacts, or none clearly does:\n${list}\n\n` +
      `Type the number (or name) of the tab that holds your contacts, or leave it empty for a new ${fresh} tab. ` +
      'Set up only adds columns to the right of yours and never changes what you wrote.',
    ui.ButtonSet.OK_CANCEL,
  );
  if (answer.getSelectedButton() !== ui.Button.OK) throw new TabChoiceCancelled();
  const text = answer.getResponseText().trim();
  if (!text) return [];
  const n = Number(text);
  if (Number.isInteger(n) && n >= 1 && n <= names.length) return [names[n - 1]];
  const byName = names.filter((name) => name.trim().toLowerCase() === text.toLowerCase());
  if (byName.length) return [byName[0]];
  throw new UserError(`There is no tab "${text}" in the list. Run Set up tracker again and type one of the numbers shown.`);
}
