// What the follow-up rules read from the sheet: dates in cells a user may have
// typed anything into, statuses from adopted templates, which logged
// interactions were meetings, and "the last contact" with a person.
import { indexContacts, readStatus, resolveContactRef, statusRank, type ContactIndex } from '../contacts';
import { parseDateText, type IsoDate } from '../dates';
import type { Contact, Meeting, Status } from '../schema';

// A tracker repeats the same few hundred dates across thousands of cells, and
// parsing dominates the follow-up check, so each distinct text is read once.
const parsedDates = new Map<string, IsoDate | null>();

/** A date cell as yyyy-MM-dd, or null when blank or not a real date (typed text is read leniently). */
export function cellDate(cell: string): IsoDate | null {
  if (!cell) return null;
  let date = parsedDates.get(cell);
  if (date === undefined) {
    if (parsedDates.size >= 20000) parsedDates.clear();
    date = parseDateText(cell);
    parsedDates.set(cell, date);
  }
  return date;
}

/** The contact's Status from the list, forgiving case and spacing; null for anything else. */
export function statusOf(contact: Contact): Status | null {
  return readStatus(contact.status);
}

/** Statuses that say the student has met the person. */
export function hasMetStatus(status: Status | null): boolean {
  return statusRank(status) >= statusRank('Met');
}

// Career-centre templates track a thank-you as Y / Yes / a tick / TRUE rather
// than a date; these are the marks that mean "not yet".
const NOT_YET = /^(no|n|false|0|-+|not yet|pending|to ?do|tbd|\?)$/i;

/** True when a Thank-you sent cell records a thank-you, by date or by a mark such as "Yes". */
export function recordsThankYou(cell: string): boolean {
  const s = cell.trim();
  return s !== '' && !NOT_YET.test(s);
}

/**
 * Whether a logged interaction was a meeting that calls for a thank-you note and
 * counts as having met the person. An Email exchange is not a meeting. An Event
 * is not one either: a word at a career fair leads to an outreach message asking
 * for a meeting, not to a thank-you note. A blank or unknown type counts, since
 * most rows logged by hand are meetings.
 */
export function isMeeting(meeting: Meeting): boolean {
  const type = meeting.type.trim().toLowerCase();
  return type !== 'email' && type !== 'e-mail' && type !== 'event';
}

/**
 * A meeting dated today has happened only when the Status says so: the daily
 * check runs in the morning, before an afternoon meeting.
 */
export function hasHappened(date: IsoDate, today: IsoDate, status: Status | null): boolean {
  return date < today || (date === today && hasMetStatus(status));
}

/**
 * "The last contact" with a person: the latest of the contact's Last contact,
 * First contacted, Thank-you sent and Meeting date cells and every interaction
 * logged for them, so each logged interaction restarts the follow-up clocks. The
 * first-contact and thank-you dates count because a template may only fill
 * those. With asOf, dates after it are plans, not contact, and are skipped.
 * '' when no date is known.
 */
export function lastContactOf(contact: Contact, meetingsOfContact: readonly Meeting[], asOf?: IsoDate): IsoDate {
  let last = '';
  const consider = (d: IsoDate | null): void => {
    if (d && d > last && (!asOf || d <= asOf)) last = d;
  };
  consider(cellDate(contact.lastContact));
  consider(cellDate(contact.firstContacted));
  consider(cellDate(contact.thankYouSent));
  consider(cellDate(contact.meetingDate));
  for (const m of meetingsOfContact) consider(cellDate(m.date));
  return last;
}

/**
 * Logged interactions grouped by the contact they belong to, in one pass. A row
 * links by its Contact ID; a row typed by hand with no known ID links by the
 * name in its Contact column when that name is unambiguous.
 */
export function meetingsByContact(
  contacts: readonly Contact[],
  meetings: readonly Meeting[],
  index: ContactIndex = indexContacts(contacts),
): Map<Contact, Meeting[]> {
  const out = new Map<Contact, Meeting[]>();
  for (const m of meetings) {
    const id = m.contactId.trim();
    const owner = (id ? index.byId.get(id) : undefined) ?? resolveContactRef(m.contact, index);
    if (!owner) continue;
    const list = out.get(owner);
    if (list) list.push(m);
    else out.set(owner, [m]);
  }
  return out;
}
