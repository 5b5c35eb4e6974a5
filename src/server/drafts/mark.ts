// "Mark as contacted" and "Mark thank-you sent": the dates and Status a sent
// message implies, written by Contact ID / Meeting ID under the lock. Status
// only ever moves forward, so a click never undoes the student's own progress.
import type { MarkResult } from '../../shared/drafts';
import { MEETING_COLUMNS, type Contact, type MeetingKey } from '../../shared/schema';
import { laterStatus, readStatus } from '../../shared/contacts';
import { addDays, laterOf, parseDateText } from '../../shared/dates';
import { humanDate, tidy } from '../../shared/drafts';
import { findTab, indexOfRow, openDoc, readTable, requireTable, rowOfId, today, withDocumentLock, writeRowCells } from '../sheet';
import { loadRules } from '../settings';
import { dueNow, replanAfterWrite } from '../follow-ups';
import { UserError } from '../errors';

/** The Last contact a new interaction today leaves: today, unless the cell already holds a later date. */
function lastContactAfter(cell: string, todayIso: string): string | undefined {
  if (cell === '') return todayIso;
  const iso = parseDateText(cell);
  if (!iso) return undefined; // the user's own text: left for Check outreach fields to report
  const later = laterOf(iso, todayIso);
  return later === iso ? undefined : later;
}

function nameOf(c: Contact): string {
  return tidy(c.name) || c.contactId;
}

export function markContacted(contactId: string): MarkResult {
  return withDocumentLock(() => {
    const doc = openDoc();
    const table = requireTable(doc, 'contacts');
    const row = rowOfId(table, 'contactId', tidy(contactId));
    if (row < 2) throw new UserError('That contact is no longer in the sheet.');
    const c = table.rows[indexOfRow(table, row)];
    const t = today(doc);
    const status = laterStatus(c.status, 'Contacted');
    const patch: Partial<Contact> = {};
    if (status !== c.status) patch.status = status;
    if (c.firstContacted === '') patch.firstContacted = t;
    const last = lastContactAfter(c.lastContact, t);
    if (last) patch.lastContact = last;
    writeRowCells(table, row, patch);

    let message = `${nameOf(c)}: marked as contacted on ${humanDate(t)}.`;
    if (status === 'Contacted') {
      const nudge = addDays(t, loadRules().noReplyDays);
      message += ` If there is no reply, the follow-up check will suggest a polite follow-up on ${humanDate(nudge)}.`;
    } else {
      message += ` Status stays ${status}.`;
    }
    if (!tidy(c.email) && !tidy(c.linkedin) && !tidy(c.phone)) {
      message += ' Add their email, LinkedIn or phone to the row so you can reach them again.';
    }
    return { message, status, home: dueNow(replanAfterWrite(doc, { contacts: table, touched: [c.contactId] })) };
  });
}

export function markThankYouSent(input: { contactId: string; meetingId: string }): MarkResult {
  const contactId = tidy(input?.contactId);
  const meetingId = tidy(input?.meetingId);
  return withDocumentLock(() => {
    const doc = openDoc();
    const t = today(doc);
    const contacts = requireTable(doc, 'contacts');
    const row = rowOfId(contacts, 'contactId', contactId);
    if (row < 2) throw new UserError('That contact is no longer in the sheet.');
    const c = contacts.rows[indexOfRow(contacts, row)];

    let meetingWrite: (() => void) | null = null;
    let meetings: ReturnType<typeof readTable<MeetingKey>> | null = null;
    if (meetingId) {
      const sheet = findTab(doc, 'meetings');
      meetings = sheet ? readTable(doc, sheet, MEETING_COLUMNS) : null;
      const mRow = meetings ? rowOfId(meetings, 'meetingId', meetingId) : -1;
      if (!meetings || mRow < 2) throw new UserError('That meeting is no longer in the Meetings tab.');
      const m = meetings.rows[indexOfRow(meetings, mRow)];
      if (m.contactId !== contactId) throw new UserError(`That meeting is logged for someone other than ${nameOf(c)}.`);
      const date = parseDateText(m.date);
      if (date && date > t) throw new UserError(`That meeting is on ${humanDate(date)}, which is still to come: send the thank-you after it.`);
      const table = meetings;
      if (m.thankYouSent === '') meetingWrite = () => writeRowCells(table, mRow, { thankYouSent: t });
    }

    // With a logged meeting, whatever came before it is out of date; without one, only Met says they met.
    const moves = meetingId !== '' || readStatus(c.status) === 'Met';
    const status = moves ? laterStatus(c.status, 'Thanked') : tidy(c.status);
    const patch: Partial<Contact> = { thankYouSent: t };
    if (status !== c.status && moves) patch.status = status;
    const last = lastContactAfter(c.lastContact, t);
    if (last) patch.lastContact = last;
    writeRowCells(contacts, row, patch);
    if (meetingWrite) meetingWrite();

    let message = `${nameOf(c)}: thank-you recorded on ${humanDate(t)}${meetingId ? ', on the contact and the meeting' : ''}.`;
    if (status === 'Thanked') {
      message += ` Status is now Thanked; the follow-up check will suggest checking in around ${humanDate(addDays(t, loadRules().keepInTouchDays))}.`;
    } else if (status) {
      message += ` Status stays ${status}.`;
    }
    return { message, status, home: dueNow(replanAfterWrite(doc, { contacts, meetings: meetings?.rows, touched: [contactId] })) };
  });
}
