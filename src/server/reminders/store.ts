// One user's reminder choice and the digest's record, per spreadsheet, in
// UserProperties: the choice is the user's own (the spec's "reminder choices
// are each user's own") and the trigger that sends it is this user's in this
// document, so the key carries the spreadsheet's id. The record is what makes
// "at most one a day" hold across a retried trigger or a run by hand.
import { coerceReminders, type ReminderSettings } from '../../shared/reminders';
import { readJsonProperty, writeJsonProperty } from '../properties';

const PREFIX = 'infoInterviews.reminders.';

export interface ReminderRecord {
  settings: ReminderSettings;
  /** The address captured when the user turned reminders on (the effective user's). */
  address: string;
  lastSentDay: string;
  lastOutcome: string;
  lastError: string;
  /** True when the last run skipped the email because the mail permission is missing. */
  needsPermission: boolean;
}

export function loadReminderRecord(documentId: string): ReminderRecord {
  const raw = readJsonProperty<Partial<ReminderRecord>>('user', PREFIX + documentId) ?? {};
  return {
    settings: coerceReminders(raw.settings),
    address: typeof raw.address === 'string' ? raw.address : '',
    lastSentDay: typeof raw.lastSentDay === 'string' ? raw.lastSentDay : '',
    lastOutcome: typeof raw.lastOutcome === 'string' ? raw.lastOutcome : '',
    lastError: typeof raw.lastError === 'string' ? raw.lastError : '',
    needsPermission: raw.needsPermission === true,
  };
}

export function saveReminderRecord(documentId: string, record: ReminderRecord): void {
  writeJsonProperty('user', PREFIX + documentId, record);
}

export function updateReminderRecord(documentId: string, patch: Partial<ReminderRecord>): ReminderRecord {
  const next = { ...loadReminderRecord(documentId), ...patch };
  saveReminderRecord(documentId, next);
  return next;
}
