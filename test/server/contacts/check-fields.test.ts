import { sheetWith, sortTab } from '../../../fakes';
import { addon, contactRow, CONTACT_HEADERS } from '../support';

function seeded() {
  const a = addon();
  sheetWith(a.h, 'Contacts', [
    CONTACT_HEADERS,
    contactRow({ name: 'Ana Ruiz', email: 'ana@@acme', status: 'Contacted', howFound: 'Alumni network' }),
    contactRow({ name: 'Ben Okafor', linkedin: 'linkedin.com/in/ben?trk=abc', status: 'Contacted', howFound: 'LinkedIn' }),
    contactRow({ name: '', company: 'Mystery Corp', status: 'Met' }),
    contactRow({ name: 'Chen Li', email: 'chen@initech.com', status: 'To contact' }),
    contactRow({ name: 'Dup Ana', email: 'ANA@acme.com', status: 'To contact' }),
    contactRow({ name: 'Eve', email: 'ana@acme.com', status: 'To contact' }),
  ]);
  a.main.menuSetUpTracker();
  return a;
}

describe('Check outreach fields', () => {
  it('opens the sidebar on the check page', () => {
    const { h, main } = seeded();
    main.menuCheckOutreachFields();
    const sidebar = h.ui.sidebars.at(-1)!;
    expect(sidebar.title).toBe('Info Interviews');
    expect(sidebar.html).toContain('data-page="check"');
  });

  it('groups each contact’s problems with the cell, what is wrong and how to fix it', () => {
    const { api } = seeded();
    const report = api.getCheckReport();
    const ana = report.groups.find((g) => g.contactName === 'Ana Ruiz')!;
    const emailCol = String.fromCharCode(65 + CONTACT_HEADERS.indexOf('Email'));
    expect(ana.problems).toEqual([
      expect.objectContaining({ header: 'Email', a1: `${emailCol}2`, message: expect.stringContaining('ana@@acme'), fix: expect.any(String) }),
    ]);
    const nameless = report.groups.find((g) => g.row === 4)!;
    expect(nameless.problems.map((p) => p.header)).toEqual(expect.arrayContaining(['Name', 'Meeting date']));
    expect(report.groups.find((g) => g.contactName === 'Ben Okafor')).toBeUndefined();
    expect(report.groups.find((g) => g.contactName === 'Chen Li')).toBeUndefined();
    expect(report.contactsChecked).toBe(6);
  });

  it('reports the same email on two rows as a likely duplicate', () => {
    const { api } = seeded();
    const report = api.getCheckReport();
    const eve = report.groups.find((g) => g.contactName === 'Eve')!;
    expect(eve.problems[0].message).toMatch(/also on Dup Ana .*same person/);
    expect(report.warnings).toBeGreaterThanOrEqual(1);
  });

  it('reads the sheet in one getValues, however many contacts there are', () => {
    const { h, api } = seeded();
    h.calls.reset();
    api.getCheckReport();
    expect(h.calls.byMethod['Range.getValues']).toBe(1);
    expect(h.calls.count('Range.set')).toBe(0);
  });

  it('says all is good when nothing is wrong', () => {
    const a = addon();
    sheetWith(a.h, 'Contacts', [CONTACT_HEADERS, contactRow({ name: 'Chen Li', email: 'chen@initech.com' })]);
    a.main.menuSetUpTracker();
    const report = a.api.getCheckReport();
    expect(report).toMatchObject({ groups: [], errors: 0, warnings: 0, contactsChecked: 1 });
  });

  it('skips a row holding only what the add-on wrote (a Contact ID, a Next action): the student never filled it', () => {
    const a = addon();
    sheetWith(a.h, 'Contacts', [
      CONTACT_HEADERS,
      contactRow({ contactId: 'C-0001', name: 'Chen Li', email: 'chen@initech.com' }),
      contactRow({ contactId: 'C-0002' }),
      contactRow({ contactId: 'C-0003', nextAction: 'Send a polite follow-up (due 2026-03-01)' }),
    ]);
    a.main.menuSetUpTracker();
    const report = a.api.getCheckReport();
    expect(report).toMatchObject({ groups: [], errors: 0, warnings: 0, contactsChecked: 1 });
  });

  it('selects the problem’s cell, found again by Contact ID after the user sorted', () => {
    const { h, api } = seeded();
    const report = api.getCheckReport();
    const p = report.groups.find((g) => g.contactName === 'Ana Ruiz')!.problems[0];
    sortTab(h, 'Contacts', 'Name', false);
    const names = h.spreadsheet.getSheetByName('Contacts')!.getRange(2, 2, 6, 1).getValues().map((r) => r[0]);
    const row = names.indexOf('Ana Ruiz') + 2;
    expect(row).not.toBe(p.row);
    const result = api.selectContactCell({ contactId: p.contactId, field: p.field, row: p.row });
    const emailCol = String.fromCharCode(65 + CONTACT_HEADERS.indexOf('Email'));
    expect(result.selected).toBe(`${emailCol}${row}`);
    expect(h.spreadsheet.getActiveRange().getA1Notation()).toBe(`${emailCol}${row}`);
  });

  it('tells the user to set up first when there is no Contacts tab', () => {
    const { api } = addon();
    expect(() => api.getCheckReport()).toThrow(/Set up tracker/);
  });
});
