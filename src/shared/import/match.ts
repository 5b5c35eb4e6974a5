// Decides, before anything is written, what importing each row would do: add a
// new contact, fill the gaps of one already in Contacts, or leave it out.
import { CONTACT_COLUMNS, type Contact } from '../schema';
import { identityOf, type Identity } from '../contacts';
import { toContact, type ImportFormat, type ImportRow } from './formats';
import { withoutUnusable, type LeftOut } from './usable';

export type PlanAction = 'new' | 'match' | 'duplicate' | 'skip';

export interface PlanItem {
  row: ImportRow;
  action: PlanAction;
  /** 'match': the matched contact's ID ('' when that row has none yet). */
  contactId?: string;
  /** 'match': the matched contact's position in `existing`, which always identifies it. */
  contactIndex?: number;
  /** 'match': what it was matched on. */
  matchedBy?: 'linkedin' | 'email' | 'name and company';
  /** 'match': the fields that are empty on the contact and that this row would fill. */
  fill?: Partial<Contact>;
  /** 'duplicate': the line of the earlier row that is the same person. */
  duplicateOfLine?: number;
  /** Why, in words fit for the preview ('match', 'duplicate' and 'skip'). */
  reason?: string;
  /** 'new': fields the contact is imported without, because they are unusable. */
  without?: LeftOut[];
}

export interface ImportPlan {
  items: PlanItem[];
  counts: Record<PlanAction, number>;
}

// Two different LinkedIn profiles are two people, however alike their names.
function profilesDiffer(a: string, b: string): boolean {
  return !!a && !!b && a !== b;
}

interface KeyIndex<T> {
  add(k: Identity, value: T): void;
  find(k: Identity): { value: T; by: NonNullable<PlanItem['matchedBy']> } | null;
}

/** First holder of each key, found in one lookup per key: no pairwise comparison. */
function keyIndex<T>(): KeyIndex<T> {
  const linkedin = new Map<string, T>();
  const email = new Map<string, T>();
  const person = new Map<string, Array<{ value: T; linkedin: string }>>();
  return {
    add(k, value) {
      if (k.linkedin && !linkedin.has(k.linkedin)) linkedin.set(k.linkedin, value);
      if (k.email && !email.has(k.email)) email.set(k.email, value);
      if (!k.person) return;
      const list = person.get(k.person);
      if (list) list.push({ value, linkedin: k.linkedin });
      else person.set(k.person, [{ value, linkedin: k.linkedin }]);
    },
    find(k) {
      const byLinkedin = k.linkedin ? linkedin.get(k.linkedin) : undefined;
      if (byLinkedin !== undefined) return { value: byLinkedin, by: 'linkedin' };
      const byEmail = k.email ? email.get(k.email) : undefined;
      if (byEmail !== undefined) return { value: byEmail, by: 'email' };
      const same = k.person ? person.get(k.person) : undefined;
      const byPerson = same && same.find((s) => !profilesDiffer(s.linkedin, k.linkedin));
      return byPerson ? { value: byPerson.value, by: 'name and company' } : null;
    },
  };
}

// Status and How found describe the student's outreach, not the person: an
// import never changes them on a contact that is already there.
const FILLABLE = ['name', 'title', 'company', 'email', 'linkedin', 'phone', 'notes'] as const;

function gapsFilled(existing: Contact, incoming: Partial<Contact>): Partial<Contact> {
  const fill: Partial<Contact> = {};
  for (const key of FILLABLE) {
    const value = incoming[key];
    if (value && !(existing[key] ?? '').trim()) fill[key] = value;
  }
  return fill;
}

const HEADER_OF = new Map<string, string>(CONTACT_COLUMNS.map((c) => [c.key, c.header]));

const MATCH_WORDS = { linkedin: 'LinkedIn profile', email: 'email', 'name and company': 'name and company' };

/**
 * The preview of an import. Rows are taken in file order; a row matches an
 * existing contact by LinkedIn profile, then email, then name and company
 * together; a later row that is the same person as an earlier one (by the same
 * keys, or by matching the same contact) is a duplicate. A match only fills
 * fields that are empty on the contact, never overwrites one.
 */
export function planImport(rows: readonly ImportRow[], format: ImportFormat, existing: readonly Contact[]): ImportPlan {
  const known = keyIndex<number>();
  existing.forEach((c, i) => known.add(identityOf(c), i));
  const earlier = keyIndex<number>(); // line of the first row with each key
  const claimedBy = new Map<number, number>(); // contact index -> line that matched it first

  const items: PlanItem[] = [];
  const counts: Record<PlanAction, number> = { new: 0, match: 0, duplicate: 0, skip: 0 };
  const push = (item: PlanItem) => {
    items.push(item);
    counts[item.action]++;
  };

  for (const row of rows) {
    if (!row.name.trim()) {
      push({ row, action: 'skip', reason: 'No name.' });
      continue;
    }
    const keys = identityOf(row);
    const inFile = earlier.find(keys);
    if (inFile) {
      push({ row, action: 'duplicate', duplicateOfLine: inFile.value, reason: `Same person as line ${inFile.value}.` });
      continue;
    }
    earlier.add(keys, row.line);

    const hit = known.find(keys);
    if (!hit) {
      const { without } = withoutUnusable(toContact(row, format));
      push(without.length ? { row, action: 'new', without } : { row, action: 'new' });
      continue;
    }
    const firstLine = claimedBy.get(hit.value);
    if (firstLine !== undefined) {
      push({ row, action: 'duplicate', duplicateOfLine: firstLine, reason: `Same person as line ${firstLine}.` });
      continue;
    }
    claimedBy.set(hit.value, row.line);
    const contact = existing[hit.value];
    const fill = gapsFilled(contact, withoutUnusable(toContact(row, format)).contact);
    const filled = Object.keys(fill);
    push({
      row,
      action: 'match',
      contactId: contact.contactId,
      contactIndex: hit.value,
      matchedBy: hit.by,
      fill,
      reason:
        `Already in Contacts as ${contact.name || 'an unnamed contact'} (same ${MATCH_WORDS[hit.by]}); ` +
        (filled.length ? `would fill ${filled.map((k) => HEADER_OF.get(k)).join(', ')}.` : 'nothing to add.'),
    });
  }
  return { items, counts };
}
