// The Dashboard tab over the built bundle: its tables, its two real charts made
// once and updated after, a deleted tab made again, other tabs left alone, and a
// call count that does not grow with the number of contacts.
import { chartsOn, readTab, sheetWith, type Harness, ChartType } from '../../../fakes';
import { MEETING_COLUMNS } from '../../../src/shared/schema';
import { addon, contactRow, CONTACT_HEADERS, setUpHome, type Addon } from '../support';

const MEETING_HEADERS = MEETING_COLUMNS.map((c) => c.header);

function seeded(): Addon {
  const a = addon();
  sheetWith(a.h, 'Contacts', [
    CONTACT_HEADERS,
    contactRow({ contactId: 'C-0001', name: 'Ana Ruiz', status: 'Met', howFound: 'Alumni network', email: 'ana@acme.com', meetingDate: '2026-02-20' }),
    contactRow({ contactId: 'C-0002', name: 'Ben Ode', status: 'contacted', howFound: 'LinkedIn', email: 'ben@x.com', referredBy: 'Ana Ruiz', firstContacted: '2026-03-02', lastContact: '2026-02-01' }),
    contactRow({ contactId: 'C-0003', name: '=HYPERLINK("http://evil","x")', status: 'To contact', referredBy: 'C-0001' }),
    contactRow({ contactId: 'C-0004', name: 'Dee Park', status: 'Declined', howFound: 'Professor', email: 'dee@x.com' }),
  ]);
  sheetWith(a.h, 'Meetings', [
    MEETING_HEADERS,
    ['M-0001', 'C-0001', 'Ana Ruiz', '2026-02-20', 'Coffee', 30],
    ['M-0002', 'C-0999', 'Someone deleted', '2026-01-10', 'Video call', 20],
  ]);
  return a;
}

/** Column A's label -> the row's other cells. */
function table(h: Harness, tab = 'Dashboard'): Map<string, unknown[]> {
  const cells = (r: unknown[]) => {
    const rest = r.slice(1);
    while (rest.length && rest[rest.length - 1] === '') rest.pop();
    return rest;
  };
  return new Map(readTab(h, tab).map((r) => [String(r[0]).trim(), cells(r)]));
}

describe('the Dashboard tab made by Set up tracker', () => {
  const a = seeded();
  a.main.menuSetUpTracker();
  const dash = () => a.h.sheet('Dashboard');

  it('is listed in the set-up toast, and the student stays on the tab they were on', () => {
    expect(a.h.ui.toasts.at(-1)!.message).toMatch(/Created .*Dashboard/);
    expect(a.h.spreadsheet.getActiveSheet().getName()).not.toBe('Dashboard');
  });

  it('holds the funnel in pipeline order with the statuses kept apart, and the rates', () => {
    const t = table(a.h);
    expect(readTab(a.h, 'Dashboard')[0][0]).toBe('Networking dashboard');
    expect(String(readTab(a.h, 'Dashboard')[1][0])).toContain('As of 2026-03-04');
    expect(t.get('Stage')).toEqual(['Now at this stage', 'Reached this stage']);
    expect(t.get('To contact')).toEqual([1, 4]);
    expect(t.get('Contacted (incl. Follow-up sent)')).toEqual([1, 3]);
    expect(t.get('Met')).toEqual([1, 1]);
    expect(t.get('Declined')).toEqual([1]);
    expect(t.get('All contacts')![0]).toBe(4);
    expect(t.get('Response rate')![0]).toBe('33% (1 of 3)');
  });

  it('counts meetings by month, a deleted contact’s included, and outreach by week', () => {
    const t = table(a.h);
    expect(t.get('Feb 2026')![0]).toBe(1);
    expect(t.get('Jan 2026')![0]).toBe(1);
    expect(t.get('2026-03-02')![0]).toBe(1);
    expect(t.get('Meetings whose contact is no longer in Contacts')).toEqual(['', '', 1]);
  });

  it('shows follow-up counts with a link to the Contacts tab, and sources', () => {
    const t = table(a.h);
    // Ana's thank-you is overdue; Ben was first contacted this Monday, so his nudge is coming up.
    expect(t.get('Overdue')).toEqual([1]);
    expect(t.get('Coming up (next 7 days)')).toEqual([1]);
    const rows = readTab(a.h, 'Dashboard');
    const at = rows.findIndex((r) => r[0] === 'Follow-ups');
    const contactsId = a.h.sheet('Contacts').getSheetId();
    const nextAction = String.fromCharCode(65 + CONTACT_HEADERS.indexOf('Next action'));
    expect(dash().getRange(at + 1, 3).getFormula()).toBe(`=HYPERLINK("#gid=${contactsId}&range=${nextAction}1","Open Contacts (highlighted rows)")`);
    expect(t.get('Alumni network')).toEqual([1, 1, 1]);
    expect(t.get('Not set')).toEqual([1, 0, 0]);
  });

  it('draws the referral tree indented, keeping a formula-like name as text', () => {
    const rows = readTab(a.h, 'Dashboard').map((r) => String(r[0]));
    const at = rows.indexOf('Ana Ruiz');
    expect(rows.slice(at, at + 3)).toEqual(['Ana Ruiz', '    ↳ Ben Ode', '    ↳ =HYPERLINK("http://evil","x")']);
    expect(dash().getRange(at + 3, 1).getFormula()).toBe('');
  });

  it('has a bar chart of the funnel and a column chart of monthly meetings, fed by its tables', () => {
    const charts = chartsOn(dash());
    expect(charts.map((c) => [c.type, c.ranges, c.options.title])).toEqual([
      ['BAR', ['Dashboard!A5:C11'], 'Outreach funnel'],
      ['COLUMN', ['Dashboard!A25:B37'], 'Meetings per month'],
    ]);
    expect(readTab(a.h, 'Dashboard')[4][0]).toBe('Stage');
    expect(readTab(a.h, 'Dashboard')[24][0]).toBe('Month');
  });
});

describe('the Dashboard of a new, empty tracker', () => {
  it('shows its tables without charts, and each chart arrives with its first figure, in the save that brings it', () => {
    const a = addon();
    a.main.menuSetUpTracker();
    const sheet = a.h.sheet('Dashboard');
    expect(chartsOn(sheet)).toEqual([]);
    expect(table(a.h).get('All contacts')![0]).toBe(0);

    sheetWith(a.h, 'Contacts', [CONTACT_HEADERS, contactRow({ contactId: 'C-0001', name: 'Ana Ruiz', status: 'Contacted', howFound: 'LinkedIn', firstContacted: '2026-03-01' })]);
    a.api.refreshFollowUps();
    expect(chartsOn(sheet).map((c) => c.type)).toEqual(['BAR']);

    const r = a.api.logMeeting({ contactId: 'C-0001', date: '2026-03-03', type: 'Coffee', durationMin: '30', takeaways: 'Ask the analytics team.', advice: '', referralsGiven: '', thankYouSent: '', followUpAgreed: '', nextFollowUp: '', notes: '' });
    expect(r).toMatchObject({ ok: true });
    expect(chartsOn(sheet).map((c) => c.type).sort()).toEqual(['BAR', 'COLUMN']);

    // Emptied again (a student starting over): the charts go with their figures.
    for (const tab of ['Contacts', 'Meetings']) a.h.sheet(tab).deleteRows(2, a.h.sheet(tab).getLastRow() - 1);
    expect(a.api.refreshFollowUps()).toMatchObject({ contacts: 0 });
    expect(chartsOn(sheet)).toEqual([]);
  });
});

describe('refreshing the Dashboard', () => {
  it('updates the same two charts and the figures instead of adding copies', () => {
    const a = seeded();
    a.main.menuSetUpTracker();
    const before = chartsOn(a.h.sheet('Dashboard')).map((c) => c.id);
    a.h.sheet('Contacts').getRange(5, CONTACT_HEADERS.indexOf('Status') + 1).setValue('Met');
    a.main.menuSetUpTracker();
    a.api.openDashboardTab();
    const charts = chartsOn(a.h.sheet('Dashboard'));
    expect(charts.map((c) => c.id)).toEqual(before);
    expect(table(a.h).get('Met')).toEqual([2, 2]);
    expect(a.h.spreadsheet.getActiveSheet().getName()).toBe('Dashboard');
  });

  it('finds its charts again after the user dragged them, and removes a stray copy at its place', () => {
    const a = seeded();
    a.main.menuSetUpTracker();
    const sheet = a.h.sheet('Dashboard');
    const [funnel] = sheet.getCharts();
    sheet.updateChart(funnel.modify().setPosition(40, 2, 5, 5).build());
    sheet.insertChart(sheet.newChart().setChartType(ChartType.COLUMN).addRange(sheet.getRange('A25:B37')).setPosition(24, 6, 0, 0).build());
    sheet.insertChart(sheet.newChart().setChartType(ChartType.PIE).addRange(sheet.getRange('A5:B11')).setPosition(60, 1, 0, 0).build());
    a.api.openDashboardTab();
    const charts = chartsOn(sheet);
    // Ours back in place, the copy at our place gone, the user's own pie chart kept.
    expect(charts.map((c) => [c.type, c.anchorRow, c.anchorCol])).toEqual([['BAR', 4, 6], ['COLUMN', 24, 6], ['PIE', 60, 1]]);
    expect(charts[0].id).toBe(funnel.getChartId());
  });

  it('blanks rows a longer earlier dashboard used', () => {
    const a = seeded();
    a.main.menuSetUpTracker();
    const long = readTab(a.h, 'Dashboard').length;
    a.h.sheet('Contacts').getRange(3, CONTACT_HEADERS.indexOf('Referred by') + 1, 2, 1).setValues([[''], ['']]);
    a.api.openDashboardTab();
    const rows = readTab(a.h, 'Dashboard');
    expect(rows.length).toBeLessThan(long);
    expect(rows.map((r) => r[0])).not.toContain('    ↳ Ben Ode');
  });

  it('takes a logged meeting into its figures in the same save, which leaves the charts to the daily check; the check puts back a deleted chart', () => {
    const a = seeded();
    a.main.menuSetUpTracker();
    const sheet = a.h.sheet('Dashboard');
    const met = table(a.h).get('Met');
    a.h.calls.reset();
    const r = a.api.logMeeting({ contactId: 'C-0002', date: '2026-03-03', type: 'Coffee', durationMin: '30', takeaways: 'Ask the analytics team.', advice: '', referralsGiven: '', thankYouSent: '', followUpAgreed: '', nextFollowUp: '', notes: '' });
    expect(r).toMatchObject({ ok: true });
    expect(table(a.h).get('Met')).not.toEqual(met);
    expect(a.h.calls.byMethod['Sheet.getCharts']).toBeUndefined();
    expect(a.h.calls.byMethod['Sheet.getLastRow']).toBeUndefined();
    sheet.removeChart(sheet.getCharts()[0]);
    a.api.refreshFollowUps();
    expect(chartsOn(sheet).map((c) => c.type).sort()).toEqual(['BAR', 'COLUMN']);
  });

  it('makes the tab again, with fresh charts, after the user deleted it; a renamed one is still found', () => {
    const a = seeded();
    a.main.menuSetUpTracker();
    a.h.spreadsheet.deleteSheet(a.h.sheet('Dashboard'));
    a.main.menuSetUpTracker();
    expect(chartsOn(a.h.sheet('Dashboard'))).toHaveLength(2);
    a.h.sheet('Dashboard').setName('My progress');
    a.main.menuSetUpTracker();
    expect(a.h.spreadsheet.getSheets().map((s) => s.getName()).filter((n) => /Dashboard|progress/.test(n))).toEqual(['My progress']);
    expect(chartsOn(a.h.sheet('My progress'))).toHaveLength(2);
  });

  it('never writes into a Dashboard tab of the user’s own', () => {
    const a = seeded();
    sheetWith(a.h, 'Dashboard', [['My own numbers'], [42]]);
    a.main.menuSetUpTracker();
    expect(readTab(a.h, 'Dashboard')).toEqual([['My own numbers'], [42]]);
    expect(chartsOn(a.h.sheet('Dashboard'))).toEqual([]);
    expect(readTab(a.h, 'Info Interviews Dashboard')[0][0]).toBe('Networking dashboard');
  });
});

describe('the cost of a refresh', () => {
  function callsWith(n: number): number {
    const a = addon();
    const rows = Array.from({ length: n }, (_, i) =>
      contactRow({ contactId: `C-${i + 1}`, name: `Person ${i + 1}`, status: ['Contacted', 'Met', 'To contact'][i % 3], referredBy: i ? `C-${i}` : '', howFound: 'LinkedIn', firstContacted: '2026-02-20' }),
    );
    sheetWith(a.h, 'Contacts', [CONTACT_HEADERS, ...rows]);
    a.main.menuSetUpTracker();
    a.h.calls.reset();
    a.api.openDashboardTab();
    return a.h.calls.total;
  }

  it('makes the same number of Spreadsheet calls for 10 contacts as for 500', () => {
    expect(callsWith(500)).toBe(callsWith(10));
  });
});

describe('the home page’s summary', () => {
  it('comes with the home page’s one call: the funnel, rates and follow-up counts', () => {
    const a = seeded();
    a.main.menuSetUpTracker();
    const home = setUpHome(a.api.getHome()).summary;
    expect(home.contacts).toBe(4);
    expect(home.rates.responseRate).toBeCloseTo(1 / 3);
    expect(home.followUps).toEqual({ overdue: 1, today: 0, upcoming: 1 });
    expect(home.funnel.map((f) => f.stage)).toEqual(['To contact', 'Contacted', 'Scheduled', 'Met', 'Thanked', 'Keeping in touch']);
  });
});
