// The add-on's entry points, and nothing else. scripts/build.mjs makes a
// top-level function of dist/Code.js for every exported function here (menu
// items, onOpen/onInstall, the trigger's handler) and for every property of
// `api` (what the sidebar calls through google.script.run), since Apps Script
// calls only top-level functions by name.
import type { ServerApi, SettingsOpen } from '../shared/server-api';
import { UserError } from './errors';
import { beginExecution } from './execution';
import { buildMenu } from './menu';
import { showSidebar } from './sidebar';
import { buildCheckReport, contactForm, saveContact, selectContactCell } from './contacts';
import { contactHistory, logMeeting, openMeeting, prepChecklistFor, setPrepItem, updateMeeting, openMeetingForm } from './meetings';
import { readSettings, writeSettings } from './settings';
import { markContacted, markThankYouSent, outreachContext, thanksContext } from './drafts';
import { followUpDraftContext, markFollowUp } from './drafts';
import { dailyCheckHour, recordCheckFailure, replanOnEdit, runFollowUpCheck, setDailyCheck, shouldRunDailyCheck, turnOffDailyCheck, turnOnDailyCheck } from './follow-ups';
import { setUpFromSidebar, setUpTracker } from './setup';
import { activeDocument, timeZoneOf, currentSelection, selectRowOf, spreadsheetUi, toast } from './sheet';
import { importChunk, importContext } from './import';
import { buildBankCheck, markInterview, openQuestions, questionsContext, saveQuestionList, selectBankProblemCell, showQuestionsSidebar } from './questions';
import { openDashboardTab } from './dashboard';
import { buildHome, refreshHome, setUpHome } from './home';
import { runSelfTest as selfTest, runSelfTestLater as selfTestLater } from './selftest';
import { pathChoices, pathsView, renamePath } from './paths';
import { readReminders, scheduleMeeting, sendDailyDigest, writeReminders } from './reminders';

/**
 * The ServerApi, each property the feature's own function: ServerApi is in
 * property syntax, so `satisfies` checks parameters contravariantly and a
 * function asking for less than the sidebar sends does not compile.
 */
export const api = {
  getCheckReport: buildCheckReport,
  selectContactCell,
  getSelection: currentSelection,
  /** Selects a contact's row in Contacts (found by ID, wherever it moved). */
  selectContactRow: selectRowOf,

  getContactForm: contactForm,
  saveContact,
  logMeeting,

  getHome: buildHome,
  refreshHome,
  setUpHome,
  refreshFollowUps: runFollowUpCheck,
  setDailyCheck,
  setUpFromSidebar,

  openQuestions,
  getQuestionsContext: questionsContext,
  saveQuestions: saveQuestionList,
  /** Marks the asked questions; the sidebar logs the meeting itself (logMeeting) first. */
  finishInterview: markInterview,
  getBankCheck: buildBankCheck,
  selectBankCell: selectBankProblemCell,

  getSettings: settingsWithReminders,
  saveSettings: writeSettings,
  getOutreachContext: outreachContext,
  getThanksContext: thanksContext,
  markContacted,
  markThankYouSent,
  markFollowUp,
  getFollowUpDraftContext: followUpDraftContext,

  getImportContext: importContext,
  importContacts: importChunk,

  openDashboardTab,

  openMeetingForm,
  getContactHistory: contactHistory,
  getMeeting: openMeeting,
  updateMeeting,
  getPrepChecklist: prepChecklistFor,
  setPrepItem,
  getPaths: pathsView,
  getPathChoices: pathChoices,
  renamePath,
  getReminders: readReminders,
  saveReminders: writeReminders,
  scheduleMeeting,
} satisfies ServerApi;

/**
 * Not an entry point (an object, not a function): each generated entry point
 * calls `execution.begin()` first. Apps Script starts every execution with
 * fresh globals anyway; a host that runs many in one context (the fakes, the
 * workbench) then forgets what the last one read, as Apps Script would.
 */
export const execution = { begin: beginExecution };

const TITLE = 'Info Interviews';

/**
 * The Settings panel opens with its reminder section's choice too: one round
 * trip. Should that part fail, the rest still opens and the section asks again
 * itself (showing its own error).
 */
function settingsWithReminders(): SettingsOpen {
  const settings = readSettings();
  try {
    return { ...settings, reminders: readReminders() };
  } catch (e) {
    return settings;
  }
}

/** Runs in every AuthMode, NONE included: menus only. */
export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu(e);
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

export function menuSetUpTracker(): void {
  setUpTracker();
}

export function menuOpenSidebar(): void {
  showSidebar('home');
}

export function menuCheckOutreachFields(): void {
  showSidebar('check');
}

export function menuLogMeeting(): void {
  showSidebar('meeting');
}

export function menuPrepareQuestions(): void {
  showQuestionsSidebar('list');
}

export function menuCheckQuestionBank(): void {
  showQuestionsSidebar('bank-check');
}

export function menuDraftOutreach(): void {
  showSidebar('outreach');
}

export function menuDraftThankYou(): void {
  showSidebar('thanks');
}

export function menuSettings(): void {
  showSidebar('settings');
}

export function menuImportContacts(): void {
  showSidebar('import');
}

export function menuRefreshFollowUps(): void {
  const ss = activeDocument();
  try {
    toast(ss, runFollowUpCheck().summary, TITLE, 10);
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    toast(ss, e.message, TITLE, 10);
  }
}

/** Rebuilds the menu so its toggle names the new state (a menu click runs in FULL). */
function refreshMenu(): void {
  buildMenu({ authMode: ScriptApp.AuthMode.FULL });
}

export function menuTurnOnDailyCheck(): void {
  const ss = activeDocument();
  const ui = spreadsheetUi();
  const state = turnOnDailyCheck(ss);
  if (state.runBy === 'another editor') {
    toast(ss, 'The daily follow-up check is already on for this spreadsheet, set up by another editor.', TITLE, 10);
  } else if (state.changed) {
    toast(ss, `The daily follow-up check is on: Next action is brought up to date every morning between ${dailyCheckHour()} and ${dailyCheckHour() + 1} (${timeZoneOf(ss)} time).`, TITLE, 10);
  } else {
    // onOpen in LIMITED mode cannot see triggers, so this item also shows when the check is on.
    const answer = ui.alert(TITLE, 'The daily follow-up check is already on. Turn it off?', ui.ButtonSet.YES_NO);
    if (answer === ui.Button.YES) {
      turnOffDailyCheck(ss);
      toast(ss, 'The daily follow-up check is off. Refresh follow-ups still runs it on demand.', TITLE, 10);
    }
  }
  refreshMenu();
}

export function menuTurnOffDailyCheck(): void {
  const ss = activeDocument();
  let state;
  try {
    state = turnOffDailyCheck(ss);
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    toast(ss, e.message, TITLE, 10);
    return;
  }
  if (state.runBy === 'another editor') {
    toast(ss, 'Your own daily-check trigger is removed; the check stays on for this spreadsheet, set up by another editor.', TITLE, 10);
    refreshMenu();
    return;
  }
  toast(ss, state.changed ? 'The daily follow-up check is off. Refresh follow-ups still runs it on demand.' : 'The daily follow-up check was already off.', TITLE, 10);
  refreshMenu();
}

/** The time-driven trigger's handler. Its failure is recorded for the home page (no email reaches anyone) and logged. */
export function runDailyFollowUpCheck(e?: GoogleAppsScript.Events.TimeDriven): void {
  try {
    // Skipped (and said so on the home page) when it needs re-authorisation or another trigger runs the check.
    if (!shouldRunDailyCheck(e)) return;
    const result = runFollowUpCheck();
    // After the check, so the email lists what the sheet now says; a mail problem is recorded, not thrown.
    sendDailyDigest(result.asOf);
  } catch (err) {
    console.error(`Daily follow-up check failed: ${err instanceof Error ? err.message : String(err)}`);
    // runFollowUpCheck records its own failures; this one may have come before it (no document).
    recordCheckFailure(err);
    // Rethrown so the run shows as failed in the Apps Script executions log too.
    throw err;
  }
}

/**
 * Run once from the Apps Script editor in a real spreadsheet (not in the menu):
 * records what Sheets does where the reference is silent (docs/REAL-SHEETS.md).
 */
export function runSelfTest(): void {
  selfTest();
}

/** The self-test's one-off time-driven trigger, a minute after runSelfTest. */
export function runSelfTestLater(_e?: GoogleAppsScript.Events.TimeDriven): void {
  selfTestLater();
}

/**
 * The simple trigger for edits by hand: re-plans Next action and Action due when
 * the student types into Contacts, Meetings or Questions. Runs in AuthMode.LIMITED,
 * within 30 s; an error here must never reach the student's typing, so it is logged.
 */
export function onEdit(e?: GoogleAppsScript.Events.SheetsOnEdit): void {
  try {
    replanOnEdit(e as unknown as { range?: unknown });
  } catch (err) {
    console.error(`Re-planning after an edit failed: ${err instanceof Error ? err.message : String(err)}`);
  }
}
