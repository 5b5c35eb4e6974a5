// The home page's and the follow-up drafts' "done" buttons: one server call
// applies the marks table to the contact's row (or, for "told the referrer",
// logs an Email interaction with the referrer), re-plans in the same execution
// and returns the home page's items, so the item leaves the list at once.
import { MEETING_COLUMNS, type ColumnSpec, type Meeting, type MeetingKey } from '../../shared/schema';
import { applyMark, isMarkKind, MARKS, type MarkFollowUpInput, type MarkFollowUpResult } from '../../shared/follow-ups';
import { indexContacts, resolveContactRef } from '../../shared/contacts';
import { humanDate, tidy } from '../../shared/drafts';
import { isIsoDate } from '../../shared/dates';
import { appendRecords, findTab, indexOfRow, openDoc, readTable, requireTable, rowOfId, today, withDocumentLock, writeRowCells } from '../sheet';
import { dueNow, replanAfterWrite } from '../follow-ups';
import { allocateIds } from '../contacts';
import { UserError } from '../errors';

export function markFollowUp(input: MarkFollowUpInput): MarkFollowUpResult {
  const contactId = tidy(input?.contactId);
  const mark = input?.mark;
  const date = tidy(input?.date);
  if (!contactId) throw new UserError('Choose the contact first.');
  if (!isMarkKind(mark)) throw new UserError('That step is not one the add-on can mark done.');
  if (MARKS[mark].sets.meetingDate === 'date' && !isIsoDate(date)) throw new UserError('Enter the meeting’s date (yyyy-MM-dd).');
  if (mark === 'meeting-logged') throw new UserError('Log the meeting with the Log a meeting form.');

  return withDocumentLock(() => {
    const doc = openDoc();
    const t = today(doc);
    const contacts = requireTable(doc, 'contacts');
    const row = rowOfId(contacts, 'contactId', contactId);
    if (row < 2) throw new UserError('That contact is no longer in the sheet.');
    const c = contacts.rows[indexOfRow(contacts, row)];
    const who = tidy(c.name) || contactId;

    let meetings: Meeting[] | undefined;
    const touched = [contactId];
    let message: string;
    let status = c.status;
    if (mark === 'told-referrer') {
      const referrer = resolveContactRef(c.referredBy, indexContacts(contacts.rows));
      if (!referrer || referrer === c) throw new UserError(`Referred by on ${who}'s row names no contact in the sheet: correct it, then try again.`);
      const tab = findTab(doc, 'meetings');
      if (!tab) throw new UserError('There is no Meetings tab: run Set up tracker first.');
      const table = readTable(doc, tab, MEETING_COLUMNS as readonly ColumnSpec<MeetingKey>[]);
      const [meetingId] = allocateIds('meetings', table, 1);
      const name = tidy(referrer.name) || referrer.contactId;
      appendRecords(table, [
        { meetingId, contactId: referrer.contactId, contact: referrer.name, date: t, type: 'Email', notes: `Told ${name} about meeting ${who}.` },
      ]);
      meetings = table.rows;
      touched.push(referrer.contactId);
      message = `Logged an email to ${name} on ${humanDate(t)} (${meetingId}): they know you met ${who}.`;
    } else {
      const outcome = applyMark(c, mark, t, { date });
      writeRowCells(contacts, row, outcome.patch);
      status = outcome.status;
      const moved = outcome.patch.status ? ` Status is now ${outcome.patch.status}.` : status ? ` Status stays ${status}.` : '';
      message = `${who}: ${MARKS[mark].label.replace(/^Mark /, '').toLowerCase()} on ${humanDate(date || t)}.${moved}`;
    }
    const replanned = replanAfterWrite(doc, { contacts, meetings, touched });
    return { message, status, home: dueNow(replanned) };
  });
}
