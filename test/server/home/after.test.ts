// Home's Refresh follow-ups and Set up tracker return the home page with their
// summary: the page shown is the one a fresh open would show, so the panel
// needs no second round trip.
import { sheetWith } from '../../../fakes';
import { seedTracker } from '../../support/tracker-seed';
import { addon, contactRow, CONTACT_HEADERS, rowsByHeader } from '../support';

describe('home after Refresh follow-ups', () => {
  it('is the home page as it now stands, from what the check read: one read of each tab', () => {
    const a = addon();
    seedTracker(a.h, 40);
    a.main.menuSetUpTracker();
    // A student's edit since: a contact met yesterday, whose thank-you is now due.
    const row = rowsByHeader(a.h, 'Contacts').findIndex((r) => r['Contact ID'] === 'C-00003') + 2;
    a.h.sheet('Contacts').getRange(row, CONTACT_HEADERS.indexOf('Status') + 1).setValue('Met');
    a.h.sheet('Contacts').getRange(row, CONTACT_HEADERS.indexOf('Meeting date') + 1).setValue('2026-03-03');
    a.h.calls.reset();
    const r = a.api.refreshHome();
    expect(a.h.calls.byMethod['Range.getValues']).toBe(2);
    expect(r.summary).toMatch(/^Follow-ups checked for 40 contacts as of 2026-03-04/);
    expect(r.home).toEqual(a.api.getHome());
    expect(r.home.setUp && r.home.followUps.some((f) => f.contactId === 'C-00003' && f.kind === 'thank-you')).toBe(true);
  });
});

describe('home after Set up tracker', () => {
  it('is the new tracker\'s home page', () => {
    const a = addon();
    sheetWith(a.h, 'My contacts', [CONTACT_HEADERS, contactRow({ name: 'Ana Ruiz', status: 'To contact', howFound: 'LinkedIn' })]);
    expect(a.api.getHome()).toMatchObject({ setUp: false });
    const r = a.api.setUpHome();
    expect(r.summary).toMatch(/Using your "My contacts" tab for your contacts/);
    expect(r.home).toEqual(a.api.getHome());
    expect(r.home).toMatchObject({ setUp: true, contacts: 1 });
  });
});
