// Log a meeting in headless Chromium, its calls served by dist/Code.js over the fakes.
import type { Browser } from 'playwright-core';
import { formatDate, readTab, sheetWith } from '../../../fakes';
import { useBrowser } from '../../support/browser';
import { axeViolations, eventually, openSidebar } from '../../support/sidebar-page';
import { addon, contactRow, CONTACT_HEADERS, rowsByHeader } from '../../server/support';
import { ROUND_TRIPS, tripsSince } from '../../support/round-trips';

let browser: Browser;
useBrowser((b) => (browser = b));

/** Contacts set up; the active cell on `activeRow` of Contacts (1 = the header: no contact selected). */
function seeded(activeRow = 1) {
  const a = addon();
  sheetWith(a.h, 'Contacts', [
    CONTACT_HEADERS,
    contactRow({ name: 'Ana Ruiz', company: 'Acme', email: 'ana@acme.com', status: 'Scheduled', howFound: 'Alumni network', meetingDate: '2026-03-04' }),
    contactRow({ name: 'Ben Okafor', company: 'Initech', email: 'ben@initech.com', status: 'Contacted', howFound: 'LinkedIn' }),
    contactRow({ name: 'Chen Li', company: 'Globex', status: 'To contact' }),
  ]);
  a.main.menuSetUpTracker();
  a.h.spreadsheet.setActiveRange(a.h.sheet('Contacts').getRange(activeRow, 2));
  a.main.menuLogMeeting();
  return a;
}

async function openMeetingForm(a: ReturnType<typeof seeded>) {
  const sidebar = await openSidebar(browser, a.h, a.gas);
  sidebar.page.setDefaultTimeout(5000);
  await sidebar.page.getByRole('heading', { name: 'Log a meeting' }).waitFor();
  return sidebar;
}

const asDay = (v: unknown) => (Object.prototype.toString.call(v) === '[object Date]' ? formatDate((v as Date).getTime(), 'America/New_York', 'yyyy-MM-dd') : v);
const rows = (a: ReturnType<typeof seeded>, tab: string) =>
  rowsByHeader(a.h, tab).map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, asDay(v)])));

describe('Log a meeting', () => {
  it('opens in one round trip, saves in one, and the next form takes one', async () => {
    const a = seeded(2);
    const { page, calls, errors } = await openMeetingForm(a);
    const trips = ROUND_TRIPS['Log a meeting'];
    expect(await page.getByLabel('Contact', { exact: true }).inputValue()).toBe('C-0001');
    expect(tripsSince(calls, 0)).toEqual(trips.open);
    await page.getByLabel('Type').selectOption('Coffee');
    await page.getByRole('button', { name: 'Log meeting' }).click();
    await page.getByRole('heading', { name: 'Meeting logged' }).waitFor();
    await page.waitForTimeout(300);
    expect(tripsSince(calls, trips.open.length)).toEqual(trips.save);
    await page.getByRole('button', { name: 'Log another meeting' }).click();
    await page.getByRole('heading', { name: 'Log a meeting' }).waitFor();
    await page.waitForTimeout(300);
    expect(tripsSince(calls, trips.open.length + trips.save.length)).toEqual(trips.next);
    expect(rowsByHeader(a.h, 'Meetings')).toHaveLength(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('logs a meeting with two referrals: the Meetings row, the contact and the referrals linked', async () => {
    const a = seeded(2);
    const { page, errors } = await openMeetingForm(a);
    expect(await page.getByLabel('Contact', { exact: true }).inputValue()).toBe('C-0001');
    expect(await page.getByLabel('Date', { exact: true }).inputValue()).toBe('2026-03-04');
    await page.getByLabel('Type').selectOption('Coffee');
    await page.getByLabel('Duration (min)').fill('25');
    await page.getByLabel('Takeaways').fill('Analysts learn SQL on the job');
    await page.getByLabel('Referrals given').fill('Dana Kim, Hooli\nChen Li, Globex');
    await page.getByLabel('Thank-you sent').fill('2026-03-04');
    await page.getByLabel('Follow-up agreed').fill('Send my resume');
    await page.getByLabel('Next follow-up').fill('2026-03-18');
    await page.getByRole('button', { name: 'Log meeting' }).click();
    await page.getByRole('heading', { name: 'Meeting logged' }).waitFor();
    await page.getByRole('status').getByText(/Logged the coffee with Ana Ruiz on 2026-03-04 \(M-0001\)\. Status is now Thanked\. Added a contact from the referrals: Dana Kim\. Linked Chen Li to Ana Ruiz\./).waitFor();

    expect(rows(a, 'Meetings')).toEqual([
      expect.objectContaining({
        'Meeting ID': 'M-0001',
        'Contact ID': 'C-0001',
        Contact: 'Ana Ruiz',
        Date: '2026-03-04',
        Type: 'Coffee',
        'Duration (min)': 25,
        Takeaways: 'Analysts learn SQL on the job',
        'Referrals given': 'Dana Kim, Hooli\nChen Li, Globex',
        'Thank-you sent': '2026-03-04',
        'Follow-up agreed': 'Send my resume',
      }),
    ]);
    const contacts = rows(a, 'Contacts');
    expect(contacts).toHaveLength(4);
    expect(contacts.find((c) => c.Name === 'Ana Ruiz')).toMatchObject({ Status: 'Thanked', 'Last contact': '2026-03-04', 'Thank-you sent': '2026-03-04', 'Next follow-up': '2026-03-18' });
    expect(contacts.find((c) => c.Name === 'Dana Kim')).toMatchObject({ 'Contact ID': 'C-0004', Company: 'Hooli', 'How found': 'Referral', 'Referred by': 'Ana Ruiz' });
    expect(contacts.find((c) => c.Name === 'Chen Li')).toMatchObject({ 'Contact ID': 'C-0003', 'Referred by': 'Ana Ruiz' });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('finds the contact with the searchable picker when no row is selected', async () => {
    const a = seeded();
    const { page } = await openMeetingForm(a);
    expect(await page.getByLabel('Contact', { exact: true }).inputValue()).toBe('');
    // Nothing selected: the focus starts in the contact search.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('meeting-contactId-search');
    await page.keyboard.type('globex');
    await page.getByText('1 match.').waitFor();
    await page.keyboard.press('Enter');
    expect(await page.getByLabel('Contact', { exact: true }).inputValue()).toBe('C-0003');
    await page.getByLabel('Type').selectOption('Phone call');
    await page.getByRole('button', { name: 'Log meeting' }).click();
    await page.getByText(/Logged the phone call with Chen Li/).waitFor();
    expect(rows(a, 'Contacts').find((c) => c.Name === 'Chen Li')).toMatchObject({ Status: 'Met', 'Meeting date': '2026-03-04' });
    await page.close();
  });

  it('blocks a save on bad input: each field says what is wrong and nothing is written', async () => {
    const a = seeded(3);
    const before = { contacts: readTab(a.h, 'Contacts'), meetings: readTab(a.h, 'Meetings') };
    const sidebar = await openMeetingForm(a);
    const { page } = sidebar;
    await page.getByLabel('Date', { exact: true }).fill('2026-03-02');
    await page.getByLabel('Thank-you sent').fill('2026-03-01');
    await page.getByLabel('Referrals given').fill('Dana Kim, Hooli\n, Nameless Corp');
    await page.getByRole('button', { name: 'Log meeting' }).click();
    await page.getByText(/Thank-you sent \(2026-03-01\) is before the meeting \(2026-03-02\)/).waitFor();
    await page.getByText(/", Nameless Corp" has no name/).waitFor();
    expect(await page.getByLabel('Thank-you sent').getAttribute('aria-invalid')).toBe('true');
    await eventually(async () => (await page.evaluate(() => document.activeElement?.id)) === 'meeting-referralsGiven');
    expect(sidebar.calls).not.toContain('logMeeting');
    // Fixing a field clears its message as the user types.
    await page.getByLabel('Thank-you sent').fill('2026-03-03');
    await page.getByText(/is before the meeting/).waitFor({ state: 'detached' });
    expect({ contacts: readTab(a.h, 'Contacts'), meetings: readTab(a.h, 'Meetings') }).toEqual(before);
    await page.close();
  });

  it('shows a server error with a retry that saves once', async () => {
    const a = seeded(2);
    const sidebar = await openMeetingForm(a);
    const { page } = sidebar;
    await page.getByLabel('Takeaways').fill('Network early');
    sidebar.failNext('logMeeting');
    await page.getByRole('button', { name: 'Log meeting' }).click();
    await page.getByRole('alert').getByText(/Not saved: .*server error/).waitFor();
    expect(readTab(a.h, 'Meetings')).toHaveLength(1);
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('heading', { name: 'Meeting logged' }).waitFor();
    expect(rows(a, 'Meetings')).toEqual([expect.objectContaining({ 'Meeting ID': 'M-0001', Takeaways: 'Network early' })]);
    await page.close();
  });

  it('labels every field, starts on the first field after the contact, and has no accessibility violations', async () => {
    const a = seeded(2);
    const { page } = await openMeetingForm(a);
    // A contact is already chosen, so the focus starts on the date.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('meeting-date');
    const unlabelled = await page.evaluate(() =>
      Array.from(document.querySelectorAll('input, select, textarea'))
        .filter((el) => (el as HTMLInputElement).labels!.length === 0 && !el.getAttribute('aria-label'))
        .map((el) => el.id),
    );
    expect(unlabelled).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Duration (min)').fill('5000');
    await page.getByRole('button', { name: 'Log meeting' }).click();
    await page.getByText(/not a number of minutes/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it("lists a contact's history newest first and corrects a meeting by its ID after the Meetings tab was sorted", async () => {
    const a = seeded(2);
    const base = { thankYouSent: '', followUpAgreed: '', nextFollowUp: '', notes: '', advice: '', referralsGiven: '', durationMin: '' };
    for (const m of [
      { contactId: 'C-0001', date: '2026-02-10', type: 'Coffee', takeaways: 'Start in support' },
      { contactId: 'C-0002', date: '2026-02-20', type: 'Phone call', takeaways: 'Ben: apply in spring' },
      { contactId: 'C-0001', date: '2026-03-02', type: 'Email', takeaways: 'Sent the deck' },
    ]) {
      expect(a.api.logMeeting({ ...base, ...m }).ok).toBe(true);
    }
    // The student sorts Meetings newest first and adds a row of their own at the top.
    const tab = a.h.sheet('Meetings');
    tab.sort(4, false);
    tab.insertRowsBefore(2, 1);
    tab.getRange(2, 3).setValue('my own note row');
    expect(rows(a, 'Meetings').map((r) => r['Meeting ID'])).toEqual(['', 'M-0003', 'M-0002', 'M-0001']);
    const { page } = await openMeetingForm(a);
    const history = page.getByRole('region', { name: /History with Ana Ruiz/ });
    await history.getByRole('listitem').first().waitFor();
    expect(await history.getByRole('listitem').allTextContents()).toEqual([
      expect.stringMatching(/^2026-03-02 · Email.*Sent the deck/),
      expect.stringMatching(/^2026-02-10 · Coffee.*Start in support/),
    ]);
    await history.getByRole('button', { name: /Open coffee on 2026-02-10 \(M-0001\)/ }).click();
    await page.getByRole('heading', { name: 'Correct meeting M-0001' }).waitFor();
    expect(await page.getByLabel('Takeaways').inputValue()).toBe('Start in support');
    await page.getByLabel('Takeaways').fill('Start in support, then move to data');
    await page.getByLabel('Duration (min)').fill('35');
    await page.getByRole('button', { name: 'Save correction' }).click();
    await page.getByRole('heading', { name: 'Meeting corrected' }).waitFor();
    await page.getByRole('status').getByText(/Corrected the coffee with Ana Ruiz on 2026-02-10 \(M-0001\)/).waitFor();

    const after = rows(a, 'Meetings');
    expect(after).toHaveLength(4);
    const byId = (id: string) => after.find((r) => r['Meeting ID'] === id);
    expect(byId('M-0001')).toEqual(expect.objectContaining({ Takeaways: 'Start in support, then move to data', 'Duration (min)': 35, Date: '2026-02-10', Type: 'Coffee' }));
    expect(byId('M-0002')).toEqual(expect.objectContaining({ Takeaways: 'Ben: apply in spring', 'Duration (min)': '' }));
    expect(byId('M-0003')).toEqual(expect.objectContaining({ Takeaways: 'Sent the deck', Type: 'Email' }));
    expect(after.find((r) => r.Contact === 'my own note row')).toBeDefined();
    await page.close();
  });
});
