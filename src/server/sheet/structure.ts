// Formats, widths, drop-downs and input rules of the add-on's columns, for
// every tab, from the column kinds of src/shared/schema.ts: the one table of
// them. Applied to the add-on's columns only, a run of adjacent columns at a
// time, so set-up's call count depends on neither the rows nor the columns.
import type { ColumnSpec, TabKey } from '../../shared/schema';
import { sheetOf, type Tab } from './handles';
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
        : { type: 'list', values: c.values ?? [], allowInvalid: false, help: `${c.header}: choose from the list.` };
      break;
    case 'email':
      // A warning, not a refusal: Check outreach fields explains the problem.
      if (!lenient) out.validation = { type: 'email', help: 'An email address, e.g. ana.ruiz@example.com' };
      break;
    case 'date':
      if (!lenient) out.validation = { type: 'date', help: `${c.header}: a date, e.g. 2026-03-04.` };
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

/**
 * Builds the rules of one application with a single builder, changing only
 * what differs from the rule before (criteria, allow-invalid, help text):
 * every builder method is a service call, and most of the add-on's rules share
 * their criteria (the date columns differ only in help text). A rule asked for
 * twice is built once.
 */
function ruleMaker(): (v: ValidationRule) => DataValidation {
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
    const wantCriteria = JSON.stringify({ ...v, help: undefined, allowInvalid: undefined });
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
    // Emails and lenient lists warn; the other rules refuse what does not fit.
    const wantAllow = v.type === 'list' ? v.allowInvalid : v.type === 'email' || v.type === 'checkbox';
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
 * A rule for a list column the student already had (their Status with their own
 * words): it shows the add-on's list and warns, never refuses what they type.
 */
export function mildRule(rule: ValidationRule | undefined): ValidationRule | undefined {
  return rule && rule.type === 'list' ? { type: 'list', values: rule.values, allowInvalid: true, help: rule.help } : rule;
}

const STRUCTURE_KEY = 'infoInterviews.structure';

/** The rules wanted where (a change of the add-on's rules or of column positions changes it). */
function rulesPrint(targets: ReadonlyArray<{ at: number; s: ColumnStructure }>): string {
  return fingerprint(JSON.stringify(targets.map((t) => [t.at, t.s.numberFormat ?? '', t.s.validation ?? null])));
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
 * The data rows are those below the header row, wherever it is; `mild`
 * columns are the student's own, adopted: their drop-downs warn.
 */
export function applyColumnRules<K extends string>(
  tabKey: TabKey,
  table: Table<K>,
  only?: readonly K[],
  mild: readonly K[] = [],
  /** Set-up's repair: a drop-down that warns today (an adopted column) keeps warning. */
  keepWarnings = false,
): void {
  const sheet = sheetOf(table.tab);
  const first = table.headerRow + 1;
  const rows = sheet.getMaxRows() - table.headerRow;
  if (rows < 1) return;
  const eligible: Array<{ at: number; s: ColumnStructure }> = [];
  for (const c of table.columns) {
    if (only && only.indexOf(c.key) < 0) continue;
    const at = table.header.index[c.key];
    if (at < 0) continue;
    const s = columnStructure(tabKey, c);
    const warns = mild.indexOf(c.key) >= 0 || (keepWarnings && s.validation?.type === 'list' && warnsNow(sheet.getRange(first, at + 1)));
    eligible.push({ at, s: warns ? { ...s, validation: mildRule(s.validation) } : s });
  }
  eligible.sort((a, b) => a.at - b.at);
  const targets = eligible.filter((e) => e.s.numberFormat || e.s.validation);
  if (targets.length === 0) return;
  const stored = readJsonProperty<Partial<Record<TabKey, string>>>('document', STRUCTURE_KEY) ?? {};
  // No tab id in it: a tab made again has no rules, which the check below sees.
  const print = rulesPrint(targets);
  const sameRules = !only && stored[tabKey] === print;
  const rule = ruleMaker();
  for (let i = 0; i < eligible.length; ) {
    let j = i + 1;
    while (j < eligible.length && eligible[j].at === eligible[j - 1].at + 1) j++;
    const block = eligible.slice(i, j);
    i = j;
    if (block.some((e) => e.s.numberFormat || e.s.validation)) applyBlock(sheet, first, rows, block, sameRules, rule);
  }
  if (!only && stored[tabKey] !== print) writeJsonProperty('document', STRUCTURE_KEY, { ...stored, [tabKey]: print });
}

function applyBlock(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  first: number,
  rows: number,
  block: ReadonlyArray<{ at: number; s: ColumnStructure }>,
  sameRules: boolean,
  rule: (v: ValidationRule) => DataValidation,
): void {
  const range = sheet.getRange(first, block[0].at + 1, rows, block.length);
  if (block.some((e) => e.s.numberFormat)) {
    const formats = range.getNumberFormats();
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
  if (block.some((e) => e.s.validation)) {
    const current = range.getDataValidations() as Array<Array<DataValidation | null>>;
    const missing = current.some((row) => block.some((e, k) => e.s.validation && row[k] === null));
    if (sameRules && !missing) return;
    const wanted = block.map((e) => (e.s.validation ? rule(e.s.validation) : null));
    for (const row of current) wanted.forEach((w, k) => {
      if (w) row[k] = w;
    });
    range.setDataValidations(current);
  }
}

function warnsNow(cell: Range): boolean {
  const rule = cell.getDataValidation();
  return rule !== null && rule.getAllowInvalid();
}

/** Column widths from column 1, a run of equal widths set in one call. */
export function setColumnWidths(tab: Tab, widths: readonly number[], from = 1): void {
  const sheet = sheetOf(tab);
  for (let i = 0; i < widths.length; ) {
    let j = i + 1;
    while (j < widths.length && widths[j] === widths[i]) j++;
    if (j - i === 1) sheet.setColumnWidth(from + i, widths[i]);
    else sheet.setColumnWidths(from + i, j - i, widths[i]);
    i = j;
  }
}
