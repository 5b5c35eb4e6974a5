// The meetings part of the server API (see ../server-api.ts) beyond Log a
// meeting itself: a contact's history, and opening a logged meeting again to
// correct it. A meeting is addressed by its Meeting ID, never by a row number,
// so a sort of the Meetings tab or rows added above do not move the edit.
import type { MeetingInput, SaveResult } from '../contacts';
import type { PrepApi } from './prep';
import type { Selection } from '../contacts';
import type { PathChoices } from '../paths';

/** One logged interaction as the history lists it. */
export interface MeetingSummary {
  meetingId: string;
  date: string;
  type: string;
  durationMin: string;
  /** The first line of the takeaways, '' when none. */
  takeaway: string;
}

export interface ContactHistory {
  contactId: string;
  name: string;
  /** Every interaction logged with the contact, newest first. */
  meetings: MeetingSummary[];
}

/** A logged meeting, as the form edits it (nextFollowUp is the contact's, not the meeting's: ''). */
export interface MeetingRecord {
  meetingId: string;
  values: MeetingInput;
}

export interface MeetingUpdate {
  meetingId: string;
  values: MeetingInput;
}

/** Log a meeting as it opens, in one round trip: who to pick, the path choices, the selected contact's history. */
export interface MeetingFormOpen {
  selection: Selection;
  pathChoices: PathChoices;
  history: ContactHistory | null;
}

export interface MeetingsApi extends PrepApi {
  openMeetingForm: () => MeetingFormOpen;
  getContactHistory: (contactId: string) => ContactHistory;
  getMeeting: (meetingId: string) => MeetingRecord;
  updateMeeting: (input: MeetingUpdate) => SaveResult;
}
