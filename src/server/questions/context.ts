// What the Questions panel and interview mode need for one contact, read in
// one getValues per tab: the contact, the bank, what was asked before, how
// many meetings there have been, and the list saved now.
import { BANK_COLUMNS, type BankRow } from '../../shared/schema';
import { SEED_BANK, isLeftoverList, meetingNumberOf } from '../../shared/questions';
import type { QuestionsContext, QuestionsOpen, SavedQuestion } from '../../shared/questions';
import type { ContactKey } from '../../shared/schema';
import { findTab, isBlankRecord, openDoc, readTable, requireTable, selectionFrom, today, type Doc, type Table } from '../sheet';
import { loadProfile } from '../settings';
import { UserError } from '../errors';
import { isAsked, readQuestionsTab } from './tab';
import { pathMetBefore } from '../../shared/paths';
import { cellDate } from '../../shared/follow-ups';
import { nearestMeetingMinutes, type MeetingMinutes } from '../../shared/questions';
import { scheduledLength } from '../meetings';

export function questionsContext(contactId: string): QuestionsContext {
  const doc = openDoc();
  return contextFor(doc, requireTable(doc, 'contacts'), String(contactId || ''));
}

/**
 * Opening the panel: the contacts, the contact to start on and its context in
 * one call (one round trip), from one read of Contacts. The contact the
 * student last worked on wins while it is still in the sheet; else the one on
 * the active row.
 */
export function openQuestions(rememberedContactId: string): QuestionsOpen {
  const doc = openDoc();
  const contacts = requireTable(doc, 'contacts');
  const selection = selectionFrom(doc, contacts);
  const remembered = String(rememberedContactId || '');
  const known = remembered !== '' && selection.contacts.some((c) => c.contactId === remembered);
  const contactId = known ? remembered : (selection.selected?.contactId ?? '');
  return { selection, contactId, context: contactId ? contextFor(doc, contacts, contactId) : null };
}

function contextFor(doc: Doc, contacts: Table<ContactKey>, contactId: string): QuestionsContext {
  const contact = contacts.rows.find((r) => r.contactId !== '' && r.contactId === contactId);
  if (!contact) throw new UserError('That contact is no longer in the Contacts tab. Pick another.');

  const questions = readQuestionsTab(doc);
  const mine = questions ? questions.rows.filter((r) => r.contactId === contactId && r.question !== '') : [];
  const askedRows = mine.filter((r) => isAsked(r.asked));
  const asked = askedRows.map((r) => r.question);
  const unasked = mine.filter((r) => !isAsked(r.asked));

  const meetingsTab = findTab(doc, 'meetings');
  const allMeetings = meetingsTab ? requireTable(doc, 'meetings').rows : [];
  const interactions = allMeetings.filter((m) => m.contactId === contactId);
  const day = today(doc);
  // Last meeting's spares are not this meeting's list: a fresh, deeper one is made instead.
  const leftover = isLeftoverList(unasked, interactions, day);
  const saved: SavedQuestion[] = (leftover ? [] : unasked)
    .map((r, i) => ({ order: Number(r.order) || 1000 + i, category: r.category, text: r.question, asked: false, answerNotes: r.answerNotes }))
    .sort((a, b) => a.order - b.order);

  // A path met before: what was asked anyone in it, so its deeper questions are new ones.
  const met = pathMetBefore(contact, allMeetings, contacts.rows, day);
  const inPath = new Set(met ? met.contactIds : []);
  const path = met
    ? { name: met.name, conversations: met.conversations, people: met.people, askedInPath: (questions ? questions.rows : []).filter((r) => inPath.has(r.contactId) && isAsked(r.asked) && r.question !== '').map((r) => r.question) }
    : undefined;
  const { bank, missing } = readBank(doc);
  const profile = loadProfile();
  const goal = profile.currentStatus || 'Career exploration';

  return {
    contact: { contactId, name: contact.name, title: contact.title, company: contact.company, industry: contact.industry },
    goal,
    meetingNumber: meetingNumberOf(interactions, asked.length, day),
    asked,
    bank,
    bankMissing: missing,
    saved,
    today: day,
    // The spoken 30-second introduction when written, else the outreach's short one.
    introduction: profile.pitch || profile.introduction,
    ...(path ? { path } : {}),
    ...scheduledMinutesOf(contact.contactId, cellDate(contact.meetingDate), day),
  };
}

/** The bank's rows; the seed stands in when the tab is gone, so a list can still be made. */
function readBank(doc: Doc): { bank: BankRow[]; missing: boolean } {
  const sheet = findTab(doc, 'bank');
  if (!sheet) return { bank: SEED_BANK, missing: true };
  const table = readTable(doc, sheet, BANK_COLUMNS);
  if (table.header.index.question < 0) return { bank: SEED_BANK, missing: true };
  return { bank: table.rows.filter((r) => !isBlankRecord(r)), missing: false };
}

/** The coming meeting's length when the Schedule step set it (a past meeting's is no guide to the next). */
function scheduledMinutesOf(contactId: string, meetingDate: string | null, day: string): { scheduledMinutes?: MeetingMinutes } {
  if (!meetingDate || meetingDate < day) return {};
  const m = scheduledLength(contactId, meetingDate);
  return m === null ? {} : { scheduledMinutes: nearestMeetingMinutes(m) };
}
