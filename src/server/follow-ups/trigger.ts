// The daily follow-up check's one time-driven trigger. Add-ons may keep one
// trigger of each kind per user per document, so turning it on twice must not
// try to create a second, and turning it off removes only this user's trigger
// in this document.
import type { DailyCheckState } from '../../shared/follow-ups';
import { documentTriggers, type DocRef } from '../sheet';

type Trigger = GoogleAppsScript.Script.Trigger;

export const DAILY_CHECK_HANDLER = 'runDailyFollowUpCheck';
/** The hour (in the script's zone) the check runs; Apps Script drifts it within the hour. */
const DAILY_CHECK_HOUR = 6;

function dailyTriggers(doc?: DocRef): Trigger[] {
  return documentTriggers(doc).filter((t) => t.getHandlerFunction() === DAILY_CHECK_HANDLER);
}

export function isDailyCheckOn(doc?: DocRef): boolean {
  return dailyTriggers(doc).length > 0;
}

/** hour: the reminder email's chosen hour, when the user set one (see src/server/reminders). */
export function turnOnDailyCheck(doc?: DocRef, hour: number = DAILY_CHECK_HOUR): DailyCheckState {
  if (isDailyCheckOn(doc)) return { on: true, changed: false };
  ScriptApp.newTrigger(DAILY_CHECK_HANDLER).timeBased().everyDays(1).atHour(hour).create();
  return { on: true, changed: true };
}

export function turnOffDailyCheck(doc?: DocRef): DailyCheckState {
  const mine = dailyTriggers(doc);
  for (const t of mine) ScriptApp.deleteTrigger(t);
  return { on: false, changed: mine.length > 0 };
}

export const TURN_ON_CAPTION = 'Turn on daily follow-up check';
export const TURN_OFF_CAPTION = 'Turn off daily follow-up check';

/**
 * The menu's daily-check item. Only a FULL-mode onOpen may ask ScriptApp which
 * triggers exist; in NONE and LIMITED the menu shows "Turn on", whose handler
 * says so (and offers to turn it off) when the check is already on.
 */
export function dailyCheckMenuItem(e?: { authMode?: unknown }): readonly [string, string] {
  if (e && e.authMode === ScriptApp.AuthMode.FULL) {
    try {
      if (isDailyCheckOn()) return [TURN_OFF_CAPTION, 'menuTurnOffDailyCheck'];
    } catch (err) {
      // A menu must always appear; the neutral item is right in every state.
    }
  }
  return [TURN_ON_CAPTION, 'menuTurnOnDailyCheck'];
}
