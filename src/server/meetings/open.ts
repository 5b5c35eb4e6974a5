// Log a meeting as it opens: everything the form shows first, in one
// google.script.run round trip rather than three (each costs the student
// several hundred milliseconds), reading Contacts and Meetings once each.
import type { MeetingFormOpen } from '../../shared/meetings';
import { openDoc, readOptionalTable, requireTable, selectionFrom, today } from '../sheet';
import { pathChoicesFrom } from '../paths';
import { historyFrom } from './edit';

export function openMeetingForm(): MeetingFormOpen {
  const doc = openDoc();
  const contacts = requireTable(doc, 'contacts');
  const meetings = readOptionalTable(doc, 'meetings');
  const meetingRows = meetings ? meetings.rows : [];
  const selection = selectionFrom(doc, contacts);
  const id = selection.selected?.contactId ?? '';
  return {
    selection,
    pathChoices: pathChoicesFrom(contacts.rows, meetingRows, today(doc)),
    history: id ? historyFrom(contacts.rows, meetingRows, id) : null,
  };
}
