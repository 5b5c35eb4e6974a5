// Set-up steps that belong to later features (highlights, the question bank,
// the Dashboard), each in its feature's module, so set-up.ts stays about tabs
// and columns.
import type { BankKey, ContactKey, MeetingKey } from '../../shared/schema';
import { freezeThrough, refreshHighlights, showTab, trackerFrom, type Doc, type SetUpRun, type Table } from '../sheet';
import { noteBankPlaceholders, seedQuestionBank } from '../questions';
import { refreshDashboardNow } from '../dashboard';
import type { SetupReport } from './report';

/** Which tabs set-up has just inserted: they have no note, rule or frozen column of their own to look for. */
export interface BlankTabs {
  contacts: boolean;
  bank: boolean;
}

export function setUpExtras(
  doc: Doc,
  tables: { contacts: Table<ContactKey>; meetings: Table<MeetingKey>; bank: Table<BankKey> },
  report: SetupReport,
  blank: BlankTabs,
  run?: SetUpRun,
): void {
  refreshHighlights(tables.contacts, { blank: blank.contacts });
  report.questionsSeeded = seedQuestionBank(doc, tables.bank);
  // Contacts and Meetings as set-up read them (IDs assigned since are in the rows): not read again.
  refreshDashboardNow(doc, report, trackerFrom(doc, tables.contacts, tables.meetings), run);
  noteBankPlaceholders(tables.bank, blank.bank);
  // Kept in view when scrolling right; Next action sits beside it in the default order.
  freezeThrough(tables.contacts, 'name', blank.contacts);
  // Making the other tabs brought the last one made to the front: the student starts on Contacts.
  showTab(tables.contacts.tab);
}
