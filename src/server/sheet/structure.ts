// Formats, widths, drop-downs and input rules of the add-on's columns, for
// every tab, from the column kinds of src/shared/schema.ts: the one table of
// them. Applied to the add-on's columns only, a run of adjacent columns at a
// time, so set-up's call count depends on neither the rows nor the columns.
import type { ColumnSpec, TabKey } from '../../shared/schema';
import { sheetOf, type Tab } from './handles';
import { columnLetter } from './table';
import { maxRowsOf } from './size';
import type { Table } from './table';
import { readJsonProperty, writeJsonProperty } from '../properties';
import { fingerprint } from '../../shared/fingerprint';

type Range = GoogleAppsScript.Spreadsheet.Range;
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

const HEADER_BACKGROUND = '#e8f0fe';

export function formatNewHeader(range: Range): void {
  range.setFontWeight('bold').setBackground(HEADER_BACKGROUND);
}

// Text columns keep the user's format: the gateway writes text behind an
// apostrophe, which works in any format. Phone and ID are plain text ('@') so
// that what the user types there (0123, +44 20…) stays as typed too.
const NUMBER_FORMAT: Partial<Record<ColumnSpec['kind'], string>> = {
  id: '@',
  phone: '@',
  date: 'yyyy-mm-dd',
  number: '0',
};

/**
 * Tabs whose rows the add-on rewrites in blocks (saving a question list moves
 * the user's rows below it): there a rule must never refuse a value, so they
 * get only the checkbox and a drop-down that warns.
 */
const REWRITTEN_IN_BLOCKS: readonly TabKey[] = ['questions'];

export type ValidationRule =
  | { type: 'list'; values: readonly string[]; allowInvalid: boolean; help?: string }
  | { type: 'email'; help: string }
  | { type: 'date'; help: string }
  | { type: 'number'; min: number; max: number; help: string }
  | { type: 'checkbox' };

// One help text per kind, not per column: the student reads it in the column it
// is about, so naming the column adds nothing, and each distinct text costs a
// builder's setHelpText and build (about 20 calls on a new spreadsheet).
export const LIST_HELP = 'Choose from the drop-down list.';
export const DATE_HELP = 'A date, e.g. 2026-03-04.';

export interface ColumnStructure {
  width: number;
  numberFormat?: string;
  validation?: ValidationRule;
}

/** What set-up (or the tab made on demand) gives one add-on column of a tab. */
export function columnStructure(tab: TabKey, c: ColumnSpec): ColumnStructure {
  const out: ColumnStructure = { width: c.width };
  const format = NUMBER_FORMAT[c.kind];
  if (format) out.numberFormat = format;
  const lenient = REWRITTEN_IN_BLOCKS.indexOf(tab) >= 0;
  switch (c.kind) {
    case 'list':
      out.validation = lenient
        ? { type: 'list', values: c.values ?? [], allowInvalid: true }
        : { type: 'list', values: c.values ?? [], allowInvalid: false, help: LIST_HELP };
      break;
    case 'email':
      // A warning, not a refusal: Check outreach fields explains the problem.
      if (!lenient) out.validation = { type: 'email', help: 'An email address, e.g. ana.ruiz@example.com' };
      break;
    case 'date':
      if (!lenient) out.validation = { type: 'date', help: DATE_HELP };
      break;
    case 'number':
      if (!lenient) out.validation = { type: 'number', min: 0, max: 1440, help: 'Minutes, e.g. 30.' };
      break;
    case 'checkbox':
      out.validation = { type: 'checkbox' };
      break;
    default:
      break;
  }
  return out;
}

/** Turns a wanted rule into a DataValidation, building each distinct rule once. */
export type RuleMaker = (v: ValidationRule) => DataValidation;

// Emails, checkboxes and lenient lists warn; the other rules refuse what does not fit.
const allowsInvalid = (v: ValidationRule): boolean => (v.type === 'list' ? v.allowInvalid : v.type === 'email' || v.type === 'checkbox');
const criteriaOf = (v: ValidationRule): string => JSON.stringify({ ...v, help: undefined, allowInvalid: undefined });

/**
 * Builds rules with a single builder, changing only what differs from the rule
 * before (criteria, allow-invalid, help text): every builder method is a
 * service call, and most of the add-on's rules share their criteria (the date
 * columns differ only in help text). A rule asked for twice is built once, so
 * one maker shared by set-up's tabs builds Thank-you sent's rule once for both.
 */
export function ruleMaker(): RuleMaker {
  let b: GoogleAppsScript.Spreadsheet.DataValidationBuilder | null = null;
  let criteria = '';
  // Sheets' builders start with allowInvalid true and no help text.
  let allowInvalid = true;
  let help = '';
  const built = new Map<string, DataValidation>();
  return (v) => {
    const key = JSON.stringify(v);
    const hit = built.get(key);
    if (hit) return hit;
    if (!b) b = SpreadsheetApp.newDataValidation();
    const wantCriteria = criteriaOf(v);
    if (wantCriteria !== criteria) {
      switch (v.type) {
        case 'list':
          b.requireValueInList([...v.values], true);
          break;
        case 'email':
          b.requireTextIsEmail();
          break;
        case 'date':
          b.requireDate();
          break;
        case 'number':
          b.requireNumberBetween(v.min, v.max);
          break;
        case 'checkbox':
          b.requireCheckbox();
          break;
      }
      criteria = wantCriteria;
    }
    const wantAllow = allowsInvalid(v);
    if (wantAllow !== allowInvalid) {
      b.setAllowInvalid(wantAllow);
      allowInvalid = wantAllow;
    }
    const wantHelp = v.type === 'checkbox' ? '' : (v.help ?? '');
    if (wantHelp !== help) {
      b.setHelpText(wantHelp);
      help = wantHelp;
    }
    const rule = b.build();
    built.set(key, rule);
    return rule;
  };
}

/**
 * Builds a set of rules in the order that costs the fewest builder calls: the
 * warning ones first (a new builder warns), then by criteria, so the date
 * columns' rules follow each other and differ only in their help text.
 */
function buildAll(rules: readonly ValidationRule[], make: RuleMaker): void {
  const order = rules.map((v, i) => ({ v, i, warn: allowsInvalid(v), criteria: criteriaOf(v) }));
  order.sort((a, b) => (a.warn !== b.warn ? (a.warn ? -1 : 1) : a.criteria !== b.criteria ? (a.criteria < b.criteria ? -1 : 1) : a.i - b.i));
  for (const o of order) make(o.v);
}

/**
 * A rule for a list column the student already had (their Status with their own
 * words): it shows the add-on's list and warns, never refuses what they type.
 */
export function mildRule(rule: ValidationRule | undefined): ValidationRule | undefined {
  return rule && rule.type === 'list' ? { type: 'list', values: rule.values, allowInvalid: true, help: rule.help } : rule;
}

const STRUCTURE_KEY = 'infoInterviews.structure';

/**
 * The rules wanted where (a change of the add-on's rules or of column
 * positions changes it). Whether a drop-down warns is left out: that follows
 * the sheet (an adopted column's drop-down keeps warning), not the add-on.
 */
function rulesPrint(targets: ReadonlyArray<{ at: number; s: ColumnStructure }>): string {
  const kept = (v: ValidationRule | undefined) => (v === undefined ? null : v.type === 'list' ? { ...v, allowInvalid: undefined } : v);
  return fingerprint(JSON.stringify(['v2', targets.map((t) => [t.at, t.s.numberFormat ?? '', kept(t.s.validation)])]));
}

export interface ColumnRuleOptions<K extends string> {
  /** Only these columns (just added): the others, and the fingerprint, are left as they are. */
  only?: readonly K[];
  /** The student's own columns, adopted now: their drop-downs warn. */
  mild?: readonly K[];
  /** Set-up's repair: a drop-down that warns today (an adopted column) keeps warning. */
  keepWarnings?: boolean;
  /** The tab was inserted by this run: it has no rule of its own to read back. */
  blank?: boolean;
  /** Shared by the tabs of one set-up, so a rule two tabs have is built once. */
  rules?: RuleMaker;
}

/**
 * Formats and rules on the data rows of the given add-on columns (all of them
 * by default). A run of adjacent add-on columns is one range: its formats and
 * rules are read in one call each and written in one call each, the cells of
 * add-on columns without a format or rule of ours written back as they were.
 * Nothing is written when every cell already has our format and a rule where
 * we put one, and the rules wanted are those applied last time (remembered by
 * fingerprint: reading a rule's details back would cost calls per column).
 * So the call count depends on neither the number of rows nor of columns.
 * The data rows are those below the header row, wherever it is.
 */
export function applyColumnRules<K extends string>(tabKey: TabKey, table: Table<K>, options: ColumnRuleOptions<K> = {}): void {
  const { only, mild = [] } = options;
  const sheet = sheetOf(table.tab);
  const first = table.headerRow + 1;
  const eligible: Block = [];
  for (const c of table.columns) {
    if (only && only.indexOf(c.key) < 0) continue;
    const at = table.header.index[c.key];
    if (at < 0) continue;
    const s = columnStructure(tabKey, c);
    eligible.push({ at, s: mild.indexOf(c.key) >= 0 ? { ...s, validation: mildRule(s.validation) } : s });
  }
  eligible.sort((a, b) => a.at - b.at);
  const targets = eligible.filter((e) => e.s.numberFormat || e.s.validation);
  if (targets.length === 0) return;
  // A data row read means rows below the header: a range open at the bottom
  // ("B2:W") then reaches the sheet's last row without asking for its size.
  // A tab inserted now has Sheets' 1,000 rows under its header on row 1, so the open range is there too.
  let rows: number | null = null;
  if (!options.blank && table.raw.length < 2) {
    rows = maxRowsOf(sheet) - table.headerRow;
    if (rows < 1) return;
  }
  const stored = readJsonProperty<Partial<Record<TabKey, string>>>('document', STRUCTURE_KEY) ?? {};
  // No tab id in it: a tab made again has no rules, which the check below sees.
  const print = rulesPrint(targets);
  const sameRules = !only && stored[tabKey] === print;
  const where: Where = { sheet, first, rows, sameRules, blank: options.blank === true, keepWarnings: options.keepWarnings === true, rule: options.rules ?? ruleMaker() };
  for (let i = 0; i < eligible.length; ) {
    let j = i + 1;
    while (j < eligible.length && eligible[j].at === eligible[j - 1].at + 1) j++;
    const block = eligible.slice(i, j);
    i = j;
    if (block.some((e) => e.s.numberFormat || e.s.validation)) applyBlock(where, block);
  }
  if (!only && stored[tabKey] !== print) writeJsonProperty('document', STRUCTURE_KEY, { ...stored, [tabKey]: print });
}

type Block = Array<{ at: number; s: ColumnStructure }>;

interface Where {
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  first: number;
  /** The data rows' count, or null for "to the sheet's last row". */
  rows: number | null;
  sameRules: boolean;
  blank: boolean;
  keepWarnings: boolean;
  rule: RuleMaker;
}

function applyBlock(w: Where, block: Block): void {
  const col = block[0].at + 1;
  const range =
    w.rows === null
      ? w.sheet.getRange(`${columnLetter(col)}${w.first}:${columnLetter(col + block.length - 1)}`)
      : w.sheet.getRange(w.first, col, w.rows, block.length);
  let height = w.rows;
  if (block.some((e) => e.s.numberFormat)) {
    const formats = range.getNumberFormats();
    height = formats.length;
    let differs = false;
    for (const row of formats) {
      block.forEach((e, k) => {
        const want = e.s.numberFormat;
        if (want && row[k] !== want) {
          row[k] = want;
          differs = true;
        }
      });
    }
    if (differs) range.setNumberFormats(formats);
  }
  if (!block.some((e) => e.s.validation)) return;
  // A tab inserted now has no rule anywhere: nothing to read back or keep (its height is
  // known from the formats read, else asked).
  if (w.blank && height === null) height = maxRowsOf(w.sheet) - w.first + 1;
  const current: Array<Array<DataValidation | null>> =
    w.blank && height !== null
      ? Array.from({ length: height }, () => block.map(() => null))
      : (range.getDataValidations() as Array<Array<DataValidation | null>>);
  const missing = current.some((row) => block.some((e, k) => e.s.validation && row[k] === null));
  if (w.sameRules && !missing) return;
  const wantedRules = block.map((e, k) => {
    const v = e.s.validation;
    if (!v || v.type !== 'list' || v.allowInvalid || !w.keepWarnings) return v;
    // Set-up's repair: a drop-down that warns today (an adopted column) keeps warning. Its
    // first row that still has a rule says, so one deleted from the top row changes nothing.
    const now = firstRule(current, k);
    return now && now.getAllowInvalid() ? mildRule(v) : v;
  });
  buildAll(wantedRules.filter((v): v is ValidationRule => v !== undefined), w.rule);
  const wanted = wantedRules.map((v) => (v ? w.rule(v) : null));
  for (const row of current) wanted.forEach((r, k) => {
    if (r) row[k] = r;
  });
  range.setDataValidations(current);
}

function firstRule(grid: ReadonlyArray<ReadonlyArray<DataValidation | null>>, k: number): DataValidation | null {
  for (const row of grid) if (row[k]) return row[k];
  return null;
}

/** The width Sheets gives every column of a new tab. */
export const DEFAULT_WIDTH = 100;

/**
 * Column widths from column `from`, in as few calls as Sheets allows: one call
 * sets one width on a run of columns, so a width that comes back after others
 * (110, 90, 200, 110) is set once across the run and the others on top of it.
 * The fewest such strokes is the "strange printer" problem, solved exactly;
 * every column ends at its own width, whatever the order. On a tab made now
 * (`fresh`) every column starts at Sheets' default width, a stroke already laid
 * for free: columns meant to be that wide cost nothing unless painted over.
 */
export function setColumnWidths(tab: Tab, widths: readonly number[], from = 1, fresh = false): void {
  const sheet = sheetOf(tab);
  for (const s of fresh ? strokesOverDefault(widths) : widthStrokes(widths)) {
    if (s.count === 1) sheet.setColumnWidth(from + s.start, s.width);
    else sheet.setColumnWidths(from + s.start, s.count, s.width);
  }
}

/** The strokes over columns already at the default width: the problem with a free first stroke under them all. */
function strokesOverDefault(widths: readonly number[]): Stroke[] {
  // A column of default width before the first is painted by the free stroke alone; it is the only stroke to start there.
  return widthStrokes([DEFAULT_WIDTH, ...widths])
    .filter((s) => s.start > 0)
    .map((s) => ({ ...s, start: s.start - 1 }));
}

export interface Stroke {
  start: number;
  count: number;
  width: number;
}

/** The strokes, in the order to apply them (a later one paints over an earlier). */
export function widthStrokes(widths: readonly number[]): Stroke[] {
  // Runs of equal widths are one stroke at least: the problem is solved over runs.
  const runs: Array<{ start: number; count: number; width: number }> = [];
  widths.forEach((w, i) => {
    const last = runs[runs.length - 1];
    if (last && last.width === w) last.count++;
    else runs.push({ start: i, count: 1, width: w });
  });
  const n = runs.length;
  // best[i][j]: fewest strokes for runs i..j; via[i][j]: the run whose stroke run i shares, or -1.
  const best: number[][] = [];
  const via: number[][] = [];
  for (let i = 0; i < n; i++) {
    best.push(new Array(n).fill(0));
    via.push(new Array(n).fill(-1));
  }
  const cost = (i: number, j: number) => (i > j ? 0 : best[i][j]);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = i; j < n; j++) {
      best[i][j] = cost(i + 1, j) + 1;
      for (let k = i + 1; k <= j; k++) {
        if (runs[k].width !== runs[i].width) continue;
        const c = cost(i + 1, k - 1) + cost(k, j);
        if (c < best[i][j]) {
          best[i][j] = c;
          via[i][j] = k;
        }
      }
    }
  }
  const out: Stroke[] = [];
  // Strokes for runs i..j, the one painting run i reaching left to run `reach` (the caller paints over the runs between).
  const solve = (i: number, j: number, reach: number): void => {
    if (i > j) return;
    const k = via[i][j];
    if (k < 0) {
      const start = runs[reach].start;
      out.push({ start, count: runs[i].start + runs[i].count - start, width: runs[i].width });
      solve(i + 1, j, i + 1);
      return;
    }
    // Run i rides on run k's stroke, laid first; the runs between are painted over it.
    solve(k, j, reach);
    solve(i + 1, k - 1, i + 1);
  };
  solve(0, n - 1, 0);
  return out;
}
