// The home page's dashboard summary in headless Chromium, served by dist/Code.js.
import type { Browser } from 'playwright-core';
import { sheetWith } from '../../../fakes';
import { useBrowser } from '../../support/browser';
import { axeViolations, eventually, openSidebar } from '../../support/sidebar-page';
import { addon, contactRow, CONTACT_HEADERS } from '../../server/support';

let browser: Browser;
useBrowser((b) => (browser = b));

function seeded() {
  const a = addon();
  sheetWith(a.h, 'Contacts', [
    CONTACT_HEADERS,
    contactRow({ name: 'Ana Ruiz', status: 'Met', email: 'ana@acme.com', howFound: 'Alumni network', meetingDate: '2026-02-20' }),
    contactRow({ name: 'Ben Ode', status: 'contacted', email: 'ben@x.com', howFound: 'LinkedIn', lastContact: '2026-02-01' }),
    contactRow({ name: 'Cy Lam', status: 'Follow-up sent', email: 'cy@x.com', howFound: 'LinkedIn', lastContact: '2026-02-27' }),
    contactRow({ name: 'Dee Park', status: 'Declined', email: 'dee@x.com', howFound: 'Professor' }),
    contactRow({ name: 'Eve Moss', status: 'To contact' }),
  ]);
  a.main.menuSetUpTracker();
  a.main.menuOpenSidebar();
  return a;
}

describe('the home page’s dashboard summary', () => {
  it('shows the funnel with its numbers as text and the rates, from one call', async () => {
    const { h, gas } = seeded();
    const { page, calls } = await openSidebar(browser, h, gas);
    const summary = page.locator('section.dashboard-summary');
    await summary.getByRole('heading', { name: 'Where you stand' }).waitFor();
    await summary.getByText('Response rate').waitFor();
    const stages = await summary.locator('ul.funnel li').allInnerTexts();
    expect(stages.map((s) => s.replace(/\s+/g, ' ').trim())).toEqual([
      'To contact 1',
      'Contacted (incl. Follow-up sent) 2',
      'Scheduled 0',
      'Met 1',
      'Thanked 0',
      'Keeping in touch 0',
    ]);
    await summary.getByText('No response: 0 · Declined: 1 · No status: 0').waitFor();
    await summary.getByText('25% (1 of 4)').first().waitFor();
    // The follow-up counts are the home page's own, above the summary: not repeated in it.
    expect(await summary.getByText(/\d+ overdue/).count()).toBe(0);
    // The home page, summary included, loads in one call.
    expect(calls).toEqual(['getHome']);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('opens the Dashboard tab on request', async () => {
    const { h, gas } = seeded();
    const { page } = await openSidebar(browser, h, gas);
    await page.getByRole('button', { name: 'Open the Dashboard tab' }).click();
    await eventually(() => h.spreadsheet.getActiveSheet().getName() === 'Dashboard');
    await page.getByRole('button', { name: 'Open the Dashboard tab' }).waitFor();
    await page.close();
  });

  it('shows a failed home load with a retry that brings the summary', async () => {
    const { h, gas } = seeded();
    const sidebar = await openSidebar(browser, h, gas);
    await sidebar.page.locator('section.dashboard-summary').getByText('Response rate').waitFor();
    sidebar.failNext('getHome');
    // The failure applies to the next load: reopen the page so the home loads again.
    await sidebar.page.reload();
    await sidebar.page.getByRole('alert').getByText(/server error/).waitFor();
    await sidebar.page.getByRole('button', { name: 'Try again' }).click();
    await sidebar.page.locator('section.dashboard-summary').getByText('Response rate').waitFor();
    await sidebar.page.close();
  });
});
