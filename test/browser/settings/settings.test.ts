// The Settings sidebar in headless Chromium, served by dist/Code.js: field errors
// shown and nothing saved; a valid save persisted and confirmed.
import type { Browser } from 'playwright-core';
import { useBrowser } from '../../support/browser';
import { axeViolations, eventually, openSidebar } from '../../support/sidebar-page';
import { addon } from '../../server/support';
import { ROUND_TRIPS, tripsSince } from '../../support/round-trips';

let browser: Browser;
useBrowser((b) => (browser = b));

describe('Settings sidebar', () => {
  it('shows each bad field’s error, saves nothing, then saves the corrected form; one round trip to open, one a save', async () => {
    const a = addon();
    a.main.menuSettings();
    const { page, errors, calls } = await openSidebar(browser, a.h, a.gas);
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    // The reminder section comes with the rest.
    await page.getByRole('heading', { name: 'Email me what is due' }).waitFor();
    await page.waitForTimeout(300);
    const trips = ROUND_TRIPS.Settings;
    expect(tripsSince(calls, 0)).toEqual(trips.open);
    expect(await page.getByLabel('Thank-you note').inputValue()).toBe('1');
    expect(await page.getByLabel('Follow up after no reply').inputValue()).toBe('7');

    await page.getByLabel('Name', { exact: true }).fill('Ada Lovelace');
    await page.getByLabel('School').fill('State University');
    await page.getByLabel('Area of study').fill('Economics');
    await page.getByLabel('Graduation year').fill('20x7');
    await page.getByLabel('Current status').selectOption('Job search');
    await page.getByLabel('Follow up after no reply').fill('0');
    await page.getByRole('button', { name: 'Save settings' }).click();

    await page.getByRole('alert').getByText('2 fields need fixing. Nothing was saved.').waitFor();
    await page.getByText(/Graduation year must be a 4-digit year/).waitFor();
    await page.getByText(/Follow up after no reply: enter a whole number of days from 1 to 60/).waitFor();
    expect(await page.getByLabel('Graduation year').getAttribute('aria-invalid')).toBe('true');
    expect(a.h.properties.user.size).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('Graduation year').fill('2027');
    await page.getByLabel('Follow up after no reply').fill('10');
    const mark = calls.length;
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByRole('status').getByText(/Settings saved/).waitFor();
    await page.waitForTimeout(300);
    expect(tripsSince(calls, mark)).toEqual([...trips.save, ...trips.next]);
    expect(await page.getByRole('alert').count()).toBe(0);

    const saved = await eventually(() => a.api.getSettings());
    expect(saved.profile).toMatchObject({ name: 'Ada Lovelace', school: 'State University', graduationYear: '2027', currentStatus: 'Job search' });
    expect(saved.rules.noReplyDays).toBe(10);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('loads what was saved before, per user', async () => {
    const a = addon();
    a.h.setUser('grace@example.com');
    a.api.saveSettings({ profile: { name: 'Grace Hopper', currentStatus: 'Industry research' }, rules: { keepInTouchDays: '30' } });
    a.main.menuSettings();
    const { page } = await openSidebar(browser, a.h, a.gas);
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    expect(await page.getByLabel('Name', { exact: true }).inputValue()).toBe('Grace Hopper');
    expect(await page.getByLabel('Current status').inputValue()).toBe('Industry research');
    expect(await page.getByLabel('Keep in touch').inputValue()).toBe('30');
    await page.getByRole('button', { name: 'Use the default numbers' }).click();
    expect(await page.getByLabel('Keep in touch').inputValue()).toBe('90');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
