// Import contacts, server side: the existing contacts the sidebar matches
// against, and one chunk written under the document lock with one read of
// Contacts, one batched append and one block write per run of filled columns.
import { readChunk } from './payload';
import { planChunk } from './rows';
import { allocateIds } from '../contacts';
import { isBlankContact } from '../../shared/contacts';
import { appendRecords, openDoc, patchRows, requireTable, sheetRowOf, withDocumentLock } from '../sheet';
import { dueNow, replanAfterWrite } from '../follow-ups';
import type { ExistingContact, ImportChunkResult, ImportContext } from '../../shared/import';

export function importContext(): ImportContext {
  const doc = openDoc();
  const table = requireTable(doc, 'contacts');
  const contacts: ExistingContact[] = [];
  table.rows.forEach((r, i) => {
    if (isBlankContact(r)) return;
    contacts.push({
      contactId: r.contactId,
      row: sheetRowOf(table, i),
      name: r.name,
      title: r.title,
      company: r.company,
      email: r.email,
      linkedin: r.linkedin,
      phone: r.phone,
      hasNotes: r.notes !== '',
    });
  });
  return { contacts };
}

export function importChunk(payload: unknown): ImportChunkResult {
  // Checked before the lock and before any read: a bad payload writes nothing.
  const chunk = readChunk(payload);
  return withDocumentLock(() => {
    const doc = openDoc();
    const table = requireTable(doc, 'contacts');
    const plan = planChunk(table.rows, chunk, table.headerRow);
    const ids = allocateIds('contacts', table, plan.add.length + plan.needIds.length);
    plan.needIds.forEach((fill, n) => (fill.patch.contactId = ids[plan.add.length + n]));
    plan.add.forEach((c, n) => (c.contactId = ids[n]));
    patchRows(table, plan.fills);
    appendRecords(table, plan.add);
    const touched = [...plan.add.map((c) => c.contactId ?? ''), ...plan.fills.map((f) => table.rows[f.index].contactId)];
    const home = dueNow(replanAfterWrite(doc, { contacts: table, dashboard: true, touched }));
    return { home, added: plan.add.length, filled: plan.fills.length, alreadyThere: plan.alreadyThere, problems: plan.problems, importedWithout: plan.importedWithout };
  });
}
