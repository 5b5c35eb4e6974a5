// What the dashboard knows about each contact: how far along the pipeline they
// got, whether they replied and met, and the dates of the meetings that happened,
// read from cells a user may have filled in any way (odd case, no dates, notes
// typed into date cells) and from Meetings rows whose contact may be gone.
import { indexContacts, isBlankContact, statusRank, type ContactIndex } from '../contacts';
import type { IsoDate } from '../dates';
import { cellDate, groupMeetings, hasHappened, hasMetStatus, isMeeting, statusOf } from '../follow-ups';
import { STATUS, type Contact, type Meeting, type Status } from '../schema';

/** The funnel's stages in pipeline order. Follow-up sent is a second nudge, not a reply: it counts as Contacted. */
export const PIPELINE = ['To contact', 'Contacted', 'Scheduled', 'Met', 'Thanked', 'Keeping in touch'] as const;
export type PipelineStage = (typeof PIPELINE)[number];

/** Statuses shown beside the funnel, not in it; 'No status' is a blank or unrecognised Status cell. */
export const APART = ['No response', 'Declined', 'No status'] as const;
export type ApartStage = (typeof APART)[number];

/** The funnel stage a status counts in: the furthest stage it has reached in the Status order. */
function stageOf(status: Status | null): PipelineStage | undefined {
  return status === null ? undefined : STAGE_OF[status];
}

function furthestStage(status: Status): PipelineStage | undefined {
  if ((APART as readonly string[]).indexOf(status) >= 0) return undefined;
  let stage: PipelineStage | undefined;
  for (const s of PIPELINE) if (statusRank(s) <= statusRank(status)) stage = s;
  return stage;
}

// Asked for every contact: worked out once per status.
const STAGE_OF = {} as Record<Status, PipelineStage | undefined>;
for (const s of STATUS) STAGE_OF[s] = furthestStage(s);
const SCHEDULED = PIPELINE.indexOf('Scheduled');
const MET = PIPELINE.indexOf('Met');

export interface ContactFacts {
  contact: Contact;
  /** Where the Status cell puts them now: a pipeline stage or a status kept apart. */
  now: PipelineStage | ApartStage;
  /** The furthest pipeline stage their cells and meetings show they reached (index into PIPELINE). */
  reached: number;
  contacted: boolean;
  /** Reached Scheduled or later, or has a meeting logged (past or planned). */
  replied: boolean;
  met: boolean;
  /** Dates of meetings that happened, one per meeting (undated logged meetings are counted, not dated). */
  meetingDates: IsoDate[];
  meetings: number;
}

export interface Facts {
  contacts: ContactFacts[];
  index: ContactIndex;
  /** Meetings rows whose Contact ID and name match no contact (a deleted row): dates of those that happened. */
  unmatchedMeetingDates: IsoDate[];
  unmatchedMeetings: number;
}

function isBlankMeeting(m: Meeting): boolean {
  for (const k of Object.keys(m) as (keyof Meeting)[]) if (String(m[k] ?? '').trim() !== '') return false;
  return true;
}

/** One pass over both tabs: linear in rows, whatever the data looks like. */
export function gatherFacts(allContacts: readonly Contact[], meetings: readonly Meeting[], today: IsoDate): Facts {
  const contacts = allContacts.filter((c) => !isBlankContact(c));
  const index = indexContacts(contacts);
  // The plan grouped these rows already when no contact is blank (the same index then).
  const { byContact: logged, unmatched } = groupMeetings(meetings, index);
  const unmatchedMeetingDates: IsoDate[] = [];
  let unmatchedMeetings = 0;
  for (const m of unmatched) {
    if (isBlankMeeting(m) || !isMeeting(m)) continue;
    const d = cellDate(m.date);
    if (d && d > today) continue;
    unmatchedMeetings += 1;
    if (d) unmatchedMeetingDates.push(d);
  }
  const facts = contacts.map((c) => factsOf(c, logged.get(c) ?? NONE, today));
  return { contacts: facts, index, unmatchedMeetingDates, unmatchedMeetings };
}

const NONE: readonly Meeting[] = [];
// Frozen, so a caller that pushed onto a contact's meetingDates would fail loudly rather than date every contact.
const NO_DATES = Object.freeze([]) as unknown as IsoDate[];

/** logged: every interaction of the contact; only meetings count (a row linked to a contact is never blank). */
function factsOf(contact: Contact, logged: readonly Meeting[], today: IsoDate): ContactFacts {
  const status = statusOf(contact);
  const stage = stageOf(status);
  const now: ContactFacts['now'] = stage ?? (status === 'No response' || status === 'Declined' ? status : 'No status');

  // Most contacts have no meeting that happened: they share one empty list (never pushed to), not 10,000 of their own.
  let meetingDates: IsoDate[] = NO_DATES;
  let meetings = 0;
  let planned = 0;
  // Indexed: once a contact, mostly before V8 has optimised it (no iterator made per call).
  for (let i = 0; i < logged.length; i++) {
    const m = logged[i];
    if (!isMeeting(m)) continue;
    const d = cellDate(m.date);
    if (d && !hasHappened(d, today, status)) {
      planned += 1;
      continue;
    }
    meetings += 1;
    if (d) {
      if (meetingDates === NO_DATES) meetingDates = [];
      meetingDates.push(d);
    }
  }
  // A template user may track the meeting only in Contacts: Meeting date with a Met status.
  const contactMeeting = cellDate(contact.meetingDate);
  if (contactMeeting && hasMetStatus(status) && contactMeeting <= today && meetingDates.indexOf(contactMeeting) < 0) {
    meetings += 1;
    if (meetingDates === NO_DATES) meetingDates = [];
    meetingDates.push(contactMeeting);
  }

  const met = hasMetStatus(status) || meetings > 0;
  let reached = stage ? PIPELINE.indexOf(stage) : 0;
  const replied = met || reached >= SCHEDULED || planned > 0;
  const contacted =
    replied ||
    (status !== null && status !== 'To contact') ||
    cellDate(contact.firstContacted) !== null ||
    cellDate(contact.lastContact) !== null;
  if (contacted) reached = Math.max(reached, 1);
  if (replied) reached = Math.max(reached, SCHEDULED);
  if (met) reached = Math.max(reached, MET);
  return { contact, now, reached, contacted, replied, met, meetingDates, meetings };
}
