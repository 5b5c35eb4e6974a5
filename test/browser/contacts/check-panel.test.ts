// The Check outreach fields sidebar in headless Chromium, served by dist/Code.js.
import type { Browser } from 'playwright-core';
import { sheetWith } from '../../../fakes';
import { useBrowser } from '../../support/browser';
import { axeViolations, eventually, openSidebar } from '../../support/sidebar-page';
import { addon, contactRow, CONTACT_HEADERS } from '../../server/support';

const HOSTILE = '<img src=x onerror=alert(1)>';
let browser: Browser;
useBrowser((b) => (browser = b));

function seeded() {
  const a = addon();
  sheetWith(a.h, 'Contacts', [
    CONTACT_HEADERS,
    contactRow({ name: 'Ana Ruiz', email: 'ana@@acme', status: 'Contacted', howFound: 'Alumni network' }),
    contactRow({ name: HOSTILE, status: 'Met', howFound: 'LinkedIn', email: 'x@example.com' }),
    contactRow({ name: 'Chen Li', email: 'chen@initech.com' }),
  ]);
  a.main.menuSetUpTracker();
  a.main.menuCheckOutreachFields();
  return a;
}

describe('Check outreach fields sidebar', () => {
  it('shows the seeded sheet’s problems grouped by contact', async () => {
    const { h, gas } = seeded();
    const { page } = await openSidebar(browser, h, gas);
    await page.getByRole('heading', { name: 'Check outreach fields' }).waitFor();
    await page.getByText(/2 problems and 0 warnings in 2 of 3 contacts/).waitFor();
    const groups = await page.locator('section.contact-problems h2').allTextContents();
    expect(groups).toEqual(['Ana Ruiz · row 2', `${HOSTILE} · row 3`]);
    await expect(page.getByRole('button', { name: /Email "ana@@acme"/ }).count()).resolves.toBe(1);
    await page.close();
  });

  it('renders a contact named like an HTML tag as text, never as HTML', async () => {
    const { h, gas } = seeded();
    const { page, dialogs } = await openSidebar(browser, h, gas);
    await page.getByText(HOSTILE + ' · row 3').waitFor();
    expect(await page.locator('img').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('selects the problem’s cell in the sheet when clicked', async () => {
    const { h, gas } = seeded();
    const { page } = await openSidebar(browser, h, gas);
    await page.getByRole('button', { name: /Email "ana@@acme"/ }).click();
    const emailCol = String.fromCharCode(65 + CONTACT_HEADERS.indexOf('Email'));
    await eventually(() => h.spreadsheet.getActiveRange().getA1Notation() === `${emailCol}2`);
    await page.close();
  });

  it('shows a failed call with a retry that works', async () => {
    const { h, gas } = seeded();
    const sidebar = await openSidebar(browser, h, gas, h.ui.sidebars.at(-1)!.html);
    // The first load already ran; make the next one fail, then retry.
    await sidebar.page.getByText(/problems and/).waitFor();
    sidebar.failNext('getCheckReport');
    await sidebar.page.getByRole('button', { name: 'Check again' }).click();
    await sidebar.page.getByRole('alert').getByText(/server error/).waitFor();
    await sidebar.page.getByRole('button', { name: 'Try again' }).click();
    await sidebar.page.getByText(/2 problems and 0 warnings/).waitFor();
    await sidebar.page.close();
  });

  it('says all is good on a clean sheet, and has no accessibility violations', async () => {
    const a = addon();
    sheetWith(a.h, 'Contacts', [CONTACT_HEADERS, contactRow({ name: 'Chen Li', email: 'chen@initech.com' })]);
    a.main.menuSetUpTracker();
    a.main.menuCheckOutreachFields();
    const { page } = await openSidebar(browser, a.h, a.gas);
    await page.getByText('All good: 1 contact checked, no problems found.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('before the tracker is set up', () => {
  it('offers to set it up instead of a retry that cannot help, then shows the check', async () => {
    const a = addon();
    sheetWith(a.h, 'Networking', [['Full Name', 'Organization', 'E-mail'], ['Ana Ruiz', 'Acme', 'ana@@acme']]);
    a.main.menuCheckOutreachFields();
    const { page } = await openSidebar(browser, a.h, a.gas);
    await page.getByRole('alert').getByText(/Set up tracker first/).waitFor();
    expect(await page.getByRole('button', { name: 'Try again' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Set up tracker' }).click();
    await page.getByText(/1 problem and 0 warnings in 1 of 1 contacts/).waitFor();
    expect(a.h.spreadsheet.getSheetByName('Meetings')).not.toBeNull();
    await page.close();
  });
});
