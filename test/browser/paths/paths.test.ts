// Paths in headless Chromium, over dist/Code.js and the fakes: logging a
// meeting with its path and interest, then seeing the Paths view change, and
// renaming a path from the view.
import type { Browser } from 'playwright-core';
import { readTab, sheetWith } from '../../../fakes';
import { MEETING_COLUMNS } from '../../../src/shared/schema';
import { useBrowser } from '../../support/browser';
import { axeViolations, openSidebar } from '../../support/sidebar-page';
import { addon, contactRow, CONTACT_HEADERS } from '../../server/support';

let browser: Browser;
useBrowser((b) => (browser = b));

const PATH = MEETING_COLUMNS.findIndex((c) => c.key === 'path');
const row = (f: Record<string, unknown>) => MEETING_COLUMNS.map((c) => f[c.key] ?? '');

function seeded() {
  const a = addon();
  sheetWith(a.h, 'Contacts', [
    CONTACT_HEADERS,
    contactRow({ contactId: 'C-0001', name: 'Ana Ruiz', title: 'Data scientist', industry: 'Healthcare', company: 'Acme', email: 'ana@acme.com', status: 'Scheduled', howFound: 'LinkedIn', meetingDate: '2026-03-04' }),
    contactRow({ contactId: 'C-0002', name: 'Ben Ode', title: 'Data scientist', industry: 'Healthcare', email: 'ben@x.com', status: 'Met', howFound: 'LinkedIn' }),
    contactRow({ contactId: 'C-0003', name: 'Cy Dunn', title: 'Auditor', industry: 'Accounting', email: 'cy@x.com', status: 'Met', howFound: 'LinkedIn' }),
  ]);
  sheetWith(a.h, 'Meetings', [
    MEETING_COLUMNS.map((c) => c.header),
    row({ meetingId: 'M-0001', contactId: 'C-0002', contact: 'Ben Ode', date: '2026-02-01', type: 'Coffee', takeaways: 'Clinical data is messy', path: 'data scientist, healthcare', interest: '3' }),
    row({ meetingId: 'M-0002', contactId: 'C-0003', contact: 'Cy Dunn', date: '2026-02-10', type: 'Phone call', takeaways: 'Busy season', path: 'Auditor · Accounting', interest: '2' }),
    row({ meetingId: 'M-0003', contactId: 'C-0003', contact: 'Cy Dunn', date: '2026-02-20', type: 'Email', takeaways: 'Weekends in busy season', path: 'auditor, accounting', interest: '1' }),
  ]);
  a.main.menuSetUpTracker();
  a.h.spreadsheet.setActiveRange(a.h.sheet('Contacts').getRange(2, 2));
  a.main.menuLogMeeting();
  return a;
}

describe('Paths', () => {
  it('logs a meeting with a path and interest, and the Paths view shows the path rising', async () => {
    const a = seeded();
    const { page, errors, calls } = await openSidebar(browser, a.h, a.gas);
    page.setDefaultTimeout(5000);
    await page.getByRole('heading', { name: 'Log a meeting' }).waitFor();
    const path = page.getByLabel('Which path was this about?');
    // The contact's Title in their Industry, once the choices have loaded; the earlier paths are offered.
    await page.waitForFunction(() => (document.getElementById('meeting-path') as HTMLInputElement | null)?.value === 'Data scientist · Healthcare');
    await page.getByRole('group', { name: 'Your earlier paths' }).getByRole('button', { name: 'Auditor · Accounting' }).waitFor();
    await page.getByLabel('Type').selectOption('Video call');
    await page.getByLabel('Takeaways').fill('The impact on patients is real');
    await path.fill('Data Scientist - Healthcare');
    await page.getByLabel('How interested are you in it now?').selectOption('5');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Log meeting' }).click();
    await page.getByRole('heading', { name: 'Meeting logged' }).waitFor();
    const meetings = readTab(a.h, 'Meetings');
    expect(meetings.at(-1)!.slice(PATH, PATH + 2)).toEqual(['Data Scientist - Healthcare', '5']);

    await page.getByRole('button', { name: '← Home' }).click();
    await page.getByRole('button', { name: /Your career paths/ }).click();
    await page.getByRole('heading', { name: 'Paths', level: 1 }).waitFor();
    const card = page.getByRole('region', { name: 'data scientist, healthcare' });
    await card.getByText('2 conversations · 2 people: Ben Ode, Ana Ruiz').waitFor();
    await card.getByText('interest 5/5, rising ↑').waitFor();
    await card.getByText('“The impact on patients is real”').waitFor();
    await card.getByText(/Rising: talk to two more people in this path\. Ask Ana Ruiz for a referral/).waitFor();
    // The falling path is listed apart, as explored.
    const explored = page.getByRole('region', { name: 'Explored' });
    await explored.getByRole('heading', { name: 'Auditor · Accounting' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // Rename from the view: only the Path cells of that path change.
    await card.getByRole('button', { name: 'Rename or merge data scientist, healthcare' }).click();
    await card.getByLabel('New name').fill('Health data science');
    const mark = calls.length;
    await card.getByRole('button', { name: 'Rename' }).click();
    await page.getByRole('status').getByText('Renamed to "Health data science": 2 meetings changed.').waitFor();
    await page.getByRole('heading', { name: 'Health data science' }).waitFor();
    // The rename brings the view back: no second round trip.
    await page.waitForTimeout(300);
    expect(calls.slice(mark)).toEqual(['renamePath']);
    expect(readTab(a.h, 'Meetings').map((r) => r[PATH])).toEqual(['Path', 'Health data science', 'Auditor · Accounting', 'auditor, accounting', 'Health data science']);
    expect(errors).toEqual([]);
    await page.close();
  });
});
