// The follow-up check over the built bundle: what it writes to Next action and
// Action due on a seeded sheet, as of a given day, in the spreadsheet's zone.
import { sheetWith } from '../../../fakes';
import { MEETING_COLUMNS, QUESTION_COLUMNS } from '../../../src/shared/schema';
import { dateCell } from '../../support/tracker-seed';
import { addon, addonTabWith, contactRow, CONTACT_HEADERS, rowsByHeader, setUpHome, type Addon } from '../support';

const NEXT = 'Next action';
const DUE = 'Action due';

function iso(v: unknown): string {
  return v instanceof Date || Object.prototype.toString.call(v) === '[object Date]'
    ? new Date((v as Date).getTime() - 5 * 3600000).toISOString().slice(0, 10) // New York, winter
    : String(v);
}

/** A student's tracker on 2026-03-04 (New York). */
function seeded(): Addon {
  const a = addon();
  sheetWith(a.h, 'Contacts', [
    CONTACT_HEADERS,
    contactRow({ contactId: 'C-0001', name: 'Ana Ruiz', email: 'ana@acme.com', howFound: 'Alumni network', status: 'Met', meetingDate: dateCell('2026-03-01') }),
    contactRow({ contactId: 'C-0002', name: 'Ben Okafor', email: 'ben@globex.com', howFound: 'LinkedIn', status: 'Contacted', lastContact: dateCell('2026-02-20') }),
    contactRow({ contactId: 'C-0003', name: 'Chen Li', email: 'chen@initech.com', howFound: 'Professor', status: 'Keeping in touch', lastContact: dateCell('2025-11-01') }),
    contactRow({ contactId: 'C-0004', name: 'Dee Park', email: 'dee@umbrella.com', howFound: 'Referral', status: 'Scheduled', meetingDate: dateCell('2026-03-05') }),
    contactRow({ contactId: 'C-0005', name: 'Eve Ito', email: 'eve@hooli.com', howFound: 'LinkedIn', status: 'Scheduled', meetingDate: dateCell('2026-03-05') }),
    contactRow({ contactId: 'C-0006', name: 'Finn Moe', email: 'finn@vandelay.com', howFound: 'Other', status: 'To contact', nextAction: 'Send thank-you note (due 2026-01-01, 9 days overdue)', actionDue: dateCell('2026-01-01') }),
  ]);
  a.main.menuSetUpTracker();
  const meeting = (fields: Record<string, unknown>) => MEETING_COLUMNS.map((c) => fields[c.key] ?? '');
  sheetWith(a.h, 'Meetings', [
    MEETING_COLUMNS.map((c) => c.header),
    // Chen's coffee restarts the keep-in-touch clock; its thank-you is logged.
    meeting({ meetingId: 'M-0001', contactId: 'C-0003', contact: 'Chen Li', date: dateCell('2026-02-25'), type: 'Coffee', thankYouSent: dateCell('2026-02-26') }),
  ]);
  addonTabWith(a, 'questions', [
    QUESTION_COLUMNS.map((c) => c.header),
    QUESTION_COLUMNS.map((c) => ({ contactId: 'C-0005', contact: 'Eve Ito', order: 1, category: 'Career path', question: 'How did you get started?', preparedOn: dateCell('2026-03-03') } as Record<string, unknown>)[c.key] ?? ''),
  ]);
  return a;
}

function cells(a: Addon): Array<[string, string, string]> {
  return rowsByHeader(a.h, 'Contacts').map((r) => [String(r.Name), String(r[NEXT]), r[DUE] === '' ? '' : iso(r[DUE])]);
}

describe('the follow-up check', () => {
  it('writes each contact’s most urgent Next action and its due date', () => {
    const a = seeded();
    const result = a.api.refreshFollowUps();
    expect(cells(a)).toEqual([
      ['Ana Ruiz', 'Send thank-you note (due 2026-03-02, 2 days overdue)', '2026-03-02'],
      ['Ben Okafor', 'Send a polite follow-up (due 2026-02-27, 5 days overdue)', '2026-02-27'],
      ['Chen Li', '', ''], // the logged coffee restarted keep-in-touch: due in May
      ['Dee Park', 'Prepare questions (due 2026-03-05, in 1 day)', '2026-03-05'],
      ['Eve Ito', '', ''], // questions already prepared since her last meeting
      ['Finn Moe', '', ''], // a stale action is cleared
    ]);
    expect(result).toMatchObject({ asOf: '2026-03-04', contacts: 6, changed: 4, counts: { overdue: 2, today: 0, upcoming: 1 } });
  });

  it('plans nothing for, and does not count, a row the student cleared down to its Contact ID', () => {
    const a = seeded();
    const idCol = CONTACT_HEADERS.indexOf('Contact ID') + 1;
    // Ana's row cleared by hand: only her Contact ID is left.
    a.h.sheet('Contacts').getRange(2, idCol + 1, 1, CONTACT_HEADERS.length - idCol).clearContent();
    expect(a.h.sheet('Contacts').getRange(2, idCol).getValue()).toBe('C-0001');
    const result = a.api.refreshFollowUps();
    expect(result.contacts).toBe(5);
    expect(cells(a)[0]).toEqual(['', '', '']);
  });

  it('reads each tab once and writes the two columns once (and the Dashboard), and no column when nothing changed', () => {
    const a = seeded();
    a.h.calls.reset();
    a.api.refreshFollowUps();
    // Contacts, Meetings, and the Dashboard tab's own size check; the dashboard reuses the tracker read.
    expect(a.h.calls.byMethod['Range.getValues']).toBe(3);
    // Next action and Action due are adjacent in the default order: one write for both, then the Dashboard.
    expect(a.h.calls.byMethod['Range.setValues']).toBe(2);
    a.h.calls.reset();
    const again = a.api.refreshFollowUps();
    expect(again.changed).toBe(0);
    expect(a.h.calls.byMethod['Range.setValues']).toBe(1); // the Dashboard only
    expect(again.summary).toMatch(/already up to date/);
  });

  it('leaves alone a tab of the student’s that is merely called Questions, before the add-on has made its own', () => {
    const a = addon();
    sheetWith(a.h, 'Contacts', [CONTACT_HEADERS, contactRow({ contactId: 'C-0001', name: 'Eve Ito', email: 'eve@hooli.com', howFound: 'LinkedIn', status: 'Scheduled', meetingDate: dateCell('2026-03-05') })]);
    a.main.menuSetUpTracker();
    const theirs = [['Questions I want to ask everyone'], ['How did you get started?']];
    sheetWith(a.h, 'Questions', theirs);
    a.h.calls.reset();
    a.api.refreshFollowUps();
    // Eve's meeting is tomorrow and no list of the add-on's exists: the prepare step is due.
    expect(String(rowsByHeader(a.h, 'Contacts')[0]['Next action'])).toMatch(/^Prepare questions/);
    expect(a.h.calls.byMethod['Spreadsheet.getSheetByName']).toBeUndefined();
    expect(a.h.sheet('Questions').getDataRange().getValues()).toEqual(theirs);
  });

  it('judges as of another day for the workbench, and refuses a date that is not one', () => {
    const a = seeded();
    a.api.refreshFollowUps('2026-03-02');
    expect(cells(a)[0]).toEqual(['Ana Ruiz', 'Send thank-you note (due today)', '2026-03-02']);
    expect(() => a.api.refreshFollowUps('2026-02-30')).toThrow('"2026-02-30" is not a date: use yyyy-MM-dd, e.g. 2026-03-04.');
    expect(() => a.api.refreshFollowUps('tomorrow')).toThrow(/is not a date/);
  });

  it('uses the student’s own rule numbers from Settings', () => {
    const a = seeded();
    a.h.properties.user.set('infoInterviews.rules', JSON.stringify({ thankYouDays: 3, noReplyDays: 14 }));
    a.api.refreshFollowUps();
    expect(cells(a)[0][1]).toBe('Send thank-you note (due today)');
    expect(cells(a)[1][1]).toBe('Send a polite follow-up (due 2026-03-06, in 2 days)');
  });

  it('restarts the no-reply clock when a later interaction is logged', () => {
    const a = seeded();
    const meetings = a.h.sheet('Meetings');
    meetings.getRange(3, 1, 1, 5).setValues([['M-0002', 'C-0002', 'Ben Okafor', '2026-03-01', 'Email']]);
    a.api.refreshFollowUps();
    expect(cells(a)[1][1]).toBe('Send a polite follow-up (due 2026-03-08, in 4 days)');
  });

  it('menu Refresh follow-ups says what it found in a toast', () => {
    const a = seeded();
    a.main.menuRefreshFollowUps();
    expect(a.h.ui.toasts.at(-1)!.message).toBe(
      'Follow-ups checked for 6 contacts as of 2026-03-04: 2 overdue, 0 due today, 1 coming up. 4 rows updated.',
    );
  });

  it('explains in a toast when the tracker is not set up, instead of failing', () => {
    const a = addon();
    a.main.menuRefreshFollowUps();
    expect(a.h.ui.toasts.at(-1)!.message).toMatch(/Contacts tab is missing.*Set up tracker/);
  });
});

describe('the follow-up check’s calendar', () => {
  it('judges "today" in the spreadsheet’s zone, not the script’s, just after midnight', () => {
    // 00:30 on 5 March in Auckland is still 4 March in Los Angeles (the script's zone).
    const a = addon({ timeZone: 'Pacific/Auckland', scriptTimeZone: 'America/Los_Angeles', now: () => Date.UTC(2026, 2, 4, 11, 30) });
    const aucklandMidnight = (d: number) => new Date(Date.UTC(2026, 2, d - 1, 11)); // UTC+13 in March
    sheetWith(a.h, 'Contacts', [
      CONTACT_HEADERS,
      contactRow({ contactId: 'C-0001', name: 'Ana Ruiz', status: 'Thanked', lastContact: aucklandMidnight(1), nextFollowUp: aucklandMidnight(5) }),
    ]);
    a.main.menuSetUpTracker();
    const r = a.api.refreshFollowUps();
    expect(r.asOf).toBe('2026-03-05');
    expect(rowsByHeader(a.h, 'Contacts')[0][NEXT]).toBe('Follow up as agreed (due today)');
  });
});

describe('the follow-up check and the document lock', () => {
  it('fails clearly and writes nothing while another execution is saving', () => {
    const a = seeded();
    const before = cells(a);
    a.h.rt.locks.set('document', 9999); // a sidebar save in progress
    expect(() => a.api.refreshFollowUps()).toThrow('Another change to this spreadsheet is still being saved. Try again in a moment.');
    expect(cells(a)).toEqual(before);
    a.h.rt.locks.delete('document');
    const home = setUpHome(a.api.getHome());
    expect(home.check.lastError).toMatch(/Another change/);
    expect(home.check.lastErrorAt).toBe('2026-03-04 10:00');
    a.api.refreshFollowUps();
    expect(setUpHome(a.api.getHome()).check).toMatchObject({ lastError: '', lastRunAt: '2026-03-04 10:00' });
  });
});
