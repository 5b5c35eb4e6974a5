// Single-cell checks for the outreach fields, shared by Check outreach fields and
// every sidebar form so a value is judged the same way wherever it is typed.
//
// API:
//   isValidEmail(s): boolean                  one address, unicode local parts and IDN domains allowed
//   normalizeEmail(s): string                 trimmed, domain lower-cased (local part kept: it may be case-sensitive)
//   emailKey(s): string                       the whole address lower-cased, for spotting duplicates
//   readLinkedIn(s): LinkedInReading          canonical profile URL, or why the value is not one
//   normalizeLinkedIn(s): string | null       https://www.linkedin.com/in/<slug>, or null when not a profile
//   phoneDigits(s): string                    digits of the number, extension left out
//   isValidPhone(s): boolean                  7 to 15 digits, separators only, optional extension
//   readDate(s): IsoDate | null               a date cell as yyyy-MM-dd (ISO or typed text), null when empty or not a date
//   matchListValue(list, s): string | null    the list entry s means, forgiving case and spacing
//   cellFault(key, value): CellFault | null   what is wrong with one Contacts cell on its own (empty is fine)
//   normalizeCell(key, value): string         a cell as a form writes it: trimmed, one spelling per value
//   DATE_FIELDS, LIST_FIELDS, headerOf(key), quoteValue(s)
import { isIsoDate, parseDateText } from '../dates';
import type { IsoDate } from '../dates';
import { CONTACT_COLUMNS, HOW_FOUND, PREFERRED_MODE, PRIORITY, STATUS } from '../schema';
import type { ContactKey } from '../schema';

const MAX_LOCAL = 64;
const MAX_ADDRESS = 254;
// Letters and digits of any script (RFC 6531 addresses) plus RFC 5322 atom symbols.
const LOCAL_PART = /^[\p{L}\p{N}\p{M}!#$%&'*+\/=?^_`{|}~-]+(?:\.[\p{L}\p{N}\p{M}!#$%&'*+\/=?^_`{|}~-]+)*$/u;
const DOMAIN_LABEL = /^[\p{L}\p{N}\p{M}](?:[\p{L}\p{N}\p{M}-]{0,61}[\p{L}\p{N}\p{M}])?$/u;
// A top-level domain is never numeric: "bob@10.0.0.1" and "bob@x.c" are typos, not addresses.
const TOP_LEVEL = /^(?:[\p{L}\p{M}]{2,63}|xn--[a-z0-9-]{1,59})$/iu;

export function isValidEmail(s: string): boolean {
  const address = s.trim();
  const at = address.indexOf('@');
  if (at < 1 || at !== address.lastIndexOf('@') || address.length > MAX_ADDRESS) return false;
  const local = address.slice(0, at);
  const labels = address.slice(at + 1).split('.');
  return (
    local.length <= MAX_LOCAL &&
    LOCAL_PART.test(local) &&
    labels.length >= 2 &&
    labels.every((l) => DOMAIN_LABEL.test(l)) &&
    TOP_LEVEL.test(labels[labels.length - 1])
  );
}

export function normalizeEmail(s: string): string {
  const address = s.trim();
  const at = address.lastIndexOf('@');
  return at < 0 ? address : address.slice(0, at) + address.slice(at).toLowerCase();
}

/** Mail providers ignore case in practice, so two rows differing only in case are one person. */
export function emailKey(s: string): string {
  return s.trim().toLowerCase();
}

export type LinkedInReading =
  | { ok: true; url: string }
  | { ok: false; reason: 'notLinkedIn' | 'organisation' | 'notProfile' };

// www, mobile and country sites (uk.linkedin.com); nothing else, so linkedin.com.evil.io fails.
const LINKEDIN_HOST = /^(?:(?:www|m|mobile|[a-z]{2})\.)?linkedin\.com\.?$/;
const ORGANISATION_PAGES = ['company', 'school', 'showcase'];
// LinkedIn's rule for a public profile URL is 3 to 100 letters, digits or
// hyphens, but real exports also hold older slugs with an apostrophe (often
// curly), a tilde, a dot, an emoji or a bidirectional mark, percent-encoded.
// The plain rule is tried first: it is the common case and the cheaper test.
const PLAIN_SLUG = /^[\p{L}\p{N}\p{M}_-]{3,100}$/u;
const OLDER_SLUG = /^[\p{L}\p{N}\p{M}_\-~.'\u2019\u200D\u200E\u200F\uFE0F\p{Extended_Pictographic}\p{Emoji_Component}]{3,100}$/u;
const PROFILE_SLUG = { test: (slug: string) => PLAIN_SLUG.test(slug) || OLDER_SLUG.test(slug) };

export function readLinkedIn(s: string): LinkedInReading {
  const text = s.trim();
  if (!text || /\s/.test(text)) return { ok: false, reason: 'notLinkedIn' };
  const rest = text.replace(/^https?:\/\//i, '');
  // Any other scheme, a port or credentials: not something a profile link carries.
  if (/^[a-z][a-z0-9+.-]*:/i.test(rest)) return { ok: false, reason: 'notLinkedIn' };
  const cut = rest.search(/[\/?#]/);
  const host = (cut < 0 ? rest : rest.slice(0, cut)).toLowerCase();
  if (!LINKEDIN_HOST.test(host)) return { ok: false, reason: 'notLinkedIn' };
  const path = cut < 0 ? '' : rest.slice(cut).replace(/[?#].*$/, '');
  const segments = path.split('/').filter((p) => p !== '');
  // LinkedIn Lite (mobile web) puts profiles under /mwlite/in/<slug>.
  const first = segments[0] && segments[0].toLowerCase() === 'mwlite' ? 1 : 0;
  const kind = (segments[first] || '').toLowerCase();
  if (ORGANISATION_PAGES.indexOf(kind) >= 0) return { ok: false, reason: 'organisation' };
  if (kind !== 'in' || segments.length < first + 2) return { ok: false, reason: 'notProfile' };
  let slug: string;
  try {
    slug = decodeURIComponent(segments[first + 1]);
  } catch {
    return { ok: false, reason: 'notProfile' };
  }
  // LinkedIn treats slugs case-insensitively; one spelling makes duplicates visible.
  slug = slug.normalize('NFC').toLowerCase();
  if (!PROFILE_SLUG.test(slug)) return { ok: false, reason: 'notProfile' };
  return { ok: true, url: `https://www.linkedin.com/in/${slug}` };
}

/**
 * The canonical `https://www.linkedin.com/in/<slug>` for any form of a profile
 * link (no scheme, www/m/country site, tracking query, fragment, sub-page such
 * as /in/x/en, percent-encoded slug, shown decoded); null for anything else.
 */
export function normalizeLinkedIn(s: string): string | null {
  const r = readLinkedIn(s);
  return r.ok ? r.url : null;
}

const MIN_PHONE_DIGITS = 7;
const MAX_PHONE_DIGITS = 15; // E.164's longest number
// "x123", "ext. 12", "extension 12", "#12" at the end, not counted as the number.
const EXTENSION = /[\s,;]*(?:ext(?:ension)?\.?|x|#)\s*\d{1,6}$/i;
// Separators people type and paste: spaces (also no-break), dashes (also en/em/minus),
// dots, slashes, parentheses; one "+" at the start, possibly inside "(+44)".
const PHONE_BODY = /^[\s(]*\+?[\d\s().\/\-\u2010-\u2015\u2212]*$/;

function phoneBody(s: string): string {
  return s.trim().replace(EXTENSION, '');
}

/** The digits of the number itself, extension left out; says nothing about validity. */
export function phoneDigits(s: string): string {
  return phoneBody(s).replace(/\D/g, '');
}

export function isValidPhone(s: string): boolean {
  const body = phoneBody(s);
  const n = body.replace(/\D/g, '').length;
  return PHONE_BODY.test(body) && n >= MIN_PHONE_DIGITS && n <= MAX_PHONE_DIGITS;
}

/** Why a phone is invalid, for a message that says what to change. */
export function phoneFault(s: string): 'characters' | 'tooShort' | 'tooLong' | null {
  const body = phoneBody(s);
  const n = body.replace(/\D/g, '').length;
  if (!PHONE_BODY.test(body)) return 'characters';
  if (n < MIN_PHONE_DIGITS) return 'tooShort';
  if (n > MAX_PHONE_DIGITS) return 'tooLong';
  return null;
}

/** A date cell: already yyyy-MM-dd when Sheets holds a date, else the text the user typed. */
export function readDate(s: string): IsoDate | null {
  const text = s.trim();
  if (!text) return null;
  return isIsoDate(text) ? text : parseDateText(text);
}

function listKey(s: string): string {
  return s.trim().replace(/\s+/g, ' ').toLowerCase();
}

// Every contact's Status is matched on every plan, and a tracker holds a few
// distinct spellings: each list keeps what each cell text meant.
const matched = new WeakMap<readonly string[], Map<string, string | null>>();

/** The entry of a drop-down list that s means ("met" is Met); null when none. */
export function matchListValue<T extends string>(list: readonly T[], s: string): T | null {
  let memo = matched.get(list);
  if (!memo) {
    memo = new Map();
    matched.set(list, memo);
  }
  let v = memo.get(s);
  if (v === undefined) {
    // The lists are the schema's constants; a bound keeps odd input from growing the memo.
    if (memo.size >= 2000) memo.clear();
    v = matchIn(list, s);
    memo.set(s, v);
  }
  return v as T | null;
}

function matchIn<T extends string>(list: readonly T[], s: string): T | null {
  const k = listKey(s);
  if (!k) return null;
  for (const v of list) if (listKey(v) === k) return v;
  return null;
}

export const DATE_FIELDS: readonly ContactKey[] = ['firstContacted', 'lastContact', 'meetingDate', 'thankYouSent', 'nextFollowUp'];
export const LIST_FIELDS: readonly (readonly [ContactKey, readonly string[]])[] = [
  ['howFound', HOW_FOUND],
  ['status', STATUS],
  ['priority', PRIORITY],
  ['preferredMode', PREFERRED_MODE],
];

export function headerOf(key: ContactKey): string {
  for (const c of CONTACT_COLUMNS) if (c.key === key) return c.header;
  return key;
}

/** A value as quoted in a message: long pastes cut so the message stays readable. */
export function quoteValue(v: string): string {
  return `"${v.length > 60 ? v.slice(0, 57) + '…' : v}"`;
}

export interface CellFault {
  message: string;
  fix: string;
}

const LINKEDIN_FAULT = {
  organisation: "is a company or school page, not a person's profile",
  notProfile: 'is not a LinkedIn profile address',
  notLinkedIn: 'is not a linkedin.com address',
};

/** What is wrong with one Contacts cell judged alone; null when fine or empty. */
export function cellFault(key: ContactKey, value: string): CellFault | null {
  const v = value.trim();
  if (!v) return null;
  const q = `${headerOf(key)} ${quoteValue(v)}`;
  if (key === 'email') {
    return isValidEmail(v) ? null : { message: `${q} is not a valid address`, fix: 'Correct the address (like name@example.com) or leave Email empty.' };
  }
  if (key === 'linkedin') {
    const r = readLinkedIn(v);
    return r.ok ? null : { message: `${q} ${LINKEDIN_FAULT[r.reason]}`, fix: 'Paste the address of their profile (linkedin.com/in/…) or leave LinkedIn empty.' };
  }
  if (key === 'phone') {
    const fault = phoneFault(v);
    if (!fault) return null;
    const what = fault === 'characters' ? 'has characters a phone number cannot have' : `has ${phoneDigits(v).length} digits; a phone number has 7 to 15`;
    return { message: `${q} ${what}`, fix: 'Enter the number with its country or area code (like +1 555 010 0199), or leave Phone empty.' };
  }
  if (DATE_FIELDS.indexOf(key) >= 0) {
    return readDate(v) ? null : { message: `${q} is not a real date`, fix: `Enter a date like 2026-03-04, or leave ${headerOf(key)} empty.` };
  }
  for (const [k, list] of LIST_FIELDS) {
    if (k === key && !matchListValue(list, v)) return { message: `${q} is not one of the choices`, fix: `Choose one of: ${list.join(', ')}.` };
  }
  return null;
}

/** A cell as a form writes it; a value with a fault is only trimmed, so the user sees what they typed. */
export function normalizeCell(key: ContactKey, value: string): string {
  const v = value.trim();
  if (!v || cellFault(key, v)) return v;
  if (key === 'email') return normalizeEmail(v);
  if (key === 'linkedin') return normalizeLinkedIn(v) || v;
  if (DATE_FIELDS.indexOf(key) >= 0) return readDate(v) || v;
  for (const [k, list] of LIST_FIELDS) if (k === key) return matchListValue(list, v) || v;
  return v;
}
