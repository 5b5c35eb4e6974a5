// Interview mode in headless Chromium, served by dist/Code.js, with the page's
// clock driven by the test (Playwright's page.clock): the countdown, ticking
// questions, notes, and Finish logging the meeting and marking the Questions tab.
import type { Browser } from 'playwright-core';
import { sheetWith } from '../../../fakes';
import { useBrowser } from '../../support/browser';
import { axeViolations, openSidebar } from '../../support/sidebar-page';
import { addon, contactRow, CONTACT_HEADERS, rowsByHeader } from '../../server/support';

let browser: Browser;
useBrowser((b) => (browser = b));

const QUESTIONS = [
  'How did you get from your first job to your current role?',
  'What does a typical week look like for you?',
  'What is the hardest part of your job, and how do you handle it?',
  'Who else would you suggest I talk to?',
];

function prepared() {
  const a = addon();
  sheetWith(a.h, 'Contacts', [
    CONTACT_HEADERS,
    contactRow({ name: 'Ben Okafor', title: 'Designer', company: 'Initech' }),
    contactRow({ name: 'Ana Ruiz', title: 'Data Engineer', company: 'Acme', status: 'Scheduled', meetingDate: '2026-03-04', email: 'ana@acme.com', howFound: 'LinkedIn' }),
    contactRow({ name: 'Chen Li' }),
  ]);
  a.main.menuSetUpTracker();
  const anaId = String(rowsByHeader(a.h, 'Contacts')[1]['Contact ID']);
  const benId = String(rowsByHeader(a.h, 'Contacts')[0]['Contact ID']);
  a.api.saveQuestions({ contactId: benId, questions: [{ category: 'Advice', text: 'What would you do in my place?' }] });
  a.api.saveQuestions({ contactId: anaId, questions: QUESTIONS.map((text) => ({ category: 'Career path', text })) });
  a.h.sheet('Contacts').getRange(3, 2).activate();
  a.main.menuPrepareQuestions();
  return { ...a, anaId, benId };
}

describe('Interview mode', () => {
  it('counts down the meeting length as the clock advances, and shows overtime', async () => {
    const a = prepared();
    const { page } = await openSidebar(browser, a.h, a.gas);
    await page.getByLabel('Meeting length').selectOption('20');
    await page.getByRole('button', { name: 'Start interview' }).click();
    await page.getByRole('heading', { name: 'Interview' }).waitFor();
    await page.getByText(QUESTIONS[0]).waitFor();
    expect(await page.getByLabel('Meeting length').inputValue()).toBe('20');
    await page.clock.install({ time: new Date('2026-03-04T15:00:00Z') });
    const timer = page.getByRole('timer', { name: 'Time left' });
    expect(await timer.textContent()).toBe('20:00');
    await page.getByRole('button', { name: 'Start the clock' }).click();
    await page.clock.runFor(65_000);
    expect(await timer.textContent()).toBe('18:55');
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.clock.runFor(5 * 60_000);
    expect(await timer.textContent()).toBe('18:55');
    await page.getByRole('button', { name: 'Resume' }).click();
    await page.clock.runFor(17 * 60_000);
    expect(await timer.textContent()).toBe('1:55');
    await page.getByText('Two minutes left: time for the closing questions.').waitFor();
    await page.clock.runFor(3 * 60_000);
    expect(await timer.textContent()).toBe('+1:05');
    await page.getByText(/Time is up/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('finishing logs the meeting with the notes as takeaways and marks the asked questions', async () => {
    const a = prepared();
    const { page } = await openSidebar(browser, a.h, a.gas);
    await page.getByRole('button', { name: 'Start interview' }).click();
    await page.getByText(QUESTIONS[0]).waitFor();
    await page.clock.install({ time: new Date('2026-03-04T15:00:00Z') });
    await page.getByRole('button', { name: 'Start the clock' }).click();
    await page.clock.runFor(22 * 60_000);

    await page.getByRole('checkbox', { name: QUESTIONS[0] }).check();
    await page.getByLabel('Notes on question 1').fill('Started in support, moved to data after a course');
    await page.getByRole('checkbox', { name: QUESTIONS[3] }).check();
    await page.getByLabel('Notes on question 4').fill('=Talk to Priya in analytics');
    await page.getByLabel('Notes on question 2').fill('Mostly pipelines');
    await page.getByText('2 of 4 asked').waitFor();
    await page.getByRole('button', { name: 'Finish and log meeting' }).click();
    await page.getByText('Marked 2 questions as asked in the Questions tab.').waitFor();

    const meetings = rowsByHeader(a.h, 'Meetings');
    expect(meetings).toHaveLength(1);
    const meeting = meetings[0];
    expect(meeting).toEqual(expect.objectContaining({ 'Contact ID': a.anaId, Type: 'Informational interview', 'Duration (min)': 22 }));
    expect(String(meeting.Takeaways)).toContain('Started in support, moved to data after a course');
    expect(String(meeting.Takeaways)).toContain('=Talk to Priya in analytics');

    const rows = rowsByHeader(a.h, 'Questions');
    const ana = rows.filter((r) => r['Contact ID'] === a.anaId);
    expect(ana.map((r) => [r.Question, r.Asked, r['Answer notes']])).toEqual([
      [QUESTIONS[0], true, 'Started in support, moved to data after a course'],
      [QUESTIONS[1], false, 'Mostly pipelines'],
      [QUESTIONS[2], false, ''],
      [QUESTIONS[3], true, '=Talk to Priya in analytics'],
    ]);
    expect(ana.filter((r) => r.Asked === true).every((r) => r['Meeting ID'] === meeting['Meeting ID'] && r['Meeting ID'] !== '')).toBe(true);
    expect(rows.filter((r) => r['Contact ID'] === a.benId)).toEqual([expect.objectContaining({ Question: 'What would you do in my place?', Asked: false })]);
    await page.getByRole('button', { name: 'Draft thank-you note' }).waitFor();
    await page.close();
  });

  it('sends the student to prepare questions when the contact has none saved', async () => {
    const a = prepared();
    const { page } = await openSidebar(browser, a.h, a.gas);
    await page.getByRole('button', { name: 'Start interview' }).click();
    await page.getByText(QUESTIONS[0]).waitFor();
    const chen = await page.getByRole('option', { name: 'Chen Li' }).getAttribute('value');
    await page.getByLabel('Contact').selectOption(chen!);
    await page.getByText('No questions are saved for Chen Li yet.').waitFor();
    await page.getByRole('button', { name: 'Prepare questions' }).click();
    await page.getByRole('heading', { name: 'Prepare questions' }).waitFor();
    await page.locator('ol.q-list li').first().waitFor();
    expect(await page.getByLabel('Contact').inputValue()).toBe(chen);
    expect(rowsByHeader(a.h, 'Meetings')).toHaveLength(0);
    await page.close();
  });
});
