// Which contact the user means: the one on the active row of Contacts.
import type { ContactSummary, Selection } from '../../shared/contacts';
import type { Contact, ContactKey } from '../../shared/schema';
import { isBlankContact } from '../../shared/contacts';
import { indexOfRow, openDoc, requireTable, rowOfId, selectRange, today, type Doc, type Table } from './table';
import { sheetOf, ssOf } from './handles';
import { UserError } from '../errors';

/** The sheet row of the active cell when the user is on the table's tab, else 0. */
export function activeRowOf<K extends string>(doc: Doc, table: Table<K>): number {
  const active = ssOf(doc).getActiveSheet();
  if (active.getSheetId() !== sheetOf(table.tab).getSheetId()) return 0;
  return active.getActiveRange()?.getRow() ?? 0;
}

/** The record on the active row of the table's tab (header and rows below the table give null). */
export function activeRecordOf<K extends string>(doc: Doc, table: Table<K>): Record<K, string> | null {
  const row = activeRowOf(doc, table);
  return row > table.headerRow ? (table.rows[indexOfRow(table, row)] ?? null) : null;
}

export function summaryOf(c: Contact): ContactSummary {
  return { contactId: c.contactId, name: c.name, title: c.title, company: c.company, status: c.status };
}

export function currentSelection(): Selection {
  const doc = openDoc();
  return selectionFrom(doc, requireTable(doc, 'contacts'));
}

/** "Which contact?" from Contacts as already read. */
export function selectionFrom(doc: Doc, table: Table<ContactKey>): Selection {
  const contacts = table.rows.filter((r) => !isBlankContact(r) && r.contactId);
  const rec = activeRecordOf(doc, table);
  const selected: ContactSummary | null = rec && rec.contactId ? summaryOf(rec) : null;
  return {
    selected,
    contacts: contacts.map(summaryOf).sort((a, b) => a.name.localeCompare(b.name)),
    today: today(doc),
  };
}

export function selectRowOf(contactId: string): { selected: string } {
  const doc = openDoc();
  const table = requireTable(doc, 'contacts');
  const row = rowOfId(table, 'contactId', contactId);
  if (row < 2) throw new UserError('That contact is no longer in the sheet.');
  return { selected: selectRange(table, row, 1, 1, Math.max(1, table.width)) };
}
