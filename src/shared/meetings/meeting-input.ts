// Log a meeting, as pure rules: what the form must hold before anything is
// written, and what a logged meeting changes on the contact (dates, status).
import { MEETING_TYPE, type Contact, type Status } from '../schema';
import type { MeetingInput } from '../contacts';
import { laterOf } from '../dates';
import { laterStatus, matchListValue, readDate, readStatus, statusRank } from '../contacts';
import { parseReferrals } from './referrals';

export type MeetingErrors = Partial<Record<keyof MeetingInput, string>>;
export type MeetingCheck = { ok: true; meeting: MeetingInput } | { ok: false; errors: MeetingErrors };

/** A Sheets cell holds at most 50,000 characters. */
const MAX_TEXT = 50000;
const MAX_MINUTES = 1440;
const TEXT_FIELDS = ['takeaways', 'advice', 'referralsGiven', 'followUpAgreed', 'notes', 'path'] as const;

export function emptyMeetingInput(contactId = '', date = ''): MeetingInput {
  return {
    contactId,
    date,
    type: MEETING_TYPE[0],
    durationMin: '',
    takeaways: '',
    advice: '',
    referralsGiven: '',
    thankYouSent: '',
    followUpAgreed: '',
    nextFollowUp: '',
    notes: '',
    path: '',
    interest: '',
  };
}

function str(v: unknown): string {
  return typeof v === 'string' ? v.trim() : v === undefined || v === null ? '' : String(v).trim();
}

/**
 * Checks a Log a meeting form against today (yyyy-MM-dd in the spreadsheet's
 * zone). Returns the values as they will be written (trimmed, dates as
 * yyyy-MM-dd, the type spelt as in the list) or one message per field.
 */
export function validateMeetingInput(input: Partial<MeetingInput>, today: string): MeetingCheck {
  const m = emptyMeetingInput();
  for (const k of Object.keys(m) as Array<keyof MeetingInput>) m[k] = str(input[k]);
  const errors: MeetingErrors = {};

  if (!m.contactId) errors.contactId = 'Choose the contact you met.';

  const date = readDate(m.date);
  if (!m.date) errors.date = 'Enter the date of the meeting.';
  else if (!date) errors.date = `Date "${m.date}" is not a real date. Enter a date like ${today}.`;
  else m.date = date;

  const type = matchListValue(MEETING_TYPE, m.type);
  if (!type) errors.type = `Choose the type of meeting: ${MEETING_TYPE.join(', ')}.`;
  else m.type = type;

  if (m.durationMin) {
    const n = Number(m.durationMin);
    if (!/^\d+$/.test(m.durationMin) || n < 1 || n > MAX_MINUTES) {
      errors.durationMin = `Duration "${m.durationMin}" is not a number of minutes. Enter whole minutes from 1 to ${MAX_MINUTES}, or leave it empty.`;
    } else m.durationMin = String(n);
  }

  const thanks = readDate(m.thankYouSent);
  if (m.thankYouSent && !thanks) errors.thankYouSent = `Thank-you sent "${m.thankYouSent}" is not a real date. Enter the day you sent it, or leave it empty.`;
  else if (thanks) {
    m.thankYouSent = thanks;
    if (date && thanks < date) errors.thankYouSent = `Thank-you sent (${thanks}) is before the meeting (${date}). A thank-you comes after the meeting.`;
    else if (thanks > today) errors.thankYouSent = `Thank-you sent (${thanks}) is in the future. Enter it once you have sent it.`;
  }

  const next = readDate(m.nextFollowUp);
  if (m.nextFollowUp && !next) errors.nextFollowUp = `Next follow-up "${m.nextFollowUp}" is not a real date. Enter a date like ${today}, or leave it empty.`;
  else if (next) {
    m.nextFollowUp = next;
    if (date && next < date) errors.nextFollowUp = `Next follow-up (${next}) is before the meeting (${date}). Enter the day you agreed to follow up.`;
  }

  const referrals = parseReferrals(m.referralsGiven);
  if (referrals.errors.length) errors.referralsGiven = referrals.errors.join(' ');

  if (m.interest && !/^[1-5]$/.test(m.interest)) errors.interest = `Interest "${m.interest}" is not 1 to 5. Choose how interested you are in this path now, or leave it empty.`;
  m.path = (m.path ?? '').replace(/\s+/g, ' ');

  for (const k of TEXT_FIELDS) {
    if ((m[k] ?? '').length > MAX_TEXT && !errors[k]) errors[k] = `This is ${(m[k] ?? '').length} characters; a cell holds at most ${MAX_TEXT}. Shorten it.`;
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, meeting: m };
}

/** The status a logged meeting leads to: forward only (Keeping in touch stays). */
export function statusAfterMeeting(current: string, meeting: Pick<MeetingInput, 'date' | 'type' | 'thankYouSent'>, today: string): string {
  const happened = meeting.date <= today;
  const isMeeting = meeting.type !== 'Email';
  let target: Status;
  if (isMeeting && !happened) target = 'Scheduled';
  else if (meeting.thankYouSent && (isMeeting || statusRank(readStatus(current)) >= statusRank('Met'))) target = 'Thanked';
  else if (isMeeting) target = 'Met';
  else target = 'Contacted';
  return laterStatus(current, target);
}

/**
 * The contact's cells that a logged meeting changes, and only those whose value
 * changes: Last contact, Meeting date (meetings, not emails), Thank-you sent,
 * Next follow-up and Status. A meeting still to come does not count as contact.
 */
export function contactPatchForMeeting(contact: Contact, meeting: MeetingInput, today: string): Partial<Contact> {
  const patch: Partial<Contact> = {};
  const set = (k: keyof Contact, v: string) => {
    if (v !== contact[k]) patch[k] = v;
  };
  const happened = meeting.date <= today;
  const lastContact = readDate(contact.lastContact) || '';
  const meetingDate = readDate(contact.meetingDate) || '';
  if (happened) set('lastContact', laterOf(lastContact, meeting.date));
  if (meeting.type !== 'Email') {
    // For a Scheduled contact the meeting that happened is the one planned, even
    // if it moved earlier; otherwise the latest meeting wins.
    const wasPlanned = readStatus(contact.status) === 'Scheduled';
    set('meetingDate', happened && wasPlanned ? meeting.date : laterOf(meetingDate, meeting.date));
  }
  if (meeting.thankYouSent) set('thankYouSent', laterOf(readDate(contact.thankYouSent) || '', meeting.thankYouSent));
  if (meeting.nextFollowUp) set('nextFollowUp', meeting.nextFollowUp);
  set('status', statusAfterMeeting(contact.status, meeting, today));
  return patch;
}
