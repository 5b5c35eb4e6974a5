// Converts between what Sheets stores (Date, Number, Boolean, String) and the
// text records the shared logic works on, and back, so user text stays text.
import type { ColumnKind } from '../../shared/schema';
import { isIsoDate } from '../../shared/dates';

export type Cell = string | number | boolean | Date;

/**
 * Reads one cell as text. Dates become yyyy-MM-dd in the spreadsheet's zone,
 * the zone the student sees; a memo keeps a 10,000-row read to one
 * Utilities.formatDate per distinct day.
 */
export function makeCellReader(timeZone: string): (value: unknown) => string {
  const memo = new Map<number, string>();
  return (value) => {
    // Most cells are text: the cheapest test first (a read of 10,000 rows passes here 200,000 times).
    if (typeof value === 'string') return value === '' ? '' : value.trim();
    if (typeof value === 'number') return String(value);
    if (value === null || value === undefined) return '';
    if (isDate(value)) {
      const ms = value.getTime();
      if (isNaN(ms)) return '';
      let s = memo.get(ms);
      if (s === undefined) {
        s = Utilities.formatDate(value, timeZone, 'yyyy-MM-dd');
        memo.set(ms, s);
      }
      return s;
    }
    if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
    return String(value).trim();
  };
}

// Duck-typed: a Date made in another realm (the test harness) fails instanceof.
// Only objects get here, and Sheets gives no object but a Date: the cheap test
// first, the exact one to confirm.
function isDate(v: unknown): v is Date {
  return typeof (v as Date).getTime === 'function' && Object.prototype.toString.call(v) === '[object Date]';
}

/**
 * The value to write for a column. Text is written behind an apostrophe, which
 * Sheets keeps out of the value: without it `=HYPERLINK(...)` would run as a
 * formula, `+44 20` or `0123` would become numbers, and `3/4` a date. Set-up
 * formats Phone and ID as plain text ('@'), where an apostrophe would be kept
 * as a character, so there only a leading '=' (never valid in either) is escaped.
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
    case 'id':
    case 'phone':
      return s[0] === '=' ? `'${s}` : s;
    default:
      return `'${s}`;
  }
}
