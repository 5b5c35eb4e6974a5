// The Schedule step: a meeting's date, time, mode and place written to the
// contact's row (Meeting date, Meeting time, Meeting place, Preferred mode,
// Status Scheduled), then the follow-up plan re-planned so "Prepare questions"
// appears, and the calendar links returned for the sidebar to offer.
import { parseTime, type ScheduleInput, type ScheduleResult } from '../../shared/reminders';
import { PREFERRED_MODE, type Contact } from '../../shared/schema';
import { laterStatus } from '../../shared/contacts';
import { parseDateText } from '../../shared/dates';
import { humanDate, tidy } from '../../shared/drafts';
import { documentInfo, ensureTab, indexOfRow, openDoc, questionsUrl, requireTable, rowOfId, today, withDocumentLock, writeRowCells } from '../sheet';
import { runFollowUpCheck } from '../follow-ups';
import { DEFAULT_MEETING_MINUTES, meetingLinks } from './calendar-event';
import { rememberMeetingLength } from '../meetings';

const PLACE_LIMIT = 500;

export function scheduleMeeting(input: ScheduleInput): ScheduleResult {
  const src = input && typeof input === 'object' ? input : ({} as ScheduleInput);
  const doc = openDoc();
  const now = today(doc);
  const errors: Record<string, string> = {};
  const contactId = tidy(src.contactId);
  if (!contactId) errors.contactId = 'Choose the contact you are meeting.';
  const date = parseDateText(String(src.date ?? ''));
  if (!date) errors.date = 'A date, e.g. 2026-03-10.';
  else if (date < now) errors.date = `${humanDate(date)} has passed: use Log a meeting for a meeting that took place.`;
  const time = parseTime(String(src.time ?? ''));
  if (!time) errors.time = 'A time on the 24-hour clock, e.g. 09:30.';
  const modeText = tidy(src.mode);
  const mode = PREFERRED_MODE.find((m) => m.toLowerCase() === modeText.toLowerCase()) ?? '';
  if (modeText && !mode) errors.mode = `Choose ${PREFERRED_MODE.join(', ')}.`;
  const place = tidy(src.place);
  if (place.length > PLACE_LIMIT) errors.place = `At most ${PLACE_LIMIT} characters.`;
  const duration = src.durationMin === undefined || tidy(String(src.durationMin)) === '' ? DEFAULT_MEETING_MINUTES : Number(src.durationMin);
  if (!Number.isInteger(duration) || duration < 5 || duration > 240) errors.durationMin = 'Minutes, from 5 to 240.';
  if (Object.keys(errors).length) return { ok: false, errors };

  const contact = withDocumentLock((): Contact | null => {
    let contacts = requireTable(doc, 'contacts');
    if (contacts.header.index.meetingTime < 0 || contacts.header.index.meetingPlace < 0) {
      // A tracker set up before these columns existed: add them at the end, as Set up tracker would.
      ensureTab(doc, 'contacts');
      contacts = requireTable(doc, 'contacts');
    }
    const row = rowOfId(contacts, 'contactId', contactId);
    if (row < 2) return null;
    const c = contacts.rows[indexOfRow(contacts, row)];
    const patch: Partial<Contact> = { meetingDate: date!, meetingTime: time!, meetingPlace: place };
    const status = laterStatus(c.status, 'Scheduled');
    if (status !== c.status) patch.status = status;
    if (mode && mode !== c.preferredMode) patch.preferredMode = mode;
    writeRowCells(contacts, row, patch);
    return { ...c, ...patch };
  });
  if (!contact) return { ok: false, errors: { contactId: 'That contact is no longer in the sheet: choose them again.' } };

  rememberMeetingLength(contact.contactId, date!, duration);
  // The plan follows every write: the meeting brings "Prepare questions" forward.
  runFollowUpCheck();
  const info = documentInfo(doc);
  const links = meetingLinks({ contact, date: date!, time: time!, place, mode: mode || tidy(contact.preferredMode), durationMin: duration }, doc.timeZone, info, questionsUrl(doc, info));
  const name = tidy(contact.name) || contact.contactId;
  const status = tidy(contact.status);
  return {
    ok: true,
    message: `${name}: meeting scheduled for ${humanDate(date!)} at ${time} (${doc.timeZone}).${status === 'Scheduled' ? ' Status is now Scheduled.' : ` Status stays ${status}.`}`,
    links,
  };
}
