// Paths over the built bundle: the meeting form's Path and Interest written to
// Meetings, older Meetings tabs given the two columns, the Paths view, rename
// and merge touching only Path cells, the Dashboard's paths table and its line
// chart updated in place, and Prepare questions' deeper questions for a path met before.
import { chartsOn, readTab, sheetWith } from '../../../fakes';
import { MEETING_COLUMNS } from '../../../src/shared/schema';
import { addon, addonTabWith, contactRow, CONTACT_HEADERS, rowsByHeader, type Addon } from '../support';

const MEETING_HEADERS = MEETING_COLUMNS.map((c) => c.header);
const PATH = MEETING_HEADERS.indexOf('Path');

function meetingRow(fields: Record<string, unknown>): unknown[] {
  return MEETING_COLUMNS.map((c) => fields[c.key] ?? '');
}

function seeded(): Addon {
  const a = addon();
  sheetWith(a.h, 'Contacts', [
    CONTACT_HEADERS,
    contactRow({ contactId: 'C-0001', name: 'Ana Ruiz', title: 'Data scientist', industry: 'Healthcare', status: 'Met', email: 'ana@x.com', howFound: 'LinkedIn' }),
    contactRow({ contactId: 'C-0002', name: 'Ben Ode', title: 'Data Scientist', industry: 'healthcare', status: 'Met', email: 'ben@x.com', howFound: 'LinkedIn' }),
    contactRow({ contactId: 'C-0003', name: 'Cy Dunn', title: 'Auditor', industry: 'Accounting', status: 'Met', email: 'cy@x.com', howFound: 'LinkedIn' }),
    contactRow({ contactId: 'C-0004', name: 'Di Moss', title: 'Data scientist', industry: 'Healthcare', status: 'To contact' }),
    contactRow({ contactId: 'C-0005', name: 'Eve Park', title: 'Data scientist', industry: 'Healthcare', status: 'Contacted', email: 'eve@x.com', howFound: 'LinkedIn' }),
  ]);
  sheetWith(a.h, 'Meetings', [
    MEETING_HEADERS,
    meetingRow({ meetingId: 'M-0001', contactId: 'C-0001', contact: 'Ana Ruiz', date: '2026-01-10', type: 'Coffee', takeaways: 'Clinical data is messy', path: 'Data scientist · Healthcare', interest: '3', notes: 'keep me' }),
    meetingRow({ meetingId: 'M-0002', contactId: 'C-0003', contact: 'Cy Dunn', date: '2026-01-20', type: 'Phone call', takeaways: 'Busy season is brutal', path: 'Auditor · Accounting', interest: '4' }),
    meetingRow({ meetingId: 'M-0003', contactId: 'C-0002', contact: 'Ben Ode', date: '2026-02-05', type: 'Video call', takeaways: 'Loves the impact', path: 'data scientist, healthcare', interest: '5' }),
    meetingRow({ meetingId: 'M-0004', contactId: 'C-0003', contact: 'Cy Dunn', date: '2026-02-25', type: 'Email', takeaways: 'Partners work weekends', path: 'auditor in accounting', interest: '2' }),
  ]);
  a.main.menuSetUpTracker();
  return a;
}

const dashboard = (a: Addon) => readTab(a.h, 'Dashboard').map((r) => r.map(String));

describe('logging a meeting with its path', () => {
  it('writes Path and Interest (1-5) to the Meetings row, the path as text', () => {
    const a = seeded();
    const r = a.api.logMeeting({ contactId: 'C-0004', date: '2026-03-02', type: 'Coffee', durationMin: '', takeaways: 'Start with SQL', advice: '', referralsGiven: '', thankYouSent: '', followUpAgreed: '', nextFollowUp: '', notes: '', path: '  =Data   scientist · Healthcare ', interest: '4' });
    expect(r.ok).toBe(true);
    const row = rowsByHeader(a.h, 'Meetings').at(-1)!;
    expect(row).toMatchObject({ Contact: 'Di Moss', Path: '=Data scientist · Healthcare', 'Interest (1-5)': '4' });
    expect(a.h.sheet('Meetings').getRange(6, PATH + 1).getFormula()).toBe('');
  });

  it('gives a meeting logged without the question (interview mode) the contact’s Title in their Industry', () => {
    const a = seeded();
    const r = a.api.logMeeting({ contactId: 'C-0004', date: '2026-03-02', type: 'Coffee', durationMin: '', takeaways: '', advice: '', referralsGiven: '', thankYouSent: '', followUpAgreed: '', nextFollowUp: '', notes: '' });
    expect(r.ok).toBe(true);
    expect(rowsByHeader(a.h, 'Meetings').at(-1)).toMatchObject({ Path: 'Data scientist · Healthcare', 'Interest (1-5)': '' });
    // Cleared on the form: no path.
    a.api.logMeeting({ contactId: 'C-0004', date: '2026-03-03', type: 'Coffee', durationMin: '', takeaways: '', advice: '', referralsGiven: '', thankYouSent: '', followUpAgreed: '', nextFollowUp: '', notes: '', path: '', interest: '' });
    expect(rowsByHeader(a.h, 'Meetings').at(-1)).toMatchObject({ Path: '' });
  });

  it('refuses an interest outside 1 to 5 and writes nothing', () => {
    const a = seeded();
    const before = readTab(a.h, 'Meetings').length;
    const r = a.api.logMeeting({ contactId: 'C-0004', date: '2026-03-02', type: 'Coffee', durationMin: '', takeaways: '', advice: '', referralsGiven: '', thankYouSent: '', followUpAgreed: '', nextFollowUp: '', notes: '', path: 'x', interest: '7' });
    expect(r).toMatchObject({ ok: false, errors: { interest: expect.stringContaining('1 to 5') } });
    expect(readTab(a.h, 'Meetings')).toHaveLength(before);
  });

  it('offers the earlier paths and each contact’s Title in their Industry', () => {
    const a = seeded();
    const c = a.api.getPathChoices();
    expect(c.names).toEqual(['Data scientist · Healthcare', 'Auditor · Accounting']);
    expect(c.defaults['C-0002']).toBe('Data Scientist · healthcare');
  });
});

describe('set-up on an older Meetings tab', () => {
  it('adds Path and Interest (1-5) at the end, every cell kept', () => {
    const a = addon();
    sheetWith(a.h, 'Contacts', [CONTACT_HEADERS, contactRow({ contactId: 'C-0001', name: 'Ana Ruiz' })]);
    const old = ['Meeting ID', 'Contact ID', 'Contact', 'Date', 'Type', 'Duration (min)', 'Takeaways', 'Advice', 'Referrals given', 'Thank-you sent', 'Follow-up agreed', 'Notes'];
    sheetWith(a.h, 'Meetings', [old, ['M-0001', 'C-0001', 'Ana Ruiz', '2026-01-10', 'Coffee', 30, 'SQL', '', '', '', '', 'my note']]);
    a.main.menuSetUpTracker();
    const rows = readTab(a.h, 'Meetings');
    expect(rows[0]).toEqual([...old, 'Path', 'Interest (1-5)']);
    expect(rows[1].slice(0, 12).map(String).slice(-1)).toEqual(['my note']);
    expect(rows[1].slice(12)).toEqual(['', '']);
    expect(a.h.ui.toasts.at(-1)!.message).toMatch(/Added 2 columns to Meetings: Path, Interest \(1-5\)/);
  });
});

describe('the Paths view', () => {
  it('groups forgivingly, with trend, takeaways and next step; a falling path is explored', () => {
    const a = seeded();
    const v = a.api.getPaths();
    expect(v.paths.map((p) => [p.name, p.conversations, p.people, p.latestInterest, p.trend, p.explored])).toEqual([
      ['Data scientist · Healthcare', 2, ['Ana Ruiz', 'Ben Ode'], 5, 'rising', false],
      ['Auditor · Accounting', 2, ['Cy Dunn'], 2, 'falling', true],
    ]);
    const ds = v.paths[0];
    expect(ds.takeaways.map((t) => t.text)).toEqual(['Loves the impact', 'Clinical data is messy']);
    // Di (To contact) and Eve (Contacted) share the path and are not met yet.
    expect(ds.nextStep.candidates.map((c) => c.name)).toEqual(['Di Moss', 'Eve Park']);
    expect(ds.nextStep.text).toMatch(/two more people/);
    expect(v.paths[1].nextStep.kind).toBe('explored');
  });

  it('renames a path by rewriting only its Path cells, every spelling of it; the Dashboard and the reply show the new name', () => {
    const a = seeded();
    const before = readTab(a.h, 'Meetings');
    const key = a.api.getPaths().paths[0].key;
    const dashboardPaths = () => readTab(a.h, 'Dashboard').map((row) => String(row[0])).filter((v) => /health|Data scientist/i.test(v));
    expect(dashboardPaths()).toEqual(['Data scientist · Healthcare']);
    const r = a.api.renamePath({ fromKey: key, to: 'Health data science' });
    expect(r).toMatchObject({ ok: true, message: 'Renamed to "Health data science": 2 meetings changed.', changed: 2 });
    // The Paths view as it now stands comes with the reply: the panel does not ask again.
    expect(r.ok && r.view).toEqual(a.api.getPaths());
    // The same execution rewrote the Dashboard's paths: it never shows the old name.
    expect(dashboardPaths()).toEqual(['Health data science']);
    const after = readTab(a.h, 'Meetings');
    expect(after.map((row) => row[PATH])).toEqual(['Path', 'Health data science', 'Auditor · Accounting', 'Health data science', 'auditor in accounting']);
    // Every other cell is as it was.
    const without = (rows: unknown[][]) => rows.map((row) => row.filter((_, i) => i !== PATH).map(String));
    expect(without(after)).toEqual(without(before));
    expect(a.api.getPaths().paths[0].name).toBe('Health data science');
  });

  it('merges a path into another, which then counts all their conversations', () => {
    const a = seeded();
    const auditor = a.api.getPaths().paths[1];
    const r = a.api.renamePath({ fromKey: auditor.key, to: 'Data scientist · Healthcare' });
    expect(r).toMatchObject({ ok: true, changed: 2, message: expect.stringMatching(/^Merged into/) });
    const paths = a.api.getPaths().paths;
    expect(paths).toHaveLength(1);
    expect(paths[0].conversations).toBe(4);
  });

  it('says so when the path is gone or the new name is empty', () => {
    const a = seeded();
    expect(a.api.renamePath({ fromKey: 'no such path', to: 'X' })).toMatchObject({ ok: false });
    expect(a.api.renamePath({ fromKey: a.api.getPaths().paths[0].key, to: '  · ' })).toMatchObject({ ok: false, error: expect.stringContaining('new name') });
  });
});

describe('the Dashboard’s paths', () => {
  it('has a paths table and a line chart of interest per path matching the Meetings tab', () => {
    const a = seeded();
    const rows = dashboard(a);
    const at = rows.findIndex((r) => r[0] === 'Career paths (Path and Interest in Meetings)');
    expect(rows[at + 1]).toEqual(['Path', 'Conversations', 'Latest interest', 'Next step', 'Recent takeaways']);
    expect(rows[at + 2].slice(0, 3)).toEqual(['Data scientist · Healthcare', '2 with Ana Ruiz, Ben Ode', '5 of 5, rising']);
    expect(rows[at + 2][3]).toContain('Di Moss and Eve Park');
    expect(rows[at + 2][4]).toBe('“Loves the impact” (Ben Ode, 2026-02-05)\n“Clinical data is messy” (Ana Ruiz, 2026-01-10)');
    expect(rows[at + 3].slice(0, 3)).toEqual(['Auditor · Accounting', '2 with Cy Dunn', '2 of 5, falling (explored)']);
    const head = rows.findIndex((r) => r[0] === 'Date');
    expect(rows.slice(head, head + 5).map((r) => r.slice(0, 3))).toEqual([
      ['Date', 'Data scientist · Healthcare', 'Auditor · Accounting'],
      ['2026-01-10', '3', ''],
      ['2026-01-20', '', '4'],
      ['2026-02-05', '5', ''],
      ['2026-02-25', '', '2'],
    ]);
    const charts = chartsOn(a.h.sheet('Dashboard'));
    expect(charts).toHaveLength(3);
    const line = charts[2];
    expect([line.type, line.ranges, line.options.title, line.anchorRow, line.anchorCol]).toEqual(['LINE', [`Dashboard!A${head + 1}:C${head + 5}`], 'Interest per path (1-5)', at + 1, 6]);
  });

  it('updates the table and the same chart when a meeting is logged, instead of adding a copy', () => {
    const a = seeded();
    const before = chartsOn(a.h.sheet('Dashboard')).map((c) => c.id);
    a.api.logMeeting({ contactId: 'C-0005', date: '2026-03-03', type: 'Coffee', durationMin: '', takeaways: 'Regulation slows things', advice: '', referralsGiven: '', thankYouSent: '', followUpAgreed: '', nextFollowUp: '', notes: '', path: 'Data Scientist - Healthcare', interest: '4' });
    a.main.menuRefreshFollowUps();
    const charts = chartsOn(a.h.sheet('Dashboard'));
    expect(charts.map((c) => c.id)).toEqual(before);
    const rows = dashboard(a);
    const ds = rows.find((r) => r[0] === 'Data scientist · Healthcare')!;
    expect(ds.slice(1, 3)).toEqual(['3 with Ana Ruiz, Ben Ode, Eve Park', '4 of 5, falling (explored)']);
    const head = rows.findIndex((r) => r[0] === 'Date');
    expect(charts[2].ranges).toEqual([`Dashboard!A${head + 1}:C${head + 6}`]);
    expect(rows[head].slice(0, 3)).toEqual(['Date', 'Data scientist · Healthcare', 'Auditor · Accounting']);
    expect(rows[head + 5].slice(0, 3)).toEqual(['2026-03-03', '4', '']);
  });

  it('in the save that logs a meeting on a new date, updates only the chart whose table grew, as the full refresh would', () => {
    const a = seeded();
    const before = chartsOn(a.h.sheet('Dashboard'));
    a.h.calls.reset();
    a.api.logMeeting({ contactId: 'C-0005', date: '2026-03-03', type: 'Coffee', durationMin: '', takeaways: 'Regulation slows things', advice: '', referralsGiven: '', thankYouSent: '', followUpAgreed: '', nextFollowUp: '', notes: '', path: 'Data Scientist - Healthcare', interest: '4' });
    expect(a.h.calls.byMethod['Sheet.updateChart']).toBe(1);
    expect(a.h.calls.byMethod['Sheet.getCharts']).toBe(1);
    const afterSave = chartsOn(a.h.sheet('Dashboard'));
    // The funnel and monthly charts untouched; the line chart reads the grown table.
    expect(afterSave.slice(0, 2)).toEqual(before.slice(0, 2));
    expect(afterSave[2].id).toBe(before[2].id);
    expect(afterSave[2].ranges).not.toEqual(before[2].ranges);
    // What the daily check's full look at every chart makes of it: the same.
    a.main.menuRefreshFollowUps();
    expect(chartsOn(a.h.sheet('Dashboard'))).toEqual(afterSave);
  });

  it('shows no paths chart before any meeting has a path, and removes it when the paths go', () => {
    const a = seeded();
    const sheet = a.h.sheet('Meetings');
    sheet.getRange(2, PATH + 1, 4, 2).setValues([['', ''], ['', ''], ['', ''], ['', '']]);
    a.api.openDashboardTab();
    expect(chartsOn(a.h.sheet('Dashboard')).map((c) => c.type)).toEqual(['BAR', 'COLUMN']);
    expect(dashboard(a).some((r) => r[0].startsWith('No path yet'))).toBe(true);
  });
});

describe('Prepare questions for a path met before', () => {
  it('knows the path and what was asked anyone in it', () => {
    const a = seeded();
    addonTabWith(a, 'questions', [
      ['Contact ID', 'Contact', 'Order', 'Category', 'Question', 'Asked', 'Answer notes', 'Prepared on', 'Meeting ID'],
      ['C-0001', 'Ana Ruiz', 1, 'Challenges', 'What is the hardest part of this work that people outside it rarely hear about?', true, '', '', ''],
      ['C-0003', 'Cy Dunn', 1, 'Advice', 'What would you tell your younger self?', true, '', '', ''],
    ]);
    const ctx = a.api.getQuestionsContext('C-0004');
    expect(ctx.path).toEqual({ name: 'Data scientist · Healthcare', conversations: 2, people: 2, askedInPath: ['What is the hardest part of this work that people outside it rarely hear about?'] });
    expect(a.api.getQuestionsContext('C-0003').path).toMatchObject({ name: 'Auditor · Accounting', askedInPath: ['What would you tell your younger self?'] });
  });
});

describe('logging a path on a Meetings tab set up before the two columns', () => {
  it('saves the meeting and says the path was not saved and how to add the column', () => {
    const a = addon();
    sheetWith(a.h, 'Contacts', [CONTACT_HEADERS, contactRow({ contactId: 'C-0001', name: 'Ana Ruiz', title: 'Nurse', industry: 'Healthcare', email: 'ana@x.com', howFound: 'LinkedIn', status: 'Contacted' })]);
    a.main.menuSetUpTracker();
    const sheet = a.h.sheet('Meetings');
    sheet.deleteColumns(PATH + 1, 2);
    const r = a.api.logMeeting({ contactId: 'C-0001', date: '2026-03-01', type: 'Coffee', durationMin: '', takeaways: 'x', advice: '', referralsGiven: '', thankYouSent: '', followUpAgreed: '', nextFollowUp: '', notes: 'n', path: 'Nurse · Healthcare', interest: '4' });
    expect(r).toMatchObject({ ok: true, message: expect.stringContaining('Not saved: the path and the interest, because the Meetings tab has no Path or Interest (1-5) column yet. Run Set up tracker') });
    expect(rowsByHeader(a.h, 'Meetings')).toEqual([expect.objectContaining({ Contact: 'Ana Ruiz', Notes: 'n' })]);
  });
});

describe('the cost of the paths on a refresh', () => {
  function callsWith(n: number): number {
    const a = addon();
    sheetWith(a.h, 'Contacts', [CONTACT_HEADERS, contactRow({ contactId: 'C-0001', name: 'Ana Ruiz', status: 'Met' })]);
    const paths = ['Law', 'Nursing · Healthcare', 'Data scientist, healthcare', 'Teaching', 'Auditor'];
    const rows = Array.from({ length: n }, (_, i) => meetingRow({ meetingId: `M-${i + 1}`, contactId: 'C-0001', contact: 'Ana Ruiz', date: `2026-0${1 + (i % 2)}-${String(1 + (i % 28)).padStart(2, '0')}`, type: 'Coffee', path: paths[i % paths.length], interest: String(1 + (i % 5)) }));
    sheetWith(a.h, 'Meetings', [MEETING_HEADERS, ...rows]);
    a.main.menuSetUpTracker();
    a.h.calls.reset();
    a.api.openDashboardTab();
    return a.h.calls.total;
  }

  it('makes the same number of Spreadsheet calls for 10 meetings with paths as for 400', () => {
    expect(callsWith(400)).toBe(callsWith(10));
  });
});
