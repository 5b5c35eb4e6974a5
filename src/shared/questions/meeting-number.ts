// Which meeting the next list is for, and whether the list saved now was left
// over from an earlier one: a second meeting gets a full list of deeper
// questions on first open, not the first list's unasked remainder.
import { countsAsMeeting } from '../meetings';

export interface PastInteraction {
  type: string;
  /** yyyy-MM-dd, '' when unknown. */
  date: string;
}

/** Meetings already held (emails and meetings still to come do not count), plus one. */
export function meetingNumberOf(interactions: readonly PastInteraction[], askedCount: number, today: string): number {
  const held = interactions.filter((m) => countsAsMeeting(m.type) && (!m.date || m.date <= today)).length;
  return Math.max(held + 1, askedCount > 0 ? 2 : 1);
}

/**
 * True when the unasked list is last meeting's spares: an interview used it
 * (Finish stamps its rows with that meeting's ID), or a meeting was held on a
 * day after it was prepared. A list prepared on the day of a meeting logged
 * without interview mode is kept: it may be the next one.
 */
export function isLeftoverList(list: ReadonlyArray<{ preparedOn: string; meetingId: string }>, interactions: readonly PastInteraction[], today: string): boolean {
  if (!list.length) return false;
  if (list.some((r) => r.meetingId.trim() !== '')) return true;
  const prepared = list.map((r) => r.preparedOn).filter(Boolean).sort().pop();
  if (!prepared) return false;
  return interactions.some((m) => countsAsMeeting(m.type) && !!m.date && m.date > prepared && m.date <= today);
}
