// Referrals given in a meeting: the "Name, Company" lines a student types, read
// into people, and planned against the contacts already in the sheet so a
// referral becomes a new contact or links an existing one, never a duplicate.
import type { Contact } from '../schema';
import { indexContacts, nameKey, referenceTo } from '../contacts';

export interface Referral {
  name: string;
  company: string;
}

export interface ParsedReferrals {
  referrals: Referral[];
  /** One message per entry that cannot be read (an entry with no name). */
  errors: string[];
}

/**
 * Reads "Name, Company" entries, one per line or separated by semicolons.
 * Also understood: "Name (Company)", "Name at Company" and a bare "Name".
 * The same person twice in one list counts once.
 */
export function parseReferrals(text: string): ParsedReferrals {
  const referrals: Referral[] = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  for (const raw of (text || '').split(/[\n\r;]+/)) {
    const entry = raw.trim().replace(/^[-*•·]\s+/, '');
    if (!entry) continue;
    const r = readEntry(entry);
    if (!r.name) {
      errors.push(`"${entry}" has no name: write the person's name first, like "Ana Ruiz, Acme".`);
      continue;
    }
    const key = nameKey(r.name);
    if (seen.has(key)) continue;
    seen.add(key);
    referrals.push(r);
  }
  return { referrals, errors };
}

function clean(s: string): string {
  return s.trim().replace(/\s+/g, ' ');
}

function readEntry(entry: string): Referral {
  const comma = entry.indexOf(',');
  if (comma >= 0) return { name: clean(entry.slice(0, comma)), company: clean(entry.slice(comma + 1)) };
  const paren = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(entry);
  if (paren) return { name: clean(paren[1]), company: clean(paren[2]) };
  const at = /^(.+?)\s+at\s+(.+)$/i.exec(entry);
  if (at) return { name: clean(at[1]), company: clean(at[2]) };
  return { name: clean(entry), company: '' };
}

export interface ReferralPlan {
  /** New contacts to add (no Contact ID yet). */
  create: Array<Partial<Contact>>;
  /** Existing contacts whose empty Referred by gets the referrer's ID. */
  link: Array<{ contactId: string; name: string }>;
  /** Existing contacts left as they are (already referred by someone, or the referrer themself). */
  known: string[];
}

/**
 * What each referral does to the sheet. A name already in Contacts is the same
 * person: linked when their Referred by is empty, otherwise left alone.
 */
export function planReferrals(referrals: readonly Referral[], contacts: readonly Contact[], referrer: Contact, today: string): ReferralPlan {
  const plan: ReferralPlan = { create: [], link: [], known: [] };
  // Most meetings give no referral: no need to index every contact then.
  if (referrals.length === 0) return plan;
  const index = indexContacts(contacts);
  for (const r of referrals) {
    const same = index.byName.get(nameKey(r.name)) || [];
    if (same.length === 0) {
      plan.create.push({
        name: r.name,
        company: r.company,
        howFound: 'Referral',
        referredBy: referenceTo(referrer, index),
        status: 'To contact',
        notes: `Referred by ${referrer.name} on ${today}.`,
      });
      continue;
    }
    const only = same.length === 1 ? same[0] : null;
    if (only && only.contactId && only.contactId !== referrer.contactId && !only.referredBy.trim()) {
      plan.link.push({ contactId: only.contactId, name: only.name });
    } else {
      plan.known.push(same[0].name);
    }
  }
  return plan;
}
