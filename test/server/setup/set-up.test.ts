import { readTab, sheetWith, sortTab, validationJSON } from '../../../fakes';
import { CONTACT_COLUMNS, MEETING_COLUMNS, BANK_COLUMNS } from '../../../src/shared/schema';
import { addon, contactRow, CONTACT_HEADERS, rowsByHeader } from '../support';

describe('Set up tracker on an empty spreadsheet', () => {
  const { h, main } = addon();
  main.menuSetUpTracker();
  const ss = h.spreadsheet;

  it('creates Contacts, Meetings and Question Bank with the spec’s headers', () => {
    expect(readTab(h, 'Contacts')[0]).toEqual(CONTACT_HEADERS);
    expect(readTab(h, 'Meetings')[0]).toEqual(MEETING_COLUMNS.map((c) => c.header));
    expect(readTab(h, 'Question Bank')[0]).toEqual(BANK_COLUMNS.map((c) => c.header));
  });

  it('freezes and styles the header row and sets column widths', () => {
    const sheet = ss.getSheetByName('Contacts')!;
    expect(sheet.getFrozenRows()).toBe(1);
    expect(sheet.getRange(1, 1, 1, 3).getFontWeights()[0]).toEqual(['bold', 'bold', 'bold']);
    expect(sheet.getColumnWidth(CONTACT_HEADERS.indexOf('Notes') + 1)).toBe(260);
  });

  it('puts drop-downs on How found, Priority, Status and Preferred mode, and date and email rules', () => {
    const sheet = ss.getSheetByName('Contacts')!;
    const rule = (header: string) => validationJSON(sheet.getRange(2, CONTACT_HEADERS.indexOf(header) + 1).getDataValidation()!);
    expect(rule('Status')).toMatchObject({ criteria: 'VALUE_IN_LIST', values: [expect.arrayContaining(['To contact', 'Met', 'Declined']), true] });
    expect(rule('How found').values[0]).toContain('Alumni network');
    expect(rule('Priority').values[0]).toEqual(['A', 'B', 'C']);
    expect(rule('Preferred mode').values[0]).toEqual(['In person', 'Phone', 'Video']);
    expect(rule('Email').criteria).toBe('TEXT_IS_VALID_EMAIL');
    expect(rule('Meeting date').criteria).toBe('DATE_IS_VALID_DATE');
    const meetings = ss.getSheetByName('Meetings')!;
    const type = validationJSON(meetings.getRange(2, 5).getDataValidation()!);
    expect(type.values[0]).toEqual(['Informational interview', 'Phone call', 'Video call', 'Coffee', 'Email', 'Event']);
  });

  it('formats date columns as dates and Phone as plain text', () => {
    const sheet = ss.getSheetByName('Contacts')!;
    expect(sheet.getRange(2, CONTACT_HEADERS.indexOf('Meeting date') + 1).getNumberFormat()).toBe('yyyy-mm-dd');
    expect(sheet.getRange(2, CONTACT_HEADERS.indexOf('Phone') + 1).getNumberFormat()).toBe('@');
  });

  it('turns the new spreadsheet’s empty Sheet1 into Contacts instead of leaving it beside', () => {
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Contacts', 'Meetings', 'Question Bank', 'Dashboard']);
  });

  it('says what it did in a toast', () => {
    expect(h.ui.toasts.at(-1)!.message).toMatch(/Created Contacts, Meetings, Question Bank/);
    expect(h.ui.toasts.at(-1)!.message).toMatch(/Added \d+ starter questions to the Question Bank/);
  });
});

/** A student's sheet, already full of data, colours and notes. */
function populated() {
  const a = addon();
  const rows = [
    CONTACT_HEADERS,
    contactRow({ name: 'Ana Ruiz', company: 'Acme', email: 'ana@acme.com', status: 'Met', meetingDate: new Date(2026, 1, 20), howFound: 'Alumni network', phone: '0123 456 789' }),
    contactRow({ name: 'Ben Okafor', company: 'Globex', linkedin: 'https://www.linkedin.com/in/benokafor', status: 'Contacted', howFound: 'LinkedIn' }),
    contactRow({ contactId: 'C-0007', name: 'Chen Li', company: 'Initech', status: 'To contact' }),
    contactRow({ name: '=HYPERLINK("http://evil.example","x")', notes: '+1 call me' }),
  ];
  const sheet = sheetWith(a.h, 'Contacts', rows);
  sheet.getRange(3, 2).setBackground('#ffff00');
  sheet.getRange(2, 20).setNote('Met at the alumni mixer');
  return a;
}

describe('Set up tracker on a populated sheet', () => {
  it('changes no value, colour, note or row order in three runs, apart from giving rows an ID', () => {
    const { h, main } = populated();
    const before = readTab(h, 'Contacts');
    main.menuSetUpTracker();
    const once = readTab(h, 'Contacts');
    main.menuSetUpTracker();
    main.menuSetUpTracker();
    const after = readTab(h, 'Contacts');
    expect(after).toEqual(once);
    const withoutIds = (t: unknown[][]) => t.map((r) => r.slice(1));
    expect(withoutIds(after).slice(0, before.length)).toEqual(withoutIds(before));
    const sheet = h.spreadsheet.getSheetByName('Contacts')!;
    expect(sheet.getRange(3, 2).getBackground()).toBe('#ffff00');
    expect(sheet.getRange(2, 20).getNote()).toBe('Met at the alumni mixer');
    expect(h.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Sheet1', 'Contacts', 'Meetings', 'Question Bank', 'Dashboard']);
  });

  it('gives each row without a Contact ID a new one, never reusing one the sheet holds', () => {
    const { h, main } = populated();
    main.menuSetUpTracker();
    const ids = rowsByHeader(h, 'Contacts').map((r) => r['Contact ID']);
    expect(ids).toEqual(['C-0008', 'C-0009', 'C-0007', 'C-0010']);
    main.menuSetUpTracker();
    expect(rowsByHeader(h, 'Contacts').map((r) => r['Contact ID'])).toEqual(ids);
  });

  it('never hands out an ID twice, even after its row is deleted', () => {
    const { h, main } = populated();
    main.menuSetUpTracker();
    const sheet = h.spreadsheet.getSheetByName('Contacts')!;
    sheet.deleteRow(5); // C-0010
    sheet.getRange(5, 2).setValue('Dana Fox');
    main.menuSetUpTracker();
    expect(rowsByHeader(h, 'Contacts').at(-1)).toMatchObject({ Name: 'Dana Fox', 'Contact ID': 'C-0011' });
  });

  it('does not duplicate validation, tabs or headers when run again', () => {
    const { h, main } = populated();
    main.menuSetUpTracker();
    main.menuSetUpTracker();
    expect(readTab(h, 'Contacts')[0]).toEqual(CONTACT_HEADERS);
    expect(h.ui.toasts.at(-1)!.message).toBe('The tracker is set up; nothing needed repair.');
  });
});

describe('Set up tracker remembers tabs and columns', () => {
  it('finds a renamed tab by its id instead of making a new one', () => {
    const { h, main } = populated();
    main.menuSetUpTracker();
    h.spreadsheet.getSheetByName('Contacts')!.setName('My network');
    main.menuSetUpTracker();
    expect(h.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Sheet1', 'My network', 'Meetings', 'Question Bank', 'Dashboard']);
  });

  it('finds columns the user moved and leaves the user’s own columns alone', () => {
    const { h, main } = populated();
    main.menuSetUpTracker();
    const sheet = h.spreadsheet.getSheetByName('Contacts')!;
    const emailCol = CONTACT_HEADERS.indexOf('Email') + 1;
    sheet.moveColumns(sheet.getRange(1, emailCol, sheet.getMaxRows(), 1), 1);
    sheet.insertColumnBefore(1);
    sheet.getRange(1, 1, 3, 1).setValues([['My rating'], ['5'], ['3']]);
    const before = readTab(h, 'Contacts');
    main.menuSetUpTracker();
    expect(readTab(h, 'Contacts')).toEqual(before);
    expect(readTab(h, 'Contacts')[0].slice(0, 2)).toEqual(['My rating', 'Email']);
  });

  it('adds a column the user deleted back at the end, keeping the data', () => {
    const { h, main } = populated();
    main.menuSetUpTracker();
    const sheet = h.spreadsheet.getSheetByName('Contacts')!;
    sheet.deleteColumn(CONTACT_HEADERS.indexOf('Industry') + 1);
    main.menuSetUpTracker();
    const header = readTab(h, 'Contacts')[0];
    expect(header.at(-1)).toBe('Industry');
    expect(rowsByHeader(h, 'Contacts')[0]).toMatchObject({ Name: 'Ana Ruiz', Company: 'Acme' });
  });

  it('keeps working after the user sorts the sheet', () => {
    const { h, main } = populated();
    main.menuSetUpTracker();
    const idsByName = Object.fromEntries(rowsByHeader(h, 'Contacts').map((r) => [r.Name, r['Contact ID']]));
    sortTab(h, 'Contacts', 'Name', false);
    main.menuSetUpTracker();
    for (const r of rowsByHeader(h, 'Contacts')) expect(r['Contact ID']).toBe(idsByName[String(r.Name)]);
  });
});

describe('Set up tracker adopts a career-centre template', () => {
  function template() {
    const a = addon();
    sheetWith(a.h, 'Networking Log', [
      ['Full Name', 'Organization', 'Job title', 'E-mail', 'Source', 'Date contacted', 'Follow-up date', 'Coffee?'],
      ['Ana Ruiz', 'Acme', 'Engineer', 'ana@acme.com', 'Alumni network', new Date(2026, 0, 10), new Date(2026, 1, 1), 'yes'],
      ['Ben Okafor', 'Globex', 'Analyst', '', 'LinkedIn', '', '', ''],
    ]);
    return a;
  }

  it('uses the template tab as Contacts, keeps every cell and appends the missing columns', () => {
    const { h, main } = template();
    const before = readTab(h, 'Networking Log');
    main.menuSetUpTracker();
    const after = readTab(h, 'Networking Log');
    expect(h.spreadsheet.getSheetByName('Contacts')).toBeNull();
    expect(after.map((r) => r.slice(0, 8))).toEqual(before);
    const added = after[0].slice(8);
    expect(added).toContain('Contact ID');
    expect(added).toContain('Status');
    expect(added).not.toContain('Company');
    expect(added).not.toContain('Email');
    expect(added).toHaveLength(CONTACT_COLUMNS.length - 7);
  });

  it('says in a toast which of the user’s headers it recognised', () => {
    const { h, main } = template();
    main.menuSetUpTracker();
    const toast = h.ui.toasts.at(-1)!.message;
    expect(toast).toContain('Using your "Networking Log" tab');
    expect(toast).toContain('"Organization" as Company');
    expect(toast).toContain('"Date contacted" as First contacted');
    expect(toast).toMatch(/Added \d+ columns to Networking Log/);
  });

  it('is then found again by its id on the next run', () => {
    const { h, main } = template();
    main.menuSetUpTracker();
    main.menuSetUpTracker();
    expect(h.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Sheet1', 'Networking Log', 'Meetings', 'Question Bank', 'Dashboard']);
  });
});

describe('Set up tracker is refused where Apps Script refuses it', () => {
  it('cannot run from onOpen in AuthMode.NONE', () => {
    const { h, gas } = addon({ authMode: 'NONE' });
    expect(() => gas.menuSetUpTracker()).toThrow(/permission/);
    expect(h.spreadsheet.getSheets().map((s) => s.getName())).not.toContain('Meetings');
  });
});

describe('Set up tracker and copied rows', () => {
  it('gives a row copied with its Contact ID a new ID, keeping the original on the first row', () => {
    const { h, api, main } = populated();
    main.menuSetUpTracker();
    const sheet = h.spreadsheet.getSheetByName('Contacts')!;
    const width = sheet.getLastColumn();
    sheet.getRange(6, 1, 1, width).setValues(sheet.getRange(2, 1, 1, width).getValues());
    const report = api.getCheckReport();
    const copy = report.groups.find((g) => g.row === 6)!;
    expect(copy.problems.map((p) => p.header)).toContain('Contact ID');
    main.menuSetUpTracker();
    const rows = rowsByHeader(h, 'Contacts');
    expect(rows[0]['Contact ID']).toBe('C-0008');
    expect(rows[4]).toMatchObject({ Name: 'Ana Ruiz', 'Contact ID': 'C-0011' });
  });
});
