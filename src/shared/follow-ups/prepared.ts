// Which contacts already have a question list for their next meeting: the
// prepare rule's input, shared by the follow-up check and the Dashboard.
import type { IsoDate } from '../dates';
import type { Contact, Meeting, QuestionRow } from '../schema';
import { cellDate, meetingsByContact } from './facts';

/**
 * Contacts whose questions were prepared after their last meeting before asOf:
 * a list from before the previous meeting was for that meeting, not the next.
 */
export function preparedContactIds(contacts: readonly Contact[], meetings: readonly Meeting[], questions: readonly QuestionRow[], asOf: IsoDate): Set<string> {
  const latestPrepared = new Map<string, string>();
  for (const q of questions) {
    const id = q.contactId.trim();
    if (!id || !q.question.trim()) continue;
    // A row with no date still says a list exists; it ranks below any dated one.
    const on = cellDate(q.preparedOn) ?? '0000-00-00';
    if (on > (latestPrepared.get(id) ?? '')) latestPrepared.set(id, on);
  }
  const out = new Set<string>();
  if (latestPrepared.size === 0) return out;
  const byContact = meetingsByContact(contacts, meetings);
  for (const c of contacts) {
    const id = c.contactId.trim();
    const prepared = latestPrepared.get(id);
    if (!prepared) continue;
    let lastMet = '';
    for (const m of byContact.get(c) ?? []) {
      const d = cellDate(m.date);
      if (d && d < asOf && d > lastMet) lastMet = d;
    }
    if (!lastMet || prepared > lastMet) out.add(id);
  }
  return out;
}
