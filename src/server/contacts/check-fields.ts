// "Check outreach fields": every contact row through the shared rules, in one
// read, grouped by contact for the sidebar.
import { CONTACT_COLUMNS, type ContactKey } from '../../shared/schema';
import { checkContacts, isBlankContact } from '../../shared/contacts';
import type { CellTarget, CheckGroup, CheckReport } from '../../shared/contacts';
import { columnLetter, openDoc, requireTable, rowOfId, selectRange, sheetRowOf, tabName } from '../sheet';
import { UserError } from '../errors';

export function buildCheckReport(): CheckReport {
  const doc = openDoc();
  const table = requireTable(doc, 'contacts');
  const problems = checkContacts(table.rows);
  const groups: CheckGroup[] = [];
  const byRow = new Map<number, CheckGroup>();
  let errors = 0;
  for (const p of problems) {
    const row = sheetRowOf(table, p.index);
    const at = table.header.index[p.field];
    const header = CONTACT_COLUMNS.find((c) => c.key === p.field)!.header;
    let group = byRow.get(row);
    if (!group) {
      group = { contactId: p.contactId, contactName: p.contactName, row, problems: [] };
      byRow.set(row, group);
      groups.push(group);
    }
    if (p.severity === 'error') errors++;
    group.problems.push({
      contactId: p.contactId,
      contactName: p.contactName,
      row,
      a1: at >= 0 ? `${columnLetter(at + 1)}${row}` : '',
      field: p.field,
      header,
      severity: p.severity,
      message: p.message,
      fix: p.fix,
    });
  }
  groups.sort((a, b) => a.row - b.row);
  return {
    tabName: tabName(table.tab),
    contactsChecked: table.rows.filter((r) => !isBlankContact(r)).length,
    errors,
    warnings: problems.length - errors,
    groups,
  };
}

/** Selects a problem's cell, finding the row again by Contact ID in case the user sorted. */
export function selectContactCell(target: CellTarget): { selected: string } {
  const doc = openDoc();
  const table = requireTable(doc, 'contacts');
  const field = target.field as ContactKey;
  const at = table.header.index[field];
  if (at === undefined || at < 0) throw new UserError(`The Contacts tab has no column for ${target.field}.`);
  const row = target.contactId ? rowOfId(table, 'contactId', target.contactId) : target.row;
  if (row < 2) throw new UserError('That contact is no longer in the sheet. Run the check again.');
  return { selected: selectRange(table, row, at + 1) };
}
