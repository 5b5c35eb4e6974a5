// Small lookups over a list of contacts that several features share.
import type { Contact } from '../schema';
import { remembered } from '../memo';

// One execution indexes the same names several times (the plan, the Dashboard,
// the referrals of a logged meeting), and Unicode normalisation is the dear part:
// each name is keyed once.
const nameKeys = new Map<string, string>();

// NFKC leaves ASCII as it is, and most names are ASCII: normalised only when they are not.
const NON_ASCII = /[^\x00-\x7f]/;
// Whitespace the collapse would change once trimmed: a tab or other space, or two in a row.
const UNTIDY = /[^\S ]|\s\s/;

/** Case- and spacing-insensitive key for comparing names. */
export function nameKey(name: string): string {
  return remembered(nameKeys, name, keyOfName, 50000);
}

/** name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase(), without the steps that would change nothing. */
function keyOfName(name: string): string {
  const trimmed = (NON_ASCII.test(name) ? name.normalize('NFKC') : name).trim();
  return (UNTIDY.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed).toLowerCase();
}

/** Shared by every caller that indexes the same rows: read it, never change it. */
export interface ContactIndex {
  byId: ReadonlyMap<string, Contact>;
  byName: ReadonlyMap<string, readonly Contact[]>;
}

interface Indexed {
  rows: readonly Contact[];
  ids: string[];
  names: string[];
  index: ContactIndex;
}

// One execution indexes the same rows several times: the plan, the Dashboard,
// a save's re-plan and its referrals. An index depends only on which rows, in
// which order, with which ID and name, so checking those three (pointer
// compares) reuses it where building it again hashes every ID and name. The
// rows are compared by a copy: a caller may append to its own array since.
const recent: Indexed[] = [];
const KEPT = 2;

export function indexContacts(contacts: readonly Contact[]): ContactIndex {
  for (const r of recent) if (sameRows(r, contacts)) return r.index;
  const n = contacts.length;
  const ids: string[] = new Array(n);
  const names: string[] = new Array(n);
  const byId = new Map<string, Contact>();
  const byName = new Map<string, Contact[]>();
  for (let i = 0; i < n; i++) {
    const c = contacts[i];
    ids[i] = c.contactId;
    names[i] = c.name;
    if (c.contactId) byId.set(c.contactId.trim(), c);
    const k = nameKey(c.name);
    if (!k) continue;
    const list = byName.get(k);
    if (list) list.push(c);
    else byName.set(k, [c]);
  }
  const index = { byId, byName };
  recent.unshift({ rows: contacts.slice(), ids, names, index });
  if (recent.length > KEPT) recent.pop();
  return index;
}

function sameRows(r: Indexed, contacts: readonly Contact[]): boolean {
  const n = contacts.length;
  if (r.rows.length !== n) return false;
  for (let i = 0; i < n; i++) {
    const c = contacts[i];
    if (c !== r.rows[i] || c.contactId !== r.ids[i] || c.name !== r.names[i]) return false;
  }
  return true;
}

/**
 * Resolves a `Referred by` cell to a contact. The forms write a Contact ID; a
 * user types a name. Both work; an ambiguous name (two contacts share it) does
 * not resolve, so no reminder goes to the wrong person.
 */
export function resolveContactRef(ref: string, index: ContactIndex): Contact | null {
  const r = ref.trim();
  if (!r) return null;
  const byId = index.byId.get(r);
  if (byId) return byId;
  // `Name (C-0007)`, as the add-on writes a name two contacts share: the ID decides.
  // Looked for only in a reference ending in ")": most are plain names, and this runs for every referral of a plan and of the Dashboard.
  const tagged = r.charCodeAt(r.length - 1) === 41 ? /\(\s*([^()\s]+)\s*\)$/.exec(r) : null;
  const byTag = tagged ? index.byId.get(tagged[1]) : undefined;
  if (byTag) return byTag;
  const named = index.byName.get(nameKey(r));
  return named && named.length === 1 ? named[0] : null;
}

/**
 * How a `Referred by` cell names a contact, so a student reads who to tell:
 * the name, or `Name (C-0007)` where another contact shares it (the ID alone
 * for a contact with no name). resolveContactRef reads all three back.
 */
export function referenceTo(contact: Contact, index: ContactIndex): string {
  const name = contact.name.trim().replace(/\s+/g, ' ');
  const id = contact.contactId.trim();
  if (!name) return id;
  const same = index.byName.get(nameKey(name));
  return id && same && same.some((c) => c !== contact) ? `${name} (${id})` : name;
}
