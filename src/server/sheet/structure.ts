// Formats, drop-downs and input rules of the add-on's columns. Applied to the
// add-on's columns only, a column at a time, so set-up's call count depends on
// the number of columns, never on the number of rows.
import type { ColumnSpec } from '../../shared/schema';
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

const VALIDATED: ReadonlyArray<ColumnSpec['kind']> = ['list', 'email', 'date', 'number', 'checkbox'];

function validationFor(c: ColumnSpec): DataValidation | null {
  // Each builder is a service call: make one only for a column that gets a rule.
  if (VALIDATED.indexOf(c.kind) < 0) return null;
  const b = SpreadsheetApp.newDataValidation();
  switch (c.kind) {
    case 'list':
      return b
        .requireValueInList([...(c.values ?? [])], true)
        .setAllowInvalid(false)
        .setHelpText(`${c.header}: choose from the list.`)
        .build();
    case 'email':
      // A warning, not a refusal: Check outreach fields explains the problem.
      return b.requireTextIsEmail().setAllowInvalid(true).setHelpText('An email address, e.g. ana.ruiz@example.com').build();
    case 'date':
      return b.requireDate().setAllowInvalid(false).setHelpText(`${c.header}: a date, e.g. 2026-03-04.`).build();
    case 'number':
      return b.requireNumberBetween(0, 1440).setAllowInvalid(false).setHelpText('Minutes, e.g. 30.').build();
    case 'checkbox':
      return b.requireCheckbox().build();
    default:
      return null;
  }
}

export function applyColumnRules<K extends string>(table: Table<K>): void {
  const rows = table.sheet.getMaxRows() - 1;
  if (rows < 1) return;
  for (const c of table.columns) {
    const at = table.header.index[c.key];
    if (at < 0) continue;
    const range = table.sheet.getRange(2, at + 1, rows, 1);
    const format = NUMBER_FORMAT[c.kind];
    if (format) range.setNumberFormat(format);
    const rule = validationFor(c);
    if (rule) range.setDataValidation(rule);
  }
}
