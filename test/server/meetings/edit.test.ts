// A contact's history and a logged meeting corrected, over the built bundle:
// found by Meeting ID wherever the row went, only changed cells written.
import { sheetWith } from '../../../fakes';
import { addon, contactRow, CONTACT_HEADERS, rowsByHeader } from '../support';
import { MEETING_COLUMNS } from '../../../src/shared/schema';

const NOTES_COL = MEETING_COLUMNS.findIndex((c) => c.key === 'notes') + 1;

function seeded() {
  const a = addon();
  sheetWith(a.h, 'Contacts', [
    CONTACT_HEADERS,
    contactRow({ name: 'Ana Ruiz', company: 'Acme', email: 'ana@acme.com', status: 'Scheduled', howFound: 'Alumni network', meetingDate: '2026-03-04' }),
    contactRow({ name: 'Ben Okafor', company: 'Initech', email: 'ben@initech.com', status: 'Contacted', howFound: 'LinkedIn' }),
  ]);
  a.main.menuSetUpTracker();
  return a;
}

const base = { durationMin: '', takeaways: '', advice: '', referralsGiven: '', thankYouSent: '', followUpAgreed: '', nextFollowUp: '', notes: '' };

describe('History and corrections', () => {
  it("lists a contact's interactions newest first, the same day latest logged first", () => {
    const a = seeded();
    for (const [date, type] of [['2026-02-01', 'Coffee'], ['2026-03-01', 'Email'], ['2026-02-01', 'Phone call']]) {
      expect(a.api.logMeeting({ ...base, contactId: 'C-0001', date, type, takeaways: `${type} notes\nmore` }).ok).toBe(true);
    }
    expect(a.api.logMeeting({ ...base, contactId: 'C-0002', date: '2026-02-15', type: 'Coffee' }).ok).toBe(true);
    const h = a.api.getContactHistory('C-0001');
    expect(h.name).toBe('Ana Ruiz');
    expect(h.meetings.map((m) => [m.meetingId, m.date, m.type, m.takeaway])).toEqual([
      ['M-0002', '2026-03-01', 'Email', 'Email notes'],
      ['M-0003', '2026-02-01', 'Phone call', 'Phone call notes'],
      ['M-0001', '2026-02-01', 'Coffee', 'Coffee notes'],
    ]);
  });

  it('corrects the meeting by its ID after a sort, writing only the changed cells, and adds only new referrals', () => {
    const a = seeded();
    expect(a.api.logMeeting({ ...base, contactId: 'C-0001', date: '2026-03-01', type: 'Coffee', takeaways: 'A', referralsGiven: 'Dana Kim, Hooli' }).ok).toBe(true);
    expect(a.api.logMeeting({ ...base, contactId: 'C-0002', date: '2026-03-02', type: 'Coffee', takeaways: 'B' }).ok).toBe(true);
    a.h.sheet('Meetings').sort(4, false);
    a.h.sheet('Meetings').getRange(2, NOTES_COL).setValue('my own words');
    const open = a.api.getMeeting('M-0001');
    expect(open.values).toEqual(expect.objectContaining({ contactId: 'C-0001', date: '2026-03-01', type: 'Coffee', takeaways: 'A', referralsGiven: 'Dana Kim, Hooli' }));
    const r = a.api.updateMeeting({ meetingId: 'M-0001', values: { ...open.values, takeaways: 'A, corrected', durationMin: '40', referralsGiven: 'Dana Kim, Hooli\nEli Park, Acme' } });
    expect(r).toEqual(expect.objectContaining({ ok: true, createdContacts: ['Eli Park'] }));
    const rows = rowsByHeader(a.h, 'Meetings');
    expect(rows.map((m) => [m['Meeting ID'], m.Takeaways, m['Duration (min)']])).toEqual([
      ['M-0002', 'B', ''],
      ['M-0001', 'A, corrected', 40],
    ]);
    expect(rows[0].Notes).toBe('my own words');
    expect(rowsByHeader(a.h, 'Contacts').filter((c) => c.Name === 'Dana Kim')).toHaveLength(1);
  });

  it('refuses a meeting that is gone, or a move to another contact, and writes nothing', () => {
    const a = seeded();
    expect(a.api.logMeeting({ ...base, contactId: 'C-0001', date: '2026-03-01', type: 'Coffee', takeaways: 'A' }).ok).toBe(true);
    const values = a.api.getMeeting('M-0001').values;
    expect(a.api.updateMeeting({ meetingId: 'M-0009', values })).toEqual({ ok: false, errors: { meetingId: expect.stringMatching(/no longer in the Meetings tab/) } });
    expect(a.api.updateMeeting({ meetingId: 'M-0001', values: { ...values, contactId: 'C-0002', takeaways: 'X' } })).toEqual({ ok: false, errors: { contactId: expect.any(String) } });
    expect(rowsByHeader(a.h, 'Meetings')[0].Takeaways).toBe('A');
  });
});
