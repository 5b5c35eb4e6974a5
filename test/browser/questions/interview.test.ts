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

  it('finishing opens the log filled in; saving it logs the meeting with the notes as takeaways and marks the asked questions', async () => {
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
    await page.getByRole('button', { name: 'Finish interview' }).click();
    await page.getByRole('heading', { name: 'Log a meeting' }).waitFor();
    expect(rowsByHeader(a.h, 'Meetings')).toHaveLength(0);
    await page.getByRole('button', { name: 'Log meeting' }).click();
    await page.getByText('Marked 2 questions as asked in the Questions tab.').waitFor();

    const meetings = rowsByHeader(a.h, 'Meetings');
    expect(meetings).toHaveLength(1);
    const meeting = meetings[0];
    expect(meeting).toEqual(expect.objectContaining({ 'Contact ID': a.anaId, Type: 'Informational interview', 'Duration (min)': 22 }));
    expect(String(meeting.Takeaways)).toContain('Started in support, moved to data after a course');
    expect(String(meeting.Takeaways)).toContain('=Talk to Priya in analytics');
    expect(String(meeting.Takeaways)).not.toContain(QUESTIONS[0]);

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

  it('an interview of 23 minutes finishes into the filled-in log: duration, notes, the people suggested, and a thank-you quoting a note', async () => {
    const a = prepared();
    const rules = Object.fromEntries(Object.entries(a.api.getSettings().rules).map(([k, v]) => [k, String(v)]));
    const profile = { name: 'Sam Lee', school: 'State U', areaOfStudy: 'Statistics', graduationYear: '2027', currentStatus: 'Career exploration', introduction: 'I am Sam, a statistics student at State U exploring data careers.' };
    expect(a.api.saveSettings({ profile, rules }).ok).toBe(true);
    const { page } = await openSidebar(browser, a.h, a.gas);
    await page.getByRole('button', { name: 'Start interview' }).click();
    await page.getByText(QUESTIONS[0]).waitFor();
    await page.getByText('I am Sam, a statistics student at State U exploring data careers.').waitFor();
    await page.getByText('Tips for awkward moments').click();
    await page.getByText(/this meeting was to learn/).waitFor();
    expect(await page.locator('.iv-list .q-badge').allTextContents()).toEqual(['In time', 'In time', 'In time', 'In time']);

    await page.clock.install({ time: new Date('2026-03-04T15:00:00Z') });
    await page.getByRole('button', { name: 'Start the clock' }).click();
    await page.clock.runFor(23 * 60_000);
    const notes = ['Started in support. Moved to data after a night course', 'Pipelines on Mondays, modelling the rest of the week', 'Shipping models nobody asked for'];
    for (let i = 0; i < 3; i++) {
      await page.getByRole('checkbox', { name: QUESTIONS[i] }).check();
      await page.getByLabel(`Notes on question ${i + 1}`).fill(notes[i]);
    }
    await page.getByLabel('Who else should I talk to?').fill('Priya Shah, Acme\nTom Wu, Globex');
    await page.getByLabel('Advice').fill('Learn SQL properly');
    await page.getByLabel('Follow-up agreed').fill('Send my resume');
    // The clock stays in view at the end of the page.
    await page.getByRole('button', { name: 'Finish interview' }).scrollIntoViewIfNeeded();
    const scrolled = await page.evaluate(() => window.scrollY);
    const clockBox = await page.getByRole('timer', { name: 'Time left' }).boundingBox();
    expect(scrolled).toBeGreaterThan(0);
    expect(clockBox!.y).toBeGreaterThanOrEqual(0);
    expect(clockBox!.y + clockBox!.height).toBeLessThanOrEqual(page.viewportSize()!.height);
    // 23 minutes into a 20-minute meeting: three minutes over.
    expect(await page.getByRole('timer', { name: 'Time left' }).textContent()).toMatch(/^\+3:0\d$/);
    await page.getByRole('button', { name: 'Finish interview' }).click();

    await page.getByRole('heading', { name: 'Log a meeting' }).waitFor();
    expect(await page.getByLabel('Duration (min)').inputValue()).toBe('23');
    expect(await page.getByLabel('Takeaways').inputValue()).toBe(notes.join('\n'));
    expect(await page.getByLabel('Referrals given').inputValue()).toBe('Priya Shah, Acme\nTom Wu, Globex');
    expect(await page.getByLabel('Advice').inputValue()).toBe('Learn SQL properly');
    expect(await page.getByLabel('Follow-up agreed').inputValue()).toBe('Send my resume');
    expect(await page.getByLabel('Type').inputValue()).toBe('Informational interview');
    expect(rowsByHeader(a.h, 'Meetings')).toHaveLength(0);
    await page.getByRole('button', { name: 'Log meeting' }).click();
    await page.getByText('Marked 3 questions as asked in the Questions tab.').waitFor();

    const [meeting] = rowsByHeader(a.h, 'Meetings');
    expect(meeting).toEqual(expect.objectContaining({ 'Contact ID': a.anaId, 'Duration (min)': 23, Advice: 'Learn SQL properly', 'Follow-up agreed': 'Send my resume' }));
    const referred = rowsByHeader(a.h, 'Contacts').filter((r) => r['How found'] === 'Referral');
    expect(referred.map((r) => [r.Name, r.Company])).toEqual([
      ['Priya Shah', 'Acme'],
      ['Tom Wu', 'Globex'],
    ]);

    await page.getByRole('button', { name: 'Draft thank-you note' }).click();
    const message = page.getByRole('textbox', { name: 'Message' });
    await message.waitFor();
    const body = await message.inputValue();
    expect(body).toContain("One thing I'm taking away from our conversation: Started in support.");
    for (const q of QUESTIONS) expect(body).not.toContain(q.replace(/\?$/, ''));
    expect(body).toContain('Priya Shah and Tom Wu');
    await page.close();
  });
});
