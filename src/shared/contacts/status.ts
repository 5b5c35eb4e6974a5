// How far along a contact is, written once: every mark, the meeting log and the
// dashboard funnel read the Status list in this order, so "Status never moves
// backwards by a mark" means the same thing everywhere.
//
// API:
//   readStatus(cell): Status | null       the list value a Status cell means, forgiving case and spacing
//   statusRank(status): number            position along the way; -1 for null
//   laterStatus(cell, target): string     the Status cell after a mark that leads to target
import { STATUS, type Status } from '../schema';
import { matchListValue } from './fields';

// No response and Declined sit beside Contacted: the person was reached but did
// not reply, so anything that shows a reply (a meeting, a thank-you) overrides them,
// and a late "contacted" does not.
const RANK: Record<Status, number> = {
  'To contact': 0,
  Contacted: 1,
  'No response': 1,
  Declined: 1,
  'Follow-up sent': 2,
  Scheduled: 3,
  Met: 4,
  Thanked: 5,
  'Keeping in touch': 6,
};

/** The Status a cell means, forgiving case and spacing (matchListValue remembers each spelling). */
export function readStatus(cell: string): Status | null {
  return matchListValue(STATUS, cell ?? '');
}

export function statusRank(status: Status | null): number {
  return status ? RANK[status] : -1;
}

/**
 * The Status a mark leaves: target when it is further along than the cell, else
 * the cell's own value in the list's spelling. An empty cell takes target. Text
 * that is not on the list is the student's own words and is kept as typed:
 * nothing says how far along it is, and Check outreach fields reports it.
 */
export function laterStatus(cell: string, target: Status): string {
  const text = (cell ?? '').trim();
  if (text === '') return target;
  const now = readStatus(text);
  if (!now) return cell;
  return RANK[target] > RANK[now] ? target : now;
}
