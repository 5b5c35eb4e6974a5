// The outreach-field rules of PRODUCT.md, written once: Check outreach fields
// lists them for every row and the sidebar forms refuse to save on them.
//
// API:
//   interface Problem { index, contactId, contactName, field, severity, message, fix }
//   validateContact(contact, index: ContactIndex, position = -1): Problem[]
//       every rule for one row; index is indexContacts(all rows), so Referred by resolves
//   checkContacts(contacts): Problem[]
//       every non-blank row's problems plus likely duplicates (same email or LinkedIn),
//       reported on the later row; ordered by row, then column
//   validateContactInput(input, existing, editingId?): ContactInputResult
//       a sidebar form's values: the normalised contact, or one message per field
import { CONTACT_COLUMNS, HOW_FOUND, STATUS, emptyRecord } from '../schema';
import type { Contact, ContactKey } from '../schema';
import { indexContacts, nameKey, referenceTo, resolveContactRef } from './lookup';
import type { ContactIndex } from './lookup';
import { cellFault, headerOf, matchListValue, normalizeCell, quoteValue as quote, readDate } from './fields';
import { isBlankContact } from './blank';
import { identityOf } from './identity';

export interface Problem {
  /** Position of the row in the array given to checkContacts (-1 from validateContact alone). */
  index: number;
  contactId: string;
  contactName: string;
  field: ContactKey;
  severity: 'error' | 'warning';
  /** What is wrong, quoting the value: `Email "bob@@x" is not a valid address`. */
  message: string;
  /** How to fix it: `Correct the address or leave Email empty.` */
  fix: string;
}

export type ContactInputResult =
  | { ok: true; contact: Contact }
  | { ok: false; errors: Partial<Record<ContactKey, string>> };

type Issue = Pick<Problem, 'field' | 'severity' | 'message' | 'fix'>;

const COLUMN_ORDER = {} as Record<ContactKey, number>;
CONTACT_COLUMNS.forEach((c, i) => (COLUMN_ORDER[c.key] = i));

function cell(c: Partial<Contact>, key: ContactKey): string {
  const v = c[key];
  return v === undefined || v === null ? '' : String(v).trim();
}

/** Whether Referred by points at the contact itself (by id, or by a name only it has). */
function isSelfReference(ref: string, referrer: Contact | null, c: Contact): boolean {
  const id = cell(c, 'contactId');
  if (referrer === c) return true;
  return id !== '' && (ref === id || (referrer !== null && cell(referrer, 'contactId') === id));
}

function contactIssues(c: Contact, index: ContactIndex): Issue[] {
  const out: Issue[] = [];
  const add = (field: ContactKey, message: string, fix: string) => out.push({ field, severity: 'error', message, fix });
  const v = (key: ContactKey) => cell(c, key);

  const statusText = v('status');
  const status = matchListValue(STATUS, statusText);
  // Any status but To contact (even a misspelt one) says outreach has begun.
  const pastToContact = statusText !== '' && status !== 'To contact';

  if (!v('name')) add('name', 'Name is empty', "Enter the person's name.");

  if (pastToContact && !v('email') && !v('linkedin') && !v('phone')) {
    add(
      'email',
      `Status is ${quote(statusText)} but Email, LinkedIn and Phone are all empty`,
      'Add an email address, LinkedIn profile or phone number, or set Status back to To contact.',
    );
  }
  for (const col of CONTACT_COLUMNS) {
    const fault = cellFault(col.key, v(col.key));
    if (fault) add(col.key, fault.message, fault.fix);
  }
  if (!v('howFound') && pastToContact) {
    add('howFound', `How found is empty but Status is ${quote(statusText)}`, 'Choose how you found them: a first message has to say so.');
  }

  const ref = v('referredBy');
  const referrer = ref ? resolveContactRef(ref, index) : null;
  if (ref && isSelfReference(ref, referrer, c)) {
    add('referredBy', `Referred by ${quote(ref)} is this contact`, 'A contact cannot refer themselves: enter the person who referred them.');
  } else if (matchListValue(HOW_FOUND, v('howFound')) === 'Referral') {
    const sameName = ref ? (index.byName.get(nameKey(ref)) || []).length : 0;
    if (!ref) {
      add('referredBy', 'Referred by is empty but How found is Referral', 'Enter who referred them (their name or Contact ID), or change How found.');
    } else if (!referrer && sameName > 1) {
      add('referredBy', `Referred by ${quote(ref)} matches ${sameName} contacts`, "Enter the referrer's Contact ID instead of the name.");
    } else if (!referrer) {
      add('referredBy', `Referred by ${quote(ref)} is not a contact in this sheet`, 'Add the referrer to Contacts first, or correct the name.');
    }
  }

  const first = readDate(v('firstContacted'));
  const last = readDate(v('lastContact'));
  if (first && last && first > last) {
    add('firstContacted', `First contacted (${first}) is after Last contact (${last})`, 'Correct one of the two dates: the last contact cannot come before the first.');
  }
  if ((status === 'Scheduled' || status === 'Met') && !v('meetingDate')) {
    add('meetingDate', `Meeting date is empty but Status is ${quote(status)}`, 'Enter the date of the meeting.');
  }
  const meeting = readDate(v('meetingDate'));
  const thanked = readDate(v('thankYouSent'));
  if (meeting && thanked && thanked < meeting) {
    add('thankYouSent', `Thank-you sent (${thanked}) is before the Meeting date (${meeting})`, 'Correct one of the two dates: a thank-you comes after the meeting.');
  }

  // Stable sort: column order for the list, rule order within a column.
  return out.sort((a, b) => COLUMN_ORDER[a.field] - COLUMN_ORDER[b.field]);
}

function toProblem(c: Contact, position: number, issue: Issue): Problem {
  return { index: position, contactId: cell(c, 'contactId'), contactName: cell(c, 'name'), ...issue };
}

export function validateContact(contact: Contact, index: ContactIndex, position = -1): Problem[] {
  return contactIssues(contact, index).map((i) => toProblem(contact, position, i));
}

/** How a message names another row: by name and id where it has them. */
function describe(c: Contact): string {
  const name = cell(c, 'name');
  const id = cell(c, 'contactId');
  if (name && id) return `${name} (${id})`;
  return name || id || 'another row';
}

/** The duplicate keys of a row: its email and its LinkedIn, as the import matches them, each only when present. */
function duplicateKeys(c: Contact): [ContactKey, string][] {
  const id = identityOf(c);
  const keys: [ContactKey, string][] = [];
  if (id.email) keys.push(['email', id.email]);
  if (id.linkedin) keys.push(['linkedin', id.linkedin]);
  return keys;
}

export function checkContacts(contacts: readonly Contact[]): Problem[] {
  const index = indexContacts(contacts);
  const firstSeen = new Map<string, Contact>();
  const idSeen = new Map<string, Contact>();
  const problems: Problem[] = [];
  contacts.forEach((c, position) => {
    if (isBlankContact(c)) return;
    const issues = contactIssues(c, index);
    // A row copied in the sheet copies its ID, and the sidebar would then write to the first.
    const id = cell(c, 'contactId');
    const sameId = id ? idSeen.get(id) : undefined;
    if (sameId) {
      issues.push({
        field: 'contactId',
        severity: 'warning',
        message: `Contact ID ${quote(id)} is also on ${describe(sameId)}: was this row copied?`,
        fix: 'Run Set up tracker: it gives this row a new ID and changes nothing else.',
      });
    } else if (id) {
      idSeen.set(id, c);
    }
    for (const [field, key] of duplicateKeys(c)) {
      const earlier = firstSeen.get(field + ' ' + key);
      if (!earlier) {
        firstSeen.set(field + ' ' + key, c);
        continue;
      }
      issues.push({
        field,
        severity: 'warning',
        message: `${headerOf(field)} ${quote(cell(c, field))} is also on ${describe(earlier)}: likely the same person`,
        fix: `If it is the same person, keep one row and clear the other; if not, correct ${headerOf(field)}.`,
      });
    }
    issues.sort((a, b) => COLUMN_ORDER[a.field] - COLUMN_ORDER[b.field]);
    for (const i of issues) problems.push(toProblem(c, position, i));
  });
  return problems;
}

/** A form's values as they will be written: trimmed, one spelling per value. */
function normalizeInput(input: Partial<Contact>, base: Contact): Contact {
  const c = { ...base };
  for (const col of CONTACT_COLUMNS) {
    if (input[col.key] !== undefined) c[col.key] = normalizeCell(col.key, cell(input, col.key));
  }
  return c;
}

/**
 * Validates a sidebar form's values with the same rules as Check outreach
 * fields, plus: an email or LinkedIn already on another contact is an error
 * (the user is about to add someone twice). When editingId is given, input
 * overrides that contact's current values and its Contact ID cannot change.
 */
export function validateContactInput(
  input: Partial<Contact>,
  existing: readonly Contact[],
  editingId?: string,
): ContactInputResult {
  const editId = editingId === undefined ? '' : editingId.trim();
  const editing = editId ? existing.find((c) => cell(c, 'contactId') === editId) : undefined;
  if (editId && !editing) {
    return { ok: false, errors: { contactId: `Contact ${quote(editId)} is no longer in the sheet. Reopen the form from the contact's row.` } };
  }
  const others = existing.filter((c) => c !== editing);
  const contact = normalizeInput(input, editing ? { ...editing } : emptyRecord(CONTACT_COLUMNS));
  if (editing) contact.contactId = editing.contactId;
  // The contact itself is in the index, so its own name is ambiguous or self, never someone else.
  const index = indexContacts([...others, contact]);
  // The forms write the referrer's name as the sheet shows it (PRODUCT.md), with the ID only where two share the name.
  const referrer = contact.referredBy ? resolveContactRef(contact.referredBy, index) : null;
  if (referrer && referrer !== contact && cell(referrer, 'contactId')) contact.referredBy = referenceTo(referrer, index);
  // An edit is judged on what it changes: a problem the row already had in a field the edit leaves
  // as it was (a Status in the student's own words on an adopted tracker, a How found never filled
  // in) is Check outreach fields' to report, and never stops the student saving another field.
  const kept = (field: ContactKey) => editing !== undefined && cell(editing, field) === cell(contact, field);
  const had = editing ? new Set(contactIssues(editing, indexContacts(existing)).map((i) => `${i.field}\n${i.message}`)) : null;
  const issues = contactIssues(contact, index).filter((i) => !(had && kept(i.field) && had.has(`${i.field}\n${i.message}`)));

  for (const [field, key] of duplicateKeys(contact)) {
    if (kept(field)) continue;
    const twin = others.find((o) => !isBlankContact(o) && duplicateKeys(o).some(([f, k]) => f === field && k === key));
    if (twin) {
      issues.push({
        field,
        severity: 'error',
        message: `${headerOf(field)} ${quote(contact[field])} is already on ${describe(twin)}`,
        fix: `Open ${describe(twin)} instead of adding them again, or correct ${headerOf(field)}.`,
      });
    }
  }
  if (issues.length === 0) return { ok: true, contact };
  const errors: Partial<Record<ContactKey, string>> = {};
  for (const i of issues) if (!errors[i.field]) errors[i.field] = `${i.message}. ${i.fix}`;
  return { ok: false, errors };
}
