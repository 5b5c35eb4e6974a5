import { headerKey, looksLikeContacts, mapHeaders } from '../../src/shared/headers';
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
