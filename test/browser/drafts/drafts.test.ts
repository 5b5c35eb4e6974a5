// The outreach and thank-you sidebars in headless Chromium, served by dist/Code.js:
// ticks that follow edits, the word-count warning, the mailto link, the marks.
import type { Browser, Page } from 'playwright-core';
import { sheetWith } from '../../../fakes';
import { useBrowser } from '../../support/browser';
import { axeViolations, eventually, openSidebar } from '../../support/sidebar-page';
import { addon, contactRow, rowsByHeader, CONTACT_HEADERS } from '../../server/support';
import { MEETING_COLUMNS } from '../../../src/shared/schema';

let browser: Browser;
useBrowser((b) => (browser = b));

const PROFILE = {
  name: 'Ada Lovelace',
  school: 'State University',
  areaOfStudy: 'Economics',
  graduationYear: '2027',
  currentStatus: 'Career exploration',
  introduction: '',
};

function seeded(withProfile = true) {
  const a = addon();
  sheetWith(a.h, 'Contacts', [
    CONTACT_HEADERS,
    contactRow({ contactId: 'C-0001', name: 'Maria Lopez', title: 'Director', company: 'Acme', email: 'maria@acme.com', howFound: 'Alumni network', status: 'Met' }),
    contactRow({ contactId: 'C-0002', name: 'Ben Okafor', title: 'Analyst', company: 'Initech', email: 'ben@initech.com', howFound: 'Referral', referredBy: 'C-0001', status: 'To contact', preferredMode: 'Video' }),
  ]);
  sheetWith(a.h, 'Meetings', [
    MEETING_COLUMNS.map((c) => c.header),
    MEETING_COLUMNS.map((c) => ({ meetingId: 'M-0001', contactId: 'C-0001', contact: 'Maria Lopez', date: '2026-03-02', type: 'Coffee', takeaways: 'Learn SQL early.', referralsGiven: 'C-0002' } as Record<string, string>)[c.key] ?? ''),
  ]);
  a.main.menuSetUpTracker();
  if (withProfile) a.api.saveSettings({ profile: PROFILE, rules: {} });
  return a;
}

const tick = (page: Page, key: string) => page.locator(`li[data-element="${key}"]`);

describe('Draft outreach sidebar', () => {
  it('drafts for the selected contact with every element ticked, and untick one as the student edits', async () => {
    const a = seeded();
    a.api.selectContactRow('C-0002');
    a.main.menuDraftOutreach();
    const { page, errors } = await openSidebar(browser, a.h, a.gas);
    const body = page.getByRole('textbox', { name: 'Message' });
    await body.waitFor();
    expect(await page.getByLabel('Contact', { exact: true }).inputValue()).toBe('C-0002');
    const text = await body.inputValue();
    expect(text).toMatch(/^Hi Ben,/);
    expect(text).toContain('Maria Lopez suggested I reach out');
    expect(await page.getByLabel('How to meet').inputValue()).toBe('Video');
    for (const key of ['how-found', 'background', 'status', 'ask', 'meeting-mode']) {
      expect(await tick(page, key).getAttribute('class')).toBe('present');
    }
    expect(await axeViolations(page)).toEqual([]);

    const withoutSchool = text.replace(/My name is Ada Lovelace, and I'm studying Economics at State University, graduating in 2027\. ?/, '');
    expect(withoutSchool).not.toBe(text);
    await body.fill(withoutSchool);
    await eventually(async () => (await tick(page, 'background').getAttribute('class')) === 'absent');
    expect(await tick(page, 'background').textContent()).toContain('Your school, area of study and year: missing');
    expect(await tick(page, 'how-found').getAttribute('class')).toBe('present');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('warns above 150 words and rewrites the draft when the tone changes', async () => {
    const a = seeded();
    a.api.selectContactRow('C-0002');
    a.main.menuDraftOutreach();
    const { page } = await openSidebar(browser, a.h, a.gas);
    const body = page.getByRole('textbox', { name: 'Message' });
    await body.waitFor();
    expect(await page.locator('#draft-word-count').textContent()).not.toMatch(/over 150/);
    await body.fill(Array.from({ length: 151 }, (_, i) => `word${i}`).join(' '));
    await page.locator('#draft-word-count').getByText(/151 words: over 150/).waitFor();
    await page.getByLabel('Formal').check();
    expect(await page.getByLabel('Subject').inputValue()).toBe('Informational interview request: State University student');
    expect(await body.inputValue()).toMatch(/^Dear Ben,/);
    expect(await page.locator('#draft-word-count').textContent()).not.toMatch(/over 150/);
    await page.close();
  });

  it('opens the edited draft in the mail client through a correctly encoded mailto link', async () => {
    const a = seeded();
    a.api.selectContactRow('C-0002');
    a.main.menuDraftOutreach();
    const { page } = await openSidebar(browser, a.h, a.gas);
    await page.getByRole('textbox', { name: 'Message' }).waitFor();
    await page.getByLabel('Subject').fill('Café & a chat?');
    await page.getByRole('textbox', { name: 'Message' }).fill('Hi Ben,\n\n20 minutes — über gern!');
    const link = page.getByRole('link', { name: 'Open in mail client' });
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('href')).toBe(
      'mailto:ben@initech.com?subject=Caf%C3%A9%20%26%20a%20chat%3F&body=Hi%20Ben%2C%0D%0A%0D%0A20%20minutes%20%E2%80%94%20%C3%BCber%20gern!',
    );
    await page.close();
  });

  it('copies the message, by selecting it where the Clipboard API is unavailable (an insecure or sandboxed frame)', async () => {
    const a = seeded();
    a.api.selectContactRow('C-0002');
    a.main.menuDraftOutreach();
    const { page } = await openSidebar(browser, a.h, a.gas);
    expect(await page.evaluate(() => typeof navigator.clipboard)).toBe('undefined');
    await page.getByRole('textbox', { name: 'Message' }).fill('Short note to Ben.');
    await page.evaluate(() => {
      document.addEventListener('copy', () => {
        const area = document.activeElement as HTMLTextAreaElement;
        (window as unknown as { copied: string }).copied = area.value.slice(area.selectionStart, area.selectionEnd);
      });
    });
    await page.getByRole('button', { name: 'Copy', exact: true }).click();
    await page.getByText('Message copied.').waitFor();
    expect(await page.evaluate(() => (window as unknown as { copied: string }).copied)).toBe('Short note to Ben.');
    await page.close();
  });

  it('marks the contact as contacted in the sheet', async () => {
    const a = seeded();
    a.api.selectContactRow('C-0002');
    a.main.menuDraftOutreach();
    const { page } = await openSidebar(browser, a.h, a.gas);
    await page.getByRole('button', { name: 'Mark as contacted' }).click();
    await page.getByRole('status').getByText(/Ben Okafor: marked as contacted/).waitFor();
    expect(rowsByHeader(a.h, 'Contacts').find((r) => r['Contact ID'] === 'C-0002')!['Status']).toBe('Contacted');
    await page.close();
  });

  it('asks which contact when none is selected, and sends the student to Settings when the profile has gaps', async () => {
    const a = seeded(false);
    a.h.spreadsheet.getSheetByName('Meetings')!.activate();
    a.main.menuDraftOutreach();
    const { page } = await openSidebar(browser, a.h, a.gas);
    await page.getByText(/Choose who to write to/).waitFor();
    await page.getByLabel('Contact', { exact: true }).selectOption('C-0002');
    await page.getByText(/Your profile is missing: Name, School, Area of study, Graduation year, Current status/).waitFor();
    expect(await page.getByRole('textbox', { name: 'Message' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Open Settings' }).click();
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    await page.close();
  });
});

describe('Draft thank-you note sidebar', () => {
  it('names the latest meeting, a takeaway and the referrals, and marks the thank-you sent', async () => {
    const a = seeded();
    a.api.selectContactRow('C-0001');
    a.main.menuDraftThankYou();
    const { page } = await openSidebar(browser, a.h, a.gas);
    const body = page.getByRole('textbox', { name: 'Message' });
    await body.waitFor();
    const text = await body.inputValue();
    expect(text).toContain('Thank you for meeting me for coffee on Monday, March 2.');
    expect(text).toContain('Learn SQL early.');
    expect(text).toContain('suggesting I speak with Ben Okafor');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Mark thank-you sent' }).click();
    await page.getByRole('status').getByText(/thank-you recorded/).waitFor();
    const maria = rowsByHeader(a.h, 'Contacts').find((r) => r['Contact ID'] === 'C-0001')!;
    expect(maria['Status']).toBe('Thanked');
    expect(rowsByHeader(a.h, 'Meetings')[0]['Thank-you sent']).not.toBe('');
    await page.close();
  });

  it('writes a general note with a hint to log the meeting when none is logged', async () => {
    const a = seeded();
    a.api.selectContactRow('C-0002');
    a.main.menuDraftThankYou();
    const { page } = await openSidebar(browser, a.h, a.gas);
    await page.getByText(/No meeting with Ben Okafor is logged yet/).waitFor();
    expect(await page.getByRole('textbox', { name: 'Message' }).inputValue()).toContain('Thank you for your time and for your help');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Log a meeting' }).click();
    await page.getByRole('heading', { name: 'Draft thank-you note' }).waitFor({ state: 'detached' });
    await page.close();
  });
});
