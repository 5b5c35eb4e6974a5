// The sidebar's home page in headless Chromium, served by dist/Code.js: the
// follow-ups most urgent first, selecting a contact's row, the daily-check
// toggle, Refresh follow-ups, errors with retry, and set-up for a new sheet.
import type { Browser } from 'playwright-core';
import { sheetWith } from '../../../fakes';
import { useBrowser } from '../../support/browser';
import { axeViolations, eventually, openSidebar } from '../../support/sidebar-page';
import { dateCell } from '../../support/tracker-seed';
import { addon, contactRow, CONTACT_HEADERS, rowsByHeader, type Addon } from '../../server/support';

let browser: Browser;
useBrowser((b) => (browser = b));

/** On 2026-03-04: Ben 5 days overdue, Ana 2 days overdue, Dee's meeting tomorrow. */
function tracker(): Addon {
  const a = addon();
  sheetWith(a.h, 'Contacts', [
    CONTACT_HEADERS,
    contactRow({ contactId: 'C-0001', name: 'Ana Ruiz', email: 'ana@acme.com', howFound: 'Alumni network', status: 'Met', meetingDate: dateCell('2026-03-01') }),
    contactRow({ contactId: 'C-0002', name: 'Dee Park', email: 'dee@umbrella.com', howFound: 'LinkedIn', status: 'Scheduled', meetingDate: dateCell('2026-03-05') }),
    contactRow({ contactId: 'C-0003', name: 'Ben Okafor', email: 'ben@globex.com', howFound: 'LinkedIn', status: 'Contacted', lastContact: dateCell('2026-02-20') }),
    contactRow({ contactId: 'C-0004', name: 'Chen Li', email: 'chen@initech.com', howFound: 'Professor', status: 'To contact' }),
  ]);
  a.main.menuSetUpTracker();
  a.main.menuOpenSidebar();
  return a;
}

describe('the sidebar home', () => {
  it('lists the follow-ups most urgent first with their badges, and selects a contact’s row on click', async () => {
    const a = tracker();
    const { page, calls } = await openSidebar(browser, a.h, a.gas);
    await page.getByRole('heading', { name: 'Follow-ups' }).waitFor();
    expect(calls.filter((c) => c === 'getHome')).toHaveLength(1);
    const items = await page.locator('li.follow-up').allInnerTexts();
    expect(items.map((t) => t.replace(/\s+/g, ' ').trim())).toEqual([
      '5 days overdue Ben Okafor Send a polite follow-up · due 2026-02-27 Draft follow-up They replied: schedule',
      '2 days overdue Ana Ruiz Send thank-you note · due 2026-03-02 Draft thank-you Mark thank-you sent',
      'Tomorrow Dee Park Prepare questions · due 2026-03-05 Prepare questions Log the meeting',
    ]);
    await page.getByRole('region', { name: 'Follow-ups' }).getByText('2 overdue · 0 due today · 1 coming up').waitFor();
    a.h.sheet('Contacts').getRange(1, 1).activate();
    await page.getByRole('button', { name: 'Ana Ruiz' }).click();
    await eventually(() => /^A2:/.test(a.h.spreadsheet.getActiveRange().getA1Notation()));
    await page.close();
  });

  it('turns the daily check on and off, and shows when the check last ran', async () => {
    const a = tracker();
    const { page } = await openSidebar(browser, a.h, a.gas);
    const toggle = page.getByRole('checkbox', { name: 'Check follow-ups every morning' });
    await toggle.waitFor();
    await page.getByText('Not checked yet.').waitFor();
    expect(await toggle.isChecked()).toBe(false);
    await toggle.check();
    await eventually(() => a.h.triggers.length === 1);
    await page.getByText(/On: Next action is brought up to date/).waitFor();
    await toggle.uncheck();
    await eventually(() => a.h.triggers.length === 0);
    await page.getByText(/Off: use Refresh follow-ups/).waitFor();
    await page.close();
  });

  it('refreshes follow-ups: writes Next action, says what it did and when it ran, in one round trip that brings the home page back', async () => {
    const a = tracker();
    const { page, calls } = await openSidebar(browser, a.h, a.gas);
    await page.getByRole('button', { name: 'Refresh follow-ups' }).waitFor();
    const mark = calls.length;
    await page.getByRole('button', { name: 'Refresh follow-ups' }).click();
    await page.getByText(/Follow-ups checked for 4 contacts as of 2026-03-04: 2 overdue, 0 due today, 1 coming up\. 3 rows updated\./).waitFor();
    await page.getByText('Last checked 2026-03-04 10:00.').waitFor();
    await page.waitForTimeout(300);
    expect(calls.slice(mark)).toEqual(['refreshHome']);
    expect(rowsByHeader(a.h, 'Contacts')[0]['Next action']).toBe('Send thank-you note (due 2026-03-02, 2 days overdue)');
    await page.close();
  });

  it('shows the last check’s failure', async () => {
    const a = tracker();
    a.h.rt.locks.set('document', 9999);
    expect(() => a.api.refreshFollowUps()).toThrow();
    a.h.rt.locks.delete('document');
    const { page } = await openSidebar(browser, a.h, a.gas);
    await page.getByRole('alert').getByText(/The last check failed \(2026-03-04 10:00\): Another change to this spreadsheet/).waitFor();
    await page.close();
  });

  it('shows a failed load with a retry that works', async () => {
    const a = tracker();
    const sidebar = await openSidebar(browser, a.h, a.gas);
    await sidebar.page.getByRole('heading', { name: 'Follow-ups' }).waitFor();
    sidebar.failNext('refreshHome');
    await sidebar.page.getByRole('button', { name: 'Refresh follow-ups' }).click();
    await sidebar.page.getByRole('alert').getByText(/server error/).waitFor();
    sidebar.failNext('getHome');
    await sidebar.page.reload();
    await sidebar.page.getByRole('alert').getByText(/server error/).waitFor();
    await sidebar.page.getByRole('button', { name: 'Try again' }).click();
    await sidebar.page.getByRole('heading', { name: 'Follow-ups' }).waitFor();
    await sidebar.page.close();
  });

  it('offers to set up a new spreadsheet, and then shows its follow-ups, brought back by the set-up itself', async () => {
    const a = addon();
    a.main.menuOpenSidebar();
    const { page, calls } = await openSidebar(browser, a.h, a.gas);
    await page.getByRole('heading', { name: 'Set up your tracker' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    const mark = calls.length;
    await page.getByRole('button', { name: 'Set up tracker' }).click();
    await page.getByText(/Created Contacts, Meetings, Question Bank/).waitFor();
    await page.getByText('Nothing due: no follow-ups in the next week.').waitFor();
    await page.waitForTimeout(300);
    expect(calls.slice(mark)).toEqual(['setUpHome']);
    expect(a.h.spreadsheet.getSheetByName('Contacts')).not.toBeNull();
    await page.close();
  });

  it('has no accessibility violations and keeps the task buttons', async () => {
    const a = tracker();
    a.api.setDailyCheck(true);
    const { page, errors } = await openSidebar(browser, a.h, a.gas);
    await page.getByRole('heading', { name: 'Follow-ups' }).waitFor();
    for (const task of ['Log a meeting', 'Prepare questions', 'Check outreach fields', 'Settings']) {
      await page.getByRole('region', { name: 'Tasks' }).getByRole('button', { name: task }).waitFor();
    }
    expect(await page.getByRole('checkbox', { name: 'Check follow-ups every morning' }).isChecked()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
