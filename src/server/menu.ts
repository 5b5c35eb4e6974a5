// The add-on menu. onOpen may run in AuthMode.NONE, where only the menu calls
// below are allowed: nothing here may read the document or properties (the
// daily-check item asks ScriptApp only when onOpen says it runs in FULL).
import { dailyCheckMenuItem, TURN_ON_CAPTION } from './follow-ups';
import { spreadsheetUi } from './sheet';

// Stands for the daily-check toggle, whose caption depends on the trigger's state.
const DAILY_CHECK_ITEM = [TURN_ON_CAPTION, 'menuTurnOnDailyCheck'] as const;

export const MENU_ITEMS: ReadonlyArray<readonly [caption: string, handler: string] | null> = [
  ['Set up tracker', 'menuSetUpTracker'],
  ['Open sidebar', 'menuOpenSidebar'],
  ['Log a meeting', 'menuLogMeeting'],
  ['Prepare questions', 'menuPrepareQuestions'],
  null,
  ['Draft outreach', 'menuDraftOutreach'],
  ['Draft thank-you note', 'menuDraftThankYou'],
  ['Check outreach fields', 'menuCheckOutreachFields'],
  ['Check question bank', 'menuCheckQuestionBank'],
  ['Refresh follow-ups', 'menuRefreshFollowUps'],
  DAILY_CHECK_ITEM,
  null,
  ['Import contacts', 'menuImportContacts'],
  ['Settings', 'menuSettings'],
];

/** e.authMode decides whether the daily-check item may show its state (see triggers.ts). */
export function buildMenu(e?: { authMode?: unknown }): void {
  const menu = spreadsheetUi().createAddonMenu();
  for (const entry of MENU_ITEMS) {
    const item = entry === DAILY_CHECK_ITEM ? dailyCheckMenuItem(e) : entry;
    if (item) menu.addItem(item[0], item[1]);
    else menu.addSeparator();
  }
  menu.addToUi();
}
