// What the outreach and thank-you drafts share, and the element check the sidebar re-runs as the student edits.
//
// API
//   ElementKey, ElementCheck, ELEMENT_LABELS, ELEMENT_KEYS
//   checkOutreachElements(text, profile, contact, referrerName?) -> ElementCheck[]  (always all five, in order)
//   countWords(text) -> number;  WORD_LIMIT = 150
//   firstName(fullName) -> string;  joinNames(names) -> 'A, B, and C'
//   humanDate(iso) -> 'Tuesday, March 3' ('' for text that is not a date)
//   splitReferralNames(cell) -> names from a 'Referrals given' cell
//   howFoundFrom(cell), modeFrom(cell) -> a How found / Preferred mode cell as its list value, or ''
// The drafts themselves: draftOutreach in draft-outreach.ts, draftThankYou in draft-thanks.ts.

import { HOW_FOUND, PREFERRED_MODE, type Contact, type HowFound } from '../schema';
import type { Profile } from '../settings';
import { parseDateText } from '../dates';

export const WORD_LIMIT = 150;

export type ElementKey = 'how-found' | 'background' | 'status' | 'ask' | 'meeting-mode';
export const ELEMENT_KEYS: readonly ElementKey[] = ['how-found', 'background', 'status', 'ask', 'meeting-mode'];
export const ELEMENT_LABELS: Record<ElementKey, string> = {
  'how-found': 'How you found them',
  background: 'Your school, area of study and year',
  status: 'Your current status',
  ask: 'What you are asking for',
  'meeting-mode': 'How you would like to meet',
};

export interface ElementCheck {
  key: ElementKey;
  label: string;
  present: boolean;
}

/** Trimmed with inner whitespace collapsed: sheet cells carry stray spaces. */
export function tidy(s: string | undefined | null): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}

/** Words as a mail client or a reader counts them: '20-minute' is one, a lone dash is none. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

const HONORIFIC = /^(dr|prof|professor|mr|mrs|ms|mx|miss|sir|dame)\.?$/i;
const CREDENTIAL = /^(phd|ph\.d\.?|mba|md|m\.d\.|cpa|cfa|pe|esq\.?|jr\.?|sr\.?|ii|iii|iv|msc|ma|bsc|ba|rn|pmp)$/i;

/**
 * The name to greet someone by: 'Maria' from 'Dr. Maria Lopez', 'Lopez, Maria',
 * or 'Maria Lopez, PhD'. '' when there is no name.
 */
export function firstName(fullName: string): string {
  let name = tidy(fullName);
  const comma = name.split(',').map((p) => p.trim()).filter(Boolean);
  if (comma.length >= 2) {
    const rest = comma.slice(1);
    // 'Lopez, Maria' (a last-name-first export) unless what follows is a credential.
    name = rest.every((p) => p.split(' ').every((w) => CREDENTIAL.test(w))) ? comma[0] : `${rest.join(' ')} ${comma[0]}`;
  }
  const words = name.split(' ').filter((w) => w && !HONORIFIC.test(w));
  return words[0] ?? '';
}

/** The honorific and last name ('Dr. Lopez') when the sheet gives one, for a formal greeting. */
export function titledName(fullName: string): string {
  const words = tidy(fullName).replace(/,.*$/, '').split(' ');
  if (words.length < 2 || !HONORIFIC.test(words[0])) return '';
  const h = words[0].replace(/\.$/, '');
  const title = /^prof(essor)?$/i.test(h) ? 'Professor' : `${h[0].toUpperCase()}${h.slice(1).toLowerCase()}.`;
  return `${title} ${words[words.length - 1]}`;
}

/** 'A', 'A and B', 'A, B, and C'. */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  if (names.length === 2) return `${names[0]} and ${names[1]}`;
  return `${names.slice(0, -1).join(', ')}, and ${names[names.length - 1]}`;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * 'Tuesday, March 3' from '2026-03-03' (or from a date typed as text), in
 * English and without Intl, so server and sidebar agree. '' when not a date.
 */
export function humanDate(text: string): string {
  const iso = parseDateText(text ?? '');
  if (!iso) return '';
  const [y, m, d] = iso.split('-').map(Number);
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return `${WEEKDAYS[weekday]}, ${MONTH_NAMES[m - 1]} ${d}`;
}

/** Names in a 'Referrals given' cell, one per line or separated by commas, semicolons or 'and'. */
export function splitReferralNames(cell: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of (cell ?? '').split(/\r?\n|[,;]|\s+and\s+|\s*&\s*/i)) {
    const name = tidy(part.replace(/^\s*(?:[-*•]|\d+[.)])\s*/, ''));
    if (name && !seen.has(name.toLowerCase())) {
      seen.add(name.toLowerCase());
      out.push(name);
    }
  }
  return out;
}

/** A How found cell as one of the list's values: exact, or by a telling word (career-centre 'Source' columns). */
export function howFoundFrom(cell: string): HowFound | '' {
  const v = tidy(cell).toLowerCase();
  if (!v) return '';
  const exact = HOW_FOUND.find((h) => h.toLowerCase() === v);
  if (exact) return exact;
  const byWord: Array<[RegExp, HowFound]> = [
    [/alum/, 'Alumni network'],
    [/referr|introduc/, 'Referral'],
    [/professor|prof\b|faculty|teacher/, 'Professor'],
    [/event|fair|conference|meetup|panel/, 'Event or career fair'],
    [/employer|colleague|cowork|internship/, 'Former employer'],
    [/friend|family|parent/, 'Friends & family'],
    [/linked\s?in/, 'LinkedIn'],
    [/research|online|web|google|article/, 'Online research'],
  ];
  const hit = byWord.find(([re]) => re.test(v));
  return hit ? hit[1] : 'Other';
}

export function modeFrom(cell: string): (typeof PREFERRED_MODE)[number] | '' {
  const v = tidy(cell).toLowerCase();
  return PREFERRED_MODE.find((m) => m.toLowerCase() === v) ?? '';
}

// ---- the element check ------------------------------------------------------

const ABBREVIATION = /(?:^|\s)(?:dr|mr|mrs|ms|mx|prof|st|jr|sr|inc|co|corp|ltd|univ|dept|vs|etc|e\.g|i\.e|[a-z])\.$/i;

/** Sentences and lines, without splitting 'Dr. Lee' or 'St. Olaf College'. */
export function sentences(text: string): string[] {
  const out: string[] = [];
  for (const line of text.replace(/\u2019/g, "'").split(/\r?\n/)) {
    let current = '';
    for (const piece of line.split(/(?<=[.!?])\s+/)) {
      current = current ? `${current} ${piece}` : piece;
      if (!ABBREVIATION.test(current)) {
        out.push(current.trim());
        current = '';
      }
    }
    if (current.trim()) out.push(current.trim());
  }
  return out.filter(Boolean);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** True when phrase occurs in text as whole words, ignoring case and spacing. */
export function mentions(text: string, phrase: string): boolean {
  const p = tidy(phrase).replace(/\u2019/g, "'");
  if (!p) return false;
  const pattern = escapeRegExp(p).replace(/ /g, '\\s+');
  return new RegExp(`(?:^|[^\\p{L}\\p{N}])${pattern}(?=$|[^\\p{L}\\p{N}])`, 'iu').test(text);
}

const HOW_FOUND_WORDS =
  /\b(alum(?:na|nae|ni|nus)?|linked\s?in|career (?:fair|event)|event|conference|professor|referred|referral|recommended|introduced|mutual|friends?|family|former (?:employer|colleague|workplace)|came across|found (?:you|your)|heard (?:about|of) you|learned (?:about|of) you|your name came up|mentioned (?:you|your name)|suggested (?:that )?I)\b/i;
// 'a senior' is a class year; 'Senior Product Manager' is their title.
const STUDY_WORDS =
  /\b(stud(?:y|ying|ies|ent|ents)|major(?:ing)?|minor(?:ing)?|degree|graduat\w*|class of|(?:a|an|rising) (?:junior|senior|sophomore|freshman|first-year)|undergrad\w*|MBA|PhD|master's|bachelor's)\b/i;
const FIRST_PERSON = /(?:^|[^\p{L}])(?:I|I'm|I've|I'd|I am|my|My|currently|Currently)(?=$|[^\p{L}])/u;
// Verbs like 'considering' say a status only right after 'I am' ('thank you for considering my request' does not).
const STATUS_WORDS =
  /\b(explor\w*|research\w*|job search\w*|job hunt\w*|career change|transition\w*)\b|\b(?:I'm|I am|I've been|I have been|currently|now)\s+(?:\w+\s+)?(?:deciding|figuring out|considering|weighing|looking for|searching for|trying to decide)\b/i;
const ASK_NOUNS =
  /\b(conversation|chat|call|talk|speak|minutes?|\d+[- ]minutes?|informational interview|interview|meet|meeting|coffee|time)\b/i;
const REQUEST_MARKERS =
  /\?|\b(?:would|could|can|might|may|do) (?:you|we|I)\b|\bopen to\b|\bwilling\b|\bI'd (?:love|like|appreciate|welcome|value)\b|\bI would (?:love|like|appreciate|welcome|value|be grateful)\b|\bgrateful\b|\bhoping\b|\bhope\b|\bappreciate\b|\bif you (?:have|had|could|are|were)\b/i;
const MODE_WORDS =
  /\b(phone|video|call|zoom|teams|google meet|skype|facetime|coffee|in person|in-person|face to face|face-to-face|meet\w*|lunch|your office)\b/i;

/**
 * Which of the five elements an (edited) outreach text still carries. Heuristic
 * on the text itself, so a tick follows what the student actually wrote:
 * background needs the area of study, the year, or the school beside a word
 * about studying (an 'alum of {school}' line alone is how they were found);
 * the ask needs a conversation word inside a request.
 */
export function checkOutreachElements(
  text: string,
  profile: Profile,
  contact: Contact,
  referrerName?: string,
): ElementCheck[] {
  const lines = sentences(text);
  const body = lines.join('\n');
  const school = tidy(profile.school);
  // Without a resolved name, a typed `Referred by` name still counts (an id does not: it has digits).
  const referredBy = tidy(contact.referredBy);
  const referrer = tidy(referrerName) || (/\d/.test(referredBy) ? '' : referredBy);

  const howFound =
    HOW_FOUND_WORDS.test(body) || (!!referrer && (mentions(body, referrer) || mentions(body, firstName(referrer))));

  const background =
    mentions(body, profile.areaOfStudy) ||
    (/^\d{4}$/.test(tidy(profile.graduationYear)) && mentions(body, tidy(profile.graduationYear))) ||
    lines.some(
      (s) =>
        (STUDY_WORDS.test(s) && FIRST_PERSON.test(s)) ||
        (!!school && mentions(s, school) && (STUDY_WORDS.test(s) || /\bI(?:'m| am)\b/.test(s))),
    );

  const status = lines.some((s) => STATUS_WORDS.test(s) && FIRST_PERSON.test(s));
  const ask = lines.some((s) => ASK_NOUNS.test(s) && REQUEST_MARKERS.test(s));
  const mode = lines.some((s) => MODE_WORDS.test(s));

  const present: Record<ElementKey, boolean> = {
    'how-found': howFound,
    background,
    status,
    ask,
    'meeting-mode': mode,
  };
  return ELEMENT_KEYS.map((key) => ({ key, label: ELEMENT_LABELS[key], present: present[key] }));
}
