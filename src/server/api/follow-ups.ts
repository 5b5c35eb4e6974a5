// Entry points of the follow-ups feature: menu handlers, the daily trigger's
// handler and its part of the ServerApi.
import type { CheckResult, DailyCheckState, FollowUpApi, HomeView } from '../../shared/follow-ups';
import { activeDocument, openDoc, spreadsheetUi, toast } from '../sheet';
import { runFollowUpCheck } from '../follow-ups';
import { buildHome } from '../follow-ups';
import { setUpTracker } from '../setup';
import { buildMenu } from '../menu';
import { isDailyCheckOn, turnOffDailyCheck, turnOnDailyCheck } from '../follow-ups';
import { UserError } from '../errors';

const TITLE = 'Info Interviews';

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
  if (state.changed) {
    toast(ss, 'The daily follow-up check is on: Next action is brought up to date every morning between 6 and 7.', TITLE, 10);
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
  const state = turnOffDailyCheck(ss);
  toast(ss, state.changed ? 'The daily follow-up check is off. Refresh follow-ups still runs it on demand.' : 'The daily follow-up check was already off.', TITLE, 10);
  refreshMenu();
}

/** The time-driven trigger's handler. Its failure is recorded for the home page (no email reaches anyone) and logged. */
export function runDailyFollowUpCheck(_e?: GoogleAppsScript.Events.TimeDriven): void {
  try {
    runFollowUpCheck();
  } catch (e) {
    console.error(`Daily follow-up check failed: ${e instanceof Error ? e.message : String(e)}`);
    // Rethrown so the run shows as failed in the Apps Script executions log too.
    throw e;
  }
}

export function getHome(): HomeView {
  return buildHome();
}

export function refreshFollowUps(asOf?: string): CheckResult {
  return runFollowUpCheck(asOf);
}

export function setDailyCheck(on: boolean): DailyCheckState {
  if (typeof on !== 'boolean') throw new UserError('Choose on or off for the daily check.');
  const ss = openDoc();
  const state = on ? turnOnDailyCheck(ss) : turnOffDailyCheck(ss);
  return { on: isDailyCheckOn(ss), changed: state.changed };
}

export function setUpFromSidebar(): { summary: string } {
  return { summary: setUpTracker().summary };
}

const _api = { getHome, refreshFollowUps, setDailyCheck, setUpFromSidebar } satisfies FollowUpApi;
void _api;
