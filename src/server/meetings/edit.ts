// A contact's history and a logged meeting opened again: read and corrected by
// its Meeting ID, found afresh under the lock, so a sorted Meetings tab or rows
// added above never send the correction to another meeting's row.
import type { Contact, Meeting, MeetingKey } from '../../shared/schema';
import type { MeetingInput, SaveResult } from '../../shared/contacts';
import type { ContactHistory, MeetingRecord, MeetingUpdate } from '../../shared/meetings';
import { contactPatchForMeeting, emptyMeetingInput, validateMeetingInput } from '../../shared/meetings';
import { findTab, indexOfRow, openDoc, requireTable, rowOfId, today, withDocumentLock, writeRowCells } from '../sheet';
import { UserError } from '../errors';
import { meetingSaved, referralMessages, referralWrites, writeReferrals } from './log';
import { dueNow, replanAfterWrite } from '../follow-ups';

const EDITED: Array<keyof MeetingInput & MeetingKey> = ['date', 'type', 'durationMin', 'takeaways', 'advice', 'referralsGiven', 'thankYouSent', 'followUpAgreed', 'path', 'interest', 'notes'];

function firstLine(text: string): string {
  return (text || '').split(/\r?\n/).map((l) => l.trim()).find(Boolean) ?? '';
}

export function contactHistory(contactId: string): ContactHistory {
  const doc = openDoc();
  const rows = findTab(doc, 'meetings') ? requireTable(doc, 'meetings').rows : [];
  return historyFrom(requireTable(doc, 'contacts').rows, rows, contactId);
}

/** A contact's history from tables already read (Log a meeting's opening call reads each tab once). */
export function historyFrom(contacts: readonly Contact[], rows: readonly Meeting[], contactId: string): ContactHistory {
  const contact = contacts.find((r) => r.contactId !== '' && r.contactId === contactId);
  if (!contact) throw new UserError('That contact is no longer in the Contacts tab. Pick another.');
  const meetings = rows
    .map((r, i) => ({ r, i }))
    .filter(({ r }) => r.contactId === contactId && r.meetingId !== '')
    // Newest first; the same day in the order logged, the later one first.
    .sort((a, b) => (a.r.date < b.r.date ? 1 : a.r.date > b.r.date ? -1 : b.r.meetingId.localeCompare(a.r.meetingId, 'en', { numeric: true })))
    .map(({ r }) => ({ meetingId: r.meetingId, date: r.date, type: r.type, durationMin: r.durationMin, takeaway: firstLine(r.takeaways) }));
  return { contactId, name: contact.name, meetings };
}

export function openMeeting(meetingId: string): MeetingRecord {
  const doc = openDoc();
  const meetings = requireTable(doc, 'meetings');
  const row = rowOfId(meetings, 'meetingId', String(meetingId || ''));
  if (row < 2) throw new UserError(`Meeting ${meetingId} is no longer in the Meetings tab.`);
  const r = meetings.rows[indexOfRow(meetings, row)];
  const values = emptyMeetingInput(r.contactId, r.date);
  for (const k of EDITED) values[k] = r[k];
  return { meetingId: r.meetingId, values };
}

export function updateMeeting(input: MeetingUpdate): SaveResult {
  const meetingId = String(input?.meetingId || '').trim();
  if (!meetingId) return { ok: false, errors: { meetingId: 'Which meeting? Open it again from the history.' } };
  const doc = openDoc();
  const now = today(doc);
  const check = validateMeetingInput(input.values || {}, now);
  if (!check.ok) return { ok: false, errors: check.errors as Record<string, string> };
  const m = check.meeting;

  return withDocumentLock((): SaveResult => {
    const meetings = requireTable(doc, 'meetings');
    const contacts = requireTable(doc, 'contacts');
    const at = rowOfId(meetings, 'meetingId', meetingId);
    if (at < 2) return { ok: false, errors: { meetingId: `Meeting ${meetingId} is no longer in the Meetings tab: someone deleted the row. Nothing was saved.` } };
    const before = meetings.rows[indexOfRow(meetings, at)];
    if (before.contactId !== m.contactId) {
      return { ok: false, errors: { contactId: 'A logged meeting stays with its contact. To move it, log it again for the other contact and delete this row.' } };
    }
    const row = rowOfId(contacts, 'contactId', m.contactId);
    if (row < 2) return { ok: false, errors: { contactId: `Contact ${m.contactId} is no longer in the sheet. Nothing was saved.` } };
    const contact = contacts.rows[indexOfRow(contacts, row)];
    const who = contact.name || contact.contactId;

    const referrals = referralWrites(contacts, { ...contact, name: who }, m.referralsGiven, now);
    if (!referrals.ok) return { ok: false, errors: { referralsGiven: referrals.error } };

    // Only the cells that changed: the student's own edits in the row's other cells stay.
    const patch: Partial<Record<MeetingKey, string>> = {};
    for (const k of EDITED) if (m[k] !== before[k]) patch[k] = m[k];
    writeRowCells(meetings, at, patch);

    const contactPatch = contactPatchForMeeting(contact, m, now);
    writeRowCells(contacts, row, contactPatch);
    const created = writeReferrals(contacts, contact, referrals);
    // A corrected date or type changes what is due: re-planned now, as after any write.
    const touched = [contact.contactId, ...referrals.plan.link.map((l) => l.contactId), ...created];
    const home = dueNow(replanAfterWrite(doc, { contacts, meetings: meetings.rows, dashboard: true, touched }));

    const changed = Object.keys(patch).length;
    const parts = [changed ? `Corrected the ${m.type.toLowerCase()} with ${who} on ${m.date} (${meetingId}).` : `Nothing changed in ${meetingId}.`];
    if (contactPatch.status) parts.push(`Status is now ${contactPatch.status}.`);
    parts.push(...referralMessages(referrals, who));
    return meetingSaved(contact, meetingId, parts, referrals, contactPatch, home);
  });
}
