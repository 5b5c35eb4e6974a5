// The Questions panel in headless Chromium, served by dist/Code.js: generate for
// the selected contact, reorder by keyboard, remove, add your own, new mix, save; the bank check.
import type { Browser, Page } from 'playwright-core';
import { sheetWith, readTab } from '../../../fakes';
import { useBrowser } from '../../support/browser';
import { axeViolations, eventually, openSidebar } from '../../support/sidebar-page';
import { addon, contactRow, CONTACT_HEADERS, rowsByHeader, type EntryPoint } from '../../server/support';
import { ROUND_TRIPS, tripsSince } from '../../support/round-trips';

const HOSTILE = '<img src=x onerror=alert(1)>';
let browser: Browser;
useBrowser((b) => (browser = b));

function tracker(menu: EntryPoint = 'menuPrepareQuestions') {
  const a = addon();
  sheetWith(a.h, 'Contacts', [
    CONTACT_HEADERS,
    contactRow({ name: 'Ana Ruiz', title: 'Data Engineer', company: HOSTILE, industry: 'Renewable energy' }),
    contactRow({ name: 'Ben Okafor', title: 'Designer', company: 'Initech' }),
  ]);
  a.main.menuSetUpTracker();
  a.h.sheet('Contacts').getRange(2, 3).activate();
  a.main[menu]();
  const anaId = String(rowsByHeader(a.h, 'Contacts')[0]['Contact ID']);
  return { ...a, anaId };
}

const texts = (page: Page) => page.locator('ol.q-list li .q-text').allTextContents();

describe('Prepare questions sidebar', () => {
  it('generates a list for the selected contact: 9 for the default 20 minutes, 10 for 30 with 8 in time ending with the two closing questions, spares last', async () => {
    const a = tracker();
    const { page, dialogs } = await openSidebar(browser, a.h, a.gas);
    await page.getByRole('heading', { name: 'Prepare questions' }).waitFor();
    await page.locator('ol.q-list li').first().waitFor();
    expect(await page.getByLabel('Contact').inputValue()).toBe(a.anaId);
    // The length an outreach asks for by default.
    expect(await page.getByLabel('Meeting length').inputValue()).toBe('20');
    await page.getByText('5 of 9 fit in 20 minutes').waitFor();
    await page.getByLabel('Meeting length').selectOption('30');
    expect(await page.locator('ol.q-list li').count()).toBe(10);
    await page.getByText('8 of 10 fit in 30 minutes').waitFor();
    const list = await texts(page);
    const inTime = await page.locator('ol.q-list li.q-fits .q-text').allTextContents();
    expect(inTime.slice(-2).join(' ')).toMatch(/who else|other people|talk to/i);
    // Spares always last: after the closing questions.
    expect(await page.locator('ol.q-list li .q-badge:not(.own)').allTextContents()).toEqual([...Array(8).fill('In time'), 'Spare', 'Spare']);
    expect(list.slice(0, 8)).toEqual(inTime);
    expect(list.join(' ')).not.toMatch(/[{}]/);
    expect(await page.locator('img').count()).toBe(0);
    expect(dialogs).toEqual([]);
    // A shorter meeting: a shorter list, fewer in time.
    await page.getByLabel('Meeting length').selectOption('15');
    await page.getByText('4 of 8 fit in 15 minutes').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('reorders with the keyboard, removes, adds the student’s own question after the check, and saves in that order, one round trip to open and one to save', async () => {
    const a = tracker();
    const { page, calls } = await openSidebar(browser, a.h, a.gas);
    await page.locator('ol.q-list li').first().waitFor();
    const trips = ROUND_TRIPS['Prepare questions'];
    expect(tripsSince(calls, 0)).toEqual(trips.open);
    await page.getByLabel('Meeting length').selectOption('30');
    await page.getByText('8 of 10 fit in 30 minutes').waitFor();
    const before = await texts(page);

    await page.getByRole('button', { name: 'Move question 3 down' }).focus();
    await page.keyboard.press('Enter');
    let now = await texts(page);
    expect(now.slice(0, 4)).toEqual([before[0], before[1], before[3], before[2]]);
    // Focus follows the moved question, so pressing again moves it further.
    await page.keyboard.press('Enter');
    now = await texts(page);
    expect(now[4]).toBe(before[2]);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Move question 5 down');

    await page.getByRole('button', { name: 'Remove question 1', exact: true }).click();
    now = await texts(page);
    expect(now.length).toBe(9);
    expect(now).not.toContain(before[0]);

    await page.getByLabel('Your question').fill('Do you like working in energy?');
    await page.getByLabel('Category', { exact: true }).selectOption('Day to day');
    await page.getByRole('button', { name: 'Add question' }).click();
    await page.getByRole('alert').getByText(/yes or a no/).waitFor();
    await page.getByRole('button', { name: 'Use this instead' }).click();
    now = await texts(page);
    expect(now.length).toBe(10);
    // The student's own question is the last one in time, before the closing questions.
    expect(now[5]).toMatch(/^What .*enjoy most about working in energy\?$/);
    expect(await page.locator('ol.q-list li').nth(5).getByText('Yours').count()).toBe(1);
    expect(await page.locator('ol.q-list li').nth(5).getByText('In time').count()).toBe(1);

    await page.getByRole('button', { name: 'Save to Questions tab' }).click();
    await page.getByText('Saved 10 questions for Ana Ruiz to the Questions tab.').waitFor();
    await page.waitForTimeout(300);
    expect(tripsSince(calls, trips.open.length)).toEqual([...trips.save, ...trips.next]);
    const saved = rowsByHeader(a.h, 'Questions');
    expect(saved.map((r) => r.Question)).toEqual(now);
    expect(saved.map((r) => r.Order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(saved[5]).toEqual(expect.objectContaining({ Category: 'Day to day', 'Contact ID': a.anaId, Asked: false }));
    await page.getByRole('button', { name: 'Start interview' }).waitFor();
    await page.close();
  });

  it('gives the same list again for the same inputs, and another with New mix', async () => {
    const a = tracker();
    const first = await openSidebar(browser, a.h, a.gas);
    await first.page.locator('ol.q-list li').first().waitFor();
    const one = await texts(first.page);
    await first.page.close();
    const second = await openSidebar(browser, a.h, a.gas);
    await second.page.locator('ol.q-list li').first().waitFor();
    expect(await texts(second.page)).toEqual(one);
    await second.page.getByRole('button', { name: 'New mix' }).click();
    await second.page.waitForFunction(
      (was) => JSON.stringify(Array.from(document.querySelectorAll('ol.q-list li .q-text'), (e) => e.textContent)) !== was,
      JSON.stringify(one),
    );
    expect(await texts(second.page)).not.toEqual(one);
    await second.page.close();
  });

  it('shows a saved list when the contact has one, and asks which contact when none is selected', async () => {
    const a = tracker();
    a.api.saveQuestions({ contactId: a.anaId, questions: [{ category: 'Advice', text: 'What would you do in my place?' }] });
    a.h.sheet('Question Bank').getRange(1, 1).activate();
    a.main.menuPrepareQuestions();
    const { page } = await openSidebar(browser, a.h, a.gas);
    await page.getByRole('option', { name: 'Choose a contact…' }).waitFor({ state: 'attached' });
    expect(await page.locator('ol.q-list').count()).toBe(0);
    await page.getByLabel('Contact').selectOption(a.anaId);
    await page.locator('ol.q-list li').first().waitFor();
    expect(await texts(page)).toEqual(['What would you do in my place?']);
    expect(readTab(a.h, 'Questions').length).toBe(2);
    await page.close();
  });

  it('saves an unsaved list before starting the interview', async () => {
    const a = tracker();
    const { page } = await openSidebar(browser, a.h, a.gas);
    await page.locator('ol.q-list li').first().waitFor();
    const list = await texts(page);
    await page.getByRole('button', { name: 'Save and start interview' }).click();
    await page.getByRole('heading', { name: 'Interview' }).waitFor();
    await page.getByRole('checkbox', { name: list[0] }).waitFor();
    expect(rowsByHeader(a.h, 'Questions').map((r) => r.Question)).toEqual(list);
    // The interview's length is the list's: 20 minutes, the outreach's default.
    expect(await page.getByRole('timer').textContent()).toBe('20:00');
    await page.close();
  });

  it('for a second meeting after an email exchange: a full list of deeper questions on first open, none asked before', async () => {
    const a = tracker();
    const first = ['How did you get from your first job to your current role?', 'What does a typical week look like for you?', 'What is the hardest part of your job, and how do you handle it?', 'Which skills matter most in your role today?', 'What would you do in my place?', 'Who else would you suggest I talk to?', 'What can I do to help you in return?'];
    a.api.saveQuestions({ contactId: a.anaId, questions: first.map((text) => ({ category: 'Career path', text })) });
    const base = { durationMin: '', takeaways: '', advice: '', referralsGiven: '', thankYouSent: '', followUpAgreed: '', nextFollowUp: '', notes: '' };
    const met = a.api.logMeeting({ ...base, contactId: a.anaId, date: '2026-03-02', type: 'Informational interview' });
    expect(met.ok).toBe(true);
    const asked = first.slice(0, 3);
    a.api.finishInterview({ contactId: a.anaId, meetingId: met.ok ? met.meetingId! : '', answers: asked.map((text) => ({ text, asked: true, notes: 'noted' })) });
    expect(a.api.logMeeting({ ...base, contactId: a.anaId, date: '2026-03-03', type: 'Email', takeaways: 'Sent my thanks' }).ok).toBe(true);

    const { page } = await openSidebar(browser, a.h, a.gas);
    await page.locator('ol.q-list li').first().waitFor();
    await page.getByText('Meeting 2: deeper questions, none asked before.').waitFor();
    const list = await texts(page);
    expect(list).toHaveLength(9);
    expect(list.filter((t) => asked.includes(t))).toEqual([]);
    // Not the first list's four unasked leftovers.
    expect(list.filter((t) => first.includes(t)).length).toBeLessThan(4);
    await page.close();
  });
});

describe('Check question bank sidebar', () => {
  it('lists the bank’s problems with rewrites and selects the cell when clicked', async () => {
    const a = tracker('menuCheckQuestionBank');
    const bank = readTab(a.h, 'Question Bank');
    sheetWith(a.h, 'Question Bank', [...bank, ['Day to day', 'Do you like your job?', 'High', '', 'Any']]);
    const { page } = await openSidebar(browser, a.h, a.gas);
    await page.getByRole('heading', { name: 'Check question bank' }).waitFor();
    await page.getByText(`1 problem in 1 of ${bank.length} rows of Question Bank.`).waitFor();
    await page.getByText(/Suggested: What .*enjoy most about your job\?/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: /yes or a no/ }).click();
    await eventually(() => a.h.spreadsheet.getActiveRange().getA1Notation() === `B${bank.length + 1}`);
    await page.getByRole('button', { name: 'Prepare questions' }).click();
    await page.getByRole('heading', { name: 'Prepare questions' }).waitFor();
    await page.close();
  });
});
