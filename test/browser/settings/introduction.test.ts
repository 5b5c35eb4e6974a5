// Settings' 30-second introduction in headless Chromium, served by dist/Code.js:
// drafted from the profile, counted as the student edits it, saved with the profile.
import type { Browser } from 'playwright-core';
import { useBrowser } from '../../support/browser';
import { axeViolations, eventually, openSidebar } from '../../support/sidebar-page';
import { addon } from '../../server/support';

let browser: Browser;
useBrowser((b) => (browser = b));

describe('the 30-second introduction in Settings', () => {
  it('drafts about 75 words from the profile with a count, and saves what the student made of it', async () => {
    const a = addon();
    a.main.menuSettings();
    const { page, errors, dialogs } = await openSidebar(browser, a.h, a.gas);
    page.setDefaultTimeout(5000);
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    await page.getByLabel('Name', { exact: true }).fill('Ada Lovelace');
    await page.getByLabel('School').fill('State University');
    await page.getByLabel('Area of study').fill('economics');
    await page.getByLabel('Graduation year').fill('2027');
    await page.getByLabel('Current status').selectOption('Job search');
    await page.getByText('0 words, about 0 seconds').waitFor();
    await page.getByRole('button', { name: 'Draft it from my profile' }).click();
    const box = page.getByLabel('30-second introduction');
    const draft = await box.inputValue();
    expect(draft).toMatch(/^Hi, I'm Ada Lovelace, an economics student at State University graduating in 2027\./);
    const count = Number((await page.getByText(/\d+ words, about \d+ seconds/).textContent())!.match(/^(\d+)/)![1]);
    expect(count).toBeGreaterThanOrEqual(63);
    expect(count).toBeLessThanOrEqual(87);

    await box.fill(`${draft} I also run the campus investment club.`);
    await page.getByText(`${count + 7} words`, { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByRole('status').getByText(/Settings saved/).waitFor();
    const saved = await eventually(() => a.api.getSettings());
    expect(saved.profile.pitch).toBe(`${draft} I also run the campus investment club.`);
    expect(saved.profile.introduction).toBe('');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    expect(dialogs).toEqual([]);
    await page.close();
  });
});
