// One contact's whole life, driven only by the home page's buttons and the
// clock: contacted → no reply for a week → follow-up sent → scheduled → met →
// thanked → their referral met → told the referrer → 90 days → checked in.
// After every click the sheet's Next action, Action due and highlights are
// what Refresh follow-ups would write: the sheet never lags the sidebar.
import type { Browser, Page } from 'playwright-core';
import { readTab, ruleJSON, sheetWith } from '../../../fakes';
import { MEETING_COLUMNS } from '../../../src/shared/schema';
import { useBrowser } from '../../support/browser';
import { openSidebar } from '../../support/sidebar-page';
import { dateCell } from '../../support/tracker-seed';
import { ROUND_TRIPS, tripsSince } from '../../support/round-trips';
import { addon, contactRow, rowsByHeader, CONTACT_HEADERS, type Addon } from '../../server/support';

let browser: Browser;
useBrowser((b) => (browser = b));

const PROFILE = { name: 'Ada Lovelace', school: 'State University', areaOfStudy: 'Economics', graduationYear: '2027', currentStatus: 'Industry research', introduction: '' };

let now = Date.UTC(2026, 2, 2, 15);
/** Sets the clock to a day at 10:00 in New York. */
function setDay(iso: string): void {
  const [y, m, d] = iso.split('-').map(Number);
  now = Date.UTC(y, m - 1, d, 15);
}

function isoOf(v: unknown): string {
  return v instanceof Date || Object.prototype.toString.call(v) === '[object Date]' ? new Date((v as Date).getTime()).toISOString().slice(0, 10) : String(v ?? '');
}

/** The add-on's highlight a row gets today, by its rules: overdue, due today, meeting within 2 days. */
function highlightOf(row: Record<string, unknown>, today: string): string {
  const due = isoOf(row['Action due']);
  const meeting = isoOf(row['Meeting date']);
  if (due && due < today) return 'overdue';
  if (due && due === today) return 'today';
  const inTwo = new Date(Date.parse(today) + 2 * 86400000).toISOString().slice(0, 10);
  return meeting && meeting >= today && meeting <= inTwo ? 'meeting' : '';
}

function planned(a: Addon, ids: string[], today: string) {
  return rowsByHeader(a.h, 'Contacts')
    .filter((r) => ids.includes(String(r['Contact ID'])))
    .map((r) => ({ id: r['Contact ID'], next: r['Next action'], due: isoOf(r['Action due']), highlight: highlightOf(r, today) }));
}

/** After a click: the rows it touched equal what Refresh follow-ups writes, and the highlight rules are the ones it keeps. */
async function expectFresh(a: Addon, ids: string[], today: string, expected: Record<string, string>): Promise<void> {
  const after = planned(a, ids, today);
  const rules = () => JSON.stringify(a.h.sheet('Contacts').getConditionalFormatRules().map(ruleJSON));
  const before = rules();
  a.api.refreshFollowUps();
  expect(planned(a, ids, today)).toEqual(after);
  expect(rules()).toEqual(before);
  for (const [id, next] of Object.entries(expected)) expect(after.find((r) => r.id === id)?.next).toBe(next);
}

async function click(page: Page, group: string, button: string): Promise<void> {
  await page.getByRole('group', { name: group }).getByRole('button', { name: button }).click();
}

async function home(page: Page): Promise<void> {
  await page.getByRole('button', { name: '← Home' }).click();
  await page.getByRole('heading', { name: 'Follow-ups' }).waitFor();
}

async function nextDay(page: Page, iso: string): Promise<void> {
  setDay(iso);
  await page.reload();
  await page.getByRole('heading', { name: 'Follow-ups' }).waitFor();
}

async function logMeetingFromForm(page: Page, takeaways: string): Promise<void> {
  await page.getByRole('heading', { name: 'Log a meeting' }).waitFor();
  await page.getByLabel('Type').selectOption('Coffee');
  await page.getByLabel('Takeaways').fill(takeaways);
  await page.getByRole('button', { name: 'Log meeting' }).click();
  await page.getByRole('heading', { name: 'Meeting logged' }).waitFor();
}

describe('a contact’s life on the home page', () => {
  it('moves through every follow-up with one click each, and the sheet agrees with Refresh after every click', async () => {
    const a = addon({ now: () => now });
    sheetWith(a.h, 'Contacts', [
      CONTACT_HEADERS,
      contactRow({ contactId: 'C-0001', name: 'Ana Ruiz', email: 'ana@acme.com', company: 'Acme', howFound: 'Alumni network', status: 'To contact' }),
      // Ana's referral, reachable only on LinkedIn, already scheduled; Referred by holds a name as a student types it.
      contactRow({ contactId: 'C-0002', name: 'Dee Park', linkedin: 'https://www.linkedin.com/in/dee-park', howFound: 'Referral', referredBy: 'Ana Ruiz', status: 'Scheduled', meetingDate: dateCell('2026-03-25') }),
    ]);
    sheetWith(a.h, 'Meetings', [MEETING_COLUMNS.map((c) => c.header)]);
    a.main.menuSetUpTracker();
    a.api.saveSettings({ profile: PROFILE, rules: {} });
    a.main.menuOpenSidebar();
    const { page, errors, calls } = await openSidebar(browser, a.h, a.gas);
    await page.getByRole('heading', { name: 'Follow-ups' }).waitFor();
    const trips = ROUND_TRIPS['Home: mark done'];
    expect(tripsSince(calls, 0)).toEqual(trips.open);

    // Contacted: from home's Draft outreach.
    await page.getByRole('region', { name: 'Tasks' }).getByRole('button', { name: 'Draft outreach' }).click();
    await page.getByLabel('Contact', { exact: true }).selectOption('C-0001');
    await page.getByRole('button', { name: 'Mark as contacted' }).click();
    await page.getByText(/Ana Ruiz: marked as contacted/).waitFor();
    await expectFresh(a, ['C-0001'], '2026-03-02', { 'C-0001': 'Send a polite follow-up (due 2026-03-09, in 7 days)' });
    await home(page);

    // No reply for a week: the polite follow-up, drafted in place, referring to the first message.
    await nextDay(page, '2026-03-10');
    await click(page, 'Send a polite follow-up: Ana Ruiz', 'Draft follow-up');
    expect(await page.getByLabel('Message').inputValue()).toMatch(/the message I sent you on Monday, March 2/);
    await page.getByRole('button', { name: 'Mark sent' }).click();
    await page.getByText(/Ana Ruiz: follow-up sent on/).waitFor();
    expect(rowsByHeader(a.h, 'Contacts')[0]['Status']).toBe('Follow-up sent');
    await expectFresh(a, ['C-0001'], '2026-03-10', { 'C-0001': 'Try another channel or mark No response (due 2026-03-17, in 7 days)' });

    // Still quiet a week later; then they reply and a meeting is scheduled.
    await nextDay(page, '2026-03-17');
    await click(page, 'Try another channel or mark No response: Ana Ruiz', 'They replied: schedule');
    await page.getByLabel('Meeting date').fill('2026-03-20');
    await page.getByRole('button', { name: 'Mark scheduled' }).click();
    await page.getByText(/Status is now Scheduled/).waitFor();
    expect(await page.getByRole('group', { name: 'Try another channel or mark No response: Ana Ruiz' }).count()).toBe(0);
    await expectFresh(a, ['C-0001'], '2026-03-17', { 'C-0001': '' });

    // The meeting day: log it from the item.
    await nextDay(page, '2026-03-20');
    await click(page, 'Log the meeting: Ana Ruiz', 'Log the meeting');
    await logMeetingFromForm(page, 'Analysts learn SQL on the job.');
    await expectFresh(a, ['C-0001'], '2026-03-20', { 'C-0001': 'Send thank-you note (due 2026-03-21, in 1 day)' });
    await home(page);

    // The next day: thanked.
    await nextDay(page, '2026-03-21');
    const before = calls.length;
    await click(page, 'Send thank-you note: Ana Ruiz', 'Mark thank-you sent');
    await page.getByText(/Status is now Thanked/).waitFor();
    // The mark brings back the home items: the item leaves the list with no second call.
    await page.waitForTimeout(300);
    expect(tripsSince(calls, before)).toEqual([...trips.save, ...trips.next]);
    await expectFresh(a, ['C-0001'], '2026-03-21', { 'C-0001': '' });

    // Their referral met.
    await nextDay(page, '2026-03-25');
    await click(page, 'Log the meeting: Dee Park', 'Log the meeting');
    await logMeetingFromForm(page, 'Product analysts spend half their time with customers.');
    await expectFresh(a, ['C-0001', 'C-0002'], '2026-03-25', { 'C-0002': 'Send thank-you note (due 2026-03-26, in 1 day)' });
    await home(page);

    // Two days on, Dee's row owes a thank-you and a loop-back: home lists both. Tell Ana, naming Dee.
    await nextDay(page, '2026-03-27');
    const deeItems = await page.locator('li.follow-up', { hasText: 'Dee Park' }).allInnerTexts();
    expect(deeItems.map((t) => t.split('\n')[0] + ' ' + (t.match(/(Send thank-you note|Tell Ana Ruiz you met them)/)?.[0] ?? ''))).toEqual([
      '1 day overdue Dee Park Send thank-you note',
      'Due today Dee Park Tell Ana Ruiz you met them',
    ]);
    await click(page, 'Tell Ana Ruiz you met them: Dee Park', 'Tell Ana Ruiz');
    await page.getByText('To Ana Ruiz, about Dee Park.').waitFor();
    expect(await page.getByLabel('Message').inputValue()).toMatch(/I met Dee Park, as you suggested\. One thing I learned: product analysts spend half their time with customers\./);
    await page.getByRole('button', { name: 'Mark sent' }).click();
    await page.getByText(/Logged an email to Ana Ruiz/).waitFor();
    expect(readTab(a.h, 'Meetings').at(-1)).toContain('Email');
    await expectFresh(a, ['C-0001', 'C-0002'], '2026-03-27', { 'C-0002': 'Send thank-you note (due 2026-03-26, 1 day overdue)' });

    // 90 days after the last contact with Ana (the email of 03-27): check in, with what happened since.
    await nextDay(page, '2026-06-25');
    await click(page, 'Check in with an update: Ana Ruiz', 'Check in');
    await page.getByLabel('What you have done since').fill('I started an SQL course');
    expect(await page.getByLabel('Message').inputValue()).toMatch(/Since then: I started an SQL course\./);
    await page.getByRole('button', { name: 'Mark sent' }).click();
    await page.getByText(/Status is now Keeping in touch/).waitFor();
    await expectFresh(a, ['C-0001', 'C-0002'], '2026-06-25', { 'C-0001': '' });
    expect(errors).toEqual([]);
    await page.close();
  }, 120000);
});

describe('a contact reachable only on LinkedIn', () => {
  it('gets the follow-up as a connection note within 300 characters, counted as the student types, with Copy and Open profile', async () => {
    now = Date.UTC(2026, 2, 10, 15);
    const a = addon({ now: () => now });
    sheetWith(a.h, 'Contacts', [
      CONTACT_HEADERS,
      contactRow({ contactId: 'C-0001', name: 'Ben Okafor', linkedin: 'https://www.linkedin.com/in/ben-okafor', howFound: 'LinkedIn', status: 'Contacted', firstContacted: dateCell('2026-03-02'), lastContact: dateCell('2026-03-02') }),
    ]);
    a.main.menuSetUpTracker();
    a.api.saveSettings({ profile: PROFILE, rules: {} });
    a.main.menuOpenSidebar();
    const { page, errors } = await openSidebar(browser, a.h, a.gas);
    await click(page, 'Send a polite follow-up: Ben Okafor', 'Draft follow-up');
    const note = page.getByLabel('LinkedIn note');
    const text = await note.inputValue();
    expect(Array.from(text).length).toBeLessThanOrEqual(300);
    expect(text).toMatch(/^Hi Ben, I wanted to follow up on the message I sent you on Monday, March 2\./);
    expect(text).toMatch(/– Ada$/);
    await page.getByText(`${Array.from(text).length} / 300 characters`).waitFor();
    await note.fill('x'.repeat(301));
    await page.getByText('301 / 300 characters: LinkedIn cuts a note above this.').waitFor();
    const profile = page.getByRole('link', { name: 'Open profile' });
    expect(await profile.getAttribute('href')).toBe('https://www.linkedin.com/in/ben-okafor');
    expect(await profile.getAttribute('target')).toBe('_blank');
    await page.getByRole('button', { name: 'Copy' }).click();
    await page.getByText(/Note copied|The note is selected/).waitFor();
    expect(await page.getByRole('link', { name: 'Open in mail client' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  }, 60000);

  it('gets the outreach draft as a LinkedIn note too', async () => {
    now = Date.UTC(2026, 2, 10, 15);
    const a = addon({ now: () => now });
    sheetWith(a.h, 'Contacts', [
      CONTACT_HEADERS,
      contactRow({ contactId: 'C-0001', name: 'Ben Okafor', company: 'Initech', title: 'Analyst', linkedin: 'https://www.linkedin.com/in/ben-okafor', howFound: 'LinkedIn', status: 'To contact' }),
    ]);
    a.main.menuSetUpTracker();
    a.api.saveSettings({ profile: PROFILE, rules: {} });
    a.main.menuOpenSidebar();
    const { page, errors } = await openSidebar(browser, a.h, a.gas);
    await page.getByRole('region', { name: 'Tasks' }).getByRole('button', { name: 'Draft outreach' }).click();
    await page.getByLabel('Contact', { exact: true }).selectOption('C-0001');
    const text = await page.getByLabel('LinkedIn note').inputValue();
    expect(Array.from(text).length).toBeLessThanOrEqual(300);
    expect(text).toMatch(/^Hi Ben,/);
    expect(await page.getByRole('link', { name: 'Open profile' }).getAttribute('href')).toBe('https://www.linkedin.com/in/ben-okafor');
    expect(await page.getByRole('link', { name: 'Open in mail client' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  }, 60000);
});
