// Who a row is, written once: the import matches a file's rows to Contacts with
// these keys (in the sidebar's preview and again under the lock), and Check
// outreach fields and the sidebar forms call two rows with the same email or
// LinkedIn a likely duplicate with the same keys.
//
// API:
//   linkedinKey(url): string     one key per LinkedIn profile; '' when blank or an organisation page
//   identityOf(row): Identity    { linkedin, email, person } ('' where the row has none)
import { emailKey, readLinkedIn } from './fields';
import { nameKey } from './lookup';

export interface Identity {
  linkedin: string;
  email: string;
  /** Name and company together; '' unless both are there. */
  person: string;
}

/**
 * The canonical profile URL for any form of a profile link (any scheme,
 * subdomain, query, trailing path or case). A value that is not a profile still
 * compares, loosely, with itself, except a company or school page: it is the
 * same for everyone who works there, so it says nothing about who someone is.
 */
export function linkedinKey(url: string): string {
  const text = (url ?? '').trim();
  if (!text) return '';
  const r = readLinkedIn(text);
  if (r.ok) return r.url;
  if (r.reason === 'organisation') return '';
  return text.toLowerCase().replace(/^[a-z][a-z0-9+.-]*:\/\//, '').replace(/\/+$/, '');
}

function personKey(name: string, company: string): string {
  const n = nameKey(name);
  const c = nameKey(company);
  // A name alone is too common to call two people the same.
  return n && c ? `${n}\u0000${c}` : '';
}

export function identityOf(row: { name?: string; company?: string; email?: string; linkedin?: string }): Identity {
  return {
    linkedin: linkedinKey(row.linkedin || ''),
    email: emailKey(row.email || ''),
    person: personKey(row.name || '', row.company || ''),
  };
}
