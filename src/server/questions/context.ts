// What the Questions panel and interview mode need for one contact, read in
// one getValues per tab: the contact, the bank, what was asked before, how
// many meetings there have been, and the list saved now.
import { BANK_COLUMNS, type BankRow } from '../../shared/schema';
import { SEED_BANK } from '../../shared/questions';
import type { QuestionsContext, SavedQuestion } from '../../shared/questions';
import { findTab, isBlankRecord, openDoc, readTable, requireTable, today, type Doc } from '../sheet';
import { loadProfile } from '../settings';
import { UserError } from '../errors';
import { isAsked, readQuestionsTab } from './tab';
import { pathMetBefore } from '../../shared/paths';

export function questionsContext(contactId: string): QuestionsContext {
  const doc = openDoc();
  const contacts = requireTable(doc, 'contacts');
  const contact = contacts.rows.find((r) => r.contactId !== '' && r.contactId === contactId);
  if (!contact) throw new UserError('That contact is no longer in the Contacts tab. Pick another.');

  const questions = readQuestionsTab(doc);
  const mine = questions ? questions.rows.filter((r) => r.contactId === contactId && r.question !== '') : [];
  const asked = mine.filter((r) => isAsked(r.asked)).map((r) => r.question);
  const saved: SavedQuestion[] = mine
    .filter((r) => !isAsked(r.asked))
    .map((r, i) => ({ order: Number(r.order) || 1000 + i, category: r.category, text: r.question, asked: false, answerNotes: r.answerNotes }))
    .sort((a, b) => a.order - b.order);

  const meetingsTab = findTab(doc, 'meetings');
  const allMeetings = meetingsTab ? requireTable(doc, 'meetings').rows : [];
  const meetings = allMeetings.filter((m) => m.contactId === contactId).length;
  // A path met before: what was asked anyone in it, so its deeper questions are new ones.
  const now = today(doc);
  const met = pathMetBefore(contact, allMeetings, contacts.rows, now);
  const inPath = new Set(met ? met.contactIds : []);
  const path = met
    ? { name: met.name, conversations: met.conversations, people: met.people, askedInPath: (questions ? questions.rows : []).filter((r) => inPath.has(r.contactId) && isAsked(r.asked) && r.question !== '').map((r) => r.question) }
    : undefined;
  const { bank, missing } = readBank(doc);
  const goal = loadProfile().currentStatus || 'Career exploration';

  return {
    contact: { contactId, name: contact.name, title: contact.title, company: contact.company, industry: contact.industry },
    goal,
    meetingNumber: Math.max(meetings + 1, asked.length ? 2 : 1),
    asked,
    bank,
    bankMissing: missing,
    saved,
    today: now,
    ...(path ? { path } : {}),
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
