// Calendar-day arithmetic on yyyy-MM-dd strings. Dates cross google.script.run
// and the shared logic only as these strings, already in the spreadsheet's zone,
// so a day is a day whatever daylight saving does to the hours.
import { remembered } from './memo';

export type IsoDate = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
// Bounds every memo here, so a long-lived caller (the tests, the workbench) cannot grow them without end.
const MEMO_LIMIT = 20000;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function build(y: number, m: number, d: number): IsoDate | null {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** True for a real calendar date written yyyy-MM-dd. */
export function isIsoDate(s: string): boolean {
  const m = ISO.exec(s);
  return !!m && build(+m[1], +m[2], +m[3]) === s;
}

// A tracker repeats the same few hundred dates across thousands of cells, and
// the plan, the Dashboard and home read each cell: each distinct text is read once.
const parsedDates = new Map<string, IsoDate | null>();

/**
 * Reads a date a user typed as text: yyyy-MM-dd, yyyy/M/d, M/d/yyyy (US, the
 * Sheets default locale), d Mon yyyy and Mon d, yyyy. Null when it is not a real date.
 */
export function parseDateText(text: string): IsoDate | null {
  return remembered(parsedDates, text, parseText, MEMO_LIMIT);
}

function parseText(text: string): IsoDate | null {
  const s = text.trim();
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(s);
  if (m) return build(+m[1], +m[2], +m[3]);
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  if (m) return build(+m[3], +m[1], +m[2]);
  m = /^(\d{1,2})[ -]([A-Za-z]{3,9})\.?[ -,]*(\d{4})$/.exec(s);
  if (m) {
    const mi = MONTHS.indexOf(m[2].slice(0, 3).toLowerCase());
    return mi < 0 ? null : build(+m[3], mi + 1, +m[1]);
  }
  m = /^([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})$/.exec(s);
  if (m) {
    const mi = MONTHS.indexOf(m[1].slice(0, 3).toLowerCase());
    return mi < 0 ? null : build(+m[3], mi + 1, +m[2]);
  }
  return null;
}

// The follow-up plan and the Dashboard do date arithmetic several times per
// contact over a few hundred distinct days: each day is converted once per
// execution, each way.
const msOf = new Map<string, number>();
const isoOf = new Map<number, IsoDate>();

const utcMsOfDay = (iso: IsoDate): number => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10));

function toUtcMs(iso: IsoDate): number {
  return remembered(msOf, iso, utcMsOfDay, MEMO_LIMIT);
}

function fromUtcMs(ms: number): IsoDate {
  return remembered(isoOf, ms, civilDay, MEMO_LIMIT);
}

/**
 * The UTC calendar day of an instant, by arithmetic (Howard Hinnant's
 * civil_from_days) rather than a Date: a Date per call was a visible share of
 * a 10,000-contact check.
 */
function civilDay(ms: number): IsoDate {
  const z = Math.floor(ms / 86400000) + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${pad(y, 4)}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/** The calendar date n days after iso (UTC arithmetic: no daylight-saving hours). */
export function addDays(iso: IsoDate, n: number): IsoDate {
  return fromUtcMs(toUtcMs(iso) + n * 86400000);
}

/** Whole calendar days from a to b (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((toUtcMs(b) - toUtcMs(a)) / 86400000);
}

/** The later of two dates, ignoring empty ones. */
export function laterOf(a: IsoDate, b: IsoDate): IsoDate {
  if (!a) return b;
  if (!b) return a;
  return a > b ? a : b;
}

/** yyyy-MM-dd → a Date at local midnight, for writing a date cell. */
export function isoToParts(iso: IsoDate): { y: number; m: number; d: number } {
  return { y: +iso.slice(0, 4), m: +iso.slice(5, 7), d: +iso.slice(8, 10) };
}
