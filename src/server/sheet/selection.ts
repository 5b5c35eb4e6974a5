// Which contact the user means: the one on the active row of Contacts.
import type { ContactSummary, Selection } from '../../shared/server-api';
import type { Contact } from '../../shared/schema';
import { isBlankContact } from '../../shared/contacts';
import { openDoc, requireTable, rowOfId, selectRange, today } from './table';
import { UserError } from '../errors';

export function summaryOf(c: Contact): ContactSummary {
  return { contactId: c.contactId, name: c.name, title: c.title, company: c.company, status: c.status };
}

export function currentSelection(): Selection {
  const doc = openDoc();
  const table = requireTable(doc, 'contacts');
  const contacts = table.rows.filter((r) => !isBlankContact(r) && r.contactId);
  let selected: ContactSummary | null = null;
  const active = doc.ss.getActiveSheet();
  if (active.getSheetId() === table.sheet.getSheetId()) {
    const row = active.getActiveRange()?.getRow() ?? 0;
    const rec = row >= 2 ? table.rows[row - 2] : undefined;
    if (rec && rec.contactId) selected = summaryOf(rec);
  }
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
