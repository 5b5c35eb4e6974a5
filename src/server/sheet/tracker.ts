// The whole tracker in one read a tab, for the actions that look at everything
// (the follow-up check, the dashboard), so doing both costs no second read.
import { MEETING_COLUMNS, QUESTION_COLUMNS, type ColumnSpec, type ContactKey, type Meeting, type MeetingKey, type QuestionKey, type QuestionRow } from '../../shared/schema';
import { findTab, readTable, requireTable, type Doc, type Tab, type Table } from './table';

export interface Tracker {
  contacts: Table<ContactKey>;
  meetings: Meeting[];
  /** Empty until questions are first prepared (the Questions tab is made then). */
  questions: QuestionRow[];
}

function optionalRows<K extends string>(doc: Doc, key: 'meetings' | 'questions', columns: readonly ColumnSpec<K>[]): Array<Record<K, string>> {
  const sheet = findTab(doc, key);
  return sheet ? readTable(doc, sheet, columns).rows : [];
}

/** The tracker, read a tab at a time; `contactsTab` when the caller has just found Contacts. */
export function readTracker(doc: Doc, contactsTab?: Tab | null): Tracker {
  return {
    contacts: requireTable(doc, 'contacts', contactsTab),
    meetings: optionalRows(doc, 'meetings', MEETING_COLUMNS as readonly ColumnSpec<MeetingKey>[]),
    questions: optionalRows(doc, 'questions', QUESTION_COLUMNS as readonly ColumnSpec<QuestionKey>[]),
  };
}

/** The tracker from Contacts and Meetings a caller already read (Set up tracker), reading only Questions. */
export function trackerFrom(doc: Doc, contacts: Table<ContactKey>, meetings: Table<MeetingKey>): Tracker {
  return { contacts, meetings: meetings.rows, questions: optionalRows(doc, 'questions', QUESTION_COLUMNS as readonly ColumnSpec<QuestionKey>[]) };
}
