// What the outreach and thank-you drafts need, read in one go: the contact
// (asked for, or on the active row), the student's profile, the referrer's
// name and the latest meeting. The drafts themselves are built in the sidebar.
import { type Contact, type ContactKey, type Meeting } from '../../shared/schema';
import type { ContactSummary } from '../../shared/contacts';
import type { OutreachContext, ThanksContext } from '../../shared/drafts';
import { PROFILE_LABELS, missingProfileFields } from '../../shared/settings';
import { indexContacts, isBlankContact, nameKey, resolveContactRef, type ContactIndex } from '../../shared/contacts';
import { howFoundFrom, tidy } from '../../shared/drafts';
import { parseDateText } from '../../shared/dates';
import { activeRecordOf, openDoc, readOptionalTable, requireTable, summaryOf, today, type Doc, type Table } from '../sheet';
import { loadProfile } from '../settings';
import { UserError } from '../errors';

interface Base {
  doc: Doc;
  index: ContactIndex;
  base: Omit<OutreachContext, 'referrerName'>;
}

/** The contact on the active row of Contacts, if the user is there. */
function activeContact(doc: Doc, table: Table<ContactKey>): Contact | null {
  const rec = activeRecordOf(doc, table);
  return rec && rec.contactId ? rec : null;
}

function readBase(contactId: string): Base {
  const doc = openDoc();
  const table = requireTable(doc, 'contacts');
  const all = table.rows.filter((r) => !isBlankContact(r) && r.contactId);
  const wanted = tidy(contactId);
  let contact: Contact | null;
  if (wanted) {
    contact = all.find((c) => c.contactId === wanted) ?? null;
    if (!contact) throw new UserError('That contact is no longer in the sheet. Pick another.');
  } else {
    contact = activeContact(doc, table);
  }
  const profile = loadProfile();
  const contacts: ContactSummary[] = all.map(summaryOf).sort((a, b) => a.name.localeCompare(b.name));
  return {
    doc,
    index: indexContacts(all),
    base: {
      contacts,
      contact,
      profile,
      missingProfile: missingProfileFields(profile).map((k) => PROFILE_LABELS[k]),
      today: today(doc),
    },
  };
}

/** The referrer's name: resolved from an ID or a name; a typed name that matches no contact is still the user's word. */
export function referrerNameOf(contact: Contact, index: ContactIndex): string {
  if (howFoundFrom(contact.howFound) !== 'Referral') return '';
  const ref = tidy(contact.referredBy);
  const found = resolveContactRef(ref, index);
  if (found) return tidy(found.name);
  return /\d/.test(ref) ? '' : ref;
}

export function outreachContext(contactId: string): OutreachContext {
  // google.script.run carries a missing argument as null or undefined.
  const { base, index } = readBase(contactId ?? '');
  return { ...base, referrerName: base.contact ? referrerNameOf(base.contact, index) : '' };
}

/** The contact's latest meeting on or before today (a meeting still to come gets no thank-you yet). */
export function latestMeeting(meetings: readonly Meeting[], contactId: string, todayIso: string): Meeting | null {
  let best: Meeting | null = null;
  let bestDate = '';
  for (const m of meetings) {
    if (m.contactId !== contactId) continue;
    const date = parseDateText(m.date) ?? '';
    if (date > todayIso) continue;
    // Later rows win ties: the log appends, so the last row is the newest.
    if (!best || date >= bestDate) {
      best = m;
      bestDate = date;
    }
  }
  return best;
}

const CONTACT_ID = /^C-\d+$/i;

/**
 * Names in a Referrals given cell. Log a meeting takes "Name, Company" (or
 * "Name (Company)", "Name at Company") one per line or separated by semicolons;
 * a Contact ID becomes its contact's name. After a comma, only a part that is
 * a known contact's name counts as another person: the rest is a company.
 */
export function referralNamesOf(cell: string, index: ContactIndex): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (name: string) => {
    const n = tidy(name);
    if (n && !seen.has(nameKey(n))) {
      seen.add(nameKey(n));
      out.push(n);
    }
  };
  for (const raw of (cell ?? '').split(/[\n\r;]+/)) {
    const entry = tidy(raw.replace(/^\s*(?:[-*\u2022\u00b7]|\d+[.)])\s+/, ''));
    if (!entry) continue;
    const parts = entry.split(',').map(tidy).filter(Boolean);
    parts.forEach((part, i) => {
      if (CONTACT_ID.test(part)) {
        const c = index.byId.get(part.toUpperCase());
        if (c) add(c.name);
        return;
      }
      if (i > 0 && !index.byName.has(nameKey(part))) return;
      add(part.replace(/\s*\([^()]*\)\s*$/, '').replace(/\s+at\s+.+$/i, ''));
    });
  }
  return out;
}

export function thanksContext(contactId: string): ThanksContext {
  const { base, index, doc } = readBase(contactId ?? '');
  let meeting: Meeting | null = null;
  const table = base.contact ? readOptionalTable(doc, 'meetings') : null;
  if (base.contact && table) {
    const meetings = table.rows;
    meeting = latestMeeting(meetings, base.contact.contactId, base.today);
  }
  return { ...base, meeting, referralNames: meeting ? referralNamesOf(meeting.referralsGiven, index) : [] };
}
