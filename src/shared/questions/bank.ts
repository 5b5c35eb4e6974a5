// The Question Bank: the seeded rows, how a row's cells are read and how its
// template is filled for a contact, so Set up tracker, the bank check and the
// generator agree on what a row means.
//
// API
//   SEED_BANK: BankRow[]                 the rows Set up tracker writes to `Question Bank`
//   GOALS, Goal                          the student's goals a row may list
//   parseGoals(cell): Goal[]             '' means every goal
//   parsePriority(cell): BankPriority | null   '' means Medium; null = not a priority
//   parseStage(cell): BankStage | null   '' means Any; null = not a stage
//   parseCategory(cell): QuestionCategory | null
//   QuestionContact, fillTemplate(template, contact): string   the template filled for a contact
//   anyFilledFrom(template, texts): boolean   one of texts is that template, filled for any contact
//   normaliseQuestion(text): string         the key two question texts are compared by
//   placeholdersIn(text): string[]          placeholder names used, lower case
//
// Template format (question cell):
//   {title} {company} {industry}  the contact's fields. A missing field reads
//       'your role', 'your organisation', 'your industry' ("at {company}" ->
//       "at your organisation"); write the sentence so that reads well.
//   [ ... ]  an optional part: dropped whole when a placeholder inside it is
//       missing ("for you[ as a {title}]?" -> "for you?"). Brackets without a
//       placeholder inside are plain text.
//   An article before a placeholder is matched to the value ("a {title}" ->
//   "an Engineer") and dropped before a fallback ("of a {title}" -> "of your role").
import { BANK_PRIORITY, BANK_STAGE, GOALS, QUESTION_CATEGORY } from '../schema';
import type { BankPriority, BankStage, Goal, QuestionCategory } from '../schema';

export { GOALS, type Goal } from '../schema';
export { SEED_BANK } from './bank-seed';
export type { BankPriority, BankStage } from '../schema';

const GOAL_KEYWORDS: ReadonlyArray<[string, Goal]> = [
  ['career', 'Career exploration'],
  ['industry', 'Industry research'],
  ['job', 'Job search'],
];

function key(s: string): string {
  return s.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Forgiving on purpose: "career", "Job Search;Industry" still mean what the user meant. */
export function parseGoals(cell: string): Goal[] {
  const tokens = cell.split(/[,;/\n]+/).map(key).filter(Boolean);
  if (!tokens.length) return [...GOALS];
  const out: Goal[] = [];
  for (const t of tokens) {
    const hit = GOAL_KEYWORDS.find(([word]) => t.includes(word));
    if (hit && !out.includes(hit[1])) out.push(hit[1]);
  }
  return out;
}

/** Goal tokens in a cell that are not spelt as GOALS spells them (for the bank check). */
export function unknownGoalTokens(cell: string): string[] {
  return cell
    .split(/[,;/\n]+/)
    .map((t) => t.trim())
    .filter((t) => t && !GOALS.some((g) => key(g) === key(t)));
}

export function parsePriority(cell: string): BankPriority | null {
  if (!cell.trim()) return 'Medium';
  return BANK_PRIORITY.find((p) => key(p) === key(cell)) ?? null;
}

export function parseStage(cell: string): BankStage | null {
  const k = key(cell).replace(/[\s-]+/g, '');
  if (!k) return 'Any';
  return BANK_STAGE.find((s) => key(s).replace(/[\s-]+/g, '') === k) ?? null;
}

export function parseCategory(cell: string): QuestionCategory | null {
  return QUESTION_CATEGORY.find((c) => key(c) === key(cell)) ?? null;
}

// ---- templates -----------------------------------------------------------------

export const KNOWN_PLACEHOLDERS = ['title', 'company', 'industry'] as const;
/** Global: for replace() only. */
export const PLACEHOLDER = /\{\s*([^{}]*?)\s*\}/g;
export function placeholdersIn(text: string): string[] {
  const out: string[] = [];
  text.replace(PLACEHOLDER, (_m, name: string) => {
    out.push(name.toLowerCase());
    return '';
  });
  return out;
}

export interface QuestionContact {
  name?: string;
  title: string;
  company: string;
  industry: string;
}

const NO_DETAILS: QuestionContact = { title: '', company: '', industry: '' };
const FALLBACK: Record<string, string> = { title: 'your role', company: 'your organisation', industry: 'your industry' };
const NOT_A_VALUE = /^(?:n\/?a|none|unknown|tbd|tbc|-+|\?+|\.+)$/i;

function fieldValue(contact: QuestionContact, name: string): string {
  const raw = name === 'title' || name === 'company' || name === 'industry' ? contact[name] : '';
  const v = (raw ?? '').replace(/[{}[\]]/g, '').replace(/\s+/g, ' ').trim();
  return NOT_A_VALUE.test(v) ? '' : v;
}

/** "an Engineer", "a UX Researcher", "an SVP", "a University Liaison": by sound, roughly. */
function article(original: string, value: string): string {
  const word = value.split(/[\s-]/)[0];
  const acronym = /^[A-Z]{2,}$/.test(word);
  const vowelSound = acronym ? /^[AEFHILMNORSX]/.test(word) : /^[aeio]|^u(?!ni|s[eu]|ti|ro)/i.test(word);
  const a = vowelSound ? 'an' : 'a';
  return original.charAt(0) === original.charAt(0).toUpperCase() ? a.charAt(0).toUpperCase() + a.slice(1) : a;
}

/**
 * Fills {title}, {company}, {industry} from the contact. An optional [part]
 * whose placeholder is missing is dropped; a bare missing placeholder reads as
 * 'your role' / 'your organisation' / 'your industry', and an article before it
 * goes ("the work of a {title}" -> "the work of your role"). A placeholder the
 * add-on does not know is left as written; the generator never uses such a row.
 */
export function fillTemplate(template: string, contact: QuestionContact): string {
  const known = (n: string) => n in FALLBACK;
  const withParts = template.replace(/\[([^[\]]*)\]/g, (whole, inner: string) => {
    const names = placeholdersIn(inner);
    if (!names.length) return whole;
    return names.every((n) => known(n) && fieldValue(contact, n)) ? inner : '';
  });
  const filled = withParts.replace(/(?:\b(a|an|the)(\s+))?\{\s*([^{}]*?)\s*\}/gi, (whole, art: string | undefined, space: string | undefined, rawName: string) => {
    const name = rawName.toLowerCase();
    if (!known(name)) return whole;
    const value = fieldValue(contact, name);
    if (!value) return FALLBACK[name];
    if (!art) return value;
    return (/^the$/i.test(art) ? art : article(art, value)) + space + value;
  });
  const tidy = filled
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.?!;:])/g, '$1')
    .replace(/([,;:])(?=[,;:.?!])/g, '')
    .trim();
  return tidy.charAt(0).toUpperCase() + tidy.slice(1);
}

export function normaliseQuestion(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}{}]+/gu, ' ')
    .trim();
}

/**
 * A pattern that recognises a template however it was filled (an earlier
 * title, a fallback wording), or null for a template too short to tell apart.
 */
function filledFormOf(template: string): RegExp | null {
  const marked = template
    .replace(/\{[^{}]*\}/g, ' qqfieldqq ')
    .replace(/\[/g, ' qqopenqq ')
    .replace(/\]/g, ' qqcloseqq ');
  const tokens = normaliseQuestion(marked).split(' ');
  if (tokens.filter((t) => !/^qq\w+qq$|^(a|an|the)$/.test(t)).length < 4) return null;
  // Every word carries its leading space, so an optional part is one group;
  // the text tested gets a leading space to match.
  let source = '';
  tokens.forEach((t, i) => {
    if (t === 'qqopenqq') source += '(?:';
    else if (t === 'qqcloseqq') source += ')?';
    else if (t === 'qqfieldqq') source += ' .+?';
    else if (/^(a|an|the)$/.test(t) && tokens[i + 1] === 'qqfieldqq') source += '(?: (?:a|an|the))?';
    else source += ' ' + t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  });
  return new RegExp(`^${source}$`);
}

/**
 * True when one of `texts` is `template` as written or filled for any contact
 * (an earlier title, a fallback wording): how the generator knows it was asked.
 */
export function anyFilledFrom(template: string, texts: readonly string[]): boolean {
  const form = filledFormOf(template);
  const plain = normaliseQuestion(template);
  const general = normaliseQuestion(fillTemplate(template, NO_DETAILS));
  return texts.some((text) => {
    const key = normaliseQuestion(text);
    return key === plain || key === general || (!!form && form.test(' ' + key));
  });
}
