// The marks table of PRODUCT.md ("Follow-up rules"): what marking a step done
// writes on the contact's row. One table, read by every mark the sidebar offers
// (the home page's buttons, the draft panels' "Mark sent"), so the dates and
// Status a click implies are decided in one place.
//
// API
//   MARKS: Record<MarkKind, MarkSpec>   the table itself
//   applyMark(contact, kind, today, { date? }) -> { patch, status, logWithReferrer }
//
// Decisions the spec left open:
// - A date cell is moved only forward: a Last contact later than today (a date
//   the student typed ahead) is kept, and text that is not a date is the
//   student's own words, left for Check outreach fields to report.
// - First contacted is written only when blank: it is the first message's date.
// - "Scheduled" needs the meeting's date; the form asks for it.
// - A status mark only moves Status forward (laterStatus); "no response" is the
//   exception the spec names: it sets No response from Contacted or Follow-up
//   sent, and nothing else (a contact who met you has responded).
import { laterStatus, readStatus } from '../contacts';
import { isIsoDate, laterOf, parseDateText, type IsoDate } from '../dates';
import type { Contact, ContactKey, Status } from '../schema';

export type MarkKind =
  | 'contacted'
  | 'follow-up-sent'
  | 'no-response'
  | 'scheduled'
  | 'meeting-logged'
  | 'thank-you-sent'
  | 'told-referrer'
  | 'checked-in';

export interface MarkSpec {
  /** How the home page and the drafts word the mark. */
  label: string;
  /** Date cells the mark sets: 'today' for the day of the click, 'date' for the date the student gave. */
  sets: Partial<Record<ContactKey, 'today' | 'date'>>;
  /** The Status it leads to, null when Status is unchanged. */
  status: Status | null;
  /** Statuses it moves from; empty = any (still only forward). */
  from: readonly Status[];
  /** Writes an Email interaction with the contact's referrer in Meetings instead of touching this row. */
  logWithReferrer?: true;
}

export const MARKS: Readonly<Record<MarkKind, MarkSpec>> = Object.freeze({
  contacted: { label: 'Mark as contacted', sets: { firstContacted: 'today', lastContact: 'today' }, status: 'Contacted', from: ['To contact'] },
  'follow-up-sent': { label: 'Mark follow-up sent', sets: { lastContact: 'today' }, status: 'Follow-up sent', from: ['Contacted'] },
  'no-response': { label: 'Mark no response', sets: {}, status: 'No response', from: ['Contacted', 'Follow-up sent'] },
  scheduled: { label: 'Mark scheduled', sets: { meetingDate: 'date' }, status: 'Scheduled', from: [] },
  'meeting-logged': { label: 'Log the meeting', sets: { lastContact: 'date', meetingDate: 'date' }, status: 'Met', from: [] },
  'thank-you-sent': { label: 'Mark thank-you sent', sets: { thankYouSent: 'today' }, status: 'Thanked', from: ['Met'] },
  'told-referrer': { label: 'Mark sent', sets: {}, status: null, from: [], logWithReferrer: true },
  'checked-in': { label: 'Mark check-in sent', sets: { lastContact: 'today' }, status: 'Keeping in touch', from: ['Thanked', 'Keeping in touch'] },
});

export const MARK_KINDS = Object.keys(MARKS) as MarkKind[];

export function isMarkKind(v: unknown): v is MarkKind {
  return typeof v === 'string' && Object.prototype.hasOwnProperty.call(MARKS, v);
}

export interface MarkOutcome {
  /** Only the cells that change. */
  patch: Partial<Contact>;
  /** The Status cell after the mark (as the list spells it, or the student's own text). */
  status: string;
  logWithReferrer: boolean;
}

/** The date a cell holds after a mark that says "on `day`": later dates and non-dates are kept. */
function movedForward(cell: string, day: IsoDate, firstOnly: boolean): string | undefined {
  const text = cell.trim();
  if (text === '') return day;
  if (firstOnly) return undefined;
  const iso = parseDateText(text);
  if (!iso) return undefined;
  return laterOf(iso, day) === iso ? undefined : day;
}

function statusAfter(cell: string, spec: MarkSpec): string {
  if (!spec.status) return cell;
  const now = cell.trim() === '' ? 'To contact' : readStatus(cell);
  // The student's own words say nothing about how far along it is: kept.
  if (!now) return cell;
  if (spec.from.length && spec.from.indexOf(now) < 0) return cell;
  if (spec.status === 'No response') return 'No response';
  return laterStatus(cell, spec.status);
}

/** What a mark writes on one contact's row, by the table. `date` (yyyy-MM-dd) is for marks that ask for one. */
export function applyMark(contact: Contact, kind: MarkKind, today: IsoDate, options: { date?: IsoDate } = {}): MarkOutcome {
  const spec = MARKS[kind];
  const patch: Partial<Contact> = {};
  for (const key of Object.keys(spec.sets) as ContactKey[]) {
    const day = spec.sets[key] === 'date' ? options.date : today;
    if (!day || !isIsoDate(day)) throw new Error(`${spec.label} needs a date (yyyy-MM-dd).`);
    // A meeting's date is set as given (it may move earlier); the other dates only move forward.
    const v = key === 'meetingDate' ? (contact.meetingDate.trim() === day ? undefined : day) : movedForward(contact[key], day, key === 'firstContacted');
    if (v !== undefined) patch[key] = v;
  }
  const status = statusAfter(contact.status, spec);
  if (spec.status && status !== contact.status) patch.status = status;
  return { patch, status, logWithReferrer: !!spec.logWithReferrer };
}
