// Real trackers students bring (test/fixtures/trackers): set-up adopts them
// where their header really is, and neither set-up nor the follow-up check
// changes a single cell the student wrote.
import { readFileSync } from 'fs';
import { join } from 'path';
import { readTab, sheetWith, validationJSON } from '../../../fakes';
import { addon, type Addon } from '../support';

interface Fixture {
  about: string;
  tabs: Record<string, unknown[][]>;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A fixture's tabs in a fresh spreadsheet; yyyy-MM-dd cells are dates, as typed in Sheets. */
function load(name: string): { a: Addon; fixture: Fixture } {
  const fixture = JSON.parse(readFileSync(join(__dirname, '../../fixtures/trackers', `${name}.json`), 'utf8')) as Fixture;
  const a = addon();
  for (const [tab, rows] of Object.entries(fixture.tabs)) {
    sheetWith(
      a.h,
      tab,
      rows.map((r) => r.map((v) => (typeof v === 'string' && ISO.test(v) ? new Date(+v.slice(0, 4), +v.slice(5, 7) - 1, +v.slice(8, 10)) : v))),
    );
  }
  return { a, fixture };
}

/** Every cell the student had, as Sheets gives it back. */
function snapshot(a: Addon, tab: string, rows: number, cols: number): unknown[][] {
  return readTab(a.h, tab)
    .slice(0, rows)
    .map((r) => r.slice(0, cols));
}

function setUpAndRefresh(a: Addon): void {
  a.main.menuSetUpTracker();
  a.api.refreshFollowUps();
  a.main.menuSetUpTracker();
  a.api.refreshFollowUps();
}

function expectNoCellChanged(name: string, tab: string): Addon {
  const { a, fixture } = load(name);
  const rows = fixture.tabs[tab];
  const before = snapshot(a, tab, rows.length, rows[0].length);
  setUpAndRefresh(a);
  expect(snapshot(a, tab, rows.length, rows[0].length)).toEqual(before);
  return a;
}

const isoOf = (v: unknown) => (Object.prototype.toString.call(v) === '[object Date]' ? new Date((v as Date).getTime()).toISOString().slice(0, 10) : String(v)); // midnight in New York is that day in UTC
const headerOf = (a: Addon, tab: string, row: number) => readTab(a.h, tab)[row - 1].map(String);
const column = (a: Addon, tab: string, row: number, header: string) => headerOf(a, tab, row).indexOf(header) + 1;

describe('a tracker with a title row above its header (row 3)', () => {
  const TAB = 'Networking – Spring 2026';

  it('is adopted, and no original cell changes through set-up and refresh, twice', () => {
    const a = expectNoCellChanged('title-row', TAB);
    expect(a.h.spreadsheet.getSheetByName('Contacts')).toBeNull();
  });

  it('gets its new columns on the header row, nothing written above it', () => {
    const { a } = load('title-row');
    setUpAndRefresh(a);
    const all = readTab(a.h, TAB);
    expect(all[2]).toEqual(expect.arrayContaining(['Contact ID', 'Next action (Info Interviews)', 'Action due']));
    for (const row of all.slice(0, 2)) expect(row.slice(12).every((v) => v === '')).toBe(true);
    expect(a.h.sheet(TAB).getFrozenRows()).toBe(3);
  });

  it('gives the data rows IDs and its own follow-up suggestions, leaving the student’s Next Action as typed', () => {
    const { a } = load('title-row');
    setUpAndRefresh(a);
    const sheet = a.h.sheet(TAB);
    const id = column(a, TAB, 3, 'Contact ID');
    expect(sheet.getRange(4, id, 4, 1).getValues().map((r) => String(r[0]))).toEqual(['C-0001', 'C-0002', 'C-0003', 'C-0004']);
    expect(sheet.getRange(1, id, 3, 1).getValues().map((r) => r[0])).toEqual(['', '', 'Contact ID']);
    const mine = column(a, TAB, 3, 'Next Action');
    expect(sheet.getRange(4, mine, 4, 1).getValues().map((r) => r[0])).toEqual(['Ask about the team', 'Send CV', '', 'Prepare questions']);
    // Ben's follow-up date (2026-03-01) has passed: the add-on's own column says so.
    const own = column(a, TAB, 3, 'Next action (Info Interviews)');
    expect(String(sheet.getRange(5, own).getValue())).toMatch(/overdue/);
  });

  it('keeps contact_title as Title beside the job sought (role), and recognises the loose headers', () => {
    const { a } = load('title-row');
    a.main.menuSetUpTracker();
    const toast = a.h.ui.toasts.at(-1)!.message;
    expect(toast).toContain('Using your "Networking – Spring 2026" tab for your contacts (its header is on row 3; the rows above it are left as they are).');
    expect(toast).toContain('"Company Name" as Company');
    expect(toast).toContain('"Contact Name" as Name');
    expect(toast).toContain('"contact_title" as Title');
    expect(toast).toContain('"E-mail" as Email');
    expect(toast).toContain('"Follow-up Date" as Next follow-up');
    expect(toast).toContain('"Last Contact Date" as Last contact');
    expect(toast).toContain('"Comments / Notes" as Notes');
    expect(toast).toContain('"linkedin_url" as LinkedIn');
    expect(toast).toContain('Left alone, as yours: "role", "Next Action".');
    expect(toast).toContain('"Next Action" stays yours: the add-on writes its suggestions in its own "Next action (Info Interviews)" column instead.');
  });

  it('puts a drop-down on the student’s Status that warns and accepts their own words', () => {
    const { a } = load('title-row');
    setUpAndRefresh(a);
    const status = column(a, TAB, 3, 'Status');
    const rule = validationJSON(a.h.sheet(TAB).getRange(4, status).getDataValidation()!);
    expect(rule).toMatchObject({ criteria: 'VALUE_IN_LIST', allowInvalid: true });
    expect(a.h.sheet(TAB).getRange(1, status, 3, 1).getDataValidations().flat()).toEqual([null, null, null]);
    // A new contact's Status column on a tab the add-on made still refuses other words.
    const fresh = addon();
    fresh.main.menuSetUpTracker();
    const freshStatus = column(fresh, 'Contacts', 1, 'Status');
    expect(validationJSON(fresh.h.sheet('Contacts').getRange(2, freshStatus).getDataValidation()!).allowInvalid).toBe(false);
  });

  it('saves a contact from the sidebar below the student’s rows, under the right headers', () => {
    const { a } = load('title-row');
    a.main.menuSetUpTracker();
    expect(a.api.saveContact({ contactId: '', fields: { name: 'Eve Ito', company: 'Wayne' } })).toMatchObject({ ok: true });
    const all = readTab(a.h, TAB);
    const last = all[all.length - 1];
    expect(last[all[2].indexOf('Contact Name')]).toBe('Eve Ito');
    expect(last[all[2].indexOf('Company Name')]).toBe('Wayne');
    expect(all.length).toBe(8);
  });

  it('lets the student save one field of a contact whose Status is in their own words, and still refuses a bad value typed now', () => {
    const { a } = load('title-row');
    setUpAndRefresh(a);
    const status = column(a, TAB, 3, 'Status');
    const follow = column(a, TAB, 3, 'Follow-up Date');
    // Chen's Status is "Rejected" and How found was never filled in: neither is what this save changes.
    expect(a.api.saveContact({ contactId: 'C-0003', fields: { status: 'Rejected', nextFollowUp: '2026-09-01' } })).toMatchObject({ ok: true, changed: ['Next follow-up'] });
    expect(a.h.sheet(TAB).getRange(6, status).getValue()).toBe('Rejected');
    expect(isoOf(a.h.sheet(TAB).getRange(6, follow).getValue())).toBe('2026-09-01');
    const bad = a.api.saveContact({ contactId: 'C-0003', fields: { status: 'Rejected', email: 'chen@@initech' } });
    expect(bad).toMatchObject({ ok: false });
    expect(Object.keys((bad as { errors: Record<string, string> }).errors)).toEqual(['email']);
    // Moving the Status on is a change: then How found has to be there, as for anyone.
    expect(a.api.saveContact({ contactId: 'C-0003', fields: { status: 'Contacted' } })).toMatchObject({ ok: false, errors: { howFound: expect.stringContaining('How found is empty') } });
  });

  it('re-plans a contact saved from the sidebar on that contact’s own row, never on the rows above the header', () => {
    const { a } = load('title-row');
    setUpAndRefresh(a);
    const top = readTab(a.h, TAB).slice(0, 3);
    const own = column(a, TAB, 3, 'Next action (Info Interviews)');
    // Chen (sheet row 6), contacted a month ago with no reply: his row says a follow-up is overdue at once.
    expect(String(a.h.sheet(TAB).getRange(6, own).getValue())).toBe('');
    const fields = { status: 'Contacted', howFound: 'Other', nextFollowUp: '2026-01-05' };
    expect(a.api.saveContact({ contactId: 'C-0003', fields })).toMatchObject({ ok: true });
    expect(String(a.h.sheet(TAB).getRange(6, own).getValue())).toMatch(/^Send a polite follow-up \(due .*overdue\)$/);
    expect(readTab(a.h, TAB).slice(0, 3)).toEqual(top);
    // And it is what the daily check would write there.
    const saved = readTab(a.h, TAB);
    a.api.refreshFollowUps();
    expect(readTab(a.h, TAB)).toEqual(saved);
  });
});

describe('importing into a tracker whose header is on row 3', () => {
  it('reads the contacts at their real rows and appends new ones below, under the student’s headers', () => {
    const { a } = load('title-row');
    a.main.menuSetUpTracker();
    const ctx = a.api.getImportContext();
    expect(ctx.contacts.map((c) => [c.row, c.name])).toEqual([
      [4, 'Ana Ruiz'],
      [5, 'Ben Okafor'],
      [6, 'Chen Li'],
      [7, 'Dana Ng'],
    ]);
    const r = a.api.importContacts({
      format: 'linkedin',
      add: [{ line: 5, contact: { name: 'Eve Ito', email: 'urn:li:member:123456789', company: 'Wayne' } }],
      fill: [{ line: 6, target: { contactId: ctx.contacts[1].contactId, row: 5, name: 'Ben Okafor', company: 'Globex', email: '', linkedin: '' }, fields: { email: 'ben@globex.com' } }],
    });
    expect(r).toMatchObject({ added: 1, filled: 1, problems: [] });
    const all = readTab(a.h, 'Networking – Spring 2026');
    const header = all[2];
    expect(all[7][header.indexOf('Contact Name')]).toBe('Eve Ito');
    expect(all[7][header.indexOf('E-mail')]).toBe('');
    expect(all[4][header.indexOf('E-mail')]).toBe('ben@globex.com');
    expect(all.slice(0, 2).flat().filter((v) => v !== '')).toEqual(['Networking – Spring 2026']);
  });
});

describe('a tracker with four rows of titles and group labels (header on row 5)', () => {
  const TAB = 'Tracker';

  it('is adopted, and no original cell changes through set-up and refresh, twice', () => {
    const a = expectNoCellChanged('group-labels', TAB);
    expect(headerOf(a, TAB, 5)).toContain('Contact ID');
    expect(headerOf(a, TAB, 4).slice(8).every((h) => h === '')).toBe(true);
  });

  it('leaves Next Step and Action to the student and adds its own Next action', () => {
    const { a } = load('group-labels');
    a.main.menuSetUpTracker();
    const toast = a.h.ui.toasts.at(-1)!.message;
    expect(toast).toContain('"Company Name - link to company page" as Company');
    expect(toast).toContain('"Contact" as Name');
    expect(toast).toContain('"Notes " as Notes'.replace('"Notes " as Notes', '"Notes"'));
    expect(toast).toContain('Left alone, as yours: "Next Step", "Action".');
    expect(headerOf(a, TAB, 5)).toContain('Next action');
  });
});

describe('a tracker in an export’s spelling (header on row 1)', () => {
  it('is adopted, and no original cell changes through set-up and refresh, twice', () => {
    const a = expectNoCellChanged('snake-case', 'contacts_export');
    const toast = a.h.ui.toasts.find((t) => t.message.includes('Using your'))!.message;
    expect(toast).toContain('"full_name" as Name');
    expect(toast).toContain('"contact_title" as Title');
    expect(toast).toContain('"role"');
    expect(toast).toMatch(/Left alone, as yours: "role", "Next Action"\./);
  });
});

describe('when more than one tab, or no tab clearly, could be the tracker', () => {
  it('asks which tab, listing them, and adopts the one chosen without changing a cell', () => {
    const { a, fixture } = load('two-candidates');
    const before = snapshot(a, 'Spring list', 2, 4);
    const other = snapshot(a, 'Fall list', 2, 4);
    a.h.ui.responses.push({ button: 'OK', text: '2' });
    a.main.menuSetUpTracker();
    const prompt = a.h.ui.prompts.at(-1)!;
    expect(prompt.title).toBe('Which tab is your tracker?');
    expect(prompt.prompt).toContain('1. Fall list\n2. Spring list');
    expect(headerOf(a, 'Spring list', 1)).toContain('Contact ID');
    expect(headerOf(a, 'Fall list', 1)).toEqual(fixture.tabs['Fall list'][0]);
    a.api.refreshFollowUps();
    a.main.menuSetUpTracker();
    expect(a.h.ui.prompts).toHaveLength(1); // remembered
    expect(snapshot(a, 'Spring list', 2, 4)).toEqual(before);
    expect(readTab(a.h, 'Fall list')).toEqual(other);
  });

  it('accepts the tab’s name too, and Cancel stops set-up with nothing changed', () => {
    const { a } = load('two-candidates');
    a.h.ui.responses.push({ button: 'CANCEL', text: '' });
    a.main.menuSetUpTracker();
    expect(a.h.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Sheet1', 'Fall list', 'Spring list']);
    a.h.ui.responses.push({ button: 'OK', text: 'fall list' });
    a.main.menuSetUpTracker();
    expect(headerOf(a, 'Fall list', 1)).toContain('Contact ID');
  });

  it('asks from the home page’s Set up too, and a Cancel there is said in the reply', () => {
    const { a } = load('two-candidates');
    a.h.ui.responses.push({ button: 'CANCEL', text: '' });
    expect(a.api.setUpFromSidebar().summary).toBe('Set up tracker stopped: nothing was changed. Run it again when you know which tab holds your contacts.');
    a.h.ui.responses.push({ button: 'OK', text: '1' });
    expect(a.api.setUpFromSidebar().summary).toContain('Using your "Fall list" tab for your contacts.');
  });

  it('asks when no tab clearly is one; an empty answer makes a new Contacts tab and leaves People alone', () => {
    const { a, fixture } = load('unclear');
    a.h.ui.responses.push({ button: 'OK', text: '' });
    a.main.menuSetUpTracker();
    expect(a.h.ui.prompts.at(-1)!.prompt).toContain('1. People');
    expect(a.h.ui.prompts.at(-1)!.prompt).not.toContain('Budget');
    expect(readTab(a.h, 'People')).toEqual(fixture.tabs.People);
    expect(a.h.spreadsheet.getSheetByName('Contacts')).not.toBeNull();
  });
});
