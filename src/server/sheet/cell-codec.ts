// Converts between what Sheets stores (Date, Number, Boolean, String) and the
// text records the shared logic works on, and back, so user text stays text.
import type { ColumnKind } from '../../shared/schema';
import { isIsoDate } from '../../shared/dates';
import { forgetEachExecution } from '../execution';

export type Cell = string | number | boolean | Date;

const getTime = Date.prototype.getTime;

/**
 * The time of a Date, null for any other object. Sheets gives no object but a
 * Date; getTime itself tells, for a Date of another realm too (a test
 * harness's). Called, not read off each value: a read of 10,000 rows meets
 * tens of thousands of Dates, and looking the method up on each showed.
 */
function timeOf(v: unknown): number | null {
  try {
    return getTime.call(v);
  } catch (e) {
    return null;
  }
}

type DayOf = (value: Date) => string;

/** A day formatter per zone, shared by every read of one execution (it knows whether Intl agrees by then). */
const dayFormatters = new Map<string, DayOf>();
forgetEachExecution(() => dayFormatters.clear());

/**
 * yyyy-MM-dd of an instant in a zone. Utilities.formatDate is a service call,
 * once for each distinct date a read meets (hundreds in a tracker of a few
 * years); Intl.DateTimeFormat says the same in the script itself. It is used
 * only once it has agreed with Utilities on the first two dates, and never in
 * a zone Intl does not know (Java's "GMT+5" style): then every date is asked
 * of Utilities, as before. runSelfTest compares the two at 1,000 instants over
 * four years in the real spreadsheet's zone.
 */
export function dayFormatter(timeZone: string): DayOf {
  let f = dayFormatters.get(timeZone);
  if (f) return f;
  let intl: ((d: Date) => string | null) | null = intlDay(timeZone);
  let agreed = 0;
  f = (d) => {
    if (intl && agreed >= 2) {
      const s = intl(d);
      if (s !== null) return s;
    }
    const asked = Utilities.formatDate(d, timeZone, 'yyyy-MM-dd');
    if (intl && agreed < 2) {
      if (intl(d) === asked) agreed++;
      else intl = null;
    }
    return asked;
  };
  dayFormatters.set(timeZone, f);
  return f;
}

/** Intl's yyyy-MM-dd in the zone, from its parts (no locale's pattern relied on); null where Intl cannot. */
export function intlDay(timeZone: string): ((d: Date) => string | null) | null {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', era: 'short' });
  } catch (e) {
    return null;
  }
  return (d) => {
    let year = '';
    let month = '';
    let day = '';
    let era = '';
    let parts: Intl.DateTimeFormatPart[];
    try {
      parts = format.formatToParts(d);
    } catch (e) {
      // An Intl without formatToParts, or a date it cannot place: Utilities says.
      return null;
    }
    for (const p of parts) {
      if (p.type === 'year') year = p.value;
      else if (p.type === 'month') month = p.value;
      else if (p.type === 'day') day = p.value;
      else if (p.type === 'era') era = p.value;
    }
    // Before year 1000 or before the era, Java's pattern and Intl's parts differ: Utilities says.
    if (!/^\d{4}$/.test(year) || era !== 'AD' || !/^\d\d$/.test(month) || !/^\d\d$/.test(day)) return null;
    return `${year}-${month}-${day}`;
  };
}

/**
 * Reads one cell as text. Dates become yyyy-MM-dd in the spreadsheet's zone,
 * the zone the student sees; a memo keeps a 10,000-row read to one
 * conversion per distinct instant (see dayFormatter).
 */
export function makeCellReader(timeZone: string): (value: unknown) => string {
  const memo = new Map<number, string>();
  const dayOf = dayFormatter(timeZone);
  return (value) => {
    // Most cells are text: the cheapest test first (a read of 10,000 rows passes here 200,000 times).
    if (typeof value === 'string') return value === '' ? '' : value.trim();
    if (typeof value === 'number') return String(value);
    if (value === null || value === undefined) return '';
    if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
    const ms = timeOf(value);
    if (ms === null) return String(value).trim();
    if (isNaN(ms)) return '';
    let s = memo.get(ms);
    if (s === undefined) {
      s = dayOf(value as Date);
      memo.set(ms, s);
    }
    return s;
  };
}

// Blank records by their keys (the keys array of one table read).
const blanks = new WeakMap<readonly string[], Record<string, string>>();

/**
 * A record with every key '' in this order, to copy for each row read. A row
 * made by adding Contacts' 23 columns one by one to an empty object is kept by
 * V8 as a hash table, so each later read of a field (the plan reads several a
 * contact) is a lookup; a copy of this blank has the fields in place, and is
 * quicker to fill too.
 */
export function blankRecord<K extends string>(keys: readonly K[]): Record<K, string> {
  let blank = blanks.get(keys);
  if (!blank) {
    const built: Record<string, string> = {};
    for (const k of keys) built[k] = '';
    // Copied once: a copy of the hash-table object has fields in place, and so do copies of it.
    blank = { ...built };
    blanks.set(keys, blank);
  }
  return blank as Record<K, string>;
}

/** The number format of a cell formatted as plain text (Format > Number > Plain text). */
export const PLAIN_TEXT = '@';

/**
 * The value to write for a column, for a cell of the automatic format. Text is
 * written behind an apostrophe, which Sheets keeps out of the value: without
 * it `=HYPERLINK(...)` would run as a formula, `+44 20` or `0123` would become
 * numbers, and `3/4` a date. Every write goes through setCells, which reads the
 * cells' formats in the same batch and, for plain-text cells, re-encodes with
 * forFormat below.
 */
export function toCell(kind: ColumnKind, text: string): Cell {
  const s = text ?? '';
  if (s === '') return '';
  switch (kind) {
    case 'date':
      // Sheets reads yyyy-MM-dd as that calendar day in the spreadsheet's zone.
      return isIsoDate(s) ? s : `'${s}`;
    case 'number': {
      const n = Number(s);
      return s.trim() !== '' && isFinite(n) ? n : `'${s}`;
    }
    case 'checkbox':
      return s === 'TRUE' || s === 'true';
    default:
      return `'${s}`;
  }
}

/**
 * A value encoded by toCell or keptCell, as it should go into a cell of this
 * number format. A plain-text ('@') cell keeps text as typed, and whether it
 * would also keep a script's apostrophe as a character is undocumented
 * (docs/REAL-SHEETS.md), so the apostrophe is dropped there. Text that itself
 * begins with `'` or `=` cannot be written into a plain-text cell the same way
 * under both answers (and `=` would start a formula): `viaGeneral` says to
 * write it, apostrophe and all, while the cell is briefly of the automatic
 * format, which takes the apostrophe off in every case.
 */
export function forFormat(value: Cell, format: string): { value: Cell; viaGeneral: boolean } {
  if (format !== PLAIN_TEXT || typeof value !== 'string' || value[0] !== "'") return { value, viaGeneral: false };
  const text = value.slice(1);
  if (text[0] === "'" || text[0] === '=') return { value, viaGeneral: true };
  return { value: text, viaGeneral: false };
}
