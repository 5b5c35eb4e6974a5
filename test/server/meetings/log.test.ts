// Log a meeting over the built bundle: the Meetings row, the contact's dates and
// status, referrals, the lock, concurrent saves, and text that stays text.
import fc from 'fast-check';
import { formatDate, readTab, sheetWith, sortTab } from '../../../fakes';
import { MEETING_COLUMNS } from '../../../src/shared/schema';
import type { SaveResult } from '../../../src/shared/contacts';
import { addon, contactRow, CONTACT_HEADERS, rowsByHeader } from '../support';

const MEETING_HEADERS = MEETING_COLUMNS.map((c) => c.header);

function seeded() {
  const a = addon();
  sheetWith(a.h, 'Contacts', [
    CONTACT_HEADERS,
    contactRow({ name: 'Ana Ruiz', company: 'Acme', email: 'ana@acme.com', status: 'Scheduled', howFound: 'Alumni network', meetingDate: '2026-03-04', lastContact: '2026-02-20' }),
    contactRow({ name: 'Ben Okafor', company: 'Initech', email: 'ben@initech.com', status: 'Keeping in touch', howFound: 'LinkedIn', lastContact: '2025-12-01' }),
    contactRow({ name: 'Chen Li', company: 'Globex', status: 'To contact' }),
  ]);
  a.main.menuSetUpTracker();
  return a;
}

function meeting(fields: Record<string, string> = {}) {
  return {
    contactId: 'C-0001',
    date: '2026-03-04',
    type: 'Informational interview',
    durationMin: '30',
    takeaways: 'Learn SQL',
    advice: 'Talk to the data team',
    referralsGiven: '',
    thankYouSent: '',
    followUpAgreed: '',
    nextFollowUp: '',
    notes: '',
    ...fields,
  };
}

const day = (v: unknown) => (v instanceof Date || Object.prototype.toString.call(v) === '[object Date]' ? formatDate((v as Date).getTime(), 'America/New_York', 'yyyy-MM-dd') : v);
const contact = (a: ReturnType<typeof addon>, name: string) => {
  const r = rowsByHeader(a.h, 'Contacts').find((x) => x.Name === name)!;
  return Object.fromEntries(Object.entries(r).map(([k, v]) => [k, day(v)]));
};
const meetings = (a: ReturnType<typeof addon>) => rowsByHeader(a.h, 'Meetings').map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, day(v)])));

describe('logMeeting', () => {
  it('opens the sidebar on Log a meeting from the menu, right after Open sidebar', () => {
    const a = seeded();
    a.gas.onOpen(a.h.event());
    const items = a.h.ui.menus.at(-1)!.items.map((i: { caption?: string }) => i.caption);
    expect(items.indexOf('Log a meeting')).toBe(items.indexOf('Open sidebar') + 1);
    a.main.menuLogMeeting();
    expect(a.h.ui.sidebars.at(-1)!.html).toContain('data-page="meeting"');
  });

  it('appends one Meetings row and moves a scheduled contact to Met', () => {
    const a = seeded();
    const r = a.api.logMeeting(meeting({ followUpAgreed: 'Send my resume', nextFollowUp: '2026-03-18' }));
    expect(r).toMatchObject({ ok: true, meetingId: 'M-0001', contactId: 'C-0001', status: 'Met' });
    expect(meetings(a)).toEqual([
      {
        'Meeting ID': 'M-0001',
        'Contact ID': 'C-0001',
        Contact: 'Ana Ruiz',
        Date: '2026-03-04',
        Type: 'Informational interview',
        'Duration (min)': 30,
        Takeaways: 'Learn SQL',
        Advice: 'Talk to the data team',
        'Referrals given': '',
        'Thank-you sent': '',
        'Follow-up agreed': 'Send my resume',
        Path: '',
        'Interest (1-5)': '',
        Notes: '',
      },
    ]);
    expect(contact(a, 'Ana Ruiz')).toMatchObject({ Status: 'Met', 'Last contact': '2026-03-04', 'Meeting date': '2026-03-04', 'Next follow-up': '2026-03-18' });
  });

  it('moves Met to Thanked when a thank-you is recorded, and records its date', () => {
    const a = seeded();
    a.api.logMeeting(meeting({ date: '2026-03-02' }));
    const r = a.api.logMeeting(meeting({ date: '2026-03-02', type: 'Email', thankYouSent: '2026-03-03' }));
    expect(r).toMatchObject({ ok: true, status: 'Thanked' });
    expect(contact(a, 'Ana Ruiz')).toMatchObject({ Status: 'Thanked', 'Thank-you sent': '2026-03-03', 'Meeting date': '2026-03-02' });
  });

  it('never moves a contact backwards and keeps the later Last contact', () => {
    const a = seeded();
    a.api.logMeeting(meeting({ contactId: 'C-0002', date: '2025-11-01', type: 'Coffee' }));
    expect(contact(a, 'Ben Okafor')).toMatchObject({ Status: 'Keeping in touch', 'Last contact': '2025-12-01', 'Meeting date': '2025-11-01' });
  });

  it('finds the contact by ID after the user sorted the sheet', () => {
    const a = seeded();
    sortTab(a.h, 'Contacts', 'Name', false);
    a.api.logMeeting(meeting({ contactId: 'C-0003', type: 'Phone call', date: '2026-03-03' }));
    expect(contact(a, 'Chen Li')).toMatchObject({ Status: 'Met', 'Last contact': '2026-03-03' });
    expect(contact(a, 'Ana Ruiz')).toMatchObject({ Status: 'Scheduled', 'Last contact': '2026-02-20' });
  });

  it('turns referrals into contacts referred by this one, linking a name already there', () => {
    const a = seeded();
    const r = a.api.logMeeting(meeting({ referralsGiven: 'Dana Kim, Hooli\nchen  li; Eli Stone (Umbrella)' }));
    expect(r).toMatchObject({ ok: true, createdContacts: ['Dana Kim', 'Eli Stone'], linkedContacts: ['Chen Li'] });
    expect(contact(a, 'Dana Kim')).toMatchObject({ 'Contact ID': 'C-0004', Company: 'Hooli', 'How found': 'Referral', 'Referred by': 'Ana Ruiz', Status: 'To contact' });
    expect(contact(a, 'Eli Stone')).toMatchObject({ 'Contact ID': 'C-0005', Company: 'Umbrella', 'Referred by': 'Ana Ruiz' });
    expect(contact(a, 'Chen Li')['Referred by']).toBe('Ana Ruiz');
    expect(rowsByHeader(a.h, 'Contacts')).toHaveLength(5);
  });

  it('does not re-link a contact who was already referred by someone else', () => {
    const a = seeded();
    a.h.sheet('Contacts').getRange(4, CONTACT_HEADERS.indexOf('Referred by') + 1).setValue('C-0002');
    const r = a.api.logMeeting(meeting({ referralsGiven: 'Chen Li, Globex' }));
    expect(r).toMatchObject({ ok: true, createdContacts: [], linkedContacts: [] });
    expect(contact(a, 'Chen Li')['Referred by']).toBe('C-0002');
  });

  it('checks the whole save first: one bad field and nothing is written', () => {
    const a = seeded();
    const before = { contacts: readTab(a.h, 'Contacts'), meetings: readTab(a.h, 'Meetings') };
    const r = a.api.logMeeting(meeting({ referralsGiven: 'Dana Kim, Hooli\n, Nameless Corp', durationMin: 'half an hour', thankYouSent: '2026-03-01' }));
    expect(r).toEqual({
      ok: false,
      errors: {
        referralsGiven: expect.stringMatching(/", Nameless Corp" has no name/),
        durationMin: expect.stringMatching(/not a number of minutes/),
        thankYouSent: expect.stringMatching(/before the meeting/),
      },
    });
    expect({ contacts: readTab(a.h, 'Contacts'), meetings: readTab(a.h, 'Meetings') }).toEqual(before);
  });

  it('tells the user when the contact was deleted meanwhile, and writes nothing', () => {
    const a = seeded();
    a.h.sheet('Contacts').deleteRow(2);
    const r = a.api.logMeeting(meeting({ referralsGiven: 'Dana Kim, Hooli' }));
    expect(r).toEqual({ ok: false, errors: { contactId: expect.stringMatching(/no longer in the sheet/) } });
    expect(readTab(a.h, 'Meetings')).toEqual([MEETING_HEADERS]);
    expect(rowsByHeader(a.h, 'Contacts')).toHaveLength(2);
  });

  it('reads each tab once, however many contacts there are', () => {
    const a = seeded();
    a.h.calls.reset();
    a.api.logMeeting(meeting({ referralsGiven: 'Dana Kim, Hooli' }));
    expect(a.h.calls.byMethod['Range.getValues']).toBe(2);
  });
});

describe('logMeeting under the document lock', () => {
  it('refuses with a clear message, writing nothing, while another execution holds the lock', () => {
    const a = seeded();
    const other = a.h.beginExecution();
    (a.h.globals.LockService as { getDocumentLock(): { waitLock(ms: number): void } }).getDocumentLock().waitLock(1000);
    const before = { contacts: readTab(a.h, 'Contacts'), meetings: readTab(a.h, 'Meetings') };
    expect(() => a.api.logMeeting(meeting({ referralsGiven: 'Dana Kim, Hooli' }))).toThrow(/Another change to this spreadsheet is still being saved. Try again/);
    expect({ contacts: readTab(a.h, 'Contacts'), meetings: readTab(a.h, 'Meetings') }).toEqual(before);
    a.h.endExecution(other);
    expect(a.api.logMeeting(meeting())).toMatchObject({ ok: true, meetingId: 'M-0001' });
  });

  it('loses nothing over 20 saves from interleaved executions, some made to retry', () => {
    const a = seeded();
    const lock = a.h.globals.LockService as { getDocumentLock(): { waitLock(ms: number): void; releaseLock(): void } };
    const results: SaveResult[] = [];
    let refused = 0;
    for (let i = 0; i < 20; i++) {
      const input = meeting({ contactId: ['C-0001', 'C-0002', 'C-0003'][i % 3], date: `2026-02-${String(i + 1).padStart(2, '0')}`, referralsGiven: `Ref ${i}, Firm ${i}` });
      // Every third save finds another execution (the daily check, another sidebar) mid-write.
      if (i % 3 === 0) {
        const other = a.h.beginExecution();
        lock.getDocumentLock().waitLock(1000);
        try {
          a.api.logMeeting(input);
        } catch (e) {
          refused++;
          expect(String(e)).toMatch(/Try again in a moment/);
        }
        a.h.useExecution(other);
        lock.getDocumentLock().releaseLock();
        a.h.endExecution(other);
      }
      results.push(a.api.logMeeting(input));
    }
    expect(refused).toBe(7);
    expect(results.every((r) => r.ok)).toBe(true);
    const ms = meetings(a);
    expect(ms).toHaveLength(20);
    expect(new Set(ms.map((m) => m['Meeting ID'])).size).toBe(20);
    const contacts = rowsByHeader(a.h, 'Contacts');
    expect(contacts).toHaveLength(23);
    expect(new Set(contacts.map((c) => c['Contact ID'])).size).toBe(23);
    for (let i = 0; i < 20; i++) expect(contact(a, `Ref ${i}`)['Referred by']).toBe(['Ana Ruiz', 'Ben Okafor', 'Chen Li'][i % 3]);
    expect(contact(a, 'Chen Li')).toMatchObject({ Status: 'Met', 'Last contact': '2026-02-18' });
  });
});

describe('logMeeting: text stays text', () => {
  const formulaLike = fc
    .tuple(fc.constantFrom('=', '+', '-', '@'), fc.string({ maxLength: 25 }))
    .map(([p, rest]) => p + rest)
    .filter((s) => s === s.trim());

  it('stores takeaways, advice, follow-up and notes beginning with =, +, - or @ as literal text', () => {
    const a = seeded();
    const sheet = a.h.sheet('Meetings');
    fc.assert(
      fc.property(formulaLike, formulaLike, formulaLike, formulaLike, (takeaways, advice, followUpAgreed, notes) => {
        const r = a.api.logMeeting(meeting({ takeaways, advice, followUpAgreed, notes }));
        if (!r.ok) throw new Error(JSON.stringify(r.errors));
        const row = sheet.getRange(sheet.getLastRow(), 1, 1, MEETING_HEADERS.length);
        const rec = Object.fromEntries(MEETING_HEADERS.map((h, i) => [h, row.getValues()[0][i]]));
        expect([rec.Takeaways, rec.Advice, rec['Follow-up agreed'], rec.Notes]).toEqual([takeaways, advice, followUpAgreed, notes]);
        expect(row.getFormulas()[0].every((f) => f === '')).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  it('keeps a referral named like a formula as text in the new contact', () => {
    const a = seeded();
    a.api.logMeeting(meeting({ referralsGiven: '=IMPORTXML("http://x"), @Evil Corp' }));
    const sheet = a.h.sheet('Contacts');
    const last = sheet.getRange(sheet.getLastRow(), 1, 1, CONTACT_HEADERS.length);
    expect(last.getValues()[0][CONTACT_HEADERS.indexOf('Name')]).toBe('=IMPORTXML("http://x")');
    expect(last.getValues()[0][CONTACT_HEADERS.indexOf('Company')]).toBe('@Evil Corp');
    expect(last.getFormulas()[0].every((f) => f === '')).toBe(true);
  });
});
