// The daily check's email: after the follow-up check has run, the user who
// turned reminders on gets one digest of what is due, sent with MailApp to
// their own address. Each way it can fail (permission declined, quota used up,
// the send refused) is recorded for the home page: an add-on's trigger sends
// no failure email, so home is where the student learns of it.
import { buildDigest, digestDecision, digestItems } from '../../shared/reminders';
import { documentInfo, openDoc, type Doc } from '../sheet';
import { planTracker } from '../follow-ups';
import { hasMailScopes, ownAddress } from './consent';
import { loadReminderRecord, updateReminderRecord } from './store';

export type DigestOutcome = 'off' | 'skipped' | 'sent' | 'failed';

function clock(doc: Doc): string {
  return Utilities.formatDate(new Date(), doc.timeZone, 'yyyy-MM-dd HH:mm');
}

function messageOf(e: unknown): string {
  return (e && typeof e === 'object' && 'message' in e ? String((e as Error).message) : String(e)).slice(0, 500);
}

/** Sends today's digest when one is due; never throws for a mail problem, records it instead. */
export function sendDailyDigest(day: string, doc: Doc = openDoc()): DigestOutcome {
  const info = documentInfo(doc);
  const record = loadReminderRecord(info.id);
  if (record.settings.frequency === 'off') return 'off';
  // Decided before the tracker is read a second time, so a day without an email costs nothing.
  const early = digestDecision(record.settings, day, record.lastSentDay, 1);
  if (!early.send) {
    updateReminderRecord(info.id, { lastOutcome: `${clock(doc)}: ${early.reason}` });
    return 'skipped';
  }
  const items = digestItems(planTracker(doc, day).plan.actions, day);
  const decision = digestDecision(record.settings, day, record.lastSentDay, items.length);
  if (!decision.send) {
    updateReminderRecord(info.id, { lastOutcome: `${clock(doc)}: ${decision.reason}`, lastError: '', needsPermission: false });
    return 'skipped';
  }
  const fail = (lastError: string, needsPermission = false): DigestOutcome => {
    updateReminderRecord(info.id, { lastOutcome: `${clock(doc)}: the reminder email was not sent.`, lastError, needsPermission });
    console.error(`Reminder email not sent: ${lastError}`);
    return 'failed';
  };
  if (!hasMailScopes()) {
    return fail('Reminder email skipped: you have not allowed Info Interviews to send email as you. Open Settings and turn "Email me what is due" on again to allow it.', true);
  }
  const to = ownAddress() || record.address;
  if (!to) return fail('Reminder email not sent: Google did not give the add-on your email address.');
  try {
    if (MailApp.getRemainingDailyQuota() < 1) {
      return fail('Reminder email not sent: your Google account has used up its email quota for today. It will be tried again at the next daily check.');
    }
    const digest = buildDigest({ items, today: day, spreadsheetName: info.name, spreadsheetUrl: info.url })!;
    MailApp.sendEmail({ to, subject: digest.subject, body: digest.text, htmlBody: digest.html, name: 'Info Interviews' });
  } catch (e) {
    return fail(`Reminder email not sent: ${messageOf(e)}`);
  }
  updateReminderRecord(info.id, {
    lastSentDay: day,
    lastOutcome: `${clock(doc)}: the reminder email went to ${to} (${items.length} item${items.length === 1 ? '' : 's'}).`,
    lastError: '',
    needsPermission: false,
  });
  return 'sent';
}
