// The preparation checklist for a scheduled meeting, from career-centre advice.
// Kept per meeting (Contact ID + meeting date) in the document's properties, so
// every editor of the tracker sees the same ticks and a moved meeting starts a
// fresh list. The questions item is not ticked by hand: it is ready when the
// questions step is done (the same test as the prepare follow-up rule).
import type { IsoDate } from '../dates';
import { addDays } from '../dates';

export const PREP_ITEMS = [
  { id: 'research', label: 'Research the organisation and industry' },
  { id: 'profile', label: 'Read their profile' },
  { id: 'introduction', label: 'Practise your introduction' },
  { id: 'questions', label: '8–10 prioritised questions' },
  { id: 'resume', label: 'An updated resume at hand' },
  { id: 'wear', label: 'Decide what to wear' },
  { id: 'where', label: 'Know where and when' },
] as const;
export type PrepItemId = (typeof PREP_ITEMS)[number]['id'];
/** The item the questions step ticks. */
export const PREP_QUESTIONS: PrepItemId = 'questions';
/** How far ahead home lists meetings with their checklist. */
export const PREP_DAYS_AHEAD = 7;

export interface PrepChecklist {
  contactId: string;
  name: string;
  meetingDate: IsoDate;
  items: Array<{ id: PrepItemId; label: string; done: boolean; auto: boolean }>;
  ready: number;
  total: number;
}

export interface PrepToggle {
  contactId: string;
  meetingDate: string;
  item: string;
  done: boolean;
}

const PREFIX = 'infoInterviews.prep.';

export function prepKey(contactId: string, meetingDate: string): string {
  return `${PREFIX}${contactId}.${meetingDate}`;
}

/** The ticked ids a stored value holds; anything else (hand-edited, older) reads as none. */
export function readTicks(raw: unknown): PrepItemId[] {
  if (!Array.isArray(raw)) return [];
  return PREP_ITEMS.map((i) => i.id).filter((id) => id !== PREP_QUESTIONS && raw.includes(id));
}

export function prepChecklist(contactId: string, name: string, meetingDate: IsoDate, ticks: readonly string[], questionsReady: boolean): PrepChecklist {
  const items = PREP_ITEMS.map((i) => {
    const auto = i.id === PREP_QUESTIONS;
    return { id: i.id, label: i.label, auto, done: auto ? questionsReady : ticks.includes(i.id) };
  });
  return { contactId, name, meetingDate, items, ready: items.filter((i) => i.done).length, total: items.length };
}

/** "4 of 7 ready". */
export function prepSummary(c: Pick<PrepChecklist, 'ready' | 'total'>): string {
  return `${c.ready} of ${c.total} ready`;
}

/** The meetings home shows a checklist for: from today to PREP_DAYS_AHEAD days on. */
export function isUpcoming(meetingDate: string, today: IsoDate): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(meetingDate) && meetingDate >= today && meetingDate <= addDays(today, PREP_DAYS_AHEAD);
}

export interface PrepApi {
  /** The checklist of a contact's next meeting (their Meeting date); null when none is set. */
  getPrepChecklist: (contactId: string) => PrepChecklist | null;
  setPrepItem: (input: PrepToggle) => PrepChecklist;
}
