// The workbench's Outbox: each email the add-on sent through the MailApp fake
// (the daily check's reminder), newest first, so the feature can be seen and
// tested without Google. It belongs to the session, not the document: it
// survives the reloads a run makes, not a restart of the workbench.
import { formatDate, type Harness, type SentMail } from '../fakes';
import type { OutboxMailView } from './view';

/** Keeps the outbox of the harness being replaced in the new one. */
export function carryOutbox(from: Harness | undefined, to: Harness): void {
  if (from) to.mail.sent = from.mail.sent;
}

export function outboxView(h: Harness): OutboxMailView[] {
  const tz = h.spreadsheet._tz;
  return h.mail.sent
    .map((m: SentMail) => ({ to: m.to, from: m.from, subject: m.subject, body: m.body, htmlBody: m.htmlBody, sentAt: formatDate(m.at, tz, 'yyyy-MM-dd HH:mm') }))
    .reverse();
}
