// Home's Start here list on an empty spreadsheet, in headless Chromium served
// by dist/Code.js: each step opens what does it, and ticks itself once done.
import type { Browser, Page } from 'playwright-core';
import { useBrowser } from '../../support/browser';
import { axeViolations, eventually, openSidebar } from '../../support/sidebar-page';
import { addon, rowsByHeader } from '../../server/support';

let browser: Browser;
useBrowser((b) => (browser = b));

const STEPS = ['Set up the tracker', 'Fill in your profile', 'Add your first contact', 'Send your first outreach', 'Turn on the daily check'];

/** Each step's label and state as the student reads them, in order. */
async function steps(page: Page): Promise<string[]> {
  const items = page.getByRole('region', { name: 'Start here' }).getByRole('listitem');
  return items.evaluateAll((lis) => lis.map((li) => `${li.querySelector('.start-label')!.textContent} ${li.querySelector('.start-state')!.textContent}`));
}

const expected = (done: number) => STEPS.map((s, i) => `${s} ${i < done ? 'Done' : 'To do'}`);

async function home(page: Page): Promise<void> {
  await page.getByRole('button', { name: '← Home' }).click();
  await page.getByRole('heading', { name: 'Start here' }).waitFor();
}

describe('the Start here list', () => {
  it('walks a new student through the five first steps, each ticking itself', async () => {
    const a = addon();
    a.main.menuOpenSidebar();
    const { page, errors } = await openSidebar(browser, a.h, a.gas);
    await page.getByRole('heading', { name: 'Start here' }).waitFor();
    expect(await steps(page)).toEqual(expected(0));
    await page.getByText('0 of 5 done.').waitFor();
    // The next step says why it matters.
    await page.getByRole('listitem').filter({ hasText: 'Set up the tracker' }).getByText('Adds the Contacts, Meetings and Question Bank tabs.').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // 1. The step takes the student to the set-up button on home.
    await page.getByRole('button', { name: 'Set up the tracker' }).click();
    await eventually(async () => (await page.evaluate(() => document.activeElement?.textContent)) === 'Set up tracker');
    await page.keyboard.press('Enter');
    await page.getByText(/Created Contacts, Meetings, Question Bank/).waitFor();
    await eventually(async () => JSON.stringify(await steps(page)) === JSON.stringify(expected(1)));

    // 2. Profile, in Settings.
    await page.getByRole('button', { name: 'Fill in your profile' }).click();
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    await page.getByLabel('Name', { exact: true }).fill('Ada Lovelace');
    await page.getByLabel('School').fill('State University');
    await page.getByLabel('Area of study').fill('Economics');
    await page.getByLabel('Graduation year').fill('2027');
    await page.getByLabel('Current status').selectOption('Career exploration');
    await page.getByLabel('Short introduction').fill('I am exploring careers in policy research.');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByRole('status').getByText(/saved/i).first().waitFor();
    await home(page);
    await eventually(async () => JSON.stringify(await steps(page)) === JSON.stringify(expected(2)));

    // 3. A contact, in the contact form.
    await page.getByRole('button', { name: 'Add your first contact' }).click();
    await page.getByRole('heading', { name: 'New contact' }).waitFor();
    await page.getByLabel('Name', { exact: true }).fill('Dana Kim');
    await page.getByLabel('Email').fill('dana@hooli.com');
    await page.getByLabel('How found').selectOption('LinkedIn');
    await page.getByRole('button', { name: 'Add contact' }).click();
    await page.getByRole('status').getByText(/Added Dana Kim/).waitFor();
    await home(page);
    await eventually(async () => JSON.stringify(await steps(page)) === JSON.stringify(expected(3)));

    // 4. Outreach: drafted, then marked as contacted.
    await page.getByRole('button', { name: 'Send your first outreach' }).click();
    const picker = page.getByLabel('Contact', { exact: true });
    const message = page.getByRole('textbox', { name: 'Message' });
    await Promise.race([picker.waitFor(), message.waitFor()]);
    // Adding the contact selected their row, or the panel asks who to write to.
    if ((await message.count()) === 0) await picker.selectOption('C-0001');
    await message.waitFor();
    await page.getByRole('button', { name: 'Mark as contacted' }).click();
    await page.getByRole('status').getByText(/Dana Kim: marked as contacted/).waitFor();
    expect(rowsByHeader(a.h, 'Contacts')[0]['Status']).toBe('Contacted');
    await home(page);
    await eventually(async () => JSON.stringify(await steps(page)) === JSON.stringify(expected(4)));

    // 5. The daily check: the step takes the student to the toggle on home.
    await page.getByRole('button', { name: 'Turn on the daily check' }).click();
    await eventually(async () => (await page.evaluate(() => document.activeElement?.id)) === 'daily-check-on');
    await page.keyboard.press('Space');
    await eventually(() => a.h.triggers.length === 1);
    await eventually(async () => JSON.stringify(await steps(page)) === JSON.stringify(expected(5)));
    await page.getByText('All done: you are ready to go.').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // Once every step is done, home no longer shows the list.
    await page.reload();
    await page.getByRole('heading', { name: 'Follow-ups' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Start here' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
