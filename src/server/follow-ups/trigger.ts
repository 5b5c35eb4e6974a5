// The daily follow-up check's time-driven trigger: one per document. Add-ons
// may keep one trigger of each kind per user per document, and a user cannot
// see a collaborator's triggers, so the document's properties record whose
// trigger runs the check: other editors see it on and set up by someone else,
// and a second trigger (installed before this record existed) does nothing.
import type { DailyCheckState } from '../../shared/follow-ups';
import { activeDocument, documentTriggers, timeZoneOf, type DocRef } from '../sheet';
import { deleteProperty, readJsonProperty, writeJsonProperty } from '../properties';
import { UserError } from '../errors';

type Trigger = GoogleAppsScript.Script.Trigger;

export const DAILY_CHECK_HANDLER = 'runDailyFollowUpCheck';
/** The hour (in the spreadsheet's zone) the check runs unless told otherwise; Apps Script drifts it within the hour. */
export const DAILY_CHECK_HOUR = 6;

const RECORD_KEY = 'infoInterviews.dailyCheck';

/** Who runs this document's daily check, in its document properties. */
interface DailyRecord {
  /** Session.getTemporaryActiveUserKey() of the editor whose trigger it is. */
  owner: string;
  triggerId: string;
  hour: number;
  timeZone: string;
  /** Set when the trigger fired needing authorisation, cleared by the next run that gets through. */
  needsReauthorisation?: boolean;
}

function readRecord(): DailyRecord | null {
  const r = readJsonProperty<DailyRecord>('document', RECORD_KEY);
  return r && typeof r.owner === 'string' && typeof r.triggerId === 'string' ? r : null;
}

function userKey(): string {
  return Session.getTemporaryActiveUserKey();
}

function dailyTriggers(doc?: DocRef): Trigger[] {
  return documentTriggers(doc).filter((t) => t.getHandlerFunction() === DAILY_CHECK_HANDLER);
}

/** On for this user when they or another editor runs it. */
export function isDailyCheckOn(doc?: DocRef): boolean {
  if (dailyTriggers(doc).length > 0) return true;
  const r = readRecord();
  return r !== null && r.owner !== userKey();
}

/** Who runs the check, as the home page says it, and whether it is stuck on authorisation. */
export function dailyCheckStatus(doc?: DocRef): { runBy: 'you' | 'another editor' | ''; needsReauthorisation: boolean } {
  const mine = dailyTriggers(doc);
  const r = readRecord();
  if (r && r.owner !== userKey() && !mine.some((t) => t.getUniqueId() === r.triggerId)) {
    return { runBy: 'another editor', needsReauthorisation: !!r.needsReauthorisation };
  }
  if (mine.length === 0) return { runBy: '', needsReauthorisation: false };
  // Kept until the next run gets through: opening the add-on renews the authorisation, but only a run proves it.
  return { runBy: 'you', needsReauthorisation: !!r?.needsReauthorisation };
}

/**
 * The scopes the check itself needs. Asked about by name because with granular
 * consent a user may decline others (the reminder email's), and the check must
 * still run without them; the email step checks its own.
 */
const CHECK_SCOPES = ['https://www.googleapis.com/auth/spreadsheets.currentonly', 'https://www.googleapis.com/auth/script.scriptapp'];

function authorised(): boolean {
  // @types/google-apps-script lacks the scopes argument the reference documents.
  type WithScopes = (mode: GoogleAppsScript.Script.AuthMode, scopes: string[]) => GoogleAppsScript.Script.AuthorizationInfo;
  const info = (ScriptApp.getAuthorizationInfo as unknown as WithScopes)(ScriptApp.AuthMode.FULL, CHECK_SCOPES);
  return info.getAuthorizationStatus() !== ScriptApp.AuthorizationStatus.REQUIRED;
}

const HOUR_KEY = 'infoInterviews.dailyCheckHour';

/** The hour this user's check runs at (the reminder email's chosen hour, else 6), in the spreadsheet's zone. */
export function dailyCheckHour(): number {
  const h = readJsonProperty<number>('user', HOUR_KEY);
  return typeof h === 'number' && h >= 0 && h <= 23 ? h : DAILY_CHECK_HOUR;
}

/**
 * Turns the check on at `hour` (0-23) in the spreadsheet's zone: atHour alone
 * would be the script's zone (the manifest's), noon in Berlin for 6 a.m. in
 * New York. Asked again with another hour, it moves this user's trigger. An
 * hour given (the reminder email's) is remembered, so turning the check off
 * and on from the menu or home keeps it rather than going back to 6.
 */
export function turnOnDailyCheck(doc: DocRef = activeDocument(), chosen?: number): DailyCheckState {
  const hour = chosen ?? dailyCheckHour();
  if (!(hour >= 0 && hour <= 23 && Math.floor(hour) === hour)) throw new UserError(`${hour} is not an hour of the day (0 to 23).`);
  if (chosen !== undefined && chosen !== dailyCheckHour()) writeJsonProperty('user', HOUR_KEY, chosen);
  const record = readRecord();
  const me = userKey();
  const mine = dailyTriggers(doc);
  if (record && record.owner !== me && !mine.some((t) => t.getUniqueId() === record.triggerId)) {
    // Another editor's trigger runs it; a second would only run the same check again.
    return { on: true, changed: false, runBy: 'another editor' };
  }
  const timeZone = timeZoneOf(doc);
  if (mine.length > 0 && record && record.hour === hour && record.timeZone === timeZone && mine.some((t) => t.getUniqueId() === record.triggerId)) {
    return { on: true, changed: false };
  }
  // Mine but at another hour or zone (or from before the record, in the script's zone): moved, not doubled.
  for (const t of mine) ScriptApp.deleteTrigger(t);
  const created = ScriptApp.newTrigger(DAILY_CHECK_HANDLER).timeBased().everyDays(1).atHour(hour).inTimezone(timeZone).create();
  writeJsonProperty('document', RECORD_KEY, { owner: me, triggerId: created.getUniqueId(), hour, timeZone } satisfies DailyRecord);
  return { on: true, changed: mine.length === 0 };
}

/** Removes this user's trigger; another editor's cannot be removed from here, and saying so beats pretending. */
export function turnOffDailyCheck(doc: DocRef = activeDocument()): DailyCheckState {
  const mine = dailyTriggers(doc);
  const record = readRecord();
  const me = userKey();
  if (mine.length === 0 && record && record.owner !== me) {
    throw new UserError('The daily check is on, set up by another editor of this spreadsheet: only they can turn it off (in their Info Interviews menu or home page).');
  }
  for (const t of mine) ScriptApp.deleteTrigger(t);
  if (record && (record.owner === me || mine.some((t) => t.getUniqueId() === record.triggerId))) {
    deleteProperty('document', RECORD_KEY);
  } else if (record) {
    // This user's extra trigger is gone; the document's check goes on under its owner.
    return { on: true, changed: mine.length > 0, runBy: 'another editor' };
  }
  return { on: false, changed: mine.length > 0 };
}

/**
 * Whether this firing should run the check. Add-on triggers keep firing when
 * they need re-authorisation, and no failure email reaches anyone, so that is
 * recorded for the home page instead; a trigger that is not the document's
 * recorded one (a second editor's, from before the record) does nothing.
 */
export function shouldRunDailyCheck(e?: { triggerUid?: unknown }): boolean {
  const uid = e && typeof e.triggerUid === 'string' ? e.triggerUid : '';
  const record = readRecord();
  if (!authorised()) {
    if (record && (!uid || record.triggerId === uid)) writeJsonProperty('document', RECORD_KEY, { ...record, needsReauthorisation: true });
    console.warn('Daily follow-up check skipped: Info Interviews needs to be authorised again (open it from the Extensions menu).');
    return false;
  }
  if (record && uid && record.triggerId !== uid) {
    console.log('Daily follow-up check skipped: another trigger runs this spreadsheet\'s daily check.');
    return false;
  }
  const base = record ?? { owner: userKey(), triggerId: uid, hour: DAILY_CHECK_HOUR, timeZone: '' };
  if (!record || record.needsReauthorisation) writeJsonProperty('document', RECORD_KEY, { ...base, needsReauthorisation: false });
  return true;
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
