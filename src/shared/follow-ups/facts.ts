// What the follow-up rules read from the sheet: dates in cells a user may have
// typed anything into, statuses from adopted templates, which logged
// interactions were meetings, and "the last contact" with a person.
import { indexContacts, readStatus, resolveContactRef, statusRank, type ContactIndex } from '../contacts';
import { parseDateText, type IsoDate } from '../dates';
import { remembered } from '../memo';
import type { Contact, Meeting, Status } from '../schema';

/** A date cell as yyyy-MM-dd, or null when blank or not a real date (typed text is read leniently). */
export function cellDate(cell: string): IsoDate | null {
  return cell ? parseDateText(cell) : null;
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

// Asked of every Meetings row several times a check; a tracker has a handful of types.
const meetingTypes = new Map<string, boolean>();

/**
 * Whether a logged interaction was a meeting that calls for a thank-you note and
 * counts as having met the person. An Email exchange is not a meeting. An Event
 * is not one either: a word at a career fair leads to an outreach message asking
 * for a meeting, not to a thank-you note. A blank or unknown type counts, since
 * most rows logged by hand are meetings.
 */
export function isMeeting(meeting: Meeting): boolean {
  return remembered(meetingTypes, meeting.type, isMeetingType, 2000);
}

function isMeetingType(text: string): boolean {
  const type = text.trim().toLowerCase();
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
  // Asked for every contact and referrer of a plan: a plain loop, no closure made per call.
  let last = later('', cellDate(contact.lastContact), asOf);
  last = later(last, cellDate(contact.firstContacted), asOf);
  last = later(last, cellDate(contact.thankYouSent), asOf);
  last = later(last, cellDate(contact.meetingDate), asOf);
  for (let i = 0; i < meetingsOfContact.length; i++) last = later(last, cellDate(meetingsOfContact[i].date), asOf);
  return last;
}

function later(last: IsoDate, d: IsoDate | null, asOf: IsoDate | undefined): IsoDate {
  return d && d > last && (!asOf || d <= asOf) ? d : last;
}

/**
 * Logged interactions grouped by the contact they belong to, in one pass. A row
 * links by its Contact ID; a row typed by hand with no known ID links by the
 * name in its Contact column when that name is unambiguous. Shared by every
 * caller that groups the same rows: read it, never change it.
 */
export function meetingsByContact(
  contacts: readonly Contact[],
  meetings: readonly Meeting[],
  index: ContactIndex = indexContacts(contacts),
): ReadonlyMap<Contact, readonly Meeting[]> {
  return groupMeetings(meetings, index).byContact;
}

export interface MeetingGroups {
  byContact: ReadonlyMap<Contact, readonly Meeting[]>;
  /** Rows that belong to no contact (a deleted row, a name two contacts share), in sheet order. */
  unmatched: readonly Meeting[];
}

interface Grouped {
  index: ContactIndex;
  rows: readonly Meeting[];
  ids: string[];
  names: string[];
  groups: MeetingGroups;
}

// The plan, the prepared-questions test and the Dashboard each group the same
// rows by the same index in one execution. A grouping depends only on the index
// and on which rows, in which order, with which Contact ID and Contact name:
// those compared (pointers), it is reused (see indexContacts).
const recentGroups: Grouped[] = [];

export function groupMeetings(meetings: readonly Meeting[], index: ContactIndex): MeetingGroups {
  for (const g of recentGroups) if (sameGrouping(g, meetings, index)) return g.groups;
  const n = meetings.length;
  const ids: string[] = new Array(n);
  const names: string[] = new Array(n);
  const byContact = new Map<Contact, Meeting[]>();
  const unmatched: Meeting[] = [];
  for (let i = 0; i < n; i++) {
    const m = meetings[i];
    ids[i] = m.contactId;
    names[i] = m.contact;
    const id = m.contactId.trim();
    const owner = (id ? index.byId.get(id) : undefined) ?? resolveContactRef(m.contact, index);
    if (!owner) {
      unmatched.push(m);
      continue;
    }
    const list = byContact.get(owner);
    if (list) list.push(m);
    else byContact.set(owner, [m]);
  }
  const groups = { byContact, unmatched };
  recentGroups.unshift({ index, rows: meetings.slice(), ids, names, groups });
  if (recentGroups.length > 2) recentGroups.pop();
  return groups;
}

function sameGrouping(g: Grouped, meetings: readonly Meeting[], index: ContactIndex): boolean {
  const n = meetings.length;
  if (g.index !== index || g.rows.length !== n) return false;
  for (let i = 0; i < n; i++) {
    const m = meetings[i];
    if (m !== g.rows[i] || m.contactId !== g.ids[i] || m.contact !== g.names[i]) return false;
  }
  return true;
}
