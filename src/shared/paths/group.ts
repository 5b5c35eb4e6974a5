// Which career path a meeting was about, read forgivingly: the student types
// "Data scientist · Healthcare" one day and "data scientist, healthcare" the
// next, and both are one path. The key ignores case, punctuation, the
// separators people put between a role and its field ("·", ",", "-", "/", "in",
// "at") and "&" against "and"; the name shown is the spelling used most.
import type { Contact } from '../schema';
import { remembered } from '../memo';

const SEPARATORS = /[·•,;:/|\\()[\]{}"'’‘“”.!?*_+=~<>\u2013\u2014-]+/g;
const LINK_WORDS = new Set(['in', 'at', 'of', 'the', 'for', 'a', 'an']);

// Thousands of rows share a few paths (and contacts a few titles): each text is keyed once.
const keys = new Map<string, string>();

/** The grouping key of a typed path; '' when nothing is left. */
export function pathKey(text: string): string {
  return remembered(keys, String(text ?? ''), keyOf, 20000);
}

function keyOf(raw: string): string {
  const words = raw
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(SEPARATORS, ' ')
    .split(/\s+/)
    .filter((w) => w !== '' && !LINK_WORDS.has(w));
  return words.join(' ');
}

// Whitespace cleanPath would change: a tab or other space, two spaces, a space at either end.
const UNTIDY = /[^\S ]| {2}|^ | $/;

/** A path as typed, trimmed and with its spaces collapsed (what is written to the cell). */
export function cleanPath(text: string): string {
  const s = String(text ?? '');
  // Asked of every contact's Title and Industry on each Dashboard refresh: most are tidy already.
  return UNTIDY.test(s) ? s.replace(/\s+/g, ' ').trim() : s;
}

/** The path a meeting with this contact is about unless the student says otherwise: their Title in their Industry. */
export function defaultPath(contact: Pick<Contact, 'title' | 'industry'>): string {
  const title = cleanPath(contact.title);
  const industry = cleanPath(contact.industry);
  if (title && industry) return `${title} · ${industry}`;
  return title || industry;
}

// The Dashboard keys every contact's default path on each refresh, and a
// tracker holds a few titles and industries: each pair is keyed once.
const defaultKeys = new Map<string, Map<string, string>>();
let defaultKeyCount = 0;

/** pathKey(defaultPath(contact)), remembered per Title and Industry. */
export function defaultPathKey(contact: Pick<Contact, 'title' | 'industry'>): string {
  let byIndustry = defaultKeys.get(contact.title);
  if (!byIndustry) {
    if (defaultKeyCount >= 20000) {
      defaultKeys.clear();
      defaultKeyCount = 0;
    }
    byIndustry = new Map();
    defaultKeys.set(contact.title, byIndustry);
  }
  let key = byIndustry.get(contact.industry);
  if (key === undefined) {
    key = pathKey(defaultPath(contact));
    byIndustry.set(contact.industry, key);
    defaultKeyCount++;
  }
  return key;
}

/** Reads an Interest (1-5) cell: a whole number 1 to 5 ("4", 4, "4/5", "4 - keen"), else null. */
export function readInterest(cell: unknown): number | null {
  const m = /^\s*([1-5])(?![\d.,])/.exec(String(cell ?? ''));
  return m ? Number(m[1]) : null;
}

/**
 * The display name of a group: the spelling used most; on a tie the first one
 * used, so the name does not flip each time the student types a new variant.
 * `spellings` are in date order.
 */
export function chooseName(spellings: ReadonlyArray<{ text: string }>): string {
  const counts = new Map<string, number>();
  for (const s of spellings) counts.set(s.text, (counts.get(s.text) ?? 0) + 1);
  let best = '';
  let top = 0;
  // Map keeps first-use order, so a strict > keeps the earliest on a tie.
  for (const [text, n] of counts) {
    if (n > top) {
      best = text;
      top = n;
    }
  }
  return best;
}
