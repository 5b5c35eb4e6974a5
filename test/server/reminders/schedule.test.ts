// The Schedule step and its calendar links, in Sydney, where 09:30 is 22:30 or
// 23:30 UTC the day before depending on daylight saving (it ends 2026-04-05).
import { sheetWith } from '../../../fakes';
import { addon, contactRow, CONTACT_HEADERS, rowsByHeader, setUpHome } from '../support';

function sydney() {
  // 10:00 on Wednesday 2026-03-04 in Sydney.
  const a = addon({ timeZone: 'Australia/Sydney', now: () => Date.UTC(2026, 2, 3, 23) });
  sheetWith(a.h, 'Contacts', [
    CONTACT_HEADERS,
    contactRow({ contactId: 'C-0001', name: 'Ana Ruiz', title: 'Engineer', company: 'Acme, Inc.', email: 'ana@acme.com', howFound: 'Alumni network', status: 'Contacted' }),
  ]);
  a.main.menuSetUpTracker();
  return a;
}

const unfold = (ics: string) => ics.replace(/\r\n /g, '').split('\r\n');

describe('Schedule a meeting', () => {
  it("gives Prepare questions and interview mode the meeting's length, while the meeting is still to come", () => {
    const a = sydney();
    expect(a.api.getQuestionsContext('C-0001').scheduledMinutes).toBeUndefined();
    expect(a.api.scheduleMeeting({ contactId: 'C-0001', date: '2026-03-05', time: '09:30', mode: 'Video', place: '', durationMin: '30' }).ok).toBe(true);
    expect(a.api.getQuestionsContext('C-0001').scheduledMinutes).toBe(30);
    expect(a.api.scheduleMeeting({ contactId: 'C-0001', date: '2026-03-06', time: '09:30', mode: 'Video', place: '', durationMin: '15' }).ok).toBe(true);
    expect(a.api.getQuestionsContext('C-0001').scheduledMinutes).toBe(15);
  });

  it('sets Meeting date, Meeting time, Meeting place, Preferred mode and Status Scheduled, and re-plans', () => {
    const a = sydney();
    const r = a.api.scheduleMeeting({ contactId: 'C-0001', date: '2026-03-05', time: '9:30', mode: 'In person', place: 'Café 1, George St; level 2' });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.message).toBe('Ana Ruiz: meeting scheduled for Thursday, March 5 at 09:30 (Australia/Sydney). Status is now Scheduled.');
    const row = rowsByHeader(a.h, 'Contacts')[0];
    expect(row).toMatchObject({ Status: 'Scheduled', 'Meeting time': '09:30', 'Meeting place': 'Café 1, George St; level 2', 'Preferred mode': 'In person' });
    expect(a.h.spreadsheet.getSpreadsheetTimeZone()).toBe('Australia/Sydney');
    expect(row['Meeting date']).toBeInstanceOf(Date);
    // Tomorrow's meeting with no questions prepared: the plan now says so.
    expect(row['Next action']).toMatch(/^Prepare questions \(due/);
  });

  it('gives a Google Calendar link and an .ics for 09:30 in Sydney on both sides of the daylight-saving change', () => {
    const a = sydney();
    const march = a.api.scheduleMeeting({ contactId: 'C-0001', date: '2026-03-10', time: '09:30', mode: 'Video', place: 'https://meet.google.com/abc-defg-hij' });
    if (!march.ok) throw new Error(JSON.stringify(march.errors));
    const params = new URLSearchParams(march.links.googleUrl.split('?')[1]);
    expect(params.get('action')).toBe('TEMPLATE');
    expect(params.get('dates')).toBe('20260309T223000Z/20260309T230000Z');
    expect(params.get('ctz')).toBe('Australia/Sydney');
    expect(params.get('text')).toBe('Informational interview: Ana Ruiz');
    expect(params.get('location')).toBe('https://meet.google.com/abc-defg-hij');
    const questions = a.h.spreadsheet.getUrl();
    expect(params.get('details')).toContain('Informational interview with Ana Ruiz (Engineer, Acme, Inc.).');
    expect(params.get('details')).toMatch(new RegExp(`Prepared questions: ${questions.replace(/[.?]/g, '\\$&')}`));

    const lines = unfold(march.links.ics);
    expect(lines).toContain('DTSTART:20260309T223000Z');
    expect(lines).toContain('DTEND:20260309T230000Z');
    expect(lines).toContain('LOCATION:https://meet.google.com/abc-defg-hij');
    expect(lines.find((l) => l.startsWith('DESCRIPTION:'))).toContain('(Engineer\\, Acme\\, Inc.).\\nHow: Video.');
    for (const l of march.links.ics.split('\r\n')) expect(Buffer.byteLength(l)).toBeLessThanOrEqual(75);
    expect(march.links.icsName).toBe('meeting-ana-ruiz-2026-03-10.ics');

    const april = a.api.scheduleMeeting({ contactId: 'C-0001', date: '2026-04-07', time: '09:30', mode: '', place: '' });
    if (!april.ok) throw new Error(JSON.stringify(april.errors));
    expect(unfold(april.links.ics)).toContain('DTSTART:20260406T233000Z');
  });

  it('refuses a past date, a bad time and an unknown contact, writing nothing', () => {
    const a = sydney();
    expect(a.api.scheduleMeeting({ contactId: 'C-0001', date: '2026-03-01', time: '25:00', mode: 'Carrier pigeon', place: '' })).toEqual({
      ok: false,
      errors: {
        date: 'Sunday, March 1 has passed: use Log a meeting for a meeting that took place.',
        time: 'A time on the 24-hour clock, e.g. 09:30.',
        mode: 'Choose In person, Phone, Video.',
      },
    });
    expect(a.api.scheduleMeeting({ contactId: 'C-0404', date: '2026-03-10', time: '09:30', mode: '', place: '' })).toMatchObject({ ok: false, errors: { contactId: expect.stringMatching(/no longer in the sheet/) } });
    expect(rowsByHeader(a.h, 'Contacts')[0]).toMatchObject({ Status: 'Contacted', 'Meeting time': '' });
  });

  it('lists the meeting on home with the same links', () => {
    const a = sydney();
    const r = a.api.scheduleMeeting({ contactId: 'C-0001', date: '2026-03-10', time: '09:30', mode: 'Video', place: 'https://meet.google.com/abc-defg-hij' });
    if (!r.ok) throw new Error('not scheduled');
    const home = setUpHome(a.api.getHome());
    expect(home.meetings).toHaveLength(1);
    expect(home.meetings[0]).toMatchObject({ contactId: 'C-0001', contactName: 'Ana Ruiz', date: '2026-03-10', time: '09:30', place: 'https://meet.google.com/abc-defg-hij' });
    expect(home.meetings[0].links!.googleUrl).toBe(r.links.googleUrl);
    expect(unfold(home.meetings[0].links!.ics).filter((l) => !l.startsWith('DTSTAMP'))).toEqual(unfold(r.links.ics).filter((l) => !l.startsWith('DTSTAMP')));
  });

  it('adds Meeting time and Meeting place to a tracker set up before they existed', () => {
    const a = sydney();
    const at = CONTACT_HEADERS.indexOf('Meeting time') + 1;
    a.h.sheet('Contacts').getRange(1, at, 1, 2).setValues([['', '']]);
    expect(Object.keys(rowsByHeader(a.h, 'Contacts')[0])).not.toContain('Meeting time');
    const r = a.api.scheduleMeeting({ contactId: 'C-0001', date: '2026-03-10', time: '09:30', mode: '', place: 'Library' });
    expect(r.ok).toBe(true);
    expect(rowsByHeader(a.h, 'Contacts')[0]).toMatchObject({ 'Meeting time': '09:30', 'Meeting place': 'Library', Status: 'Scheduled' });
  });
});
