// Set up tracker run again: it skips what it knows is right (the rules it
// applied last time, by fingerprint) but still repairs what a student changed
// since: a deleted drop-down, a changed date format, a moved column. And every
// column of a new tracker gets its own width, format and help text, however
// few calls set-up makes for them.
import { readTab, sheetWith, validationJSON } from '../../../fakes';
import { BANK_COLUMNS, CONTACT_COLUMNS, MEETING_COLUMNS, type ColumnSpec } from '../../../src/shared/schema';
import { addon, contactRow, CONTACT_HEADERS, type Addon } from '../support';

const colOf = (a: Addon, tab: string, header: string) => readTab(a.h, tab)[0].map(String).indexOf(header) + 1;
const ruleAt = (a: Addon, tab: string, row: number, header: string) => {
  const rule = a.h.sheet(tab).getRange(row, colOf(a, tab, header)).getDataValidation();
  return rule ? validationJSON(rule) : null;
};

/** A set-up tracker of three contacts on a tab the add-on made. */
function tracker(): Addon {
  const a = addon();
  a.main.menuSetUpTracker();
  const rows = ['Ana Ruiz', 'Ben Okafor', 'Chen Li'].map((name) => contactRow({ name, status: 'To contact' }));
  a.h.sheet('Contacts').getRange(2, 1, rows.length, rows[0].length).setValues(rows);
  a.main.menuSetUpTracker();
  return a;
}

function writes(a: Addon): string[] {
  return Object.keys(a.h.calls.byMethod).filter((m) => /^(Range|Sheet)\.(set|insert)/.test(m));
}

describe('Set up tracker again', () => {
  it('writes nothing to a tracker that needs no repair', () => {
    const a = tracker();
    a.h.calls.reset();
    a.main.menuSetUpTracker();
    // The Dashboard is rewritten from the figures; the tracker's own tabs are not touched.
    expect(writes(a).filter((m) => m !== 'Range.setValues')).toEqual([]);
    expect(a.h.ui.toasts.at(-1)!.message).toBe('The tracker is set up; nothing needed repair.');
  });

  it('puts back a drop-down the student deleted, on every row, and it still refuses other words', () => {
    const a = tracker();
    const status = colOf(a, 'Contacts', 'Status');
    a.h.sheet('Contacts').getRange(3, status, 2, 1).clearDataValidations();
    expect(ruleAt(a, 'Contacts', 3, 'Status')).toBeNull();
    a.main.menuSetUpTracker();
    for (const row of [2, 3, 4, 5, 40]) expect(ruleAt(a, 'Contacts', row, 'Status')).toMatchObject({ criteria: 'VALUE_IN_LIST', allowInvalid: false });
  });

  it('puts back the date format of a column the student reformatted', () => {
    const a = tracker();
    const meeting = colOf(a, 'Contacts', 'Meeting date');
    a.h.sheet('Contacts').getRange(2, meeting, 3, 1).setNumberFormat('0.00');
    a.main.menuSetUpTracker();
    expect(a.h.sheet('Contacts').getRange(2, meeting, 3, 1).getNumberFormats().flat()).toEqual(['yyyy-mm-dd', 'yyyy-mm-dd', 'yyyy-mm-dd']);
  });

  it('keeps the rules of a column the student moved, at its new place', () => {
    const a = tracker();
    const sheet = a.h.sheet('Contacts');
    // Email to the far left, past Contact ID, Name, Status, … which each move one to the right.
    sheet.moveColumns(sheet.getRange(1, colOf(a, 'Contacts', 'Email'), sheet.getMaxRows(), 1), 1);
    a.main.menuSetUpTracker();
    expect(colOf(a, 'Contacts', 'Email')).toBe(1);
    expect(ruleAt(a, 'Contacts', 3, 'Email')).toMatchObject({ criteria: 'TEXT_IS_VALID_EMAIL' });
    expect(ruleAt(a, 'Contacts', 3, 'Status')).toMatchObject({ criteria: 'VALUE_IN_LIST', helpText: 'Choose from the drop-down list.' });
    expect(ruleAt(a, 'Contacts', 3, 'Meeting date')).toMatchObject({ criteria: 'DATE_IS_VALID_DATE', helpText: 'A date, e.g. 2026-03-04.' });
    expect(ruleAt(a, 'Contacts', 3, 'Name')).toBeNull();
  });

  it('follows headers the student retyped in each other’s place, though no drop-down is missing', () => {
    const a = tracker();
    const sheet = a.h.sheet('Contacts');
    const [status, priority] = [colOf(a, 'Contacts', 'Status'), colOf(a, 'Contacts', 'Priority')];
    sheet.getRange(1, status).setValue('Priority');
    sheet.getRange(1, priority).setValue('Status');
    a.main.menuSetUpTracker();
    expect(ruleAt(a, 'Contacts', 2, 'Status')).toMatchObject({ values: [[...CONTACT_COLUMNS.find((c) => c.key === 'status')!.values!], true] });
    expect(ruleAt(a, 'Contacts', 2, 'Priority')).toMatchObject({ values: [['A', 'B', 'C'], true] });
    expect(colOf(a, 'Contacts', 'Status')).toBe(priority);
  });

  it('keeps an adopted drop-down warning when it repairs it, even with its first row’s rule deleted', () => {
    const a = addon();
    sheetWith(a.h, 'Networking Log', [
      ['Full Name', 'Organization', 'Status', 'E-mail'],
      ['Ana Ruiz', 'Acme', 'Applied', 'ana@acme.com'],
      ['Ben Okafor', 'Globex', 'Waiting', ''],
    ]);
    a.main.menuSetUpTracker();
    expect(ruleAt(a, 'Networking Log', 2, 'Status')).toMatchObject({ allowInvalid: true });
    a.h.sheet('Networking Log').getRange(2, 3).clearDataValidations();
    a.main.menuSetUpTracker();
    for (const row of [2, 3, 10]) expect(ruleAt(a, 'Networking Log', row, 'Status')).toMatchObject({ criteria: 'VALUE_IN_LIST', allowInvalid: true });
    expect(readTab(a.h, 'Networking Log')[1].slice(0, 4)).toEqual(['Ana Ruiz', 'Acme', 'Applied', 'ana@acme.com']);
  });
});

describe('Set up tracker on a new spreadsheet, column by column', () => {
  const a = addon();
  a.main.menuSetUpTracker();
  const tabs: Array<[string, readonly ColumnSpec[]]> = [
    ['Contacts', CONTACT_COLUMNS],
    ['Meetings', MEETING_COLUMNS],
    ['Question Bank', BANK_COLUMNS],
  ];

  it.each(tabs)('gives every column of %s its own width', (tab, columns) => {
    const sheet = a.h.sheet(tab);
    expect(columns.map((c, i) => sheet.getColumnWidth(i + 1))).toEqual(columns.map((c) => c.width));
  });

  it.each(tabs)('gives every date column of %s a date rule whose help shows how to write a date', (tab, columns) => {
    for (const c of columns.filter((col) => col.kind === 'date')) {
      expect(ruleAt(a, tab, 2, c.header)).toEqual({ criteria: 'DATE_IS_VALID_DATE', values: [], allowInvalid: false, helpText: 'A date, e.g. 2026-03-04.' });
    }
  });

  it.each(tabs)('gives every list column of %s its own list, refusing other words', (tab, columns) => {
    for (const c of columns.filter((col) => col.kind === 'list')) {
      expect(ruleAt(a, tab, 2, c.header)).toEqual({ criteria: 'VALUE_IN_LIST', values: [[...c.values!], true], allowInvalid: false, helpText: 'Choose from the drop-down list.' });
    }
  });

  it('warns (never refuses) on Email, refuses out-of-range minutes, and leaves text columns without a rule', () => {
    expect(ruleAt(a, 'Contacts', 2, 'Email')).toMatchObject({ criteria: 'TEXT_IS_VALID_EMAIL', allowInvalid: true });
    expect(ruleAt(a, 'Meetings', 2, 'Duration (min)')).toMatchObject({ criteria: 'NUMBER_BETWEEN', values: [0, 1440], allowInvalid: false, helpText: 'Minutes, e.g. 30.' });
    for (const header of ['Name', 'Next action', 'Notes']) expect(ruleAt(a, 'Contacts', 2, header)).toBeNull();
    expect(CONTACT_HEADERS).toContain('Email');
  });

  it('leaves the Dashboard behind Contacts, which is in front', () => {
    expect(a.h.spreadsheet.getActiveSheet().getName()).toBe('Contacts');
    expect(a.h.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Contacts', 'Meetings', 'Question Bank', 'Dashboard']);
  });
});

describe('a tracker whose own columns fill the tab', () => {
  it('widens the tab for the add-on’s columns, after the student’s, changing none of theirs', () => {
    const a = addon();
    // A career-centre export: 26 columns (A to Z), the tab no wider than that.
    const header = ['Name', 'Email', 'Company', ...Array.from({ length: 23 }, (_v, i) => `Extra ${i + 1}`)];
    const row = ['Ana Ruiz', 'ana@acme.com', 'Acme', ...Array.from({ length: 23 }, (_v, i) => `x${i + 1}`)];
    sheetWith(a.h, 'Contacts', [header, row]);
    expect(a.h.sheet('Contacts').getMaxColumns()).toBe(26);
    a.main.menuSetUpTracker();
    const all = readTab(a.h, 'Contacts');
    expect(all[0].slice(0, 26)).toEqual(header);
    expect(all[1].slice(0, 26)).toEqual(row);
    expect(all[0]).toEqual(expect.arrayContaining(['Contact ID', 'Status', 'Next action', 'Action due']));
    expect(all[0].indexOf('Contact ID')).toBeGreaterThanOrEqual(26);
  });
});
