// Freshness: every write the add-on makes re-plans Next action and Action due
// in the same execution, exactly as Refresh follow-ups would, and a hand edit
// does too through the simple onEdit, which runs in AuthMode.LIMITED.
import { runFunction, sheetWith } from '../../../fakes';
import { MEETING_COLUMNS } from '../../../src/shared/schema';
import { dateCell } from '../../support/tracker-seed';
import { addon, contactRow, rowsByHeader, CONTACT_HEADERS, type Addon } from '../support';

/** On 2026-03-04: Ben contacted 10 days ago, Ana met on 03-01 and referred by Bo, Bo thanked in January. */
function tracker(): Addon {
  const a = addon();
  sheetWith(a.h, 'Contacts', [
    CONTACT_HEADERS,
    contactRow({ contactId: 'C-0001', name: 'Bo Chen', email: 'bo@acme.com', howFound: 'Alumni network', status: 'Thanked', lastContact: dateCell('2026-01-10') }),
    contactRow({ contactId: 'C-0002', name: 'Ana Ruiz', email: 'ana@acme.com', howFound: 'Referral', referredBy: 'C-0001', status: 'Met', meetingDate: dateCell('2026-03-01') }),
    contactRow({ contactId: 'C-0003', name: 'Ben Okafor', linkedin: 'https://www.linkedin.com/in/ben-okafor', howFound: 'LinkedIn', status: 'Contacted', firstContacted: dateCell('2026-02-22'), lastContact: dateCell('2026-02-22') }),
  ]);
  sheetWith(a.h, 'Meetings', [MEETING_COLUMNS.map((c) => c.header)]);
  a.main.menuSetUpTracker();
  a.api.refreshFollowUps();
  return a;
}

function plannedCells(a: Addon): Array<[unknown, unknown, unknown]> {
  return rowsByHeader(a.h, 'Contacts').map((r) => [r['Contact ID'], r['Next action'], String(r['Action due'])]);
}

/** The sheet's Next action and Action due equal what Refresh follow-ups writes now. */
function expectFresh(a: Addon): void {
  const after = plannedCells(a);
  a.api.refreshFollowUps();
  expect(plannedCells(a)).toEqual(after);
}

function nextActionOf(a: Addon, id: string): unknown {
  return rowsByHeader(a.h, 'Contacts').find((r) => r['Contact ID'] === id)!['Next action'];
}

describe('re-planning after the add-on’s own writes', () => {
  it('marks a follow-up sent: the row moves on at once and the item leaves the home list', () => {
    const a = tracker();
    expect(nextActionOf(a, 'C-0003')).toBe('Send a polite follow-up (due 2026-03-01, 3 days overdue)');
    const r = a.api.markFollowUp({ contactId: 'C-0003', mark: 'follow-up-sent' });
    expect(r.status).toBe('Follow-up sent');
    expect(nextActionOf(a, 'C-0003')).toBe('Try another channel or mark No response (due 2026-03-11, in 7 days)');
    expect(r.home.followUps.filter((i) => i.contactId === 'C-0003').map((i) => i.label)).toEqual(['Try another channel or mark No response']);
    expectFresh(a);
  });

  it('tells the referrer: logs an Email with Bo and clears the loop-back on Ana’s row in the same execution', () => {
    const a = tracker();
    a.api.markThankYouSent({ contactId: 'C-0002', meetingId: '' });
    expect(nextActionOf(a, 'C-0002')).toBe('Tell Bo Chen you met them (due 2026-03-03, 1 day overdue)');
    const r = a.api.markFollowUp({ contactId: 'C-0002', mark: 'told-referrer' });
    expect(r.message).toMatch(/Logged an email to Bo Chen/);
    const logged = rowsByHeader(a.h, 'Meetings').at(-1)!;
    expect(logged).toMatchObject({ 'Contact ID': 'C-0001', Contact: 'Bo Chen', Type: 'Email' });
    expect(nextActionOf(a, 'C-0002')).toBe('');
    expect(r.home.followUps.some((i) => i.kind === 'referral-loop')).toBe(false);
    expectFresh(a);
  });

  it('re-plans after a saved contact and a logged meeting, and refreshes the Dashboard after the meeting', () => {
    const a = tracker();
    const saved = a.api.saveContact({ contactId: 'C-0003', fields: { status: 'Scheduled', meetingDate: '2026-03-05' } });
    expect(saved.ok).toBe(true);
    expect(nextActionOf(a, 'C-0003')).toBe('Prepare questions (due 2026-03-05, in 1 day)');
    expectFresh(a);
    const dashboardBefore = JSON.stringify(rowsByHeader(a.h, 'Dashboard'));
    const logged = a.api.logMeeting({
      contactId: 'C-0003', date: '2026-03-04', type: 'Coffee', durationMin: '30', takeaways: 'Learn SQL.', advice: '', referralsGiven: '', thankYouSent: '', followUpAgreed: '', nextFollowUp: '', notes: '',
    });
    expect(logged.ok && logged.home?.followUps.map((i) => `${i.contactName}: ${i.label}`)).toContain('Ben Okafor: Send thank-you note');
    expect(nextActionOf(a, 'C-0003')).toBe('Send thank-you note (due 2026-03-05, in 1 day)');
    expect(JSON.stringify(rowsByHeader(a.h, 'Dashboard'))).not.toBe(dashboardBefore);
    expectFresh(a);
  });
});

describe('onEdit (a simple trigger, AuthMode.LIMITED)', () => {
  function editCell(a: Addon, header: string, contactId: string, value: unknown) {
    const sheet = a.h.sheet('Contacts');
    const headers = rowsByHeader(a.h, 'Contacts');
    const row = headers.findIndex((r) => r['Contact ID'] === contactId) + 2;
    const col = CONTACT_HEADERS.indexOf(header) + 1;
    sheet.getRange(row, col).setValue(value);
    a.h.setAuthMode('LIMITED');
    const e = a.h.event({ range: a.h.rt.expose(sheet.getRange(row, col)), value: String(value) });
    a.h.setAuthMode('FULL');
    runFunction(a.h, a.gas, 'onEdit', [e], 'LIMITED');
  }

  it('re-plans the row a student typed a Thank-you sent date into, within what LIMITED allows', () => {
    const a = tracker();
    expect(nextActionOf(a, 'C-0002')).toBe('Send thank-you note (due 2026-03-02, 2 days overdue)');
    const logsBefore = a.h.logs.length;
    editCell(a, 'Thank-you sent', 'C-0002', dateCell('2026-03-03'));
    expect(a.h.logs.slice(logsBefore).filter((l) => /failed/i.test(JSON.stringify(l)))).toEqual([]);
    expect(nextActionOf(a, 'C-0002')).toBe('Tell Bo Chen you met them (due 2026-03-03, 1 day overdue)');
    expectFresh(a);
  });

  it('leaves an edit on another tab alone, and skips while a save holds the lock', () => {
    const a = tracker();
    sheetWith(a.h, 'Notes', [['mine']]);
    a.h.calls.reset();
    a.h.setAuthMode('LIMITED');
    const e = a.h.event({ range: a.h.rt.expose(a.h.sheet('Notes').getRange(1, 1)) });
    a.h.setAuthMode('FULL');
    runFunction(a.h, a.gas, 'onEdit', [e], 'LIMITED');
    expect(a.h.calls.byMethod['Range.setValues'] ?? 0).toBe(0);
    a.h.rt.locks.set('document', 9999);
    editCell(a, 'Status', 'C-0003', 'Scheduled');
    expect(nextActionOf(a, 'C-0003')).toBe('Send a polite follow-up (due 2026-03-01, 3 days overdue)');
    a.h.rt.locks.delete('document');
  });
});
