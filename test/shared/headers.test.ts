import { findHeaderRow, headerKey, looksLikeContacts, mapHeaders } from '../../src/shared/headers';
import { CONTACT_COLUMNS, MEETING_COLUMNS } from '../../src/shared/schema';

describe('headerKey', () => {
  it('forgives case, spacing and punctuation', () => {
    expect(headerKey('Thank-you sent')).toBe(headerKey('  thank you  SENT '));
    expect(headerKey('E-mail')).toBe(headerKey('email'));
    expect(headerKey('Friends & family')).toBe(headerKey('friends and family'));
  });
  it('reads non-text header cells as text', () => {
    expect(headerKey(2026)).toBe('2026');
    expect(headerKey(null)).toBe('');
  });
});

describe('mapHeaders', () => {
  const defaults = CONTACT_COLUMNS.map((c) => c.header);

  it('finds every column of the default layout in place', () => {
    const m = mapHeaders(defaults, CONTACT_COLUMNS);
    expect(m.missing).toEqual([]);
    expect(m.index.contactId).toBe(0);
    expect(m.index.notes).toBe(defaults.indexOf('Notes'));
    expect(m.userColumns).toEqual([]);
  });

  it('finds columns the user moved and leaves their own columns alone', () => {
    const row = ['My score', 'Company', 'name', 'CONTACT ID', 'Coffee budget', 'Email'];
    const m = mapHeaders(row, CONTACT_COLUMNS);
    expect(m.index.company).toBe(1);
    expect(m.index.name).toBe(2);
    expect(m.index.contactId).toBe(3);
    expect(m.index.email).toBe(5);
    expect(m.userColumns).toEqual([0, 4]);
    expect(m.missing).toContain('phone');
  });

  it('recognises a career-centre template by its own headers', () => {
    const row = ['Full Name', 'Organization', 'Job title', 'E-mail', 'Source', 'Date contacted', 'Follow-up date'];
    const m = mapHeaders(row, CONTACT_COLUMNS);
    expect(m.index).toMatchObject({ name: 0, company: 1, title: 2, email: 3, howFound: 4, firstContacted: 5, nextFollowUp: 6 });
    // E-mail is the Email header spelt loosely, not an alias to report.
    expect(m.adopted.map((a) => a.header)).toEqual(row.filter((h) => h !== 'E-mail'));
  });

  it('prefers an exact header over an alias, so the other stays the user’s', () => {
    const row = ['Contact', 'Name'];
    const m = mapHeaders(row, CONTACT_COLUMNS);
    expect(m.index.name).toBe(1);
    expect(m.userColumns).toEqual([0]);
  });

  it('gives a duplicated header to the first column only', () => {
    const m = mapHeaders(['Email', 'Email'], CONTACT_COLUMNS);
    expect(m.index.email).toBe(0);
    expect(m.userColumns).toEqual([1]);
  });

  it('does not take aliases from another tab', () => {
    const m = mapHeaders(['Contact', 'Date'], MEETING_COLUMNS);
    expect(m.index.contact).toBe(0);
    expect(m.index.date).toBe(1);
  });
});

describe('looksLikeContacts', () => {
  it('accepts a list of people with a few known columns', () => {
    expect(looksLikeContacts(['Full Name', 'Organization', 'E-mail'], CONTACT_COLUMNS, 'name')).toBe(true);
  });
  it('rejects a budget or a tab without names', () => {
    expect(looksLikeContacts(['Item', 'Cost', 'Date'], CONTACT_COLUMNS, 'name')).toBe(false);
    expect(looksLikeContacts(['Organization', 'E-mail', 'Source'], CONTACT_COLUMNS, 'name')).toBe(false);
  });
});

describe('real trackers’ headers', () => {
  it('recognises loose forms of the same field', () => {
    const row = ['Company Name - link to company page', 'Contact Name', 'E-mail', 'Follow-up Date', 'Last Contact Date', 'Comments / Notes', 'Notes ', 'Phone ', 'linkedin_url'];
    const m = mapHeaders(row, CONTACT_COLUMNS);
    // The exact "Notes " wins over the looser "Comments / Notes", which stays the student's.
    expect(m.index).toMatchObject({ company: 0, name: 1, email: 2, nextFollowUp: 3, lastContact: 4, notes: 6, phone: 7, linkedin: 8 });
    expect(m.userColumns).toEqual([5]);
  });

  it('takes contact_title as Title when role (the job sought) is there too', () => {
    const m = mapHeaders(['full_name', 'role', 'contact_title'], CONTACT_COLUMNS);
    expect(m.index.name).toBe(0);
    expect(m.index.title).toBe(2);
    expect(m.userColumns).toEqual([1]);
    expect(mapHeaders(['contact_name', 'role'], CONTACT_COLUMNS).index).toMatchObject({ name: 0, title: 1 });
  });

  it('leaves a student’s Next Action to them on a tab met for the first time, unless it is a tracker the add-on made', () => {
    const student = mapHeaders(['Name', 'Company', 'Next Action', 'Next Step', 'Action'], CONTACT_COLUMNS, { foreign: true });
    expect(student.index.nextAction).toBe(-1);
    expect(student.shadowed).toEqual(['nextAction']);
    expect(student.userColumns).toEqual([2, 3, 4]);
    const ours = mapHeaders(['Contact ID', 'Name', 'Next action'], CONTACT_COLUMNS, { foreign: true });
    expect(ours.index.nextAction).toBe(2);
    const later = mapHeaders(['Name', 'Next Action', 'Next action (Info Interviews)'], CONTACT_COLUMNS);
    expect(later.index.nextAction).toBe(2);
    expect(later.userColumns).toEqual([1]);
  });
});

describe('findHeaderRow', () => {
  it('finds the header below a title and rows of group labels, within the first 10 rows', () => {
    const rows = [
      ['Networking – Spring 2026', '', ''],
      [],
      ['Who', 'Contact', 'Follow-up', 'Notes'],
      ['Company', 'Contact Name', 'Email', 'Notes', 'Status'],
      ['Acme', 'Ana', 'ana@acme.com', '', 'Applied'],
    ];
    expect(findHeaderRow(rows, CONTACT_COLUMNS)).toBe(3);
  });
  it('says row 1 for an empty tab, a header on row 1, or nothing header-like in the first 10 rows', () => {
    expect(findHeaderRow([[]], CONTACT_COLUMNS)).toBe(0);
    expect(findHeaderRow([CONTACT_COLUMNS.map((c) => c.header), ['C-0001', 'Ana']], CONTACT_COLUMNS)).toBe(0);
    const late = [...Array.from({ length: 10 }, () => ['x']), ['Name', 'Company', 'Email']];
    expect(findHeaderRow(late, CONTACT_COLUMNS)).toBe(0);
  });
});
