// Which interactions are meetings: an interview, a call, a video call, a coffee
// or an event is one; an email exchange is not, so it never makes the next
// conversation a "second meeting".
import { MEETING_TYPE } from '../schema';
import { matchListValue } from '../contacts';

/** True for every Type but Email (and for a type the student typed in their own words). */
export function countsAsMeeting(type: string): boolean {
  const t = matchListValue(MEETING_TYPE, type || '');
  if (t) return t !== 'Email';
  return !/e-?mail/i.test(type || '') && (type || '').trim() !== '';
}
