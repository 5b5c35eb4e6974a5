// Regressions found by a QA pass through the sidebar as a student uses it:
// pages that lost their heading when a load failed, and run-on wording.
import type { Browser } from 'playwright-core';
import { sheetWith } from '../../fakes';
import { useBrowser } from '../support/browser';
import { axeViolations, openSidebar } from '../support/sidebar-page';
import { addon, contactRow, CONTACT_HEADERS, type EntryPoint } from '../server/support';

let browser: Browser;
useBrowser((b) => (browser = b));

describe('a panel whose data fails to load', () => {
  it.each<[EntryPoint, string, RegExp]>([
    ['menuLogMeeting', 'Log a meeting', /Contacts tab is missing/],
    ['menuCheckOutreachFields', 'Check outreach fields', /Contacts tab is missing/],
    ['menuCheckQuestionBank', 'Check question bank', /Question Bank tab is missing/],
  ])('%s before set-up keeps its heading over the error, with no axe violations', async (menu, heading, message) => {
    const a = addon();
    a.main[menu]();
    const { page, errors } = await openSidebar(browser, a.h, a.gas);
    await page.getByRole('alert').getByText(message).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(heading);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('Settings keeps its heading over a server error and its retry', async () => {
    const a = addon();
    a.main.menuSettings();
    const sidebar = await openSidebar(browser, a.h, a.gas);
    const { page } = sidebar;
    await page.getByRole('button', { name: 'Save settings' }).waitFor();
    sidebar.failNext('getSettings');
    await page.reload();
    await page.getByRole('alert').getByText(/server error/).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Settings');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('button', { name: 'Save settings' }).waitFor();
    await page.close();
  });

  it('the contact form keeps its heading when the contact cannot be opened', async () => {
    const a = addon();
    a.main.menuOpenSidebar();
    const { page } = await openSidebar(browser, a.h, a.gas);
    await page.getByRole('button', { name: 'Add or edit a contact' }).click();
    await page.getByRole('alert').getByText(/Contacts tab is missing/).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Add or edit a contact');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('the daily check toggle', () => {
  it('shows the click at once while the server works, and springs back only when it fails', async () => {
    const a = addon();
    a.main.menuSetUpTracker();
    a.main.menuOpenSidebar();
    const sidebar = await openSidebar(browser, a.h, a.gas);
    const { page } = sidebar;
    const toggle = page.getByRole('checkbox', { name: 'Check follow-ups every morning' });
    await page.getByText('Not checked yet.').waitFor();
    // A slow server: every answer arrives 600 ms late.
    await page.evaluate(() => {
      const g = (window as unknown as { google: { script: { run: { withSuccessHandler(fn: (...a: unknown[]) => void): unknown } } } }).google;
      const run = g.script.run;
      g.script.run = { withSuccessHandler: (fn) => run.withSuccessHandler((...args: unknown[]) => setTimeout(() => fn(...args), 600)) };
    });
    await toggle.click();
    expect(await toggle.isChecked()).toBe(true);
    await page.getByText('Saving…').waitFor();
    await page.getByText(/On: Next action is brought up to date/).waitFor();
    expect(await toggle.isChecked()).toBe(true);
    expect(a.h.triggers).toHaveLength(1);

    sidebar.failNext('setDailyCheck');
    await toggle.click();
    await page.getByRole('alert').getByText(/server error/).waitFor();
    expect(await toggle.isChecked()).toBe(true);
    expect(a.h.triggers).toHaveLength(1);
    await page.close();
  });
});

describe('wording', () => {
  it('Prepare questions ends the contact line before saying which meeting it is', async () => {
    const a = addon();
    sheetWith(a.h, 'Contacts', [CONTACT_HEADERS, contactRow({ name: 'Ana Ruiz', title: 'Data Analyst', company: 'Acme', industry: 'Retail', email: 'ana@acme.com', howFound: 'LinkedIn', status: 'Contacted' })]);
    a.main.menuSetUpTracker();
    const contactId = 'C-0001';
    const logged = a.api.logMeeting({
      contactId, date: '2026-03-02', type: 'Coffee', durationMin: '', takeaways: '', advice: '', referralsGiven: '', thankYouSent: '', followUpAgreed: '', nextFollowUp: '', notes: '',
    });
    expect(logged.ok).toBe(true);
    a.h.sheet('Contacts').getRange(2, 2).activate();
    a.main.menuPrepareQuestions();
    const { page } = await openSidebar(browser, a.h, a.gas);
    await page.locator('ol.q-list li').first().waitFor();
    expect(await page.locator('.q-for').textContent()).toBe('Data Analyst · Acme · Retail. Meeting 2: deeper questions, none asked before.');
    await page.close();
  });

  it('the home summary names the funnel stages as the Status list does', async () => {
    const a = addon();
    sheetWith(a.h, 'Contacts', [CONTACT_HEADERS, contactRow({ name: 'Ben Okafor', email: 'ben@initech.com', howFound: 'LinkedIn', status: 'Follow-up sent' })]);
    a.main.menuSetUpTracker();
    a.main.menuOpenSidebar();
    const { page } = await openSidebar(browser, a.h, a.gas);
    await page.getByText('Contacted (incl. Follow-up sent)', { exact: true }).waitFor();
    await page.close();
  });
});
