// Home's "before your meetings" list: each meeting of the coming week, soonest
// first, and none that is already logged on its day (it has happened).
import { sheetWith } from '../../../fakes';
import { MEETING_COLUMNS } from '../../../src/shared/schema';
import { dateCell } from '../../support/tracker-seed';
import { addon, contactRow, CONTACT_HEADERS, setUpHome } from '../support';

describe('home’s list of meetings to prepare', () => {
  it('lists the week’s meetings soonest first and leaves out one already logged on its day, among many other meetings', () => {
    const a = addon(); // 2026-03-04 in New York
    const contact = (id: string, name: string, meetingDate: string) =>
      contactRow({ contactId: id, name, email: `${id}@x.com`, howFound: 'LinkedIn', status: 'Scheduled', meetingDate: dateCell(meetingDate) });
    sheetWith(a.h, 'Contacts', [
      CONTACT_HEADERS,
      contact('C-0001', 'Ana Ruiz', '2026-03-06'),
      contact('C-0002', 'Ben Ode', '2026-03-04'),
      contact('C-0003', 'Chen Li', '2026-03-05'),
      contact('C-0004', 'Dee Park', '2026-03-20'),
    ]);
    const meeting = (n: number, contactId: string, date: string) => MEETING_COLUMNS.map((c) => ({ meetingId: `M-${n}`, contactId, date: dateCell(date), type: 'Coffee' } as Record<string, unknown>)[c.key] ?? '');
    const rows: unknown[][] = [MEETING_COLUMNS.map((c) => c.header)];
    // Chen's and Ana's earlier meetings, on other days, do not count; Ben's today is logged.
    for (let n = 1; n <= 300; n++) rows.push(meeting(n, n % 2 ? 'C-0003' : 'C-0001', `2026-0${1 + (n % 2)}-1${n % 9}`));
    rows.push(meeting(301, 'C-0002', '2026-03-04'));
    sheetWith(a.h, 'Meetings', rows);
    a.main.menuSetUpTracker();
    const home = setUpHome(a.api.getHome());
    expect(home.prep.map((p) => [p.name, p.meetingDate])).toEqual([
      ['Chen Li', '2026-03-05'],
      ['Ana Ruiz', '2026-03-06'],
    ]);
  });
});
