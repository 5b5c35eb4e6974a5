// Formats, widths, drop-downs and input rules of the add-on's columns, for
// every tab, from the column kinds of src/shared/schema.ts: the one table of
// them. Applied to the add-on's columns only, a column at a time, so set-up's
// call count depends on the number of columns, never on the number of rows.
import type { ColumnSpec, TabKey } from '../../shared/schema';
import { sheetOf, type Tab } from './handles';
import type { Table } from './table';

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

function buildValidation(v: ValidationRule): DataValidation {
  // Each builder is a service call: one is made only for a column that gets a rule.
  const b = SpreadsheetApp.newDataValidation();
  switch (v.type) {
    case 'list': {
      const list = b.requireValueInList([...v.values], true).setAllowInvalid(v.allowInvalid);
      return (v.help ? list.setHelpText(v.help) : list).build();
    }
    case 'email':
      return b.requireTextIsEmail().setAllowInvalid(true).setHelpText(v.help).build();
    case 'date':
      return b.requireDate().setAllowInvalid(false).setHelpText(v.help).build();
    case 'number':
      return b.requireNumberBetween(v.min, v.max).setAllowInvalid(false).setHelpText(v.help).build();
    case 'checkbox':
      return b.requireCheckbox().build();
  }
}

/**
 * A rule for a list column the student already had (their Status with their own
 * words): it shows the add-on's list and warns, never refuses what they type.
 */
export function mildRule(rule: ValidationRule | undefined): ValidationRule | undefined {
  return rule && rule.type === 'list' ? { type: 'list', values: rule.values, allowInvalid: true, help: rule.help } : rule;
}

/**
 * Formats and rules on the data rows (below the header row, wherever it is) of
 * the given add-on columns (all of them by default); `mild` columns are the
 * student's own, adopted: their drop-downs warn.
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
  for (const c of table.columns) {
    if (only && only.indexOf(c.key) < 0) continue;
    const at = table.header.index[c.key];
    if (at < 0) continue;
    const s = columnStructure(tabKey, c);
    const warns = mild.indexOf(c.key) >= 0 || (keepWarnings && s.validation?.type === 'list' && warnsNow(sheet.getRange(first, at + 1)));
    const validation = warns ? mildRule(s.validation) : s.validation;
    if (!s.numberFormat && !validation) continue;
    const range = sheet.getRange(first, at + 1, rows, 1);
    if (s.numberFormat) range.setNumberFormat(s.numberFormat);
    if (validation) range.setDataValidation(buildValidation(validation));
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
