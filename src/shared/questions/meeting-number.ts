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
 * True when the unasked list was prepared before a meeting that has since been
 * held (or before questions asked at one): what remains is last meeting's spares.
 */
export function isLeftoverList(
  listPreparedOn: readonly string[],
  interactions: readonly PastInteraction[],
  askedPreparedOn: readonly string[],
  today: string,
): boolean {
  const prepared = listPreparedOn.filter(Boolean).sort().pop();
  if (!prepared) return false;
  const heldSince = interactions.some((m) => countsAsMeeting(m.type) && m.date && m.date >= prepared && m.date <= today);
  const askedFromIt = askedPreparedOn.some((d) => d && d >= prepared);
  return heldSince || askedFromIt;
}
