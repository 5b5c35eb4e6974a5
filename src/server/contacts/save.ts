// The contact form's server side: open a contact (by ID or the active row) and
// save one, re-read under the lock and addressed by Contact ID, so a sort,
// filter, inserted column or renamed tab since the form opened changes nothing.
import { CONTACT_COLUMNS, type Contact, type ContactKey } from '../../shared/schema';
import { isBlankContact, validateContactInput } from '../../shared/contacts';
import { CONTACT_FORM_FIELDS, type ContactFormData, type ContactSaveInput, type SaveResult } from '../../shared/contacts';
import { appendRecords, indexOfRow, openDoc, requireTable, rowOfId, today, withDocumentLock, writeRowCells, type Doc, type Table } from '../sheet';
import { allocateIds } from './ids';
import { activeRecordOf, summaryOf } from '../sheet';
import { UserError } from '../errors';
import { dueNow, replanAfterWrite } from '../follow-ups';

const EDITABLE_FIELDS = CONTACT_FORM_FIELDS;

const HEADER = {} as Record<ContactKey, string>;
for (const c of CONTACT_COLUMNS) HEADER[c.key] = c.header;

/** The form for one contact (or a new one) from a table already read. */
function formOf(doc: Doc, table: Table<ContactKey>, contact: Contact | null): ContactFormData {
  const contacts = table.rows.filter((r) => !isBlankContact(r) && r.contactId);
  return {
    contact,
    contacts: contacts.map(summaryOf).sort((a, b) => a.name.localeCompare(b.name)),
    today: today(doc),
  };
}

export function contactForm(contactId: string): ContactFormData {
  const doc = openDoc();
  const table = requireTable(doc, 'contacts');
  const contacts = table.rows.filter((r) => !isBlankContact(r) && r.contactId);
  let contact: Contact | null = null;
  const id = (contactId || '').trim();
  if (id) {
    contact = contacts.find((c) => c.contactId === id) ?? null;
    if (!contact) throw new UserError('That contact is no longer in the sheet.');
  } else {
    const rec = activeRecordOf(doc, table);
    if (rec && rec.contactId && !isBlankContact(rec)) contact = rec;
  }
  return formOf(doc, table, contact);
}

/** Only the form's own fields, as strings: anything else a caller sends is ignored. */
function editableFields(fields: Partial<Contact> | undefined): Partial<Contact> {
  const out: Partial<Contact> = {};
  if (!fields || typeof fields !== 'object') return out;
  for (const k of EDITABLE_FIELDS) {
    const v = fields[k];
    if (v !== undefined && v !== null) out[k] = String(v);
  }
  return out;
}

export function saveContact(input: ContactSaveInput): SaveResult {
  const fields = editableFields(input && input.fields);
  const editingId = ((input && input.contactId) || '').trim();
  return withDocumentLock(() => {
    const doc = openDoc();
    const table = requireTable(doc, 'contacts');
    if (editingId) {
      const row = rowOfId(table, 'contactId', editingId);
      if (row < 2) {
        return {
          ok: false,
          errors: { contactId: `This contact (${editingId}) is no longer in the sheet: someone deleted the row. Nothing was saved.` },
        };
      }
      const result = validateContactInput(fields, table.rows, editingId);
      if (!result.ok) return { ok: false, errors: result.errors as Record<string, string> };
      const fresh = table.rows[indexOfRow(table, row)];
      const patch: Partial<Contact> = {};
      for (const k of Object.keys(fields) as ContactKey[]) if (result.contact[k] !== fresh[k]) patch[k] = result.contact[k];
      writeRowCells(table, row, patch);
      // The rows as the sheet now holds them: the form comes back with the save (no second round trip).
      Object.assign(fresh, patch);
      const home = dueNow(replanAfterWrite(doc, { contacts: table, touched: [editingId] }));
      const changed = (Object.keys(patch) as ContactKey[]).map((k) => HEADER[k]);
      const who = result.contact.name || editingId;
      return {
        ok: true,
        contactId: editingId,
        changed,
        status: result.contact.status,
        form: formOf(doc, table, { ...fresh }),
        message: changed.length ? `Saved ${who}: ${changed.join(', ')}.` : `Nothing to save: ${who} already has these values.`,
        home,
      };
    }
    const result = validateContactInput(fields, table.rows);
    if (!result.ok) return { ok: false, errors: result.errors as Record<string, string> };
    const [id] = allocateIds('contacts', table, 1);
    const record: Partial<Contact> = { contactId: id };
    for (const k of EDITABLE_FIELDS) if (result.contact[k]) record[k] = result.contact[k];
    // Every contact starts somewhere on the Status list, so filters and the follow-up check see them.
    if (!record.status) record.status = 'To contact';
    appendRecords(table, [record]);
    const home = dueNow(replanAfterWrite(doc, { contacts: table, touched: [id] }));
    return {
      home,
      ok: true,
      contactId: id,
      form: formOf(doc, table, { ...table.rows[table.rows.length - 1] }),
      changed: (Object.keys(record) as ContactKey[]).map((k) => HEADER[k]),
      status: record.status,
      message: `Added ${result.contact.name} as ${id}.`,
    };
  });
}
