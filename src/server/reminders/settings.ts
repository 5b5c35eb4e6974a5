// "Email me what is due" from Settings. Turning it on asks for just the mail
// permission (granular consent) and captures the user's own address; the
// chosen hour moves the daily check's trigger, which is what sends the email.
import { validateReminders, describeReminders, type ReminderSaveResult, type ReminderSettings, type RemindersView, type ReminderStatus } from '../../shared/reminders';
import { documentInfo, openDoc } from '../sheet';
import { isDailyCheckOn, turnOffDailyCheck, turnOnDailyCheck } from '../follow-ups';
import { hasMailScopes, ownAddress, requireMailScopes } from './consent';
import { loadReminderRecord, updateReminderRecord, type ReminderRecord } from './store';

export function reminderStatus(record: ReminderRecord): ReminderStatus {
  return {
    settings: record.settings,
    address: record.settings.frequency === 'off' ? '' : record.address,
    lastSentDay: record.lastSentDay,
    lastOutcome: record.lastOutcome,
    lastError: record.lastError,
    needsPermission: record.settings.frequency !== 'off' && record.needsPermission,
  };
}

export function readReminders(): RemindersView {
  const doc = openDoc();
  return { status: reminderStatus(loadReminderRecord(documentInfo(doc).id)), timeZone: doc.timeZone };
}

export function writeReminders(input: ReminderSettings): ReminderSaveResult {
  const check = validateReminders(input);
  if (!check.ok) return { ok: false, errors: check.errors };
  const settings = check.settings;
  const doc = openDoc();
  const id = documentInfo(doc).id;
  const before = loadReminderRecord(id);
  let address = before.address;
  if (settings.frequency !== 'off') {
    // Ends this execution with Google's consent screen when the user declined mail before;
    // nothing is stored until they allow it, so the setting never claims an email that cannot go.
    if (!hasMailScopes()) requireMailScopes();
    address = ownAddress() || address;
    if (!address) {
      return { ok: false, errors: { frequency: 'Google did not tell the add-on your email address, so it cannot email you. Reminders stay off.' } };
    }
  }
  const record = updateReminderRecord(id, { settings, address, needsPermission: false, lastError: settings.frequency === 'off' ? '' : before.lastError });

  // The daily check sends the email, at the chosen hour: (re)install its trigger when that changes.
  let trigger = '';
  const on = isDailyCheckOn(doc);
  if (settings.frequency !== 'off' && (!on || before.settings.hour !== settings.hour)) {
    if (on) turnOffDailyCheck(doc);
    turnOnDailyCheck(doc, settings.hour);
    trigger = on ? ' The daily check now runs at that hour.' : ' The daily follow-up check is now on: it sends the email.';
  }
  const message =
    settings.frequency === 'off'
      ? 'Reminder emails are off.'
      : `Reminder emails are on: ${describeReminders(settings)} (${doc.timeZone}), to ${address}, only when something is due.${trigger}`;
  return { ok: true, message, status: reminderStatus(record) };
}
