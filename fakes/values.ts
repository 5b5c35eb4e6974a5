// What a cell holds, how Sheets parses typed text into it, and how it is displayed.
// Strictness lives here: '=...' becomes a formula, '0123' a number, '2026-03-04' a date, as in Sheets.

import { DAY_MS, SHEETS_EPOCH, formatSheets, isDateFormat } from './tz';
import type { DataValidation } from './builders';

/** A date cell: its wall-clock time in the spreadsheet's zone, as Sheets stores it (a serial number). */
export class CellDate {
  constructor(readonly local: number) {}
}

export type CellValue = string | number | boolean | CellDate;

/** What getNumberFormat() returns for a cell nobody formatted ("automatic"). */
export const DEFAULT_FORMAT = '0.###############';

export interface Cell {
  value: CellValue;
  formula?: string;
  format?: string;
  background?: string;
  fontWeight?: string;
  fontColor?: string;
  fontStyle?: string;
  note?: string;
  validation?: DataValidation;
  wrap?: boolean;
  wrapStrategy?: string;
  hAlign?: string;
  vAlign?: string;
}

/** Per-cell state that is formatting: copied to inserted rows/columns, removed by clearFormat. */
export const FORMAT_KEYS = ['format', 'background', 'fontWeight', 'fontColor', 'fontStyle', 'wrap', 'wrapStrategy', 'hAlign', 'vAlign'] as const;

export function hasContent(cell: Cell | undefined): boolean {
  return !!cell && (cell.value !== '' || !!cell.formula);
}

export interface Parsed {
  value: CellValue;
  formula?: string;
  autoFormat?: string;
}

const NUMBER = /^([+-])?(\$)?((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)(?:[eE]([+-]?\d+))?(%)?$/;
const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * Sheets' reading of typed text (en_US locale). `formulaValue` is what a formula cell evaluates to.
 * A plain-text ('@') cell keeps the text as typed, apostrophe included, except that '=' still starts a formula.
 */
export function parseTyped(text: string, cellFormat: string | undefined, currentYear: number): Parsed {
  if (text.length > 1 && text[0] === '=') return { value: '', formula: text };
  if (cellFormat === '@') return { value: text };
  if (text[0] === "'") return { value: text.slice(1) };
  if (/^[+-]\s*[A-Za-z_$(]/.test(text) && !/^[+-]\$\d/.test(text)) return { value: '', formula: '=' + text };
  const t = text.trim();
  if (t === '') return { value: text };
  const num = NUMBER.exec(t);
  if (num) {
    let n = Number((num[3] + (num[4] !== undefined ? 'e' + num[4] : '')).replace(/,/g, ''));
    if (num[1] === '-') n = -n;
    if (num[5]) return { value: n / 100, autoFormat: '0%' };
    if (num[2]) return { value: n, autoFormat: '"$"#,##0.00' };
    return { value: n };
  }
  if (/^(true|false)$/i.test(t)) return { value: t.toUpperCase() === 'TRUE' };
  const date = parseDateText(t, currentYear);
  if (date) return { value: new CellDate(date.local), autoFormat: date.format };
  return { value: text };
}

function validDay(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return m >= 1 && m <= 12 && t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

function timePart(text: string | undefined): number | null {
  if (!text) return 0;
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm)?$/i.exec(text.trim());
  if (!m) return null;
  let h = Number(m[1]);
  const ap = m[4]?.toLowerCase();
  if (ap) {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (ap === 'pm' ? 12 : 0);
  }
  if (h > 23 || Number(m[2]) > 59 || Number(m[3] || 0) > 59) return null;
  return ((h * 60 + Number(m[2])) * 60 + Number(m[3] || 0)) * 1000;
}

/** Date-like text as Sheets in en_US reads it: ISO, M/d/yyyy, "Mar 4, 2026", "4 March 2026", times. */
export function parseDateText(t: string, currentYear: number): { local: number; format: string } | null {
  const time = timePart(t);
  if (time !== null && /:/.test(t)) return { local: SHEETS_EPOCH + time, format: /m$/i.test(t) ? 'h:mm am/pm' : 'H:mm:ss' };
  let y: number, mo: number, d: number, rest: string | undefined, format: string;
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T](.+))?$/.exec(t);
  if (m) {
    [y, mo, d, rest, format] = [Number(m[1]), Number(m[2]), Number(m[3]), m[4], 'yyyy-mm-dd'];
  } else if ((m = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?(?: (.+))?$/.exec(t))) {
    const yy = m[3] === undefined ? currentYear : Number(m[3]);
    y = m[3] && m[3].length === 2 ? (yy < 30 ? 2000 + yy : 1900 + yy) : yy;
    [mo, d, rest, format] = [Number(m[1]), Number(m[2]), m[4], 'M/d/yyyy'];
  } else if ((m = /^([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})$/.exec(t)) || (m = /^(\d{1,2}) ([A-Za-z]{3,9})\.?,? (\d{4})$/.exec(t))) {
    const nameFirst = /^[A-Za-z]/.test(m[1]);
    const name = (nameFirst ? m[1] : m[2]).toLowerCase();
    const idx = MONTH_NAMES.findIndex((p) => name.startsWith(p) && 'january february march april may june july august september october november december'.includes(name));
    if (idx < 0) return null;
    [y, mo, d, format] = [Number(m[3]), idx + 1, Number(nameFirst ? m[2] : m[1]), 'mmm d, yyyy'];
  } else {
    return null;
  }
  if (!validDay(y, mo, d)) return null;
  const tm = timePart(rest);
  if (tm === null) return null;
  return { local: Date.UTC(y, mo - 1, d) + tm, format: rest ? format + ' H:mm:ss' : format };
}

/** Sheets' automatic number display: integers as typed, fractions to 10 significant digits. */
export function generalNumber(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  return String(Number(n.toPrecision(10)));
}

function numberPattern(n: number, fmt: string): string {
  const section = fmt.split(';')[n < 0 && fmt.includes(';') ? 1 : 0];
  const literal = (s: string) => s.replace(/"([^"]*)"/g, '$1').replace(/\\(.)/g, '$1');
  const core = /[0#,.]+/.exec(section.replace(/"[^"]*"/g, (q) => ' '.repeat(q.length)));
  if (!core) return literal(section);
  const [intPart, fracPart = ''] = core[0].split('.');
  let v = section.includes('%') ? n * 100 : n;
  if (n < 0 && fmt.includes(';')) v = Math.abs(v);
  const minFrac = (fracPart.match(/0/g) || []).length;
  const maxFrac = fracPart.replace(/,/g, '').length;
  let s = Math.abs(v).toFixed(maxFrac);
  if (maxFrac > minFrac) s = s.replace(new RegExp(`0{1,${maxFrac - minFrac}}$`), '').replace(/\.$/, '');
  let [whole, frac] = s.split('.');
  const minInt = (intPart.match(/0/g) || []).length;
  whole = whole === '0' && minInt === 0 ? '' : whole.padStart(minInt, '0');
  if (intPart.includes(',')) whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const body = (v < 0 ? '-' : '') + whole + (frac ? '.' + frac : '');
  return literal(section.slice(0, core.index)) + body + literal(section.slice(core.index + core[0].length));
}

function defaultDateDisplay(local: number): string {
  return formatSheets(local, local % DAY_MS === 0 ? 'yyyy-mm-dd' : 'yyyy-mm-dd hh:mm:ss');
}

/** getDisplayValue of a cell: its value through its number format. */
export function displayOf(cell: Cell | undefined): string {
  if (!cell) return '';
  const v = cell.value;
  const fmt = cell.format ?? DEFAULT_FORMAT;
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  const automatic = fmt === DEFAULT_FORMAT || fmt === 'General' || fmt === '' || fmt === '@';
  if (v instanceof CellDate) {
    if (isDateFormat(fmt)) return formatSheets(v.local, fmt);
    if (automatic) return defaultDateDisplay(v.local);
    return numberPattern((v.local - SHEETS_EPOCH) / DAY_MS, fmt);
  }
  if (automatic) return generalNumber(v);
  if (isDateFormat(fmt)) return formatSheets(SHEETS_EPOCH + Math.round(v * DAY_MS), fmt);
  return numberPattern(v, fmt);
}

export function copyCell(cell: Cell): Cell {
  return { ...cell };
}

/**
 * A formula's value, deterministic: a literal ("=\"x\"", "=5") or HYPERLINK's label evaluates;
 * anything else is '#NAME?', so code that reads back what it meant to write as text notices.
 */
export function formulaValue(formula: string): CellValue {
  const body = formula.slice(1).trim();
  const str = /^"((?:[^"]|"")*)"$/.exec(body);
  if (str) return str[1].replace(/""/g, '"');
  if (/^-?\d+(\.\d+)?$/.test(body)) return Number(body);
  if (/^(TRUE|FALSE)$/i.test(body)) return body.toUpperCase() === 'TRUE';
  const link = /^HYPERLINK\(\s*"((?:[^"]|"")*)"\s*(?:[,;]\s*"((?:[^"]|"")*)"\s*)?\)$/i.exec(body);
  if (link) return (link[2] ?? link[1]).replace(/""/g, '"');
  return '#NAME?';
}
