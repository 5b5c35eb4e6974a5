// What LinkedIn's Connections.csv and Google Contacts' CSV exports look like, and
// how one of their rows becomes a contact; the CSV reading itself is csv-import.ts.
import type { Contact } from '../schema';
import { parseDateText } from '../dates';
import { isValidEmail, isValidPhone, normalizeLinkedIn } from '../contacts';

/** 'outlook': Outlook's own CSV export, or the "Outlook CSV" Google Contacts also offers. */
export type ImportFormat = 'linkedin' | 'google' | 'outlook';
export const IMPORT_FORMATS: readonly ImportFormat[] = ['linkedin', 'google', 'outlook'];

/** One person read from an export, every field trimmed text ('' when absent). */
export interface ImportRow {
  /** 1-based line of the file where this person's record starts. */
  line: number;
  name: string;
  title: string;
  company: string;
  email: string;
  linkedin: string;
  phone: string;
  /** The export's own notes (Google Contacts has them; LinkedIn does not). */
  notes: string;
  /** LinkedIn's Connected On as yyyy-MM-dd, or its raw text when it is not a date; '' otherwise. */
  connectedOn: string;
}

/** Header cells compared without case, stray spaces or a byte-order mark. */
export function headerKey(cell: string): string {
  return cell.replace(/^\uFEFF/, '').trim().replace(/\s+/g, ' ').toLowerCase();
}

// Columns only Google Contacts writes (both layouts); Outlook CSV, which Google
// also offers, has none of them and lacks the Organization columns we read.
const GOOGLE_MARKERS = [
  'organization name',
  'organization title',
  'organization 1 - name',
  'organization 1 - title',
  'e-mail 1 - value',
  'phone 1 - value',
  'website 1 - value',
  'given name',
  'family name',
  'additional name',
  'phonetic first name',
  'file as',
  'labels',
  'group membership',
];

// Columns of Outlook's CSV layout (Outlook's export and Google's "Outlook CSV").
const OUTLOOK_MARKERS = ['e-mail address', 'job title', 'middle name', 'suffix', 'business phone', 'mobile phone', 'e-mail 2 address', 'home phone'];

export type HeaderVerdict = ImportFormat | 'names-only' | null;

/**
 * Whether a row is the header of a known export. 'names-only' is a header with
 * First Name and Last Name that neither LinkedIn nor Google wrote (a class
 * roster, an Outlook export), so the message can say what is missing.
 */
export function classifyHeader(cells: readonly string[]): HeaderVerdict {
  const keys = new Set(cells.map(headerKey));
  const firstLast = keys.has('first name') && keys.has('last name');
  if (firstLast && keys.has('company') && keys.has('position')) return 'linkedin';
  const oldGoogleNames = keys.has('name') && (keys.has('given name') || keys.has('family name'));
  if ((firstLast || oldGoogleNames) && GOOGLE_MARKERS.some((m) => keys.has(m))) return 'google';
  if (firstLast && OUTLOOK_MARKERS.filter((m) => keys.has(m)).length >= 2) return 'outlook';
  return firstLast ? 'names-only' : null;
}

/** Where each column of a header is, by its key; numbered Google columns in number order. */
export interface ColumnMap {
  index: Map<string, number>;
  emails: number[];
  phones: number[];
  websites: number[];
  width: number;
}

function numbered(keys: string[], pattern: RegExp): number[] {
  const found: Array<{ n: number; at: number }> = [];
  keys.forEach((k, at) => {
    const m = pattern.exec(k);
    if (m) found.push({ n: +m[1], at });
  });
  return found.sort((a, b) => a.n - b.n).map((f) => f.at);
}

export function mapColumns(header: readonly string[]): ColumnMap {
  const keys = header.map(headerKey);
  const index = new Map<string, number>();
  keys.forEach((k, i) => {
    if (k && !index.has(k)) index.set(k, i);
  });
  return {
    index,
    emails: numbered(keys, /^e-mail (\d+) - value$/),
    phones: numbered(keys, /^phone (\d+) - value$/),
    websites: numbered(keys, /^website (\d+) - value$/),
    width: keys.length,
  };
}

function cellOf(cells: readonly string[], columns: ColumnMap, ...names: string[]): string {
  for (const n of names) {
    const i = columns.index.get(n);
    if (i !== undefined && cells[i] !== undefined && cells[i].trim()) return cells[i].trim();
  }
  return '';
}

function joinName(...parts: string[]): string {
  return parts.filter((p) => p).join(' ');
}

// Google puts several values of one kind in a cell as "a ::: b".
function firstOfList(value: string): string {
  for (const part of value.split(':::')) if (part.trim()) return part.trim();
  return '';
}

/**
 * The first usable value of several cells, each perhaps "a ::: b": carrier
 * service numbers (800, #322*67) and other unusable values are passed over. When
 * none is usable the first value is kept, so the import can say what it left out.
 */
function firstListed(cells: readonly string[], at: readonly number[], accept: (v: string) => boolean = () => true, keepUnusable = true): string {
  let first = '';
  for (const i of at) {
    for (const part of (cells[i] ?? '').split(':::')) {
      const v = part.trim();
      if (!v) continue;
      if (accept(v)) return v;
      if (!first) first = v;
    }
  }
  return keepUnusable ? first : '';
}

function columnsNamed(c: ColumnMap, ...names: string[]): number[] {
  return names.map((n) => c.index.get(n)).filter((i): i is number => i !== undefined);
}

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function isoOf(y: number, m: number, d: number): string | null {
  const year = y < 100 ? 2000 + y : y;
  const date = new Date(Date.UTC(year, m - 1, d));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * LinkedIn's Connected On in the forms its exports have used: "08 Jan 2018",
 * older "1/8/18, 6:14 PM" (US month first), and Excel's re-saves "16.09.2021"
 * (day first) and "23-Nov-21"; null when it is none of them.
 */
export function connectedOnDate(text: string): string | null {
  const s = text.trim();
  let m = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AP]M)?)?$/i.exec(s);
  if (m) return isoOf(+m[3], +m[1], +m[2]);
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})$/.exec(s);
  if (m) return isoOf(+m[3], +m[2], +m[1]);
  m = /^(\d{1,2})-([A-Za-z]{3})-(\d{2}|\d{4})$/.exec(s);
  if (m) {
    const mi = MONTH_NAMES.indexOf(m[2].toLowerCase());
    return mi < 0 ? null : isoOf(+m[3], mi + 1, +m[1]);
  }
  return parseDateText(s);
}

/** True for any form of a linkedin.com/in/ profile address. */
export function isLinkedInProfile(url: string): boolean {
  return normalizeLinkedIn(url) !== null;
}

function linkedinRow(cells: readonly string[], c: ColumnMap, line: number): ImportRow {
  const connected = cellOf(cells, c, 'connected on');
  return {
    line,
    name: joinName(cellOf(cells, c, 'first name'), cellOf(cells, c, 'last name')),
    title: cellOf(cells, c, 'position'),
    company: cellOf(cells, c, 'company'),
    email: cellOf(cells, c, 'email address', 'e-mail address'),
    linkedin: cellOf(cells, c, 'url', 'profile url'),
    phone: '',
    notes: '',
    connectedOn: connected ? connectedOnDate(connected) ?? connected : '',
  };
}

function googleRow(cells: readonly string[], c: ColumnMap, line: number): ImportRow {
  const name =
    cellOf(cells, c, 'name') ||
    joinName(cellOf(cells, c, 'first name'), cellOf(cells, c, 'middle name'), cellOf(cells, c, 'last name')) ||
    joinName(cellOf(cells, c, 'given name'), cellOf(cells, c, 'additional name'), cellOf(cells, c, 'family name'));
  return {
    line,
    name,
    title: firstOfList(cellOf(cells, c, 'organization title', 'organization 1 - title')),
    company: firstOfList(cellOf(cells, c, 'organization name', 'organization 1 - name')),
    email: firstListed(cells, c.emails, isValidEmail),
    linkedin: firstListed(cells, c.websites, isLinkedInProfile, false),
    phone: firstListed(cells, c.phones, isValidPhone),
    notes: cellOf(cells, c, 'notes'),
    connectedOn: '',
  };
}

// Outlook's "Title" is Mr/Ms; the job title is "Job Title".
function outlookRow(cells: readonly string[], c: ColumnMap, line: number): ImportRow {
  const name = joinName(cellOf(cells, c, 'first name'), cellOf(cells, c, 'middle name'), cellOf(cells, c, 'last name'), cellOf(cells, c, 'suffix'));
  return {
    line,
    name,
    title: cellOf(cells, c, 'job title'),
    company: cellOf(cells, c, 'company'),
    email: firstListed(cells, columnsNamed(c, 'e-mail address', 'e-mail 2 address', 'e-mail 3 address'), isValidEmail),
    linkedin: firstListed(cells, columnsNamed(c, 'web page', 'personal web page', 'business web page'), isLinkedInProfile, false),
    phone: firstListed(cells, columnsNamed(c, 'mobile phone', 'business phone', 'home phone', 'primary phone', 'other phone', 'business phone 2', 'home phone 2'), isValidPhone),
    notes: cellOf(cells, c, 'notes'),
    connectedOn: '',
  };
}

/** The person on one data row of an export whose header was mapped to `columns`. */
export function rowFromCells(format: ImportFormat, cells: readonly string[], columns: ColumnMap, line: number): ImportRow {
  if (format === 'linkedin') return linkedinRow(cells, columns, line);
  return format === 'google' ? googleRow(cells, columns, line) : outlookRow(cells, columns, line);
}

/** Why a row without a name cannot be imported, in the student's terms. */
export function noNameReason(format: ImportFormat): string {
  if (format === 'linkedin') return 'No name: LinkedIn leaves the name out for members who limit what they share.';
  return format === 'google' ? 'No name: this Google contact has no name.' : 'No name: this contact has no first or last name.';
}

/** The note an imported LinkedIn connection carries. */
export function connectedNote(connectedOn: string): string {
  return `Connected on LinkedIn ${connectedOn}`;
}

/**
 * The contact a row becomes. Text is trimmed and otherwise kept as typed: a name
 * like '-Ann' or '=x' stays literal text (the gateway stores it so that Sheets
 * never reads it as a formula). Empty fields are left out.
 */
export function toContact(row: ImportRow, format: ImportFormat): Partial<Contact> {
  const out: Partial<Contact> = {};
  const put = (key: 'name' | 'title' | 'company' | 'email' | 'linkedin' | 'phone' | 'notes', value: string) => {
    const v = value.trim();
    if (v) out[key] = v;
  };
  put('name', row.name);
  put('title', row.title);
  put('company', row.company);
  put('email', row.email);
  put('linkedin', row.linkedin);
  put('phone', row.phone);
  const connected = row.connectedOn.trim();
  put('notes', [row.notes.trim(), connected ? connectedNote(connected) : ''].filter((n) => n).join('\n'));
  return { ...out, ...importedDefaults(format) };
}

/** What an imported contact starts with (the preview shows it, the server writes it): not yet contacted. */
export function importedDefaults(format: ImportFormat): Pick<Contact, 'howFound' | 'status'> {
  return { howFound: format === 'linkedin' ? 'LinkedIn' : 'Other', status: 'To contact' };
}
