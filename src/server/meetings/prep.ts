// The preparation checklist of each scheduled meeting: its ticks kept in the
// document's properties under the contact's ID and the meeting's date (every
// editor of the tracker sees them; a moved meeting starts a fresh list), the
// questions item read from the questions step. All properties are read in one
// call, so home costs the same at any number of upcoming meetings.
import type { Contact } from '../../shared/schema';
import type { IsoDate } from '../../shared/dates';
import { cellDate, preparedContactIds } from '../../shared/follow-ups';
import { PREP_ITEMS, PREP_QUESTIONS, isUpcoming, prepChecklist, prepKey, readTicks, type PrepChecklist, type PrepToggle } from '../../shared/meetings';
import { openDoc, readTracker, today, withDocumentLock, type Tracker } from '../sheet';
import { UserError } from '../errors';
import { allProperties, readProperty, writeProperty } from '../properties';

function allTicks(): Readonly<Record<string, string>> {
  return allProperties('document');
}

function parse(raw: string | undefined): unknown {
  if (!raw) return null;
  try {
    return JSON.parse(raw);
  } catch (e) {
    return null;
  }
}

/** Contact and day of every meeting logged from `day` on: a meeting already logged on its day has happened, and its checklist is done with. */
function loggedFrom(tracker: Tracker, day: IsoDate): Set<string> {
  const held = new Set<string>();
  for (const m of tracker.meetings) {
    const date = cellDate(m.date);
    if (date && date >= day) held.add(`${m.contactId}\n${date}`);
  }
  return held;
}

/** Home's list: each meeting from today to a week on, soonest first, with how ready it is. */
export function upcomingPrep(tracker: Tracker, day: IsoDate, prepared: Set<string>): PrepChecklist[] {
  const soon: Array<{ c: Contact; date: IsoDate }> = [];
  let held: Set<string> | null = null;
  for (const c of tracker.contacts.rows) {
    const date = cellDate(c.meetingDate);
    if (!c.contactId || !date || !isUpcoming(date, day)) continue;
    // One pass over Meetings, not one a contact with a meeting ahead.
    held ??= loggedFrom(tracker, day);
    if (!held.has(`${c.contactId}\n${date}`)) soon.push({ c, date });
  }
  if (!soon.length) return [];
  const props = allTicks();
  return soon
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map(({ c, date }) => prepChecklist(c.contactId, c.name, date, readTicks(parse(props[prepKey(c.contactId, date)])), prepared.has(c.contactId)));
}

function checklistOf(tracker: Tracker, contactId: string, day: IsoDate): PrepChecklist | null {
  const c = tracker.contacts.rows.find((r) => r.contactId !== '' && r.contactId === contactId);
  if (!c) throw new UserError('That contact is no longer in the Contacts tab. Pick another.');
  const date = cellDate(c.meetingDate);
  if (!date) return null;
  const prepared = preparedContactIds(tracker.contacts.rows, tracker.meetings, tracker.questions, day);
  const raw = readProperty('document', prepKey(contactId, date)) ?? undefined;
  return prepChecklist(contactId, c.name, date, readTicks(parse(raw)), prepared.has(contactId));
}

export function prepChecklistFor(contactId: string): PrepChecklist | null {
  const doc = openDoc();
  return checklistOf(readTracker(doc), String(contactId || ''), today(doc));
}

export function setPrepItem(input: PrepToggle): PrepChecklist {
  const contactId = String(input?.contactId || '');
  const item = PREP_ITEMS.find((i) => i.id === input?.item);
  if (!item) throw new UserError('That is not an item of the checklist.');
  if (item.id === PREP_QUESTIONS) throw new UserError('This one is ticked by preparing the questions: open Prepare questions.');
  const doc = openDoc();
  return withDocumentLock(() => {
    const tracker = readTracker(doc);
    const before = checklistOf(tracker, contactId, today(doc));
    if (!before || before.meetingDate !== input.meetingDate) {
      throw new UserError('The meeting date changed since this checklist opened. Open it again.');
    }
    const ticks = before.items.filter((i) => !i.auto && i.done).map((i) => i.id as string);
    const next = input.done ? [...new Set([...ticks, item.id])] : ticks.filter((t) => t !== item.id);
    writeProperty('document', prepKey(contactId, before.meetingDate), JSON.stringify(next));
    return { ...checklistOf(tracker, contactId, today(doc))! };
  });
}
