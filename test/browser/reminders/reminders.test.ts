// Reminders in the sidebar, in headless Chromium over dist/Code.js: the Settings
// section turns the email on (daily at an hour), the Schedule step offers the
// calendar links, and home lists the meeting with them and shows a failed email.
import type { Browser } from 'playwright-core';
import { sheetWith } from '../../../fakes';
import { useBrowser } from '../../support/browser';
import { axeViolations, openSidebar } from '../../support/sidebar-page';
import { dateCell } from '../../support/tracker-seed';
import { addon, contactRow, CONTACT_HEADERS, rowsByHeader, type Addon } from '../../server/support';

let browser: Browser;
useBrowser((b) => (browser = b));

function tracker(): Addon {
  const a = addon({ timeZone: 'Australia/Sydney', now: () => Date.UTC(2026, 2, 3, 23) });
  sheetWith(a.h, 'Contacts', [
    CONTACT_HEADERS,
    contactRow({ contactId: 'C-0001', name: 'Ana Ruiz', email: 'ana@acme.com', howFound: 'Alumni network', status: 'Met', meetingDate: dateCell('2026-03-01') }),
    contactRow({ contactId: 'C-0002', name: 'Ben Okafor', email: 'ben@globex.com', howFound: 'LinkedIn', status: 'Contacted' }),
  ]);
  a.main.menuSetUpTracker();
  return a;
}

describe('reminders in the sidebar', () => {
  it('turns on "Email me what is due" daily at a chosen hour from Settings', async () => {
    const a = tracker();
    a.main.menuSettings();
    const { page, errors } = await openSidebar(browser, a.h, a.gas);
    const section = page.getByRole('region', { name: 'Email me what is due' });
    await section.getByLabel('Send it').waitFor();
    expect(await section.getByLabel('Send it').inputValue()).toBe('off');
    await section.getByLabel('Send it').selectOption('daily');
    await section.getByLabel('At about').selectOption('7');
    await section.getByRole('button', { name: 'Save reminder choice' }).click();
    await section.getByRole('status').getByText(/Reminder emails are on: every day at about 07:00 \(Australia\/Sydney\), to student@example.com/).waitFor();
    expect(a.h.triggers.map((t) => t.schedule?.atHour)).toEqual([7]);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('schedules a meeting and offers it for the calendar, then lists it on home with the same links', async () => {
    const a = tracker();
    a.main.menuOpenSidebar();
    const { page, errors } = await openSidebar(browser, a.h, a.gas);
    await page.getByRole('heading', { name: 'Meetings coming up' }).waitFor();
    await page.getByRole('region', { name: 'Meetings coming up' }).getByRole('button', { name: 'Schedule a meeting' }).click();
    await page.getByRole('heading', { name: 'Schedule a meeting' }).waitFor();
    await page.locator('#schedule-contactId').selectOption('C-0002');
    await page.getByLabel('Date').fill('2026-03-10');
    await page.getByLabel('Time').fill('09:30');
    await page.getByLabel('How').selectOption('Video');
    await page.getByLabel('Place or link').fill('https://meet.google.com/abc-defg-hij');
    await page.getByRole('button', { name: 'Schedule', exact: true }).click();
    await page.getByRole('heading', { name: 'Meeting scheduled' }).waitFor();
    await page.getByText('Ben Okafor: meeting scheduled for Tuesday, March 10 at 09:30 (Australia/Sydney). Status is now Scheduled.').waitFor();
    const google = page.getByRole('link', { name: /^Add to Google Calendar/ });
    const href = (await google.getAttribute('href'))!;
    expect(href).toContain('dates=20260309T223000Z/20260309T230000Z');
    expect(await google.getAttribute('target')).toBe('_blank');
    const ics = page.getByRole('link', { name: /^Download \.ics/ });
    expect(await ics.getAttribute('download')).toBe('meeting-ben-okafor-2026-03-10.ics');
    expect(decodeURIComponent((await ics.getAttribute('href'))!)).toContain('DTSTART:20260309T223000Z');
    expect(await axeViolations(page)).toEqual([]);
    expect(rowsByHeader(a.h, 'Contacts')[1]).toMatchObject({ Status: 'Scheduled', 'Meeting time': '09:30' });

    await page.getByRole('button', { name: 'Back to home' }).click();
    const meetings = page.getByRole('region', { name: 'Meetings coming up' });
    await meetings.getByText('Ben Okafor').waitFor();
    expect(await meetings.getByRole('link', { name: /^Add to Google Calendar/ }).getAttribute('href')).toBe(href);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows on home that the last reminder email failed', async () => {
    const a = tracker();
    a.api.saveReminders({ frequency: 'daily', weekday: 0, hour: 7 });
    a.h.mail.remainingQuota = 0;
    a.main.runDailyFollowUpCheck();
    a.main.menuOpenSidebar();
    const { page } = await openSidebar(browser, a.h, a.gas);
    await page.getByRole('alert').getByText(/Reminder email not sent: your Google account has used up its email quota for today/).waitFor();
    await page.close();
  });
});
