// How long a scheduled meeting is to last, from the Schedule step: kept in the
// document (one small property per contact) so Prepare questions and interview
// mode plan for that length rather than the outreach's default.
import { readJsonProperty, writeJsonProperty } from '../properties';

const key = (contactId: string) => `infoInterviews.meetingLength.${contactId}`;

export function rememberMeetingLength(contactId: string, date: string, minutes: number): void {
  writeJsonProperty('document', key(contactId), { date, minutes });
}

/** The length of the contact's meeting on `date`, if the Schedule step set one for that day. */
export function scheduledLength(contactId: string, date: string): number | null {
  const v = readJsonProperty<{ date?: string; minutes?: number }>('document', key(contactId));
  return v && v.date === date && typeof v.minutes === 'number' ? v.minutes : null;
}
